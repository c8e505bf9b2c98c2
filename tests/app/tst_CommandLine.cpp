// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The `postbag` command line as scripts use it, against a real Dovecot.
#include "PostbagProcess.h"
#include "tests/support/DovecotServer.h"
#include "tests/support/HostCertificate.h"
#include "tests/support/ScriptedPop3Server.h"
#include "tests/support/ScriptedSmtpServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace postbag::testing;

namespace {
QByteArray mail(int i, const QByteArray& subject)
{
    return "From: Alice Example <alice@example.org>\r\nTo: bob@example.org\r\nSubject: " + subject +
           "\r\nMessage-ID: <cli" + QByteArray::number(i) + "@example.org>\r\n"
           "Date: Sun, 22 Nov 2026 1" + QByteArray::number(i % 10) + ":00:00 +0000\r\n\r\n"
           "Body number " + QByteArray::number(i) + " about Zanzibar.\r\n";
}
} // namespace

class tst_CommandLine : public QObject
{
    Q_OBJECT
    DovecotServer m_dovecot;
    QTemporaryDir m_profile;

    PostbagRun run(const QStringList& args, const QByteArray& in = {})
    {
        return runPostbag(m_profile.path(), args, in);
    }
    QStringList addArgs(const QString& name, const QString& user, quint16 port, const QString& security)
    {
        return {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), name,
                QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port),
                QStringLiteral("--security"), security, QStringLiteral("--user"), user,
                QStringLiteral("--password-command"), QStringLiteral("printf %s pw-") + user};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dovecot.addUser(QStringLiteral("bob"), QStringLiteral("pw-bob")));
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        QVERIFY(m_dovecot.deliver(QStringLiteral("bob"), mail(1, "Quarterly report")));
        QVERIFY(m_dovecot.deliver(QStringLiteral("bob"), mail(2, "Lunch on Friday")));
        // The profile exists (commands that only read refuse a folder without one).
        QCOMPARE(
            run(addArgs(QStringLiteral("Setup"), QStringLiteral("bob"), 1, QStringLiteral("tls")))
                .exitCode,
            0);
        QCOMPARE(run({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Setup")})
                     .exitCode,
                 0);
    }

    // `account remove` while a `postbag sync` of the account stalls in RETR: the removal waits
    // for that sync to end (it cannot cancel another process), then removes.
    void removingAnAccountWaitsForItsSync()
    {
        const QByteArray body = "Subject: one\r\nMessage-ID: <one@example.org>\r\n\r\nbody\r\n";
        auto server = std::make_unique<ScriptedPop3Server>();
        Pop3Script s;
        s.line("+OK ready").expect("CAPA").line("+OK").line("USER").line("UIDL").line(".");
        s.expect("USER u").line("+OK").expect("PASS p").line("+OK");
        s.expect("CAPA").line("+OK").line("USER").line("UIDL").line(".");
        s.expect("STAT").line("+OK 1 " + QByteArray::number(body.size()));
        s.expect("UIDL").line("+OK").line("1 uid-1").line(".");
        s.expect("LIST").line("+OK").line("1 " + QByteArray::number(body.size())).line(".");
        server->addConnection(s.expect("RETR 1").stall(600000));
        QStringList add = {QStringLiteral("account"),
                           QStringLiteral("add"),
                           QStringLiteral("--name"),
                           QStringLiteral("Busy"),
                           QStringLiteral("--host"),
                           server->host(),
                           QStringLiteral("--port"),
                           QString::number(server->port()),
                           QStringLiteral("--security"),
                           QStringLiteral("none"),
                           QStringLiteral("--allow-insecure-auth"),
                           QStringLiteral("--user"),
                           QStringLiteral("u"),
                           QStringLiteral("--password-command"),
                           QStringLiteral("printf p")};
        const auto added = run(add);
        QCOMPARE(added.exitCode, 0);

        QProcess syncing;
        syncing.start(QStringLiteral(POSTBAG_EXECUTABLE),
                      {QStringLiteral("--profile"), m_profile.path(), QStringLiteral("sync"),
                       QStringLiteral("--account"), QStringLiteral("Busy")});
        QTRY_VERIFY2_WITH_TIMEOUT(
            server->receivedLines().contains("RETR 1"),
            qPrintable(server->transcript() + QString::fromUtf8(syncing.readAllStandardError())),
            30000);
        QProcess removing;
        // Whatever fails below, the other tests do not meet this account.
        const auto tidy = qScopeGuard([&] {
            for (QProcess* p : {&syncing, &removing}) {
                p->kill();
                p->waitForFinished(10000);
            }
            (void)run(
                {QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Busy")});
        });
        removing.start(QStringLiteral(POSTBAG_EXECUTABLE),
                       {QStringLiteral("--profile"), m_profile.path(), QStringLiteral("account"),
                        QStringLiteral("remove"), QStringLiteral("Busy")});
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT(
            (said += removing.readAllStandardError()).contains("waiting for the sync of Busy"),
            30000);
        QCOMPARE(removing.state(), QProcess::Running);
        QVERIFY(run({QStringLiteral("account"), QStringLiteral("list")}).out.contains("Busy"));

        server.reset(); // the stalled server goes away: the sync ends, with an error
        QVERIFY(syncing.waitForFinished(60000));
        QVERIFY(syncing.exitCode() != 0);
        QVERIFY(removing.waitForFinished(60000));
        QCOMPARE(removing.exitCode(), 0);
        QVERIFY(removing.readAllStandardOutput().contains("Removed account Busy."));
        QVERIFY(!run({QStringLiteral("account"), QStringLiteral("list")}).out.contains("Busy"));
    }

    void versionAndHelp()
    {
        QCOMPARE(run({QStringLiteral("--version")}).exitCode, 0);
        const auto help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("sync"));
    }

    void badArgumentsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray("unknown command");
        QTest::newRow("add without host") << QStringList{QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x")} << QByteArray("--host");
        QTest::newRow("bad security") << QStringList{QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--host"), QStringLiteral("h"), QStringLiteral("--security"), QStringLiteral("ssl3"), QStringLiteral("--user"), QStringLiteral("u")} << QByteArray("--security");
        QTest::newRow("bad pin") << QStringList{QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--host"), QStringLiteral("h"), QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("--password-command"), QStringLiteral("true"), QStringLiteral("--pin-sha256"), QStringLiteral("abc")} << QByteArray("--pin-sha256");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("sync"), QStringLiteral("--frob")} << QByteArray("frob");
        QTest::newRow("show without id") << QStringList{QStringLiteral("show")} << QByteArray("message id");
        QTest::newRow("list unknown folder") << QStringList{QStringLiteral("list"), QStringLiteral("Nowhere")} << QByteArray("no folder");
        // "sync Work" must not sync every account (and delete their mail from the servers).
        QTest::newRow("sync with a name")
            << QStringList{QStringLiteral("sync"), QStringLiteral("Work")}
            << QByteArray("unexpected argument 'Work' (one account: --account NAME)");
        QTest::newRow("folders with an argument")
            << QStringList{QStringLiteral("folders"), QStringLiteral("x")}
            << QByteArray("unexpected argument 'x'");
        QTest::newRow("both password options") << QStringList{QStringLiteral("account"),
                                                              QStringLiteral("add"),
                                                              QStringLiteral("--name"),
                                                              QStringLiteral("x"),
                                                              QStringLiteral("--host"),
                                                              QStringLiteral("h"),
                                                              QStringLiteral("--security"),
                                                              QStringLiteral("tls"),
                                                              QStringLiteral("--user"),
                                                              QStringLiteral("u"),
                                                              QStringLiteral("--password-command"),
                                                              QStringLiteral("true"),
                                                              QStringLiteral("--password-stdin")}
                                               << QByteArray("not both");
        QTest::newRow("list with a bad limit")
            << QStringList{QStringLiteral("list"), QStringLiteral("Archive"),
                           QStringLiteral("--limit"), QStringLiteral("all")}
            << QByteArray("--limit");
        QTest::newRow("search with a bad limit")
            << QStringList{QStringLiteral("search"), QStringLiteral("x"),
                           QStringLiteral("--limit=5k")}
            << QByteArray("--limit");
        QTest::newRow("search with a bad option")
            << QStringList{QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--jsn")}
            << QByteArray("jsn");
    }
    void badArgumentsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const auto r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void untrustedCertificateThenPinned()
    {
        QCOMPARE(run(addArgs(QStringLiteral("Untrusted"), QStringLiteral("bob"), m_dovecot.tlsPort(), QStringLiteral("tls"))).exitCode, 0);
        const auto test = run({QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("Untrusted")});
        QCOMPARE(test.exitCode, 4);
        QVERIFY2(test.out.contains("FAIL"), test.out.constData());
        QVERIFY(test.err.contains(m_dovecot.certificateSha256().toHex(':').toUpper()) || test.err.contains(m_dovecot.certificateSha256().toHex(':')));
        QCOMPARE(run({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Untrusted")}).exitCode, 0);
    }

    void addTestSyncListSearchShow()
    {
        QStringList add = addArgs(QStringLiteral("Home"), QStringLiteral("bob"), m_dovecot.tlsPort(), QStringLiteral("tls"));
        add << QStringLiteral("--pin-sha256") << QString::fromLatin1(m_dovecot.certificateSha256().toHex()) << QStringLiteral("--leave-on-server");
        const auto added = run(add);
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const auto twice = run(add);
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains("an account named 'Home' already exists"),
                 twice.err.constData());

        const auto test = run({QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("Home")});
        QVERIFY2(test.exitCode == 0, QByteArray(test.out + test.err).constData());
        QVERIFY(test.out.contains("ok   Log in"));

        const auto sync = run({QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        QVERIFY2(sync.out.contains("Home: 2 new"), sync.out.constData());
        QCOMPARE(m_dovecot.messagesOnServer(QStringLiteral("bob")).size(), 2); // --leave-on-server

        const auto again = run({QStringLiteral("sync"), QStringLiteral("--account"), QStringLiteral("Home")});
        QVERIFY(again.out.contains("Home: 0 new"));

        const auto folders = run({QStringLiteral("folders"), QStringLiteral("--json")});
        QCOMPARE(folders.exitCode, 0);
        const QJsonArray folderList = QJsonDocument::fromJson(folders.out).array();
        QVERIFY(!folderList.isEmpty());
        bool foundInbox = false;
        for (const auto& f : folderList)
            foundInbox |= f.toObject().value(QStringLiteral("path")).toString() == u"Home/Inbox" && f.toObject().value(QStringLiteral("total")).toInt() == 2;
        QVERIFY2(foundInbox, folders.out.constData());

        const auto list = run({QStringLiteral("list"), QStringLiteral("Home/Inbox"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(rows.size(), 2);
        const QJsonObject first = rows.first().toObject();
        for (const char* key : {"id", "folder", "account", "from", "subject", "date", "size", "flags"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("account")).toString(), QStringLiteral("Home"));

        const auto search = run({QStringLiteral("search"), QStringLiteral("subject:lunch"), QStringLiteral("--json")});
        QCOMPARE(search.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(search.out).array();
        QCOMPARE(hits.size(), 1);
        const QString id = QString::number(qint64(hits.first().toObject().value(QStringLiteral("id")).toDouble()));

        // The query's "-word" excludes a word; it is not an option.
        const auto without = run({QStringLiteral("search"), QStringLiteral("zanzibar"),
                                  QStringLiteral("-lunch"), QStringLiteral("--json")});
        QVERIFY2(without.exitCode == 0, without.err.constData());
        const QJsonArray rest = QJsonDocument::fromJson(without.out).array();
        QCOMPARE(rest.size(), 1);
        QCOMPARE(rest.first().toObject().value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Quarterly report"));

        const auto raw = run({QStringLiteral("show"), id, QStringLiteral("--raw")});
        QCOMPARE(raw.exitCode, 0);
        QCOMPARE(raw.out, mail(2, "Lunch on Friday"));
        // A write that fails is a failure, not a silent success.
        QProcess full;
        full.setProgram(QStringLiteral(POSTBAG_EXECUTABLE));
        full.setArguments({QStringLiteral("--profile"), m_profile.path(), QStringLiteral("show"),
                           id, QStringLiteral("--raw")});
        full.setStandardOutputFile(QStringLiteral("/dev/full"));
        full.start();
        QVERIFY(full.waitForFinished(60000));
        QCOMPARE(full.exitCode(), 1);
        QVERIFY2(full.readAllStandardError().contains("could not be written"),
                 "no message on stderr");
        const auto shown = run({QStringLiteral("show"), id});
        QVERIFY(shown.out.contains("Subject: Lunch on Friday"));
        QVERIFY(shown.out.contains("Zanzibar"));
    }

    void importThenExportGivesTheSameBytes()
    {
        QTemporaryDir files;
        // mboxrd with quoted From lines in a body (CRLF mboxes are covered by tst_MboxReader).
        const QByteArray mbox = "From alice@example.org Sun Nov 22 10:00:00 2026\n"
                                "From: alice@example.org\nSubject: one\nMessage-ID: <imp1@x>\n\n"
                                ">From the start\n>>From quoted twice\n\n"
                                "From bob@example.org Sun Nov 22 11:00:00 2026\n"
                                "From: bob@example.org\nSubject: two\nMessage-ID: <imp2@x>\n\nsecond body\n\n";
        const QString in = files.filePath(QStringLiteral("in.mbox"));
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(mbox) == mbox.size());
        f.close();
        const auto imported = run({QStringLiteral("import"), in, QStringLiteral("--folder"), QStringLiteral("Imported"), QStringLiteral("--json")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(QJsonDocument::fromJson(imported.out).object().value(QStringLiteral("imported")).toInt(), 2);
        const QString out = files.filePath(QStringLiteral("out.mbox"));
        const auto exported = run({QStringLiteral("export"), QStringLiteral("Imported"), QStringLiteral("--mbox"), out});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QFile back(out);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), mbox);

        const auto rows = QJsonDocument::fromJson(run({QStringLiteral("list"), QStringLiteral("Imported"), QStringLiteral("--json")}).out).array();
        QCOMPARE(rows.size(), 2);
        for (const auto& row : rows) {
            const QString id = QString::number(qint64(row.toObject().value(QStringLiteral("id")).toDouble()));
            const QString eml = files.filePath(id + QStringLiteral(".eml"));
            QCOMPARE(run({QStringLiteral("export"), id, QStringLiteral("--eml"), eml}).exitCode, 0);
            QFile e(eml);
            QVERIFY(e.open(QIODevice::ReadOnly));
            QCOMPARE(e.readAll(), run({QStringLiteral("show"), id, QStringLiteral("--raw")}).out);
        }
        const auto again = run({QStringLiteral("import"), in, QStringLiteral("--folder"), QStringLiteral("Imported")});
        QVERIFY2(again.out.contains("Imported 0 of 2"), again.out.constData()); // duplicates are not added twice
        const auto missing = run({QStringLiteral("import"), files.filePath(QStringLiteral("nope.mbox")), QStringLiteral("--folder"), QStringLiteral("X")});
        QCOMPARE(missing.exitCode, 2);
    }

    void protocolLogPerAccountWithoutThePassword()
    {
        QVERIFY(m_dovecot.addUser(QStringLiteral("logged"), QStringLiteral("pw-logged")));
        QStringList add = addArgs(QStringLiteral("Logged"), QStringLiteral("logged"), m_dovecot.plainPort(), QStringLiteral("none"));
        add << QStringLiteral("--allow-insecure-auth") << QStringLiteral("--protocol-log") << QStringLiteral("--leave-on-server");
        QCOMPARE(run(add).exitCode, 0);
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--account"), QStringLiteral("Logged")}).exitCode, 0);
        const QStringList logs = QDir(m_profile.filePath(QStringLiteral("logs"))).entryList(QDir::Files);
        QCOMPARE(logs.size(), 1); // only this account logs
        QFile log(m_profile.filePath(QStringLiteral("logs/")) + logs.first());
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY2(text.contains("C: CAPA") && text.contains("C: QUIT"), text.constData());
        QVERIFY2(!text.contains("pw-logged"), text.constData());
        // Without USER/PASS in the clear Dovecot offers CRAM-MD5 first, whose answer is blanked too.
        QVERIFY2(text.contains("<redacted>"), text.constData());
    }

    void wrongPasswordExitCode()
    {
        QStringList add = addArgs(QStringLiteral("Wrong"), QStringLiteral("bob"), m_dovecot.plainPort(), QStringLiteral("starttls"));
        add[add.indexOf(QStringLiteral("--password-command")) + 1] = QStringLiteral("echo nope");
        add << QStringLiteral("--pin-sha256") << QString::fromLatin1(m_dovecot.certificateSha256().toHex());
        QCOMPARE(run(add).exitCode, 0);
        const auto sync = run({QStringLiteral("sync"), QStringLiteral("--account"), QStringLiteral("Wrong")});
        QCOMPARE(sync.exitCode, 3);
        QVERIFY2(sync.err.contains("case-sensitive"), sync.err.constData());
    }

    void importGoesIntoTheFolderNamedAndFileErrorsSaySo()
    {
        for (const QString& name : {QStringLiteral("Alpha"), QStringLiteral("Beta")})
            QCOMPARE(run(addArgs(name, QStringLiteral("bob"), m_dovecot.plainPort(),
                                 QStringLiteral("starttls")))
                         .exitCode,
                     0);
        QTemporaryDir files;
        const QString in = files.filePath(QStringLiteral("in.mbox"));
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("From a@example.org Sun Nov 22 10:00:00 2026\nSubject: for Beta\nMessage-ID: "
                "<beta1@x>\n\nhello\n\n");
        f.close();
        auto total = [this](const QString& path) {
            for (const auto& v : QJsonDocument::fromJson(
                                     run({QStringLiteral("folders"), QStringLiteral("--json")}).out)
                                     .array())
                if (v.toObject().value(QStringLiteral("path")).toString() == path)
                    return v.toObject().value(QStringLiteral("total")).toInt();
            return -1;
        };
        // Into the second account's inbox, not the first one's.
        const auto beta = run({QStringLiteral("import"), in, QStringLiteral("--folder"),
                               QStringLiteral("Beta/Inbox")});
        QVERIFY2(beta.exitCode == 0, beta.err.constData());
        QVERIFY2(beta.out.contains("into Beta/Inbox"), beta.out.constData());
        QCOMPARE(total(QStringLiteral("Beta/Inbox")), 1);
        QCOMPARE(total(QStringLiteral("Alpha/Inbox")), 0);

        // Not a mailbox: a usage error naming the file, and no folder made for it.
        const QString notes = files.filePath(QStringLiteral("notes.txt"));
        QFile n(notes);
        QVERIFY(n.open(QIODevice::WriteOnly));
        n.write("shopping list\nmilk\n");
        n.close();
        const auto bad = run(
            {QStringLiteral("import"), notes, QStringLiteral("--folder"), QStringLiteral("Notes")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("not a mailbox") && bad.err.contains(notes.toUtf8()),
                 bad.err.constData());
        QCOMPARE(total(QStringLiteral("Notes")), -1);

        // A file that cannot be written: its path and the reason, and the local-storage code.
        const QString nowhere = files.filePath(QStringLiteral("no/such/dir/out.mbox"));
        const auto unwritable = run({QStringLiteral("export"), QStringLiteral("Beta/Inbox"),
                                     QStringLiteral("--mbox"), nowhere});
        QCOMPARE(unwritable.exitCode, 6);
        QVERIFY2(unwritable.err.contains("could not be written") &&
                     unwritable.err.contains(nowhere.toUtf8()),
                 unwritable.err.constData());
        // Replacing a file says so.
        const QString out = files.filePath(QStringLiteral("out.mbox"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("Beta/Inbox"),
                      QStringLiteral("--mbox"), out})
                     .exitCode,
                 0);
        const auto again = run({QStringLiteral("export"), QStringLiteral("Beta/Inbox"),
                                QStringLiteral("--mbox"), out});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains("replaced the file"), again.err.constData());

        for (const QString& name : {QStringLiteral("Alpha"), QStringLiteral("Beta")})
            QCOMPARE(run({QStringLiteral("account"), QStringLiteral("remove"), name}).exitCode, 0);
    }

    // What a server writes (certificate names, CAPA IMPLEMENTATION, its -ERR words) reaches the
    // terminal without control characters: no escape sequence can retitle the window, clear the
    // screen or forge output.
    void accountTestFiltersWhatTheServerSays()
    {
        QTemporaryDir dir;
        QString error;
        const QString evilName = QStringLiteral("evil\x1b]0;owned\x07name\x1b[2J");
        const auto cert =
            HostCertificate::generate(dir.path(), {QStringLiteral("localhost")}, &error, evilName);
        QVERIFY2(cert, qPrintable(error));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(cert->certificate);
        tls.setPrivateKey(cert->key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        ScriptedPop3Server server;
        server.setImplicitTls(true);
        server.setTlsConfiguration(tls);
        const QString capa = QStringLiteral("C: CAPA\n!raw +OK\\r\\nUSER\\r\\nIMPLEMENTATION "
                                            "Evil\\x1b]0;pwned\\x07Server\\x1b[2J\\r\\n.\\r\\n\n");
        // 1: the certificate is not trusted: its subject and issuer are printed.
        server.addConnection(QStringLiteral("!expect-close"));
        // 2: trusted by its fingerprint: the login works and the server names itself.
        server.addConnection(
            QString(QStringLiteral("S: +OK hi\n") + capa +
                    QStringLiteral("C: USER bob\nS: +OK\nC: PASS pw-bob\nS: +OK\n") + capa +
                    QStringLiteral("C: QUIT\nS: +OK\n!close")));
        // 3: the server refuses, in words of its own.
        server.addConnection(
            QString(QStringLiteral("S: +OK hi\n") + capa +
                    QStringLiteral("C: USER bob\nS: +OK\nC: PASS pw-bob\n"
                                   "!raw -ERR [SYS/PERM] go\\x1b]0;pwned\\x07 away\\r\\n\n"
                                   "!expect-close")));
        auto clean = [](const PostbagRun& r) {
            const QByteArray all = r.out + r.err;
            return !all.contains('\x1b') && !all.contains('\x07');
        };
        QCOMPARE(run(addArgs(QStringLiteral("Evil"), QStringLiteral("bob"), server.port(),
                             QStringLiteral("tls")))
                     .exitCode,
                 0);
        const auto untrusted =
            runPostbagServing(m_profile.path(), {QStringLiteral("account"), QStringLiteral("test"),
                                                 QStringLiteral("Evil")});
        QCOMPARE(untrusted.exitCode, 4);
        QVERIFY2(untrusted.err.contains("evil\xef\xbf\xbd]0;owned"), untrusted.err.constData());
        QVERIFY2(clean(untrusted), untrusted.err.toPercentEncoding().constData());
        QCOMPARE(run({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Evil")})
                     .exitCode,
                 0);

        QStringList pinned = addArgs(QStringLiteral("Evil"), QStringLiteral("bob"), server.port(),
                                     QStringLiteral("tls"));
        pinned << QStringLiteral("--pin-sha256")
               << QString::fromLatin1(cert->certificate.digest(QCryptographicHash::Sha256).toHex());
        QCOMPARE(run(pinned).exitCode, 0);
        const auto works =
            runPostbagServing(m_profile.path(), {QStringLiteral("account"), QStringLiteral("test"),
                                                 QStringLiteral("Evil")});
        QVERIFY2(works.exitCode == 0, QByteArray(works.out + works.err).constData());
        QVERIFY2(works.out.contains("Evil\xef\xbf\xbd]0;pwned"), works.out.constData());
        QVERIFY2(clean(works), works.out.toPercentEncoding().constData());

        const auto refused =
            runPostbagServing(m_profile.path(), {QStringLiteral("account"), QStringLiteral("test"),
                                                 QStringLiteral("Evil")});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains("go\xef\xbf\xbd]0;pwned"), refused.err.constData());
        QVERIFY2(clean(refused), refused.err.toPercentEncoding().constData());
        QTRY_COMPARE(server.finishedCount(), 3);
        QCOMPARE(server.connectionCount(), 3);
        QCOMPARE(run({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Evil")})
                     .exitCode,
                 0);
    }

    // `account test --smtp-host ...` checks the outgoing server after the POP3 one, step by step,
    // and says what to do; with --json both checks as objects.
    void accountTestChecksTheOutgoingServer()
    {
        QStringList add = addArgs(QStringLiteral("Sender"), QStringLiteral("bob"),
                                  m_dovecot.tlsPort(), QStringLiteral("tls"));
        add << QStringLiteral("--pin-sha256")
            << QString::fromLatin1(m_dovecot.certificateSha256().toHex());
        QCOMPARE(run(add).exitCode, 0);
        const auto tidy = qScopeGuard([&] {
            (void)run(
                {QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Sender")});
        });
        ScriptedSmtpServer smtp;
        for (int i = 0; i < 2; ++i) {
            LineScript script = ScriptedSmtpServer::greeting();
            script.append(ScriptedSmtpServer::ehlo(ScriptedSmtpServer::capabilitiesBeforeTls()))
                .append(LineScript::parse(
                    u"C: STARTTLS\nS: 454 4.7.0 TLS not available\n!expect-close"));
            smtp.addConnection(script);
        }
        const QStringList args = {QStringLiteral("account"),
                                  QStringLiteral("test"),
                                  QStringLiteral("Sender"),
                                  QStringLiteral("--smtp-host"),
                                  smtp.host(),
                                  QStringLiteral("--smtp-port"),
                                  QString::number(smtp.port()),
                                  QStringLiteral("--smtp-security"),
                                  QStringLiteral("starttls")};
        const auto text = runPostbagServing(m_profile.path(), args);
        QVERIFY2(text.exitCode == 4, QByteArray(text.out + text.err).constData());
        QVERIFY2(text.out.contains("ok   Log in"), text.out.constData());
        const QByteArray checking = "Checking the outgoing server 127.0.0.1:" +
                                    QByteArray::number(smtp.port()) + QByteArray(" (starttls)");
        QVERIFY2(text.out.contains(checking),
                 text.out.constData());
        QVERIFY2(text.out.contains("  ok   Connect"), text.out.constData());
        QVERIFY2(text.out.contains("  FAIL Secure the connection"), text.out.constData());
        QVERIFY2(text.err.contains("did not accept STARTTLS"), text.err.constData());

        const auto json = runPostbagServing(m_profile.path(), QStringList(args) << QStringLiteral("--json"));
        QCOMPARE(json.exitCode, 4);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QStringLiteral("account")).toString(), QStringLiteral("Sender"));
        QCOMPARE(
            o.value(QStringLiteral("incoming")).toObject().value(QStringLiteral("ok")).toBool(),
            true);
        const QJsonObject out = o.value(QStringLiteral("outgoing")).toObject();
        QCOMPARE(out.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(out.value(QStringLiteral("error")).toString(), QStringLiteral("StlsUnavailable"));
        QCOMPARE(out.value(QStringLiteral("advice")).toString(),
                 QStringLiteral("encryption-refused"));
        const QJsonArray steps = out.value(QStringLiteral("steps")).toArray();
        QVERIFY2(!steps.isEmpty(), json.out.constData());
        QCOMPARE(steps.last().toObject().value(QStringLiteral("step")).toString(),
                 QStringLiteral("tls"));
        QCOMPARE(steps.last().toObject().value(QStringLiteral("ok")).toBool(true), false);
        QTRY_VERIFY(smtp.isDone());
        QVERIFY2(smtp.mismatches().isEmpty(), qPrintable(smtp.transcript()));

        const auto bad = run({QStringLiteral("account"), QStringLiteral("test"),
                              QStringLiteral("Sender"), QStringLiteral("--smtp-host"), smtp.host(),
                              QStringLiteral("--smtp-security"), QStringLiteral("ssl")});
        QCOMPARE(bad.exitCode, 2);
    }

    void closedPortExitCode()
    {
        QStringList add = addArgs(QStringLiteral("Closed"), QStringLiteral("bob"), 1, QStringLiteral("tls"));
        QCOMPARE(run(add).exitCode, 0);
        const auto test = run({QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("Closed")});
        QCOMPARE(test.exitCode, 4);
        QVERIFY2(test.err.contains("refused"), test.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_CommandLine.moc"
