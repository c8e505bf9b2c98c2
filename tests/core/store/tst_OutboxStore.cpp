// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"
#include "core/store/IdentityStore.h"
#include "core/store/Migrations.h"
#include "core/store/OutboxStore.h"

#include <QTest>

using namespace postbag;
using namespace postbag::store;
using namespace postbag::store::test;
using namespace Qt::StringLiterals;

// The outbox state machine, identities and the local Outbox/Drafts/Sent folders on real SQLite
// files, reopened where a crash is simulated.
class tst_OutboxStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<StoreFixture> m_fx;

    NewOutboxItem newItem(const QString& tag, qint64 source = 0, SourceKind kind = SourceKind::None)
    {
        NewOutboxItem item;
        item.accountId = m_fx->account.id;
        item.sendBytes = "Subject: " + tag.toUtf8() + "\r\nTo: bob@example.net\r\n\r\nhi\r\n";
        item.envelopeSender = u"me@example.org"_s;
        item.recipients = {u"bob@example.net"_s, u"hidden@example.net"_s};
        item.messageId = tag + u"@example.org"_s;
        item.sourceMessageId = source;
        item.sourceKind = kind;
        return item;
    }

    NewMessage sentCopy(const QString& tag)
    {
        NewMessage m = makeMessage(m_fx->account.id, 0, {}, tag);
        m.raw = "Subject: " + tag.toUtf8() +
                "\r\nTo: bob@example.net\r\nBcc: hidden@example.net\r\n\r\nhi\r\n";
        m.seen = false;
        return m;
    }

    qint64 queue(const QString& tag, qint64 source = 0, SourceKind kind = SourceKind::None)
    {
        const auto id = OutboxStore(*m_fx->db).enqueue(newItem(tag, source, kind), sentCopy(tag));
        return id ? id.value() : 0;
    }

    qint64 inboxMessage()
    {
        return MessageStore(*m_fx->db)
            .insert(makeMessage(m_fx->account.id, m_fx->account.inboxId, u"o"_s, u"Orig"_s))
            .value()
            .id;
    }

    qint64 folderOf(qint64 messageRow)
    {
        return MessageStore(*m_fx->db).summary(messageRow).value().folderId;
    }

    qint64 special(FolderKind kind) { return FolderStore(*m_fx->db).special(kind).value(); }

    static Identity identity(qint64 accountId, const QString& name, const QString& address)
    {
        Identity i;
        i.accountId = accountId;
        i.name = name;
        i.address = address;
        return i;
    }

    OutboxState stateOf(qint64 id) { return OutboxStore(*m_fx->db).item(id).value().state; }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<StoreFixture>();
        QVERIFY(m_fx->setUp());
    }
    void cleanup() { m_fx.reset(); }

    void theSentCopyOfAReplyJoinsItsThread()
    {
        // The Sent copy is written through the store like a download, threaded in the
        // transaction that queues it.
        NewMessage original =
            makeMessage(m_fx->account.id, m_fx->account.inboxId, u"p"_s, u"Plan"_s);
        original.messageId = u"plan@example.org"_s;
        const qint64 source = MessageStore(*m_fx->db).insert(original).value().id;
        NewMessage reply = sentCopy(u"Re: Plan"_s);
        reply.messageId = u"reply@example.org"_s;
        reply.references = u"plan@example.org"_s;
        reply.inReplyTo = u"plan@example.org"_s;
        const auto queued =
            OutboxStore(*m_fx->db).enqueue(newItem(u"reply"_s, source, SourceKind::Reply), reply);
        STORE_OK(queued);
        const auto threads = rows(*m_fx->db,
                                  u"SELECT m.thread_id FROM messages m WHERE m.id = ? OR m.id = "
                                  u"(SELECT message_row FROM outbox WHERE id = ?) ORDER BY m.id"_s,
                                  1, {source, queued.value()});
        STORE_OK(threads);
        QCOMPARE(threads->size(), 2);
        QVERIFY(!threads->at(0).at(0).isNull());
        QCOMPARE(threads->at(1).at(0), threads->at(0).at(0));
    }

    void anExistingProfileGainsIdentitiesAndTheSendingFolders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        qint64 message = 0;
        {
            auto db = openUnmigrated(path);
            STORE_OK(db);
            Database& d = *db.value();
            STORE_OK(Migrations::migrate(d, 7));
            const Account a =
                AccountStore(d)
                    .create(u"A"_s, u"{\"address\":\"ann@example.org\",\"displayName\":\"Ann\"}"_s)
                    .value();
            STORE_OK(AccountStore(d).create(u"B"_s, u"not json"_s));
            // Written as release 7 did: today's writer needs today's schema (threads, version 9).
            const qint64 blob = sql::insert(d,
                                            u"INSERT INTO blobs(sha256, size, codec, data) "
                                            u"VALUES(x'00', 1, 0, x'41')"_s,
                                            {})
                                    .value();
            message = sql::insert(d,
                                  u"INSERT INTO messages(folder_id, account_id, blob_id, subject, "
                                  u"date, received, size) VALUES(?, ?, ?, 'Kept', 1, 1, 1)"_s,
                                  {a.inboxId, a.id, blob})
                          .value();
        }
        auto db = Database::open(path);
        STORE_OK(db);
        Database& d = *db.value();
        QCOMPARE(d.userVersion().value(), Migrations::latestVersion());
        const QList<Account> accounts = AccountStore(d).list().value();
        QCOMPARE(accounts.size(), 2);
        const Identity ann = IdentityStore(d).defaultOf(accounts[0].id).value();
        QCOMPARE(ann.address, u"ann@example.org"_s);
        QCOMPARE(ann.name, u"Ann"_s);
        QVERIFY(ann.isDefault);
        QCOMPARE(IdentityStore(d).list(accounts[1].id).value().size(), 1);
        QCOMPARE(MessageStore(d).summary(message).value().subject, u"Kept"_s);
        QHash<FolderKind, int> kinds;
        for (const Folder& folder : FolderStore(d).list().value()) {
            ++kinds[folder.kind];
        }
        QCOMPARE(kinds.value(FolderKind::Outbox), 1);
        QCOMPARE(kinds.value(FolderKind::Drafts), 1);
        QCOMPARE(kinds.value(FolderKind::Sent), 1);
        QCOMPARE(
            FolderStore(d).folder(FolderStore(d).special(FolderKind::Sent).value()).value().name,
            u"Sent"_s);
    }

    void theSendingFoldersStayWhereTheyAre()
    {
        FolderStore folders(*m_fx->db);
        for (const FolderKind kind : {FolderKind::Outbox, FolderKind::Drafts, FolderKind::Sent}) {
            const qint64 id = special(kind);
            QCOMPARE(folders.folder(id).value().kind, kind);
            QVERIFY(!folders.rename(id, u"Other"_s));
            QVERIFY(!folders.remove(id));
            QVERIFY(!folders.move(id, m_fx->account.inboxId));
            QCOMPARE(folders.special(kind).value(), id);
        }
    }

    void anAccountHasOneDefaultIdentity()
    {
        IdentityStore ids(*m_fx->db);
        const qint64 first =
            ids.create(identity(m_fx->account.id, u"Me"_s, u"me@example.org"_s)).value();
        const qint64 second =
            ids.create(identity(m_fx->account.id, u"Alias"_s, u"alias@example.org"_s)).value();
        QCOMPARE(ids.defaultOf(m_fx->account.id).value().id, first);
        STORE_OK(ids.setDefault(second));
        QCOMPARE(ids.defaultOf(m_fx->account.id).value().id, second);
        QVERIFY(!ids.identity(first).value().isDefault);
        STORE_OK(ids.remove(second));
        QCOMPARE(ids.defaultOf(m_fx->account.id).value().id, first);
        QVERIFY(!ids.create(identity(m_fx->account.id, u"No"_s, u" "_s)));
    }

    void anIdentitySendsThroughItsOwnAccountsServer()
    {
        IdentityStore ids(*m_fx->db);
        const qint64 server = ids.createServer(m_fx->account.id, u"{\"host\":\"smtp\"}"_s).value();
        Identity me = identity(m_fx->account.id, u"Me"_s, u"me@example.org"_s);
        me.outgoingServerId = server;
        me.id = ids.create(me).value();
        QCOMPARE(ids.identity(me.id).value().outgoingServerId, server);
        QCOMPARE(ids.servers(m_fx->account.id).value().first().settings, u"{\"host\":\"smtp\"}"_s);
        const Account other = AccountStore(*m_fx->db).create(u"Other"_s).value();
        Identity stranger = identity(other.id, u"S"_s, u"s@example.org"_s);
        stranger.outgoingServerId = server;
        const auto refused = ids.create(stranger);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidSetting);
        STORE_OK(ids.removeServer(server));
        QCOMPARE(ids.identity(me.id).value().outgoingServerId, 0);
    }

    void aQueuedMessageIsInTheOutbox()
    {
        const qint64 id = queue(u"one"_s);
        QVERIFY(id > 0);
        const OutboxItem item = OutboxStore(*m_fx->db).item(id).value();
        QCOMPARE(item.state, OutboxState::Queued);
        QCOMPARE(item.recipients, (QStringList{u"bob@example.net"_s, u"hidden@example.net"_s}));
        QCOMPARE(item.size, item.sendBytes.size());
        QVERIFY(!item.sendBytes.contains("Bcc"));
        QCOMPARE(folderOf(item.messageRow), special(FolderKind::Outbox));
        QVERIFY(MessageStore(*m_fx->db).raw(item.messageRow).value().contains("Bcc: hidden"));
        QCOMPARE(
            OutboxStore(*m_fx->db).due(m_fx->account.id, QDateTime::currentDateTimeUtc()).value(),
            (QList<qint64>{id}));
        NewOutboxItem bad = newItem(u"bad"_s);
        bad.recipients = {u"a@b\nRCPT TO:<c@d>"_s};
        QCOMPARE(OutboxStore(*m_fx->db).enqueue(bad, sentCopy(u"bad"_s)).error().code,
                 ErrorCode::InvalidAddress);
    }

    void sentFilesTheCopyAndFlagsTheSourceInOneStep()
    {
        const qint64 original = inboxMessage();
        const qint64 id = queue(u"reply"_s, original, SourceKind::Reply);
        OutboxStore outbox(*m_fx->db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const OutboxItem claimed = outbox.claim(id, now).value();
        QCOMPARE(claimed.state, OutboxState::Sending);
        QCOMPARE(claimed.attempts, 1);
        STORE_OK(outbox.markDotGoingOut(id));
        QVERIFY(outbox.item(id).value().dotOut);
        STORE_OK(outbox.markSent(id, now));
        const OutboxItem sent = outbox.item(id).value();
        QCOMPARE(sent.state, OutboxState::Sent);
        QCOMPARE(sent.sentAt.toSecsSinceEpoch(), now.toSecsSinceEpoch());
        QCOMPARE(folderOf(sent.messageRow), special(FolderKind::Sent));
        QVERIFY(MessageStore(*m_fx->db).summary(sent.messageRow).value().flags & Flag::Seen);
        QVERIFY(MessageStore(*m_fx->db).summary(original).value().flags & Flag::Answered);
        QCOMPARE(MessageStore(*m_fx->db).counts(special(FolderKind::Outbox)).value().total, 0);
        QVERIFY(!outbox.markSent(id, now));
        QVERIFY(!outbox.claim(id, now));
        QVERIFY(outbox.due(m_fx->account.id, now).value().isEmpty());
    }

    void aForwardIsFlaggedForwarded()
    {
        const qint64 original = inboxMessage();
        const qint64 id = queue(u"fwd"_s, original, SourceKind::Forward);
        OutboxStore outbox(*m_fx->db);
        QVERIFY(outbox.claim(id, QDateTime::currentDateTimeUtc()));
        STORE_OK(outbox.markSent(id, {}));
        const auto flags =
            rows(*m_fx->db, u"SELECT answered, forwarded FROM messages WHERE id = ?"_s, 2,
                 {original})
                .value();
        QCOMPARE(flags.first(), (QVariantList{0, 1}));
    }

    void onlyOneConnectionClaimsARow()
    {
        const qint64 id = queue(u"once"_s);
        auto other = Database::open(m_fx->path());
        STORE_OK(other);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(OutboxStore(*m_fx->db).claim(id, now));
        const auto second = OutboxStore(*other.value()).claim(id, now);
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::InvalidSetting);
        QCOMPARE(OutboxStore(*other.value()).item(id).value().attempts, 1);
    }

    void aTemporaryFailureIsRetriedLaterAPermanentOneWaits()
    {
        OutboxStore outbox(*m_fx->db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 temporary = queue(u"t"_s);
        const qint64 permanent = queue(u"p"_s);
        QVERIFY(outbox.claim(temporary, now));
        QVERIFY(outbox.claim(permanent, now));
        Error busy = Error::make(ErrorCode::ServerTemporary, u"try later"_s);
        busy.responseCode = "4.3.2";
        STORE_OK(outbox.markFailed(temporary, busy, now.addSecs(60)));
        STORE_OK(outbox.markFailed(permanent, Error::make(ErrorCode::SenderRejected, u"no"_s), {}));
        QVERIFY(outbox.due(m_fx->account.id, now).value().isEmpty());
        QVERIFY(!outbox.claim(temporary, now));
        QCOMPARE(outbox.due(m_fx->account.id, now.addSecs(61)).value(), (QList<qint64>{temporary}));
        const Error stored = OutboxStore::lastError(outbox.item(temporary).value());
        QCOMPARE(stored.code, ErrorCode::ServerTemporary);
        QCOMPARE(stored.serverText, u"try later"_s);
        QCOMPARE(stored.responseCode, QByteArray("4.3.2"));
        QCOMPARE(outbox.claim(temporary, now.addSecs(61)).value().attempts, 2);
        QVERIFY(!outbox.claim(permanent, now.addSecs(1000000)));
        STORE_OK(outbox.resend(permanent));
        QCOMPARE(stateOf(permanent), OutboxState::Queued);
        QCOMPARE(outbox.item(permanent).value().errorCode, QString());
    }

    void afterTheDotOnlyTheUserSendsAgain()
    {
        OutboxStore outbox(*m_fx->db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 id = queue(u"u"_s);
        QVERIFY(outbox.claim(id, now));
        STORE_OK(outbox.markDotGoingOut(id));
        STORE_OK(outbox.markUncertain(id, Error::make(ErrorCode::DeliveryUncertain)));
        QCOMPARE(stateOf(id), OutboxState::Uncertain);
        QVERIFY(outbox.due(m_fx->account.id, now.addYears(1)).value().isEmpty());
        QVERIFY(!outbox.claim(id, now.addYears(1)));
        QCOMPARE(OutboxStore::lastError(outbox.item(id).value()).code,
                 ErrorCode::DeliveryUncertain);
        STORE_OK(outbox.markSentByUser(id, now));
        QCOMPARE(stateOf(id), OutboxState::Sent);
        QCOMPARE(folderOf(outbox.item(id).value().messageRow), special(FolderKind::Sent));

        const qint64 again = queue(u"again"_s);
        QVERIFY(outbox.claim(again, now));
        STORE_OK(outbox.markDotGoingOut(again));
        QVERIFY(!outbox.markDotGoingOut(again));
        STORE_OK(outbox.markUncertain(again, Error::make(ErrorCode::DeliveryUncertain)));
        STORE_OK(outbox.resend(again));
        QCOMPARE(outbox.due(m_fx->account.id, now).value(), (QList<qint64>{again}));
        QVERIFY(!outbox.claim(again, now).value().dotOut);
    }

    void aCrashLeavesNothingSentTwice()
    {
        const qint64 before = queue(u"before"_s);
        const qint64 after = queue(u"after"_s);
        const qint64 otherAccount = [&] {
            const Account other = AccountStore(*m_fx->db).create(u"Other"_s).value();
            NewOutboxItem item = newItem(u"other"_s);
            item.accountId = other.id;
            return OutboxStore(*m_fx->db).enqueue(item, sentCopy(u"other"_s)).value();
        }();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            auto crashing = Database::open(m_fx->path());
            STORE_OK(crashing);
            OutboxStore outbox(*crashing.value());
            QVERIFY(outbox.claim(before, now));
            QVERIFY(outbox.claim(after, now));
            QVERIFY(outbox.claim(otherAccount, now));
            STORE_OK(outbox.markDotGoingOut(after));
        } // the process dies here: no further transition
        m_fx->db.reset();
        auto reopened = Database::open(m_fx->path());
        STORE_OK(reopened);
        OutboxStore outbox(*reopened.value());
        QCOMPARE(outbox.recoverInterrupted(m_fx->account.id).value(), 2);
        QCOMPARE(outbox.item(before).value().state, OutboxState::Queued);
        QCOMPARE(outbox.item(after).value().state, OutboxState::Uncertain);
        QCOMPARE(OutboxStore::lastError(outbox.item(after).value()).code,
                 ErrorCode::DeliveryUncertain);
        QCOMPARE(outbox.item(otherAccount).value().state, OutboxState::Sending);
        QCOMPARE(outbox.due(m_fx->account.id, now).value(), (QList<qint64>{before}));
    }

    void discardKeepsTheCopyInTrash()
    {
        OutboxStore outbox(*m_fx->db);
        const qint64 id = queue(u"d"_s);
        const qint64 row = outbox.item(id).value().messageRow;
        QVERIFY(outbox.claim(id, QDateTime::currentDateTimeUtc()));
        QCOMPARE(outbox.discard(id).error().code, ErrorCode::InvalidSetting);
        STORE_OK(outbox.markFailed(id, Error::make(ErrorCode::RecipientRejected), {}));
        STORE_OK(outbox.discard(id));
        QVERIFY(!outbox.item(id));
        QCOMPARE(folderOf(row), m_fx->trash);
    }
};

QTEST_GUILESS_MAIN(tst_OutboxStore)
#include "tst_OutboxStore.moc"
