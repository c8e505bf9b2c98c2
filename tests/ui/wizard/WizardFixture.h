// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/SessionCredentialStore.h"
#include "core/localedit/LocalWriter.h"
#include "core/net/SslTransport.h"
#include "core/store/Database.h"
#include "tests/support/DovecotServer.h"
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

    testing::DovecotServer dovecot;
    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<localedit::LocalWriter> writer; // the window's, in the app
    account::SessionCredentialStore session;
    QSslConfiguration systemTls = QSslConfiguration::defaultConfiguration();

    ~WizardFixture() { QSslConfiguration::setDefaultConfiguration(systemTls); }

    bool start()
    {
        if (!dovecot.start() ||
            !dovecot.addUser(QString::fromLatin1(kUser), QString::fromLatin1(kPassword)))
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
        return true;
    }

    // As if the server had a certificate from a CA this machine trusts.
    void trustTestCertificate()
    {
        QSslConfiguration::setDefaultConfiguration(
            dovecot.certificate().trustingClientConfiguration());
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
