// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/SessionCredentialStore.h"
#include "core/localedit/LocalWriter.h"
#include "core/net/SslTransport.h"
#include "core/store/Database.h"
#include "tests/support/DovecotServer.h"
#include "tests/support/HostCertificate.h"
#include "tests/support/LoopbackHttpServer.h"
#include "tests/support/PostfixServer.h"
#include "ui/wizard/AccountSetupContext.h"

#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace postbag::test {

// A real Dovecot with one user and three messages, a fresh profile, and the context the wizard
// gets in the app. Autodetection stays on loopback: DNS asks 127.0.0.1 (where nothing answers),
// HTTP goes through a closed loopback proxy, and probes use the Dovecot ports.
struct WizardFixture
{
    static constexpr const char* kUser = "alice";
    static constexpr const char* kPassword = "Correct-Horse-7";
    // A second user, whose login can be the outgoing server's own (with start(true)).
    static constexpr const char* kOtherUser = "bob";
    static constexpr const char* kOtherPassword = "Battery-Staple-9";

    testing::DovecotServer dovecot;
    std::unique_ptr<testing::PostfixServer> postfix; // with start(true): sending through it
    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<localedit::LocalWriter> writer; // the window's, in the app
    account::SessionCredentialStore session;
    QSslConfiguration systemTls = QSslConfiguration::defaultConfiguration();

    ~WizardFixture() { QSslConfiguration::setDefaultConfiguration(systemTls); }

    // `withPostfix`: also a real Postfix in front of the Dovecot (alice@example.test sends).
    bool start(bool withPostfix = false)
    {
        if (withPostfix)
            postfix = std::make_unique<testing::PostfixServer>(dovecot);
        if (!dovecot.start() ||
            !dovecot.addUser(QString::fromLatin1(kUser), QString::fromLatin1(kPassword)))
            return false;
        if (postfix &&
            !dovecot.addUser(QString::fromLatin1(kOtherUser), QString::fromLatin1(kOtherPassword)))
            return false;
        for (int i = 1; i <= 3; ++i) {
            const QByteArray raw =
                "From: Bob <bob@example.org>\r\nTo: alice@localhost\r\nSubject: Hello " +
                QByteArray::number(i) + "\r\nMessage-ID: <m" + QByteArray::number(i) +
                "@example.org>\r\nDate: Sun, 22 Nov 2026 10:00:00 +0000\r\n\r\nBody " +
                QByteArray::number(i) + "\r\n";
            if (!dovecot.deliver(QString::fromLatin1(kUser), raw))
                return false;
        }
        auto opened = store::Database::open(dir.filePath(QStringLiteral("profile.sqlite")));
        if (!opened)
            return false;
        db = std::move(opened).value();
        writer = std::make_unique<localedit::LocalWriter>(db->path());
        return !postfix || postfix->start();
    }

    // As if the server had a certificate from a CA this machine trusts.
    void trustTestCertificate()
    {
        QSslConfiguration::setDefaultConfiguration(
            dovecot.certificate().trustingClientConfiguration());
    }

    // The provider publishes `xml` the ISPDB way, over https from its own domain (served on
    // loopback with a certificate this process trusts, as if from a public CA), and the servers'
    // certificate is trusted too. Autodetection then goes through `http`'s proxy.
    bool publishSettings(testing::LoopbackHttpServer& http, const QByteArray& xml, QString* error)
    {
        const auto httpsCert = testing::HostCertificate::generate(
            dir.path(), {QStringLiteral("autoconfig.example.test")}, error);
        if (!httpsCert || !http.start())
            return false;
        QSslConfiguration clientTls = dovecot.certificate().trustingClientConfiguration();
        clientTls.addCaCertificate(httpsCert->certificate);
        QSslConfiguration::setDefaultConfiguration(clientTls);
        QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
        serverTls.setLocalCertificate(httpsCert->certificate);
        serverTls.setPrivateKey(httpsCert->key);
        serverTls.setPeerVerifyMode(QSslSocket::VerifyNone);
        http.setTlsConfiguration(serverTls);
        http.setResponse(QStringLiteral("https://autoconfig.example.test/mail/config-v1.1.xml"),
                         testing::LoopbackHttpServer::answer(200, xml));
        return true;
    }

    // An ISPDB document naming the Dovecot's implicit-TLS port and, when given, an outgoing
    // server (`socketType` SSL or STARTTLS).
    QByteArray ispdb(quint16 outgoingPort = 0, const char* socketType = "SSL") const
    {
        QByteArray xml = R"(<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="example.test"><domain>example.test</domain>
<displayName>Example Mail</displayName>
<incomingServer type="pop3"><hostname>127.0.0.1</hostname><port>)" +
                         QByteArray::number(dovecot.tlsPort()) +
                         R"(</port><socketType>SSL</socketType><username>%EMAILLOCALPART%</username>
<authentication>password-cleartext</authentication></incomingServer>)";
        if (outgoingPort != 0)
            xml += R"(<outgoingServer type="smtp"><hostname>127.0.0.1</hostname><port>)" +
                   QByteArray::number(outgoingPort) + "</port><socketType>" + socketType +
                   R"(</socketType><username>%EMAILLOCALPART%</username>
<authentication>password-cleartext</authentication></outgoingServer>)";
        return xml + "</emailProvider></clientConfig>";
    }

    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        return probe.serverPort(); // closed again when `probe` goes
    }

    ui::AccountSetupContext context(account::CredentialStore* keyring)
    {
        ui::AccountSetupContext c;
        c.db = db.get();
        c.writer = writer.get();
        c.keyring = keyring;
        c.session = &session;
        c.transports = [] { return std::make_unique<net::SslTransport>(); };
        c.detect.nameserver = QHostAddress::LocalHost;
        c.detect.proxy =
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), closedPort());
        c.detect.implicitTlsPorts = {dovecot.tlsPort()};
        c.detect.startTlsPorts = {dovecot.plainPort()};
        c.detect.timeout = std::chrono::milliseconds(8000);
        return c;
    }
};

} // namespace postbag::test
