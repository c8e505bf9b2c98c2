// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"
#include "core/store/UidlStore.h"

using namespace postbag;
using namespace postbag::store;
using namespace postbag::store::test;
using namespace Qt::Literals::StringLiterals;

class tst_StoreFolders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeOperations()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        FolderStore folders(*f.db);
        const qint64 projects = folders.create(0, u"Projects"_s, 1).value();
        const qint64 alpha = folders.create(projects, u"Alpha"_s).value();
        const qint64 beta = folders.create(projects, u"Beta"_s).value();
        const qint64 lists = folders.create(f.account.inboxId, u"Lists"_s).value();
        QCOMPARE(folders.folder(lists)->accountId, f.account.id); // inherits the inbox's account
        QCOMPARE(folders.folder(alpha)->accountId, 0);

        STORE_OK(folders.rename(alpha, u"Alpha 2"_s));
        QCOMPARE(folders.folder(alpha)->name, u"Alpha 2"_s);
        QCOMPARE(folders.rename(f.trash, u"Bin"_s).error().code, ErrorCode::InvalidSetting);
        QCOMPARE(folders.rename(alpha, u"  "_s).error().code, ErrorCode::InvalidSetting);

        // Moving under the account's inbox carries the subtree to that account.
        STORE_OK(folders.move(projects, f.account.inboxId));
        QCOMPARE(folders.folder(projects)->parentId, f.account.inboxId);
        QCOMPARE(folders.folder(beta)->accountId, f.account.id);
        // Never into itself or a descendant; special folders stay.
        QVERIFY(!folders.move(projects, alpha).ok());
        QVERIFY(!folders.move(projects, projects).ok());
        QVERIFY(!folders.move(f.account.inboxId, projects).ok());
        STORE_OK(folders.move(projects, 0));
        QCOMPARE(folders.folder(projects)->parentId, 0);
        QCOMPARE(folders.folder(beta)->accountId, 0);

        // list(): parents before children.
        const auto all = folders.list().value();
        QCOMPARE(all.size(), 10); // with Outbox, Drafts and Sent
        QHash<qint64, int> index;
        for (int i = 0; i < all.size(); ++i) {
            index.insert(all[i].id, i);
        }
        for (const Folder& folder : all) {
            if (folder.parentId != 0) {
                QVERIFY(index.value(folder.parentId) < index.value(folder.id));
            }
        }
        QVERIFY(index.value(alpha) < index.value(beta));
        STORE_OK(folders.setPosition(beta, -1));
        const auto reordered = folders.list().value();
        int alphaAt = -1, betaAt = -1;
        for (int i = 0; i < reordered.size(); ++i) {
            alphaAt = reordered[i].id == alpha ? i : alphaAt;
            betaAt = reordered[i].id == beta ? i : betaAt;
        }
        QVERIFY(betaAt < alphaAt);
    }

    void removeMovesMessagesToTrash()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        FolderStore folders(*f.db);
        MessageStore store(*f.db);
        const qint64 parent = folders.create(0, u"Parent"_s).value();
        const qint64 child = folders.create(parent, u"Child"_s).value();
        const qint64 a = store.insert(makeMessage(f.account.id, parent, u"a"_s, u"a"_s))->id;
        const qint64 b = store.insert(makeMessage(f.account.id, child, u"b"_s, u"b"_s))->id;
        STORE_OK(store.moveToTrash({a})); // trashed from Parent: origin is about to vanish
        STORE_OK(folders.remove(parent));
        QVERIFY(!folders.folder(child).ok());
        QCOMPARE(store.summary(b)->folderId, f.trash);
        QCOMPARE(store.counts(f.trash)->total, 2);
        QCOMPARE(store.summary(a)->trashOrigin, 0);
        STORE_OK(store.restore({a, b}));
        QCOMPARE(store.summary(a)->folderId, f.account.inboxId);
        QCOMPARE(store.counts(f.account.inboxId)->total, 2);
        QCOMPARE(folders.remove(f.trash).error().code, ErrorCode::InvalidSetting);
        QCOMPARE(folders.remove(f.account.inboxId).error().code, ErrorCode::InvalidSetting);
    }

    void accounts()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        AccountStore accounts(*f.db);
        FolderStore folders(*f.db);
        MessageStore store(*f.db);
        const auto home = accounts.create(u"Home"_s, u"{\"k\":1}"_s, -1);
        STORE_OK(home);
        QCOMPARE(folders.inboxOf(home->id).value(), home->inboxId);
        QCOMPARE(accounts.create(u"Home"_s).error().code, ErrorCode::StorageFailed); // unique
        STORE_OK(accounts.setSettings(home->id, u"{\"k\":2}"_s));
        STORE_OK(accounts.rename(home->id, u"Family"_s));
        const auto list = accounts.list().value();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.front().name, u"Family"_s); // position -1 sorts first
        QCOMPARE(list.front().settings, u"{\"k\":2}"_s);

        // Removing an account drops its tree and UIDLs; mail filed in local folders stays.
        const qint64 kept =
            store.insert(makeMessage(home->id, home->inboxId, u"k"_s, u"kept"_s))->id;
        const qint64 gone =
            store.insert(makeMessage(home->id, home->inboxId, u"g"_s, u"gone"_s))->id;
        STORE_OK(store.move({kept}, f.archive));
        STORE_OK(accounts.remove(home->id));
        QVERIFY(!store.summary(gone).ok());
        QCOMPARE(store.summary(kept)->accountId, 0);
        QCOMPARE(store.raw(kept).ok(), true);
        QCOMPARE(f.db->scalar(u"SELECT count(*) FROM search"_s).value().toInt(), 1);
        QCOMPARE(f.db->scalar(u"SELECT count(*) FROM uidls"_s).value().toInt(), 0);
        QCOMPARE(f.db->scalar(u"SELECT count(*) FROM blobs"_s).value().toInt(), 1);
        QVERIFY(!folders.inboxOf(home->id).ok());
    }
};

QTEST_GUILESS_MAIN(tst_StoreFolders)
#include "tst_StoreFolders.moc"
