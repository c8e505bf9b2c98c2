// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `postbag send` killed with SIGKILL at random moments through the private Postfix: afterwards
// every message arrived exactly once or is visible in the outbox (queued, failed or uncertain),
// and none arrived twice without the user asking.
#include "PostbagProcess.h"
#include "tests/support/DovecotServer.h"
#include "tests/support/PostfixServer.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace postbag::testing;
using namespace Qt::StringLiterals;

namespace {
constexpr int kRuns = 24;
}

class tst_SendCrashSafety : public QObject
{
    Q_OBJECT
    std::unique_ptr<DovecotServer> m_dovecot;
    std::unique_ptr<PostfixServer> m_postfix;
    QTemporaryDir m_profile;

    QStringList sendArgs(const QString& subject) const
    {
        return {u"send"_s, u"--from"_s,           PostfixServer::addressOf(u"alice"_s),
                u"--to"_s, u"bob@example.test"_s, u"--subject"_s,
                subject};
    }

    // Nothing left in Postfix's queues: every message it accepted is in a Maildir.
    bool postfixIdle() const
    {
        for (const char* queue : {"incoming", "active", "deferred", "maildrop", "hold"}) {
            QDirIterator files(m_postfix->directory() + u"/queue/"_s + QString::fromLatin1(queue),
                               QDir::Files, QDirIterator::Subdirectories);
            if (files.hasNext())
                return false;
        }
        return true;
    }

    int delivered(const QString& subject) const
    {
        const QRegularExpression line(u"\\nSubject: "_s + QRegularExpression::escape(subject) +
                                      u"\\r?\\n"_s);
        int n = 0;
        for (const QByteArray& m : m_dovecot->messagesOnServer(u"bob"_s))
            n += QString::fromUtf8(m).contains(line) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP(
                "Postfix's master only starts as root (the CI and scripts/setup test run as root)");
        m_dovecot = std::make_unique<DovecotServer>();
        for (const char* user : {"alice", "bob"})
            QVERIFY(m_dovecot->addUser(QString::fromLatin1(user), u"secret"_s));
        m_postfix = std::make_unique<PostfixServer>(*m_dovecot);
        QVERIFY2(m_dovecot->start() && m_postfix->start(),
                 qPrintable(m_dovecot->errorString() + m_postfix->errorString()));
        const PostbagRun added = runPostbag(
            m_profile.path(), {u"account"_s,
                               u"add"_s,
                               u"--name"_s,
                               u"Alice"_s,
                               u"--host"_s,
                               u"127.0.0.1"_s,
                               u"--security"_s,
                               u"tls"_s,
                               u"--user"_s,
                               u"alice"_s,
                               u"--address"_s,
                               PostfixServer::addressOf(u"alice"_s),
                               u"--password-command"_s,
                               u"printf %s secret"_s,
                               u"--smtp-host"_s,
                               m_postfix->host(),
                               u"--smtp-port"_s,
                               QString::number(m_postfix->submissionPort()),
                               u"--smtp-security"_s,
                               u"starttls"_s,
                               u"--smtp-pin-sha256"_s,
                               QString::fromLatin1(m_postfix->certificate().sha256Hex())});
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }

    void cleanupTestCase()
    {
        m_postfix.reset();
        m_dovecot.reset();
    }

    void killedAtRandomMomentsNeverLosesOrDoubles()
    {
        // How long a whole send takes here: the kills are spread over it (and a little after).
        QElapsedTimer clock;
        clock.start();
        const PostbagRun first = runPostbag(m_profile.path(), sendArgs(u"calibration"_s), "x\n");
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const int whole = int(clock.elapsed());
        QRandomGenerator random(QRandomGenerator::global()->generate());

        QHash<QString, bool> queuedSaid;
        int killed = 0;
        for (int run = 0; run < kRuns; ++run) {
            const QString subject = u"crash-%1"_s.arg(run);
            QProcess p;
            startPostbag(p, m_profile.path(), sendArgs(subject));
            QVERIFY(p.waitForStarted());
            p.write("written before the crash\n");
            p.closeWriteChannel();
            const int killAfter = int(random.bounded(whole * 13 / 10 + 1));
            // The randomized kill point: the send either ends by then or is killed there.
            if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, killAfter)) {
                p.kill(); // SIGKILL
                ++killed;
            }
            QVERIFY(p.state() == QProcess::NotRunning || p.waitForFinished(30000));
            queuedSaid[subject] = p.readAllStandardOutput().contains("Queued as outbox item");
        }
        qInfo("%d of %d sends killed (a whole send took %d ms)", killed, kRuns, whole);
        QVERIFY(killed >= kRuns / 4);

        // The next send recovers what the kills left in "sending" and sends what stayed queued.
        const PostbagRun last = runPostbag(m_profile.path(), sendArgs(u"after"_s), "x\n");
        QVERIFY2(last.exitCode == 0, last.err.constData());
        QVERIFY(QTest::qWaitFor([this] { return postfixIdle(); }, 30000));

        const PostbagRun listed = runPostbag(m_profile.path(), {u"outbox"_s, u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        QHash<QString, QString> states;
        for (const QJsonValue& v : QJsonDocument::fromJson(listed.out).array())
            states.insert(v.toObject().value(u"subject"_s).toString(),
                          v.toObject().value(u"state"_s).toString());
        QHash<QString, int> outcomes;
        for (int run = 0; run < kRuns; ++run) {
            const QString subject = u"crash-%1"_s.arg(run);
            const int n = delivered(subject);
            const QString state = states.value(subject);
            const QByteArray what = (subject + u": delivered "_s + QString::number(n) +
                                     u", outbox state '"_s + state + u"'"_s)
                                        .toUtf8();
            QVERIFY2(n <= 1, what.constData());
            if (state == u"sent")
                QVERIFY2(n == 1, what.constData());
            else if (state.isEmpty())
                // Killed before it was queued: never reported as queued, and not sent.
                QVERIFY2(n == 0 && !queuedSaid.value(subject), what.constData());
            else
                QVERIFY2(state == u"queued" || state == u"failed" || state == u"uncertain",
                         what.constData());
            if (state == u"queued" || state == u"failed")
                QVERIFY2(n == 0, what.constData());
            ++outcomes[state.isEmpty() ? u"not queued"_s : state];
        }
        for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
            qInfo("%s: %d", qPrintable(it.key()), it.value());
        QCOMPARE(delivered(u"after"_s), 1);
        QCOMPARE(delivered(u"calibration"_s), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SendCrashSafety)
#include "tst_SendCrashSafety.moc"
