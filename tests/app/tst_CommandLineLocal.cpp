// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The `postbag` command line on local mail only (no server): what a terminal shows, how folder
// names are resolved, which profile is used, and what a script learns from the exit code.
#include "PostbagProcess.h"
#include "core/store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <pty.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

using namespace postbag::testing;

namespace {
// A subject that retitles the terminal, clears it and forges a row; a body that paints it red.
const QByteArray kHostile = "From a@example.org Sun Nov 22 10:00:00 2026\n"
                            "From: Mallory <m@example.org>\n"
                            "Subject: =?utf-8?q?hi=1B]0;PWNED=07=1B[2Jx=0Anew=09line?=\n"
                            "Message-ID: <hostile@example.org>\n"
                            "\n"
                            "plain \x1b[31mred\x1b[0m\ttext\n\n";

QByteArray mbox(const QByteArray& id, const QByteArray& subject)
{
    return "From a@example.org Sun Nov 22 10:00:00 2026\nFrom: a@example.org\nSubject: " + subject +
           "\nMessage-ID: <" + id + "@example.org>\n\nhello\n\n";
}
} // namespace

class tst_CommandLineLocal : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_profile;

    PostbagRun run(const QStringList& args) { return runPostbag(m_profile, args); }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    int addAccount(const QString& name)
    {
        return run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
                    name, QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("--port"), QStringLiteral("1"), QStringLiteral("--security"),
                    QStringLiteral("tls"), QStringLiteral("--user"), QStringLiteral("u"),
                    QStringLiteral("--password-command"), QStringLiteral("printf x")})
            .exitCode;
    }

    QJsonArray json(const QStringList& args)
    {
        return QJsonDocument::fromJson(run(args + QStringList{QStringLiteral("--json")}).out)
            .array();
    }

    qint64 folderId(const QString& path)
    {
        for (const auto& v : json({QStringLiteral("folders")})) {
            if (v.toObject().value(QStringLiteral("path")).toString() == path)
                return v.toObject().value(QStringLiteral("id")).toInteger();
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_profile = m_dir.filePath(QStringLiteral("profile"));
        QCOMPARE(addAccount(QStringLiteral("Work")), 0);
        QCOMPARE(addAccount(QStringLiteral("work")), 0); // names differ in case only
    }

    void controlCharactersNeverReachTheTerminal()
    {
        const QString file = write(QStringLiteral("hostile.mbox"), kHostile);
        QCOMPARE(run({QStringLiteral("import"), file, QStringLiteral("--folder"),
                      QStringLiteral("Hostile")})
                     .exitCode,
                 0);
        const auto list = run({QStringLiteral("list"), QStringLiteral("Hostile")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(!list.out.contains('\x1b') && !list.out.contains('\a'), list.out.constData());
        QCOMPARE(list.out.count('\n'), 1); // one message, one row
        QCOMPARE(list.out.count('\t'), 4); // five columns
        QVERIFY(list.out.contains("new line"));
        const qint64 id = list.out.left(list.out.indexOf('\t')).toLongLong();
        QVERIFY(id > 0);

        const auto show = run({QStringLiteral("show"), QString::number(id)});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(!show.out.contains('\x1b') && !show.out.contains('\a'), show.out.constData());
        QVERIFY(show.out.contains("red") && show.out.contains("\ttext\n")); // tabs, lines stay
        // Scripts get the text as it is, escaped by JSON; --raw gives the stored bytes.
        const QJsonArray rows = json({QStringLiteral("list"), QStringLiteral("Hostile")});
        QCOMPARE(rows.first().toObject().value(QStringLiteral("subject")).toString(),
                 QStringLiteral("hi\x1b]0;PWNED\a\x1b[2Jx\nnew\tline"));
        QVERIFY(run({QStringLiteral("show"), QString::number(id), QStringLiteral("--raw")})
                    .out.contains("\x1b[31mred"));

        // Lines ended by CR alone (old Mac mail) are still lines.
        const QString mac = write(QStringLiteral("mac.mbox"),
                                  "From a@example.org Sun Nov 22 10:00:00 2026\nSubject: mac\n"
                                  "Content-Transfer-Encoding: quoted-printable\n\n"
                                  "first line=0Dsecond line\n\n");
        QCOMPARE(
            run({QStringLiteral("import"), mac, QStringLiteral("--folder"), QStringLiteral("Mac")})
                .exitCode,
            0);
        const QJsonArray macRows = json({QStringLiteral("list"), QStringLiteral("Mac")});
        QCOMPARE(macRows.size(), 1);
        const auto shown =
            run({QStringLiteral("show"),
                 QString::number(macRows.first().toObject().value(u"id").toInteger())});
        QVERIFY2(shown.out.contains("first line\nsecond line"), shown.out.constData());
    }

    void foldersAreNeverGuessed()
    {
        const qint64 lower = folderId(QStringLiteral("work/Inbox"));
        const qint64 upper = folderId(QStringLiteral("Work/Inbox"));
        QVERIFY(lower > 0 && upper > 0 && lower != upper);
        // The exact spelling, every time.
        const QString mail = write(QStringLiteral("one.mbox"), mbox("one", "For work"));
        const auto imported = run({QStringLiteral("import"), mail, QStringLiteral("--folder"),
                                   QStringLiteral("work/Inbox"), QStringLiteral("--json")});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(imported.out)
                     .object()
                     .value(QStringLiteral("folderId"))
                     .toInteger(),
                 lower);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(json({QStringLiteral("list"), QStringLiteral("work/Inbox")}).size(), 1);
        // A spelling that fits several folders is refused, naming them.
        for (const QString& spec : {QStringLiteral("WORK/inbox"), QStringLiteral("Inbox")}) {
            const auto r = run({QStringLiteral("list"), spec});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("Work/Inbox") && r.err.contains("work/Inbox"),
                     r.err.constData());
            const auto i = run({QStringLiteral("import"), mail, QStringLiteral("--folder"), spec});
            QCOMPARE(i.exitCode, 2);
        }
        QCOMPARE(folderId(QStringLiteral("Inbox")), 0); // no local "Inbox" made instead

        // A new folder inside an account's inbox belongs to that account.
        const QString two = write(QStringLiteral("two.mbox"), mbox("two", "Filed below"));
        const auto nested = run({QStringLiteral("import"), two, QStringLiteral("--folder"),
                                 QStringLiteral("Work/Inbox/Filed")});
        QVERIFY2(nested.exitCode == 0, nested.err.constData());
        QVERIFY2(nested.out.contains("into Work/Inbox/Filed"), nested.out.constData());
        const QJsonArray filed = json({QStringLiteral("list"), QStringLiteral("Work/Inbox/Filed")});
        QCOMPARE(filed.size(), 1);
        QCOMPARE(filed.first().toObject().value(QStringLiteral("account")).toString(),
                 QStringLiteral("Work"));
        QCOMPARE(json({QStringLiteral("search"), QStringLiteral("account:Work"),
                       QStringLiteral("Filed")})
                     .size(),
                 1);
        QCOMPARE(folderId(QStringLiteral("Work/Inbox/Filed")) > 0, true);
        // No parent, or an empty part: refused, nothing made.
        for (const QString& spec :
             {QStringLiteral("Nowhere/Sub"), QStringLiteral("A//B"), QStringLiteral("Trail/")}) {
            const auto r = run({QStringLiteral("import"), two, QStringLiteral("--folder"), spec});
            QVERIFY2(r.exitCode == 2, qPrintable(spec));
        }
        QCOMPARE(folderId(QStringLiteral("Nowhere/Sub")), 0);
        QCOMPARE(folderId(QStringLiteral("A//B")), 0);
    }

    void writeErrorsAreNotSuccess()
    {
        for (const QStringList& args :
             {QStringList{QStringLiteral("folders"), QStringLiteral("--json")},
              QStringList{QStringLiteral("list"), QStringLiteral("Hostile")}}) {
            QProcess p;
            p.setProgram(QStringLiteral(POSTBAG_EXECUTABLE));
            p.setArguments(QStringList{QStringLiteral("--profile"), m_profile} + args);
            p.setStandardOutputFile(QStringLiteral("/dev/full"));
            p.start();
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 1);
            QVERIFY(p.readAllStandardError().contains("could not be written"));
        }
    }

    void onlyCommandsThatBringMailInMakeAProfile()
    {
        const QString typo = m_dir.filePath(QStringLiteral("profle"));
        for (const QStringList& args :
             {QStringList{QStringLiteral("folders")},
              QStringList{QStringLiteral("list"), QStringLiteral("Inbox")},
              QStringList{QStringLiteral("sync")},
              QStringList{QStringLiteral("account"), QStringLiteral("list")}}) {
            const auto r = runPostbag(typo, args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("no profile in") && r.err.contains(typo.toUtf8()),
                     r.err.constData());
        }
        QVERIFY(!QFileInfo::exists(typo));
        QCOMPARE(runPostbag(QString(), {QStringLiteral("folders")}).exitCode, 2); // --profile ""

        // A folder the user names keeps its permissions; a folder made here is private.
        ::umask(022); // the usual one, inherited by the commands: it must not decide
        const QString shared = m_dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(shared));
        const auto open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                          QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                          QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(shared, open));
        const QString mail = write(QStringLiteral("three.mbox"), mbox("three", "Three"));
        QCOMPARE(runPostbag(shared, {QStringLiteral("import"), mail, QStringLiteral("--folder"),
                                     QStringLiteral("Kept")})
                     .exitCode,
                 0);
        QCOMPARE(QFileInfo(shared).permissions() & open, open);
        // What Postbag puts there is private all the same, whatever the umask.
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteOther | QFileDevice::ExeOther;
        for (const QString& name :
             {QStringLiteral("postbag.sqlite"), QStringLiteral("postbag.sqlite-wal"),
              QStringLiteral("postbag.sqlite-shm"), QStringLiteral("postbag.ini"),
              QStringLiteral("logs")}) {
            const QFileInfo made(QDir(shared).filePath(name));
            QVERIFY2(made.exists(), qPrintable(name));
            QVERIFY2((made.permissions() & others) == 0, qPrintable(name));
        }
        const QString fresh = m_dir.filePath(QStringLiteral("fresh/profile"));
        QCOMPARE(runPostbag(fresh, {QStringLiteral("import"), mail, QStringLiteral("--folder"),
                                    QStringLiteral("Kept")})
                     .exitCode,
                 0);
        QCOMPARE(QFileInfo(fresh).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        // --profile=DIR is the same option.
        QProcess equals;
        equals.start(QStringLiteral(POSTBAG_EXECUTABLE),
                     {QStringLiteral("--profile=") + shared, QStringLiteral("list"),
                      QStringLiteral("Kept")});
        QVERIFY(equals.waitForFinished(60000));
        QCOMPARE(equals.exitCode(), 0);
        QVERIFY(equals.readAllStandardOutput().contains("Three"));
    }

    // A store another program keeps writing past the busy timeout is a temporary problem: a
    // script learns "try later" (5), not "storage failed" (6), and nothing was half-done.
    void aBusyStoreIsTemporary()
    {
        const QString mail = write(QStringLiteral("busy.mbox"), mbox("busy", "While busy"));
        auto db = postbag::store::Database::open(m_profile + QStringLiteral("/postbag.sqlite"));
        QVERIFY(db.ok());
        QVERIFY(db.value()->execute(QStringLiteral("BEGIN IMMEDIATE")).ok());
        const auto busy = run({QStringLiteral("import"), mail, QStringLiteral("--folder"),
                               QStringLiteral("Work/Inbox")});
        QVERIFY(db.value()->execute(QStringLiteral("ROLLBACK")).ok());
        QCOMPARE(busy.exitCode, 5);
        QVERIFY2(busy.err.contains("busy"), busy.err.constData());
        const auto again = run({QStringLiteral("import"), mail, QStringLiteral("--folder"),
                                QStringLiteral("Work/Inbox"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(again.out).object().value(QStringLiteral("imported")).toInt(),
            1);
    }

    void argumentsThatCannotWorkAreRefused()
    {
        const auto eml = run({QStringLiteral("export"), QStringLiteral("999"),
                              QStringLiteral("--eml"), m_dir.filePath(QStringLiteral("x.eml"))});
        QCOMPARE(eml.exitCode, 2);
        QVERIFY2(eml.err.contains("no message 999"), eml.err.constData());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.eml"))));

        const auto days = run(
            {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Days"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
             QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--user"),
             QStringLiteral("u"), QStringLiteral("--password-command"), QStringLiteral("printf x"),
             QStringLiteral("--delete-after-days"), QStringLiteral("3")});
        QCOMPARE(days.exitCode, 2);
        QVERIFY2(days.err.contains("--leave-on-server"), days.err.constData());
        QVERIFY(!run({QStringLiteral("account"), QStringLiteral("list")}).out.contains("Days"));

        const auto help = run({QStringLiteral("account"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("add|edit|list|remove|test"));
    }

    // Issue 22: a user name or password with a line break or NUL would reach the server as
    // commands of its own; `account add` says so and saves nothing.
    void injectingCredentialsAreRefusedBeforeSaving_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QByteArray>("password");
        QTest::newRow("user name with CR LF")
            << QStringLiteral("u\r\nDELE 1") << QByteArray("pw\n");
        QTest::newRow("user name with LF") << QStringLiteral("u\nQUIT") << QByteArray("pw\n");
        QTest::newRow("password with CR") << QStringLiteral("u") << QByteArray("pw\rDELE 1\n");
        QTest::newRow("password with NUL") << QStringLiteral("u") << QByteArray("pw\0DELE 1\n", 11);
    }
    void injectingCredentialsAreRefusedBeforeSaving()
    {
        QFETCH(QString, user);
        QFETCH(QByteArray, password);
        const auto added = runPostbag(
            m_profile,
            {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Injected"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
             QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--user"), user,
             QStringLiteral("--password-stdin")},
            password);
        QCOMPARE(added.exitCode, 2);
        QVERIFY2(added.err.contains("line break or a NUL character"), added.err.constData());
        QVERIFY(!run({QStringLiteral("account"), QStringLiteral("list")}).out.contains("Injected"));
    }

    void removingAnAccountSaysWhereItsMailWent()
    {
        QCOMPARE(addAccount(QStringLiteral("Old")), 0);
        const QString mail = write(QStringLiteral("old.mbox"), mbox("old", "Old news"));
        QCOMPARE(run({QStringLiteral("import"), mail, QStringLiteral("--folder"),
                      QStringLiteral("Old/Inbox")})
                     .exitCode,
                 0);
        const auto removed = run({QStringLiteral("account"), QStringLiteral("remove"),
                                  QStringLiteral("Old"), QStringLiteral("--keep-messages")});
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(removed.out,
                 QByteArray("Removed account Old.\nIts messages are in the folder Old.\n"));
        QCOMPARE(json({QStringLiteral("list"), QStringLiteral("Old")}).size(), 1);
    }

    void syncErrorsNameTheAccount()
    {
        const auto r =
            run({QStringLiteral("sync"), QStringLiteral("--account"), QStringLiteral("Work")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.startsWith("postbag: Work: "), r.err.constData());
    }

    // Ctrl+C at the hidden password prompt leaves the terminal echoing again.
    void interruptedPasswordPromptRestoresTheTerminal()
    {
        int master = -1;
        const QByteArray exe = POSTBAG_EXECUTABLE;
        const QByteArray profile = m_profile.toUtf8();
        const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
        QVERIFY(pid >= 0);
        if (pid == 0) {
            ::execl(exe.constData(), exe.constData(), "--profile", profile.constData(), "account",
                    "add", "--name", "Prompt", "--host", "127.0.0.1", "--security", "tls", "--user",
                    "u", "--password-stdin", static_cast<char*>(nullptr));
            ::_exit(127);
        }
        QByteArray seen;
        QDeadlineTimer deadline(30000);
        termios t{};
        while (!deadline.hasExpired()) {
            char buf[256];
            fd_set fds;
            FD_ZERO(&fds);
            FD_SET(master, &fds);
            timeval tv{0, 100000};
            if (::select(master + 1, &fds, nullptr, nullptr, &tv) > 0) {
                const ssize_t n = ::read(master, buf, sizeof buf);
                if (n > 0)
                    seen.append(buf, n);
            }
            if (seen.contains("Password:") && ::tcgetattr(master, &t) == 0 && !(t.c_lflag & ECHO))
                break;
        }
        QVERIFY2(seen.contains("Password:"), seen.constData());
        QVERIFY(!(t.c_lflag & ECHO)); // hidden while typing
        ::kill(pid, SIGINT);
        int status = 0;
        QCOMPARE(::waitpid(pid, &status, 0), pid);
        QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGINT);
        QCOMPARE(::tcgetattr(master, &t), 0);
        QVERIFY(t.c_lflag & ECHO);
        ::close(master);
    }
};

QTEST_GUILESS_MAIN(tst_CommandLineLocal)
#include "tst_CommandLineLocal.moc"
