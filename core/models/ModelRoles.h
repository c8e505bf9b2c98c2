// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

// The data roles of every model in core/models, in one place. Why: views, delegates and tests
// must agree on role numbers without including each model; and core/models may not use QtGui, so
// presentation (bold for unread, icons for flags) is left to ui/ through these roles.
namespace postbag::models {

enum Role : int
{
    // Folder tree (FolderModel)
    FolderIdRole = Qt::UserRole + 1, // qint64; 0 for the virtual nodes (Unified Inbox, Local Folders)
    AccountIdRole,                   // qint64; 0 for local folders
    KindRole,                        // int, a FolderNodeKind
    UnreadCountRole,                 // qint64
    TotalCountRole,                  // qint64
    // Message list (MessageListModel)
    MessageIdRole,      // qint64, the store's message id: the row's identity
    UnreadRole,         // bool
    FlaggedRole,        // bool
    HasAttachmentsRole, // bool
    HeadersOnlyRole,    // bool: only the headers were downloaded
    SnippetRole,        // QString, search results only; highlights as MessageSearch::kHighlight*
    SenderAddressRole,  // QString
    AccountNameRole,    // QString, the account the message came from (empty for local mail)
    SortValueRole,      // the raw value of a column (QDateTime, qint64, QString) for delegates
};

enum class FolderNodeKind : int
{
    UnifiedInbox, // root over all accounts' inboxes
    AccountInbox, // one account's Inbox, shown with the account name
    LocalFolders, // root of Archive, Trash and the local user folders
    Archive,
    Trash,
    User, // a user folder, under an account's Inbox or under Local Folders
};

} // namespace postbag::models
