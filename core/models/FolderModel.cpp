// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/FolderModel.h"

#include "core/store/AccountStore.h"
#include "core/store/FolderStore.h"

#include <QHash>
#include <vector>

namespace postbag::models {

struct FolderModel::Node
{
    FolderNodeKind kind = FolderNodeKind::User;
    qint64 folderId = 0;
    qint64 accountId = 0;
    QString name;
    store::FolderCounts counts;
    Node* parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node* add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

std::unique_ptr<FolderModel::Node> makeNode(FolderNodeKind kind, const store::Folder& f)
{
    auto n = std::make_unique<FolderModel::Node>();
    n->kind = kind;
    n->folderId = f.id;
    n->accountId = f.accountId;
    n->name = f.name;
    n->counts = f.counts;
    return n;
}

FolderNodeKind kindOf(store::FolderKind kind)
{
    switch (kind) {
    case store::FolderKind::Inbox:
        return FolderNodeKind::AccountInbox;
    case store::FolderKind::Archive:
        return FolderNodeKind::Archive;
    case store::FolderKind::Trash:
        return FolderNodeKind::Trash;
    case store::FolderKind::User:
    case store::FolderKind::Outbox:
    case store::FolderKind::Drafts:
    case store::FolderKind::Sent:
        break;
    }
    return FolderNodeKind::User;
}

} // namespace

FolderModel::FolderModel(store::Database& db, QObject* parent)
    : QAbstractItemModel(parent), m_db(db), m_root(std::make_unique<Node>())
{
}

FolderModel::~FolderModel() = default;

Result<std::unique_ptr<FolderModel::Node>> FolderModel::build()
{
    auto accounts = store::AccountStore(m_db).list();
    if (!accounts) {
        return accounts.error();
    }
    auto folders = store::FolderStore(m_db).list();
    if (!folders) {
        return folders.error();
    }
    auto root = std::make_unique<Node>();
    auto unified = std::make_unique<Node>();
    unified->kind = FolderNodeKind::UnifiedInbox;
    Node* unifiedNode = root->add(std::move(unified));
    auto local = std::make_unique<Node>();
    local->kind = FolderNodeKind::LocalFolders;
    Node* localNode = root->add(std::move(local));

    QHash<qint64, const store::Folder*> byId;
    for (const store::Folder& f : folders.value()) {
        byId.insert(f.id, &f);
    }
    QHash<qint64, Node*> placed;
    // Inboxes in account order, named after their account.
    for (const store::Account& a : accounts.value()) {
        const store::Folder* inbox = byId.value(a.inboxId);
        if (inbox == nullptr) {
            continue;
        }
        auto n = makeNode(FolderNodeKind::AccountInbox, *inbox);
        n->name = a.name;
        n->accountId = a.id;
        unifiedNode->counts.total += inbox->counts.total;
        unifiedNode->counts.unread += inbox->counts.unread;
        placed.insert(inbox->id, unifiedNode->add(std::move(n)));
    }
    // Archive and Trash first under Local Folders, then user folders (parents come first).
    for (const auto kind : {store::FolderKind::Archive, store::FolderKind::Trash}) {
        for (const store::Folder& f : folders.value()) {
            if (f.kind == kind) {
                placed.insert(f.id, localNode->add(makeNode(kindOf(kind), f)));
            }
        }
    }
    for (const store::Folder& f : folders.value()) {
        if (placed.contains(f.id)) {
            continue;
        }
        Node* parentNode = f.parentId != 0 ? placed.value(f.parentId, localNode) : localNode;
        placed.insert(f.id, parentNode->add(makeNode(kindOf(f.kind), f)));
    }
    return root;
}

Status FolderModel::reload()
{
    auto fresh = build();
    if (!fresh) {
        Q_EMIT errorOccurred(fresh.error());
        return fresh.error();
    }
    if (sameShape(*m_root, *fresh.value())) {
        updateInPlace(*m_root, *fresh.value());
        return Ok{};
    }
    beginResetModel();
    m_root = std::move(fresh.value());
    endResetModel();
    return Ok{};
}

bool FolderModel::sameShape(const Node& a, const Node& b) const
{
    if (a.kind != b.kind || a.folderId != b.folderId || a.accountId != b.accountId ||
        a.children.size() != b.children.size()) {
        return false;
    }
    for (size_t i = 0; i < a.children.size(); ++i) {
        if (!sameShape(*a.children[i], *b.children[i])) {
            return false;
        }
    }
    return true;
}

void FolderModel::updateInPlace(Node& old, const Node& fresh)
{
    if (old.name != fresh.name || old.counts.total != fresh.counts.total ||
        old.counts.unread != fresh.counts.unread) {
        old.name = fresh.name;
        old.counts = fresh.counts;
        const QModelIndex i = indexOf(&old);
        if (i.isValid()) {
            Q_EMIT dataChanged(i, i);
        }
    }
    for (size_t c = 0; c < old.children.size(); ++c) {
        updateInPlace(*old.children[c], *fresh.children[c]);
    }
}

QModelIndex FolderModel::unifiedInboxIndex() const { return index(0, 0); }

QModelIndex FolderModel::localFoldersIndex() const { return index(1, 0); }

QModelIndex FolderModel::indexOfFolder(qint64 folderId) const
{
    std::vector<const Node*> stack{m_root.get()};
    while (!stack.empty()) {
        const Node* n = stack.back();
        stack.pop_back();
        if (n != m_root.get() && n->folderId == folderId && folderId != 0) {
            return indexOf(n);
        }
        for (const auto& c : n->children) {
            stack.push_back(c.get());
        }
    }
    return {};
}

QList<qint64> FolderModel::inboxIds() const
{
    QList<qint64> ids;
    if (!m_root->children.empty()) {
        for (const auto& c : m_root->children.front()->children) {
            ids.append(c->folderId);
        }
    }
    return ids;
}

FolderModel::Node* FolderModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex FolderModel::indexOf(const Node* node) const
{
    if (node == nullptr || node == m_root.get()) {
        return {};
    }
    return createIndex(node->row, 0, const_cast<Node*>(node));
}

QModelIndex FolderModel::index(int row, int column, const QModelIndex& parent) const
{
    const Node* p = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(p->children.size())) {
        return {};
    }
    return indexOf(p->children[size_t(row)].get());
}

