// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `postbag send`, `outbox` and `account add|edit` with an outgoing server, as scripts use them:
// the real binary against the private Postfix, delivering into Dovecot's Maildirs.
#include "PostbagProcess.h"
#include "core/account/AccountRepository.h"
#include "core/mime/MessageParser.h"
#include "core/store/Database.h"
#include "tests/support/DovecotServer.h"
#include "tests/support/PostfixServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace postbag;
using namespace postbag::testing;
using namespace Qt::StringLiterals;

class tst_SendCommand : public QObject
{
    Q_OBJECT
    std::unique_ptr<DovecotServer> m_dovecot;
    std::unique_ptr<PostfixServer> m_postfix;
    QTemporaryDir m_profile;

    PostbagRun run(const QStringList& args, const QByteArray& in = {})
    {
        return runPostbag(m_profile.path(), args, in);
    }

    // alice's account; its outgoing server is Postfix's implicit-TLS port (or `smtpPort`).
    QStringList addAlice(const QString& name, quint16 smtpPort = 0) const
    {
        return {u"account"_s,
                u"add"_s,
                u"--name"_s,
                name,
                u"--host"_s,
                u"127.0.0.1"_s,
                u"--port"_s,
                QString::number(m_dovecot->tlsPort()),
                u"--security"_s,
                u"tls"_s,
                u"--user"_s,
                u"alice"_s,
                u"--address"_s,
                PostfixServer::addressOf(u"alice"_s),
                u"--display-name"_s,
                u"Alice Liddell"_s,
                u"--password-command"_s,
                u"printf %s secret"_s,
                u"--smtp-host"_s,
                m_postfix->host(),
                u"--smtp-port"_s,
                QString::number(smtpPort ? smtpPort : m_postfix->submissionsPort()),
                u"--smtp-security"_s,
                u"tls"_s,
                u"--smtp-pin-sha256"_s,
                QString::fromLatin1(m_postfix->certificate().sha256Hex())};
    }

    QJsonArray outbox()
    {
        const PostbagRun listed = run({u"outbox"_s, u"--json"_s});
        if (listed.exitCode != 0)
            qWarning() << listed.err;
        return QJsonDocument::fromJson(listed.out).array();
    }

    static QJsonObject itemWithSubject(const QJsonArray& items, const QString& subject)
    {
        for (const QJsonValue& v : items) {
            if (v.toObject().value(u"subject"_s).toString() == subject)
                return v.toObject();
        }
        return {};
    }

    std::unique_ptr<store::Database> openProfile()
    {
        auto db = store::Database::open(m_profile.filePath(u"postbag.sqlite"_s));
        return db ? std::move(db.value()) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP(
                "Postfix's master only starts as root (the CI and scripts/setup test run as root)");
        m_dovecot = std::make_unique<DovecotServer>();
        for (const char* user : {"alice", "bob", "carol", "dave"})
            QVERIFY(m_dovecot->addUser(QString::fromLatin1(user), u"secret"_s));
        m_postfix = std::make_unique<PostfixServer>(*m_dovecot);
        QVERIFY2(m_dovecot->start() && m_postfix->start(),
                 qPrintable(m_dovecot->errorString() + m_postfix->errorString()));
    }

    void cleanupTestCase()
    {
        m_postfix.reset();
        m_dovecot.reset();
    }

