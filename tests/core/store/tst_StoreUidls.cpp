// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"
#include "core/store/UidlStore.h"

using namespace postbag;
using namespace postbag::store;
using namespace postbag::store::test;
using namespace Qt::Literals::StringLiterals;

class tst_StoreUidls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        MessageStore store(*f.db);
        UidlStore uidls(*f.db);
        const Account other = AccountStore(*f.db).create(u"Other"_s).value();
        const qint64 id =
            store.insert(makeMessage(f.account.id, f.account.inboxId, u"U1"_s, u"one"_s))->id;
        const qint64 two =
            store.insert(makeMessage(f.account.id, f.account.inboxId, u"U2"_s, u"two"_s))->id;
        NewMessage imported = makeMessage(0, f.archive, {}, u"import"_s);
        STORE_OK(store.insert(imported)); // imports record no UIDL
        STORE_OK(
            recordUidls(*f.db, f.account.id, {u"U3"_s, u"U1"_s}, QDateTime::currentDateTimeUtc()));
        QCOMPARE(uidls.seen(f.account.id).value(), (QSet<QString>{u"U1"_s, u"U2"_s, u"U3"_s}));
        QVERIFY(uidls.seen(other.id)->isEmpty());

        STORE_OK(store.deletePermanently({two})); // marks U2 deleted locally (a trigger)
        STORE_OK(uidls.markRemovedFromServer(f.account.id, {u"U2"_s, u"U3"_s, u"nope"_s}));
        QHash<QString, UidlEntry> byUidl;
        const QList<UidlEntry> entries = uidls.entries(f.account.id).value();
        for (const UidlEntry& e : entries) {
            byUidl.insert(e.uidl, e);
        }
        QCOMPARE(byUidl.size(), 3);
        QCOMPARE(byUidl[u"U1"_s].messageId, id); // a record did not overwrite the download
        QCOMPARE(byUidl[u"U1"_s].downloadedAt, makeMessage(0, 0, u"x"_s, u"x"_s).receivedAt);
        QVERIFY(!byUidl[u"U1"_s].deletedLocally);
        QVERIFY(byUidl[u"U2"_s].deletedLocally && byUidl[u"U2"_s].removedFromServer);
        QCOMPARE(byUidl[u"U3"_s].messageId, 0);
        QVERIFY(byUidl[u"U3"_s].removedFromServer && !byUidl[u"U3"_s].deletedLocally);

        // A permanent delete marks the UIDL and forgets the row.
        STORE_OK(store.deletePermanently({id}));
        const QList<UidlEntry> after = uidls.entries(f.account.id).value();
        for (const UidlEntry& e : after) {
            if (e.uidl == u"U1"_s) {
                QVERIFY(e.deletedLocally);
                QCOMPARE(e.messageId, 0);
            }
        }
        // Records removed from the server are forgotten once a complete listing lacks them.
        QCOMPARE(uidls.forgetRemoved(f.account.id, {u"U1"_s, u"U3"_s}).value(), 1);
        QCOMPARE(uidls.seen(f.account.id).value(), (QSet<QString>{u"U1"_s, u"U3"_s}));
        QCOMPARE(uidls.forgetRemoved(f.account.id, {u"U1"_s}).value(), 1);
        QCOMPARE(uidls.seen(f.account.id).value(), QSet<QString>{u"U1"_s});
    }

    void aDeletedMessageWithACopyLeftHandsItsUidlToTheCopy()
    {
        // A headers-only message copied elsewhere, then deleted: the copy is still here, so the
        // UIDL is not "deleted locally" (a policy would remove the only full copy from the
        // server) but follows the copy, whose body can still be fetched.
        StoreFixture f;
        QVERIFY(f.setUp());
        MessageStore store(*f.db);
        UidlStore uidls(*f.db);
        NewMessage big = makeMessage(f.account.id, f.account.inboxId, u"B1"_s, u"big"_s);
        big.headersOnly = true;
        const qint64 original = store.insert(big)->id;
        const qint64 copy = store.copy({original}, f.archive).value().first();
        STORE_OK(store.deletePermanently({original}));
        QList<UidlEntry> entries = uidls.entries(f.account.id).value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().messageId, copy);
        QVERIFY(!entries.first().deletedLocally);
        QVERIFY(entries.first().headersOnly);
        // With the last copy gone, it is deleted locally.
        STORE_OK(store.deletePermanently({copy}));
        entries = uidls.entries(f.account.id).value();
        QCOMPARE(entries.first().messageId, 0);
        QVERIFY(entries.first().deletedLocally);
    }

    void knownListingGoesWithAnyForgottenRecord()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        UidlStore uidls(*f.db);
        const Account other = AccountStore(*f.db).create(u"Other"_s).value();
        const QDateTime at = QDateTime::currentDateTimeUtc();
        QCOMPARE(uidls.knownListing(f.account.id).value(), QByteArray());
        MessageStore store(*f.db);
        const qint64 one =
            store.insert(makeMessage(f.account.id, f.account.inboxId, u"U1"_s, u"one"_s))->id;
        STORE_OK(store.insert(makeMessage(f.account.id, f.account.inboxId, u"U2"_s, u"two"_s)));
        STORE_OK(recordUidls(*f.db, other.id, {u"U1"_s}, at));
        STORE_OK(uidls.setKnownListing(f.account.id, "digest-1"));
        STORE_OK(uidls.setKnownListing(other.id, "other"));
        QCOMPARE(uidls.knownListing(f.account.id).value(), QByteArray("digest-1"));
        STORE_OK(uidls.setKnownListing(f.account.id, "digest-2")); // replaces
        QCOMPARE(uidls.knownListing(f.account.id).value(), QByteArray("digest-2"));

        // Recording more, or marking, leaves it: the listing's UIDLs are all still recorded.
        STORE_OK(store.insert(makeMessage(f.account.id, f.account.inboxId, u"U3"_s, u"three"_s)));
        STORE_OK(store.deletePermanently({one}));
        STORE_OK(uidls.markRemovedFromServer(f.account.id, {u"U2"_s}));
        QCOMPARE(uidls.knownListing(f.account.id).value(), QByteArray("digest-2"));

        // Forgetting one record forgets the listing that counted on it, for that account only.
        QCOMPARE(uidls.forgetRemoved(f.account.id, {u"U1"_s, u"U3"_s}).value(), 1); // U2
        QCOMPARE(uidls.knownListing(f.account.id).value(), QByteArray());
        QCOMPARE(uidls.knownListing(other.id).value(), QByteArray("other"));

        // Removing the account removes its listing.
        STORE_OK(AccountStore(*f.db).remove(other.id));
        QCOMPARE(uidls.knownListing(other.id).value(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(tst_StoreUidls)
#include "tst_StoreUidls.moc"