QModelIndex FolderModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    return indexOf(nodeOf(child)->parent);
}

int FolderModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return int(nodeOf(parent)->children.size());
}

int FolderModel::columnCount(const QModelIndex&) const { return 1; }

QString FolderModel::displayName(const Node& node) const
{
    switch (node.kind) {
    case FolderNodeKind::UnifiedInbox:
        //: Folder pane: the root that shows the inboxes of all accounts together
        return tr("Unified Inbox");
    case FolderNodeKind::LocalFolders:
        //: Folder pane: the root of folders that belong to no account (Archive, Trash, ...)
        return tr("Local Folders");
    case FolderNodeKind::Archive:
        //: Folder pane: the profile's archive folder
        return tr("Archive");
    case FolderNodeKind::Trash:
        //: Folder pane: the profile's trash folder
        return tr("Trash");
    case FolderNodeKind::AccountInbox: // the account's name, set in build()
    case FolderNodeKind::User:
        break;
    }
    return node.name;
}

QVariant FolderModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node& n = *nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return displayName(n);
    case Qt::ToolTipRole:
        //: Folder pane tooltip: %1 folder name, %2 unread count, %3 message count
        return tr("%1: %2 unread, %3 in all")
            .arg(displayName(n))
            .arg(n.counts.unread)
            .arg(n.counts.total);
    case FolderIdRole:
        return n.folderId;
    case AccountIdRole:
        return n.accountId;
    case KindRole:
        return int(n.kind);
    case UnreadCountRole:
        return n.counts.unread;
    case TotalCountRole:
        return n.counts.total;
    default:
        return {};
    }
}

Qt::ItemFlags FolderModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QHash<int, QByteArray> FolderModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(FolderIdRole, "folderId");
    names.insert(AccountIdRole, "accountId");
    names.insert(KindRole, "kind");
    names.insert(UnreadCountRole, "unreadCount");
    names.insert(TotalCountRole, "totalCount");
    return names;
}

} // namespace postbag::models