    void sendsToEveryoneWithBccHidden()
    {
        const PostbagRun added = run(addAlice(u"Alice"_s));
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY(added.out.contains("Outgoing server: 127.0.0.1:"));
        QTemporaryDir files;
        QFile attachment(files.filePath(u"Bericht März.pdf"_s));
        QVERIFY(attachment.open(QIODevice::WriteOnly));
        attachment.write(QByteArray("%PDF-1.4\n") + QByteArray(3000, '\x01') + "\n%%EOF\n");
        attachment.close();
        const QString subject = u"Grüße aus Zürich 🌍"_s;
        const PostbagRun sent = run({u"send"_s, u"--from"_s, u"ALICE@example.test"_s, u"--to"_s,
                                     u"Bob <bob@example.test>"_s, u"--cc"_s,
                                     u"carol@example.test"_s, u"--bcc"_s, u"dave@example.test"_s,
                                     u"--subject"_s, subject, u"--attach"_s, attachment.fileName()},
                                    "Hallo Bob,\n.a line with a leading dot\n");
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        QVERIFY2(sent.out.contains("Sent "), sent.out.constData());

        for (const char* user : {"bob", "carol", "dave"})
            QVERIFY2(m_postfix->waitForMessages(QString::fromLatin1(user), 1),
                     qPrintable(m_postfix->logText()));
        const QByteArray toDave = m_dovecot->messagesOnServer(u"dave"_s).constFirst();
        QVERIFY(!toDave.contains("Bcc:"));
        QVERIFY(!toDave.contains("dave@example.test>") || toDave.contains("Delivered-To"));
        const QByteArray toBob = m_dovecot->messagesOnServer(u"bob"_s).constFirst();
        QVERIFY(!toBob.contains("dave@"));
        const mime::ParsedMessage parsed =
            mime::MessageParser::parse(toBob, QDateTime::currentDateTimeUtc());
        QCOMPARE(parsed.subject, subject);
        QCOMPARE(parsed.from.value(0).name, u"Alice Liddell"_s);
        QCOMPARE(parsed.cc.value(0).address, u"carol@example.test"_s);
        QVERIFY(parsed.textPlain.contains(u".a line with a leading dot"_s));
        QCOMPARE(parsed.attachments.size(), 1);
        QCOMPARE(parsed.attachments.first().fileName, u"Bericht März.pdf"_s);

        const QJsonObject item = itemWithSubject(outbox(), subject);
        QCOMPARE(item.value(u"state"_s).toString(), u"sent"_s);
        QCOMPARE(item.value(u"recipients"_s).toArray().size(), 3);
        QCOMPARE(item.value(u"account"_s).toString(), u"Alice"_s);
        QVERIFY(toBob.contains(
            QByteArray(QByteArray("<") + item.value(u"messageId"_s).toString().toLatin1() + ">")));
    }

    void aPreparedMessageGoesAsItIs()
    {
        QTemporaryDir files;
        QFile eml(files.filePath(u"prepared.eml"_s));
        QVERIFY(eml.open(QIODevice::WriteOnly));
        eml.write("From: Alice <alice@example.test>\nTo: bob@example.test\n"
                  "Bcc: carol@example.test\nSubject: prepared\n"
                  "Message-ID: <prepared.1@example.test>\n\nAs it is.\n");
        eml.close();
        const int carolBefore = int(m_dovecot->messagesOnServer(u"carol"_s).size());
        const int bobBefore = int(m_dovecot->messagesOnServer(u"bob"_s).size());
        const PostbagRun sent = run({u"send"_s, u"--eml"_s, eml.fileName()});
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        QVERIFY(m_postfix->waitForMessages(u"bob"_s, bobBefore + 1));
        QVERIFY(m_postfix->waitForMessages(u"carol"_s, carolBefore + 1));
        QByteArray toCarol;
        for (const QByteArray& m : m_dovecot->messagesOnServer(u"carol"_s))
            toCarol = m.contains("Subject: prepared") ? m : toCarol;
        QVERIFY(toCarol.contains("Message-ID: <prepared.1@example.test>"));
        QVERIFY(toCarol.contains("\nAs it is."));
        QVERIFY(!toCarol.contains("Bcc:"));
        // Options that would change it do not go with --eml.
        QCOMPARE(run({u"send"_s, u"--eml"_s, eml.fileName(), u"--subject"_s, u"x"_s}).exitCode, 2);
    }

    void aServerDownQueuesAndRetrySendsOnce()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QVERIFY(run(addAlice(u"Offline"_s, port)).exitCode == 0);
        const int before = int(m_dovecot->messagesOnServer(u"bob"_s).size());
        const PostbagRun queued = run({u"send"_s, u"--account"_s, u"Offline"_s, u"--to"_s,
                                       u"bob@example.test"_s, u"--subject"_s, u"offline"_s},
                                      "written on a train\n");
        QVERIFY2(queued.exitCode == 7, queued.err.constData());
        QVERIFY2(queued.err.contains("queued, not yet sent"), queued.err.constData());
        const QJsonObject item = itemWithSubject(outbox(), u"offline"_s);
        QVERIFY(!item.isEmpty());
        QCOMPARE(item.value(u"state"_s).toString(), u"queued"_s);
        const QString id = QString::number(item.value(u"id"_s).toInteger());

