// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Plain value types exchanged with the store. Why: the store must not know POP3 or MIME types;
// callers (sync, import, models) translate into these. Ids are SQLite row ids; 0 means "none".
namespace postbag::store {

enum class FolderKind
{
    User = 0,
    Inbox = 1,
    Archive = 2,
    Trash = 3,
    // Local folders by role (Migrations version 8): ordinary folders holding ordinary message
    // rows, kept like Archive and Trash.
    Outbox = 4,
    Drafts = 5,
    Sent = 6
};

struct FolderCounts
{
    qint64 total = 0;
    qint64 unread = 0;
};

struct Folder
{
    qint64 id = 0;
    qint64 parentId = 0;  // 0: top level
    qint64 accountId = 0; // 0: local (Archive, Trash and folders not under an account's inbox)
    FolderKind kind = FolderKind::User;
    QString name;
    int position = 0;
    FolderCounts counts;
};

struct Account
{
    qint64 id = 0;
    QString name;
    int position = 0;
    QString settings; // opaque JSON owned by core/account; never a password
    qint64 inboxId = 0;
    qint64 destinationId = 0; // the folder its mail goes to when not its Inbox; 0 when gone
};

struct AttachmentInfo
{
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString contentId;
    QString partPath; // e.g. "1.2", where the part sits in the MIME tree
};

// What the store derives from a message's bytes and text without any SQL: the digest, the packed
// bytes and the search index text. MessageStore::prepare() computes it on any thread, ahead of
// the write transaction, so that the transaction itself only runs SQL.
struct PreparedRows
{
    QByteArray sha256;
    int codec = 0; // RawCodec::Codec of `packed`
    QByteArray packed;
    QString subject, sender, recipients, body, attachments; // as SearchText::forIndex() gives them
};

// A message as handed over by sync or import, already parsed by the caller.
struct NewMessage
{
    qint64 accountId = 0; // account of origin, or of the folder mail was imported into; 0: local
    qint64 folderId = 0;
    QString uidl; // empty for imports
    QByteArray raw;
    QString subject, fromName, fromAddress, toText, ccText;
    QStringList recipientAddresses;
    QDateTime date, receivedAt;
    QString messageId, inReplyTo, references, listId;
    QString bodyText; // plain text for search
    QList<AttachmentInfo> attachments;
    bool seen = false, flagged = false, headersOnly = false;
    bool answered = false;
    // The mbox From_ line it was imported with, without line end (bytes kept as Latin-1 text so
    // any byte survives); empty when it did not come from an mbox.
    QByteArray envelope;
    // Filled by MessageStore::prepare(); computed during the insert when absent.
    std::optional<PreparedRows> prepared;
};

enum class Flag
{
    Seen = 0x1,
    Flagged = 0x2,
    Answered = 0x4
};
Q_DECLARE_FLAGS(Flags, Flag)
Q_DECLARE_OPERATORS_FOR_FLAGS(Flags)

struct MessageSummary
{
    qint64 id = 0;
    qint64 folderId = 0;
    qint64 accountId = 0;
    QString subject, fromName, fromAddress, toText, ccText;
    QDateTime date, receivedAt; // UTC
    qint64 size = 0;            // of the raw bytes
    QString messageId, inReplyTo, references, listId;
    bool hasAttachments = false;
    Flags flags;
    bool headersOnly = false;
    qint64 trashOrigin = 0; // folder to restore to, for messages in Trash
};

// The outcome of inserting one message: its row, and whether it was recognised as a copy already
// stored (same Message-ID and same bytes), in which case `id` is the existing row.
struct Inserted
{
    qint64 id = 0;
    bool duplicate = false;

    friend bool operator==(const Inserted&, const Inserted&) = default;
};

enum class SortKey
{
    Date,
    Received,
    Subject,
    From,
    Size
};

struct UidlEntry
{
    QString uidl;
    qint64 messageId = 0; // 0 when the message is gone locally
    QDateTime downloadedAt;
    bool deletedLocally = false;
    bool removedFromServer = false;
    bool headersOnly = false; // only the headers are stored; the body is still on the server
};

} // namespace postbag::store
