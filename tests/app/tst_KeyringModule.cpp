// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's keyring lives in a module loaded when a command first needs a password kept
// there: a password goes in and comes back out through it (a real Secret Service, a real Dovecot),
// commands that need no password never load it, and a binary without it says where it looked.
#include "PostbagProcess.h"
#include "tests/support/DovecotServer.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace postbag::testing;

namespace {

// Runs `binary` with the dynamic loader reporting every library it opens on stderr.
PostbagRun runTracingLibraries(const QString& binary, const QStringList& args,
                               const QByteArray& in = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    p.setProcessEnvironment(env);
    p.start(binary, args);
    p.waitForStarted();
    p.write(in);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class tst_KeyringModule : public QObject
{
    Q_OBJECT
    DovecotServer m_dovecot;
    QTemporaryDir m_profile;

    // Loopback without TLS: the account must allow that, or nothing logs in at all.
    QStringList addArgs(const QString& name) const
    {
        return {QStringLiteral("--profile"),        m_profile.path(),
                QStringLiteral("account"),          QStringLiteral("add"),
                QStringLiteral("--name"),           name,
                QStringLiteral("--host"),           m_dovecot.host(),
                QStringLiteral("--port"),           QString::number(m_dovecot.plainPort()),
                QStringLiteral("--security"),       QStringLiteral("none"),
                QStringLiteral("--user"),           QStringLiteral("carol"),
                QStringLiteral("--password-stdin"), QStringLiteral("--allow-insecure-auth")};
    }
    // A copy of the program in a folder of its own, without the module beside it.
    static QString lonelyCopy(const QTemporaryDir& dir)
    {
        const QString lonely = dir.filePath(QStringLiteral("postbag"));
        if (!QFile::copy(QStringLiteral(POSTBAG_EXECUTABLE), lonely) ||
            !QFile::setPermissions(lonely, QFileDevice::ReadOwner | QFileDevice::ExeOwner))
            return {};
        return lonely;
    }
    PostbagRun run(const QStringList& args, const QByteArray& in = {})
    {
        return runTracingLibraries(
            QStringLiteral(POSTBAG_EXECUTABLE),
            QStringList{QStringLiteral("--profile"), m_profile.path()} + args, in);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dovecot.addUser(QStringLiteral("carol"), QStringLiteral("pw-carol")));
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        QVERIFY(m_dovecot.deliver(QStringLiteral("carol"),
                                  "From: a@example.org\r\nSubject: kept\r\n\r\nbody\r\n"));
    }

    void aPasswordGoesInAndComesBackThroughTheModule()
    {
        const PostbagRun add = runTracingLibraries(QStringLiteral(POSTBAG_EXECUTABLE),
                                                   addArgs(QStringLiteral("Carol")), "pw-carol\n");
        QVERIFY2(add.exitCode == 0, add.err.right(2000).constData());
        QVERIFY(add.err.contains("postbag-keyring.so"));

        // `account test` logs in with the password read back from the keyring.
        const PostbagRun test =
            run({QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("Carol")});
        QVERIFY2(test.exitCode == 0, QByteArray(test.out + test.err.right(2000)).constData());
        QVERIFY(test.err.contains("postbag-keyring.so"));

        const PostbagRun sync = run({QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, QByteArray(sync.out + sync.err.right(2000)).constData());
        const PostbagRun list = run({QStringLiteral("list"), QStringLiteral("Carol/Inbox")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("kept"), list.out.constData());
    }

    void commandsWithoutAPasswordNeverLoadIt()
    {
        for (const QStringList& args :
             {QStringList{QStringLiteral("folders")},
              QStringList{QStringLiteral("account"), QStringLiteral("list")},
              QStringList{QStringLiteral("search"), QStringLiteral("kept")}}) {
            const PostbagRun r = run(args);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(!r.err.contains("postbag-keyring.so"), qPrintable(args.join(u' ')));
            QVERIFY2(!r.err.contains("libqt6keychain"), qPrintable(args.join(u' ')));
            QVERIFY2(!r.err.contains("libdbus-1"), qPrintable(args.join(u' ')));
        }
    }

    void anUnreachableKeyringSaysThePasswordWasNotStoredAndAddsNothing()
    {
        QProcess add;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/postbag-test-bus"));
        add.setProcessEnvironment(env);
        add.start(QStringLiteral(POSTBAG_EXECUTABLE), addArgs(QStringLiteral("Unreachable")));
        QVERIFY(add.waitForStarted());
        add.write("pw-carol\n");
        add.closeWriteChannel();
        QVERIFY(add.waitForFinished(60000));
        const QString err = QString::fromLocal8Bit(add.readAllStandardError());
        QCOMPARE(add.exitCode(), 3); // authentication, as documented
        QVERIFY2(err.contains(QStringLiteral("The keyring did not store the password.")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("keyring error")), qPrintable(err));
        const PostbagRun list =
            runPostbag(m_profile.path(), {QStringLiteral("account"), QStringLiteral("list")});
        QVERIFY2(!list.out.contains("Unreachable"), list.out.constData());
    }

    void aBinaryWithoutItSaysWhereItLookedAndAddsNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString lonely = lonelyCopy(dir);
        QVERIFY(!lonely.isEmpty());

        QProcess add;
        add.start(lonely, addArgs(QStringLiteral("Lonely")));
        QVERIFY(add.waitForStarted());
        add.write("pw-carol\n");
        add.closeWriteChannel();
        QVERIFY(add.waitForFinished(60000));
        QVERIFY(add.exitCode() != 0);
        const QString err = QString::fromLocal8Bit(add.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("The keyring did not store the password.")),
                 qPrintable(err)); // a write that failed, not a read
        QVERIFY2(err.contains(QStringLiteral("keyring module cannot be loaded")), qPrintable(err));
        QVERIFY2(err.contains(dir.filePath(QStringLiteral("postbag-keyring.so"))), qPrintable(err));

        const PostbagRun list =
            runPostbag(m_profile.path(), {QStringLiteral("account"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(!list.out.contains("Lonely"), list.out.constData());
    }

    void removingWithoutItSaysThatThePasswordStaysInTheKeyring()
    {
        // Carol (the first test's account) is the same mailbox: while she exists, removing Dora
        // leaves the shared keyring entry alone and has nothing to say about it.
        const PostbagRun carolGone =
            runPostbag(m_profile.path(), {QStringLiteral("account"), QStringLiteral("remove"),
                                          QStringLiteral("Carol")});
        QVERIFY2(carolGone.exitCode == 0, carolGone.err.constData());
        const PostbagRun add = run(addArgs(QStringLiteral("Dora")), "pw-carol\n");
        QVERIFY2(add.exitCode == 0, add.err.right(2000).constData());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString lonely = lonelyCopy(dir);
        QVERIFY(!lonely.isEmpty());

        QProcess remove;
        remove.start(lonely,
                     {QStringLiteral("--profile"), m_profile.path(), QStringLiteral("account"),
                      QStringLiteral("remove"), QStringLiteral("Dora")});
        QVERIFY(remove.waitForFinished(60000));
        const QString err = QString::fromLocal8Bit(remove.readAllStandardError());
        QCOMPARE(remove.exitCode(), 0); // the account is removed all the same
        QVERIFY2(err.contains(QStringLiteral("The password of Dora is still in the keyring")),
                 qPrintable(err));
        QVERIFY2(err.contains(dir.filePath(QStringLiteral("postbag-keyring.so"))), qPrintable(err));
        const PostbagRun list =
            runPostbag(m_profile.path(), {QStringLiteral("account"), QStringLiteral("list")});
        QVERIFY2(!list.out.contains("Dora"), list.out.constData());

        // With the module, a removal takes the password out of the keyring and says nothing more.
        const PostbagRun again = run(addArgs(QStringLiteral("Dora")), "pw-carol\n");
        QVERIFY2(again.exitCode == 0, again.err.right(2000).constData());
        const PostbagRun removed =
            run({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Dora")});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY2(!removed.err.contains("still in the keyring"),
                 removed.err.right(2000).constData());
    }
};

QTEST_GUILESS_MAIN(tst_KeyringModule)
#include "tst_KeyringModule.moc"
