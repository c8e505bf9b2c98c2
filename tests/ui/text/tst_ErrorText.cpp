// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/text/ErrorText.h"

#include <QTest>

using namespace postbag;
using namespace postbag::ui;

// The sentences people read when something fails: they name the account, the server and the
// port when known, and say what to try (the port, a firewall, the password's case).
class tst_ErrorText : public QObject
{
    Q_OBJECT

    const ErrorContext m_work{QStringLiteral("Work"), QStringLiteral("pop.example.com"), 995};

private Q_SLOTS:
    void mainCodesNameServerPortAndAdvice_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("adviceHas");
        auto row = [](const char* name, ErrorCode code, const char* what, const char* advice) {
            QTest::newRow(name) << int(code) << QString::fromUtf8(what)
                                << QString::fromUtf8(advice);
        };
        row("refused", ErrorCode::ConnectionRefused,
            "Work: Could not connect to pop.example.com on port 995: the server refused the "
            "connection.",
            "Check that 995 is the right port");
        row("timeout", ErrorCode::ConnectTimeout,
            "Work: Could not connect to pop.example.com on port 995: no answer.",
            "A firewall may be blocking port 995, or the server is down.");
        row("host", ErrorCode::HostNotFound,
            "Work: Could not connect to pop.example.com: the server name was not found.",
            "spelling of the server name");
        row("tls", ErrorCode::TlsHandshakeFailed,
            "Work: Could not connect to pop.example.com on port 995: a secure connection could not "
            "be set up.",
            "security setting");
        row("password", ErrorCode::WrongCredentials,
            "Work: pop.example.com rejected the user name or password.",
            "Passwords are case-sensitive");
        row("lost", ErrorCode::ConnectionClosed,
            "Work: The connection to pop.example.com was lost.", "Nothing was lost");
        row("notPop3", ErrorCode::MalformedResponse,
            "Work: pop.example.com:995 sent something that is not POP3.",
            "Check that 995 is the right port");
        row("untrusted", ErrorCode::CertificateUntrusted,
            "Work: The certificate of pop.example.com is not trusted.", "fingerprint");
        row("stls", ErrorCode::StlsUnavailable,
            "Work: pop.example.com does not offer STARTTLS, so the password would travel "
            "unencrypted.",
            "port 995");
        row("temporary", ErrorCode::ServerTemporary,
            "Work: pop.example.com has a temporary problem.", "your password is fine");
        row("inUse", ErrorCode::MailboxInUse, "Work: The mailbox is in use by another program.",
            "try again later");
        row("disk", ErrorCode::DiskFull, "Work: The disk is full.", "Free some space");
        row("notRead", ErrorCode::CredentialsUnavailable, "Work: The password could not be read.",
            "password command");
        row("notStored", ErrorCode::CredentialsNotStored,
            "Work: The keyring did not store the password.", "Unlock or start");
        row("noOutgoing", ErrorCode::NoOutgoingServer,
            "Work: This account has no outgoing server yet, so it cannot send mail.",
            "Nothing was queued. Add the outgoing (SMTP) server");
    }

    void mainCodesNameServerPortAndAdvice()
    {
        QFETCH(int, code);
        QFETCH(QString, what);
        QFETCH(QString, adviceHas);
        const ErrorText t = ErrorText::describe(Error::make(ErrorCode(code)), m_work);
        QCOMPARE(t.what, what);
        QVERIFY2(t.advice.contains(adviceHas), qPrintable(t.advice));
        QCOMPARE(t.oneLine(), QString(t.what + u' ' + t.advice));
    }

    void withoutContextStaysGeneric()
    {
        const ErrorText refused = ErrorText::describe(Error::make(ErrorCode::ConnectionRefused));
        QCOMPARE(
            refused.what,
            QStringLiteral("Could not connect to the server: the server refused the connection."));
        QVERIFY(refused.advice.contains(QStringLiteral("995 for SSL/TLS")));
        const ErrorText password = ErrorText::describe(Error::make(ErrorCode::WrongCredentials));
        QCOMPARE(password.what, QStringLiteral("The server rejected the user name or password."));
        // The host/port overload used by the command line.
        QCOMPARE(ErrorText::describe(Error::make(ErrorCode::ConnectTimeout),
                                     QStringLiteral("pop.example.net"), 110)
                     .what,
                 QStringLiteral("Could not connect to pop.example.net on port 110: no answer."));
    }

    void serverWordsAreQuoted()
    {
        const Error e =
            Error::make(ErrorCode::ServerPermanent, QStringLiteral("mailbox locked by admin"));
        QCOMPARE(e.kind, ErrorKind::Command);
        QCOMPARE(ErrorText::describe(e, m_work).what,
                 QStringLiteral("Work: pop.example.com refused a request. The server said: "
                                "“mailbox locked by admin”."));
    }

    void invalidAddressIsNamed()
    {
        const Error e = Error::make(ErrorCode::InvalidAddress, QStringLiteral("jane@@example.org"));
        QVERIFY(e.needsUser());
        const ErrorText t = ErrorText::describe(e, ErrorContext{});
        QCOMPARE(t.what, QStringLiteral("“jane@@example.org” is not a valid email address."));
        QVERIFY(!t.advice.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ErrorText)
#include "tst_ErrorText.moc"