        // The server comes back (here: the account is pointed at it), and retry sends it once.
        const PostbagRun edited = run({u"account"_s, u"edit"_s, u"Offline"_s, u"--smtp-port"_s,
                                       QString::number(m_postfix->submissionsPort())});
        QVERIFY2(edited.exitCode == 0, edited.err.constData());
        const PostbagRun retried = run({u"outbox"_s, u"retry"_s, id});
        QVERIFY2(retried.exitCode == 0, retried.err.constData());
        QVERIFY(m_postfix->waitForMessages(u"bob"_s, before + 1));
        QCOMPARE(itemWithSubject(outbox(), u"offline"_s).value(u"state"_s).toString(), u"sent"_s);
        const PostbagRun again = run({u"outbox"_s, u"retry"_s, id});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains("was sent already"));
        // A later send of another message does not take this one along again.
        QVERIFY(run({u"send"_s, u"--account"_s, u"Offline"_s, u"--to"_s, u"carol@example.test"_s,
                     u"--subject"_s, u"later"_s},
                    "x\n")
                    .exitCode == 0);
        QCOMPARE(m_dovecot->messagesOnServer(u"bob"_s).size(), before + 1);
        QCOMPARE(run({u"outbox"_s, u"retry"_s, u"99999"_s}).exitCode, 2);
    }

    void accountEditRoundTrips()
    {
        const PostbagRun added =
            run({u"account"_s, u"add"_s, u"--name"_s, u"Plain"_s, u"--host"_s,
                 u"pop.example.test"_s, u"--security"_s, u"tls"_s, u"--user"_s, u"pat"_s,
                 u"--address"_s, u"pat@example.test"_s, u"--password-command"_s, u"printf %s x"_s});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        // Without an outgoing server, send says how to add one and queues nothing.
        const PostbagRun refused = run({u"send"_s, u"--account"_s, u"Plain"_s, u"--to"_s,
                                        u"bob@example.test"_s, u"--subject"_s, u"never"_s},
                                       "x\n");
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("account edit Plain --smtp-host"), refused.err.constData());
        QVERIFY(itemWithSubject(outbox(), u"never"_s).isEmpty());

        const QString pin = QString(64, u'a');
        QCOMPARE(run({u"account"_s, u"edit"_s, u"Plain"_s, u"--pin-sha256"_s, pin, u"--port"_s,
                      u"1995"_s, u"--smtp-host"_s, u"smtp.example.test"_s, u"--smtp-security"_s,
                      u"starttls"_s, u"--smtp-pin-sha256"_s, QString(64, u'b')})
                     .exitCode,
                 0);
        {
            auto db = openProfile();
            QVERIFY(db);
            account::AccountRepository repo(*db);
            const auto a = repo.byName(u"Plain"_s);
            QVERIFY(a);
            QCOMPARE(a->port, quint16(1995));
            QCOMPARE(a->pinnedSha256, QByteArray(32, '\xaa'));
            QCOMPARE(a->host, u"pop.example.test"_s);
            const auto server = repo.outgoingServer(a->id);
            QVERIFY(server && server->has_value());
            QCOMPARE(server->value().host, u"smtp.example.test"_s);
            QCOMPARE(server->value().port, quint16(587));
            QCOMPARE(server->value().security, account::Security::StartTls);
            QCOMPARE(server->value().pinnedSha256, QByteArray(32, '\xbb'));
        }
        QCOMPARE(run({u"account"_s, u"edit"_s, u"Plain"_s, u"--smtp-port"_s, u"2587"_s}).exitCode,
                 0);
        {
            auto db = openProfile();
            account::AccountRepository repo(*db);
            const auto server = repo.outgoingServer(repo.byName(u"Plain"_s)->id);
            QCOMPARE(server->value().port, quint16(2587));
            QCOMPARE(server->value().host, u"smtp.example.test"_s);
        }
        const PostbagRun unknown =
            run({u"account"_s, u"edit"_s, u"Plain"_s, u"--colour"_s, u"red"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("colour"));
        const PostbagRun missing = run({u"account"_s, u"edit"_s, u"Nobody"_s, u"--port"_s, u"1"_s});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("no account named 'Nobody'"));
        QCOMPARE(run({u"account"_s, u"edit"_s, u"Plain"_s}).exitCode, 2);
        QCOMPARE(run({u"account"_s, u"edit"_s, u"Plain"_s, u"--pin-sha256"_s, u"12"_s}).exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(tst_SendCommand)
#include "tst_SendCommand.moc"
