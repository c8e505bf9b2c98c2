// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Checks an installed Postbag (default /usr/bin/postbag, or $POSTBAG_INSTALLED) the way a user
// meets it: the version, the German translation found where the package put it, and a headless
// sync over TLS from a real Dovecot into a throwaway profile — which needs the SQLite driver and
// the TLS backend, plugins dpkg-shlibdeps cannot see. Run by `scripts/setup package`.
#include "tests/support/DovecotServer.h"
#include "tests/support/WindowProcess.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace postbag::testing;

class InstalledPackageCheck : public QObject
{
    Q_OBJECT
    QString m_binary;
    QTemporaryDir m_profile;
    DovecotServer m_dovecot;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run run(const QStringList& args,
            const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(m_binary, QStringList{QStringLiteral("--profile"), m_profile.path()} + args);
        p.closeWriteChannel();
        if (!p.waitForFinished(180000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(), p.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("POSTBAG_INSTALLED", QStringLiteral("/usr/bin/postbag"));
        QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary));
        QVERIFY(m_profile.isValid());
    }

    void version()
    {
        QProcess p;
        p.start(m_binary, {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput().trimmed(), QByteArray("postbag " POSTBAG_VERSION));
    }

    void opensTheWindow()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const QString problem = postbag::testing::windowOpens(m_binary, profile.path());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void speaksGerman()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LC_ALL"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        const Run r = run({QStringLiteral("--help")}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Befehle:"), r.out.constData());
    }

    // The keyring module is found where the package put it: without a session bus the answer
    // is QtKeychain's own ("keyring error"), not that the module is missing.
    void findsItsKeyringModule()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/postbag-check-bus"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(m_binary,
                {QStringLiteral("--profile"), m_profile.path(), QStringLiteral("account"),
                 QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("K"),
                 QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                 QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--user"),
                 QStringLiteral("k"), QStringLiteral("--password-stdin")});
        QVERIFY(p.waitForStarted());
        p.write("secret\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY(p.exitCode() != 0);
        QVERIFY2(err.contains("keyring error"), err.constData());
        QVERIFY2(err.contains("The keyring did not store the password."), err.constData());
        QVERIFY2(!err.contains("module"), err.constData());
    }

    void syncsFromDovecot()
    {
        QVERIFY(m_dovecot.addUser(QStringLiteral("jane"), QStringLiteral("pw-jane")));
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        for (int i = 1; i <= 3; ++i) {
            const QByteArray n = QByteArray::number(i);
            QVERIFY(m_dovecot.deliver(
                QStringLiteral("jane"),
                "From: Anna <anna@example.org>\r\nTo: jane@example.org\r\nSubject: Package check " +
                    n + "\r\nMessage-ID: <pkg" + n +
                    "@example.org>\r\nDate: Sun, 22 Nov 2026 10:00:00 +0000\r\n\r\n"
                    "Installed body " +
                    n + "\r\n"));
        }
        const Run add =
            run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Work"), QStringLiteral("--host"), m_dovecot.host(),
                 QStringLiteral("--port"), QString::number(m_dovecot.tlsPort()),
                 QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--user"),
                 QStringLiteral("jane"), QStringLiteral("--pin-sha256"),
                 QString::fromLatin1(m_dovecot.certificateSha256().toHex()),
                 QStringLiteral("--password-command"), QStringLiteral("printf %s pw-jane")});
        QVERIFY2(add.exitCode == 0, add.err.constData());
        const Run test =
            run({QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("Work")});
        qInfo("postbag account test Work:\n%s%s", test.out.constData(), test.err.constData());
        QVERIFY2(test.exitCode == 0, QByteArray(test.out + test.err).constData());
        const Run sync = run({QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, QByteArray(sync.out + sync.err).constData());
        const Run list =
            run({QStringLiteral("list"), QStringLiteral("Work/Inbox"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QStringList subjects;
        for (const QJsonValue& v : QJsonDocument::fromJson(list.out).array())
            subjects << v.toObject().value(QStringLiteral("subject")).toString();
        subjects.sort();
        QCOMPARE(subjects,
                 (QStringList{QStringLiteral("Package check 1"), QStringLiteral("Package check 2"),
                              QStringLiteral("Package check 3")}));
        // Without --leave-on-server the server is emptied once the mail is stored.
        QVERIFY(m_dovecot.messagesOnServer(QStringLiteral("jane")).isEmpty());
        const Run search = run(
            {QStringLiteral("search"), QStringLiteral("body:installed"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(search.out).array().size(), 3);
    }

    // The doctor's answers from the installed binary: exit code and advice.
    void reportsProblems_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("pinned");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("wrong password") << QStringLiteral("Wrong") << QStringLiteral("nope") << true
                                        << 3 << QByteArray("rejected the user name or password");
        QTest::newRow("untrusted certificate")
            << QStringLiteral("Unpinned") << QStringLiteral("pw-jane") << false << 4
            << QByteArray("is not trusted");
    }
    void reportsProblems()
    {
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(bool, pinned);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        QVERIFY(m_dovecot.isRunning());
        QStringList add{QStringLiteral("account"),
                        QStringLiteral("add"),
                        QStringLiteral("--name"),
                        name,
                        QStringLiteral("--host"),
                        m_dovecot.host(),
                        QStringLiteral("--port"),
                        QString::number(m_dovecot.tlsPort()),
                        QStringLiteral("--security"),
                        QStringLiteral("tls"),
                        QStringLiteral("--user"),
                        QStringLiteral("jane"),
                        QStringLiteral("--password-command"),
                        QStringLiteral("printf %s ") + password};
        if (pinned)
            add << QStringLiteral("--pin-sha256")
                << QString::fromLatin1(m_dovecot.certificateSha256().toHex());
        QCOMPARE(run(add).exitCode, 0);
        const Run test = run({QStringLiteral("account"), QStringLiteral("test"), name});
        qInfo("postbag account test %s:\n%s%s", qPrintable(name), test.out.constData(),
              test.err.constData());
        QCOMPARE(test.exitCode, exitCode);
        QVERIFY2(test.err.contains(message), test.err.constData());
    }
};

QTEST_GUILESS_MAIN(InstalledPackageCheck)
#include "installed_package_check.moc"
