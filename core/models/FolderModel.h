// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/models/ModelRoles.h"
#include "core/store/StoreTypes.h"

#include <QAbstractItemModel>
#include <memory>

namespace postbag::store {
class Database;
}

namespace postbag::models {

// The folder pane's tree: "Unified Inbox" over every account's Inbox (shown with the account's
// name, its user subfolders nested below it), then "Local Folders" with Archive, Trash and the
// local user folders, nested. Why: the window needs one tree whatever the store's flat folder
// list looks like. Guarantees: data() never touches the store (everything is read in reload());
// reload() keeps every index valid when only names or counts changed (dataChanged, so a view
// keeps its expansion and selection) and resets the model only when the tree's shape changed.
class FolderModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    struct Node; // the tree's node, defined in the .cpp

    explicit FolderModel(store::Database& db, QObject* parent = nullptr);
    ~FolderModel() override;

    // Re-reads accounts, folders and counts through the GUI's store connection.
    Status reload();

    [[nodiscard]] QModelIndex unifiedInboxIndex() const;
    [[nodiscard]] QModelIndex localFoldersIndex() const;
    [[nodiscard]] QModelIndex indexOfFolder(qint64 folderId) const;
    // Every account's Inbox, in account order (what the unified inbox shows).
    [[nodiscard]] QList<qint64> inboxIds() const;

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void errorOccurred(const postbag::Error& error);

private:
    [[nodiscard]] Result<std::unique_ptr<Node>> build();
    [[nodiscard]] Node* nodeOf(const QModelIndex& index) const;
    [[nodiscard]] QModelIndex indexOf(const Node* node) const;
    [[nodiscard]] QString displayName(const Node& node) const;
    bool sameShape(const Node& a, const Node& b) const;
    void updateInPlace(Node& old, const Node& fresh);

    store::Database& m_db;
    std::unique_ptr<Node> m_root;
};

} // namespace postbag::models
