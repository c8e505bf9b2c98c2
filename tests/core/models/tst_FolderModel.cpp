// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelFixture.h"
#include "core/models/FolderModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace postbag;
using namespace postbag::models;

// The folder tree over a real store: its shape, counts, and what reload() reports.
class tst_FolderModel : public QObject
{
    Q_OBJECT

    static FolderNodeKind kind(const QModelIndex& i)
    {
        return FolderNodeKind(i.data(KindRole).toInt());
    }

private Q_SLOTS:
    void treeShapeAndCounts()
    {
        test::ModelFixture f;
        QVERIFY(f.setUp({QStringLiteral("Work"), QStringLiteral("Home")}));
        store::FolderStore folders(*f.db);
        auto projects = folders.create(0, QStringLiteral("Projects"));
        MODEL_OK(projects);
        MODEL_OK(folders.create(projects.value(), QStringLiteral("2026")));
        auto lists = folders.create(f.accounts[0].inboxId, QStringLiteral("Lists"));
        MODEL_OK(lists);
        f.generate(f.accounts[0].id, f.accounts[0].inboxId, 8); // 2 unread (every 4th)
        f.generate(f.accounts[1].id, f.accounts[1].inboxId, 4); // 1 unread

        FolderModel model(*f.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MODEL_OK(model.reload());

        QCOMPARE(model.rowCount(), 2);
        const QModelIndex unified = model.unifiedInboxIndex();
        QCOMPARE(kind(unified), FolderNodeKind::UnifiedInbox);
        QCOMPARE(unified.data().toString(), QStringLiteral("Unified Inbox"));
        QCOMPARE(unified.data(TotalCountRole).toLongLong(), 12);
        QCOMPARE(unified.data(UnreadCountRole).toLongLong(), 3);
        QCOMPARE(model.rowCount(unified), 2);
        // Accounts in AccountStore order: by position, then name.
        const QModelIndex work = model.index(1, 0, unified);
        QCOMPARE(work.data().toString(), QStringLiteral("Work"));
        QCOMPARE(kind(work), FolderNodeKind::AccountInbox);
        QCOMPARE(work.data(FolderIdRole).toLongLong(), f.accounts[0].inboxId);
        QCOMPARE(work.data(TotalCountRole).toLongLong(), 8);
        QCOMPARE(model.rowCount(work), 1); // Lists, under the account's inbox
        QCOMPARE(model.index(0, 0, work).data(FolderIdRole).toLongLong(), lists.value());
        QCOMPARE(model.index(0, 0, unified).data().toString(), QStringLiteral("Home"));
        QCOMPARE(model.inboxIds(), (QList<qint64>{f.accounts[1].inboxId, f.accounts[0].inboxId}));

        const QModelIndex local = model.localFoldersIndex();
        QCOMPARE(kind(local), FolderNodeKind::LocalFolders);
        QCOMPARE(model.rowCount(local), 6); // with Outbox, Drafts and Sent after the user folders
        QCOMPARE(kind(model.index(0, 0, local)), FolderNodeKind::Archive);
        QCOMPARE(kind(model.index(1, 0, local)), FolderNodeKind::Trash);
        const QModelIndex p = model.index(2, 0, local);
        QCOMPARE(p.data().toString(), QStringLiteral("Projects"));
        QCOMPARE(model.rowCount(p), 1);
        QCOMPARE(model.index(0, 0, p).data().toString(), QStringLiteral("2026"));
        QCOMPARE(model.parent(model.index(0, 0, p)), p);
        QCOMPARE(model.indexOfFolder(projects.value()), p);
    }

    // New mail changes counts only: the tree is updated in place (a view keeps its state);
    // a new folder changes the shape and resets.
    void reloadKeepsIndexesWhenOnlyCountsChange()
    {
        test::ModelFixture f;
        QVERIFY(f.setUp({QStringLiteral("Work")}));
        FolderModel model(*f.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MODEL_OK(model.reload());
        const QPersistentModelIndex inbox = model.index(0, 0, model.unifiedInboxIndex());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        f.generate(f.accounts[0].id, f.accounts[0].inboxId, 5);
        MODEL_OK(model.reload());
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 2); // the inbox and the unified root
        QVERIFY(inbox.isValid());
        QCOMPARE(inbox.data(TotalCountRole).toLongLong(), 5);
        QCOMPARE(model.unifiedInboxIndex().data(TotalCountRole).toLongLong(), 5);

        MODEL_OK(store::FolderStore(*f.db).create(0, QStringLiteral("New")));
        MODEL_OK(model.reload());
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(model.localFoldersIndex()), 6); // with Outbox, Drafts and Sent

        MODEL_OK(store::AccountStore(*f.db).rename(f.accounts[0].id, QStringLiteral("Job")));
        MODEL_OK(model.reload());
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.index(0, 0, model.unifiedInboxIndex()).data().toString(),
                 QStringLiteral("Job"));
    }
};

QTEST_GUILESS_MAIN(tst_FolderModel)
#include "tst_FolderModel.moc"
