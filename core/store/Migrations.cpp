// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Migrations.h"

#include "core/store/Database.h"
#include "core/store/ThreadBackfill.h"
#include "core/store/Transaction.h"

namespace postbag::store {

namespace {

// Version 1: the whole current schema.
// Folder kinds: 0 user, 1 inbox, 2 archive, 3 trash (FolderKind). Times are UTC seconds.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE accounts(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            position INTEGER NOT NULL DEFAULT 0,
            settings TEXT NOT NULL DEFAULT '{}'))"),
        QStringLiteral(R"(CREATE TABLE folders(
            id INTEGER PRIMARY KEY,
            parent_id INTEGER REFERENCES folders(id) ON DELETE CASCADE,
            account_id INTEGER REFERENCES accounts(id) ON DELETE CASCADE,
            kind INTEGER NOT NULL CHECK(kind BETWEEN 0 AND 3),
            name TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            total INTEGER NOT NULL DEFAULT 0,
            unread INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(
            "CREATE UNIQUE INDEX folders_one_inbox ON folders(account_id) WHERE kind = 1"),
        QStringLiteral(
            "CREATE UNIQUE INDEX folders_one_local ON folders(kind) WHERE kind IN (2, 3)"),
        QStringLiteral("CREATE INDEX folders_parent ON folders(parent_id)"),
        QStringLiteral("CREATE INDEX folders_account ON folders(account_id)"),
        QStringLiteral("INSERT INTO folders(kind, name, position) VALUES (2, 'Archive', 1000)"),
        QStringLiteral("INSERT INTO folders(kind, name, position) VALUES (3, 'Trash', 1001)"),
        // Raw bytes exactly as received; codec 0 = stored, 1 = qCompress (zlib). Shared by copies.
        QStringLiteral(R"(CREATE TABLE blobs(
            id INTEGER PRIMARY KEY,
            sha256 BLOB NOT NULL,
            size INTEGER NOT NULL,
            codec INTEGER NOT NULL,
            data BLOB NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE messages(
            id INTEGER PRIMARY KEY,
            folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
            account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
            blob_id INTEGER NOT NULL REFERENCES blobs(id),
            subject TEXT NOT NULL DEFAULT '',
            subject_sort TEXT NOT NULL DEFAULT '',
            from_name TEXT NOT NULL DEFAULT '',
            from_address TEXT NOT NULL DEFAULT '',
            from_sort TEXT NOT NULL DEFAULT '',
            to_text TEXT NOT NULL DEFAULT '',
            cc_text TEXT NOT NULL DEFAULT '',
            date INTEGER NOT NULL,
            received INTEGER NOT NULL,
            size INTEGER NOT NULL,
            message_id TEXT NOT NULL DEFAULT '',
            in_reply_to TEXT NOT NULL DEFAULT '',
            refs TEXT NOT NULL DEFAULT '',
            list_id TEXT NOT NULL DEFAULT '',
            has_attachments INTEGER NOT NULL DEFAULT 0,
            seen INTEGER NOT NULL DEFAULT 0,
            flagged INTEGER NOT NULL DEFAULT 0,
            answered INTEGER NOT NULL DEFAULT 0,
            headers_only INTEGER NOT NULL DEFAULT 0,
            trash_origin INTEGER REFERENCES folders(id) ON DELETE SET NULL))"),
        // One index per sort key so a 50-row page is an index range scan, never a sort.
        QStringLiteral("CREATE INDEX messages_by_date ON messages(folder_id, date, id)"),
        QStringLiteral("CREATE INDEX messages_by_received ON messages(folder_id, received, id)"),
        QStringLiteral("CREATE INDEX messages_by_subject ON messages(folder_id, subject_sort, id)"),
        QStringLiteral("CREATE INDEX messages_by_from ON messages(folder_id, from_sort, id)"),
        QStringLiteral("CREATE INDEX messages_by_size ON messages(folder_id, size, id)"),
        QStringLiteral(
            "CREATE INDEX messages_by_message_id ON messages(message_id) WHERE message_id <> ''"),
        QStringLiteral("CREATE INDEX messages_by_blob ON messages(blob_id)"),
        QStringLiteral("CREATE INDEX messages_by_account ON messages(account_id)"),
        QStringLiteral("CREATE INDEX messages_by_origin ON messages(trash_origin) WHERE "
                       "trash_origin IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE attachments(
            id INTEGER PRIMARY KEY,
            message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            file_name TEXT NOT NULL DEFAULT '',
            mime_type TEXT NOT NULL DEFAULT '',
            size INTEGER NOT NULL DEFAULT 0,
            content_id TEXT NOT NULL DEFAULT '',
            part_path TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX attachments_by_message ON attachments(message_id)"),
        QStringLiteral(R"(CREATE TABLE uidls(
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            uidl TEXT NOT NULL,
            message_row INTEGER, -- messages.id; cleared by messages_cleanup, not an FK action
            downloaded_at INTEGER NOT NULL,
            deleted_locally INTEGER NOT NULL DEFAULT 0,
            removed_from_server INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY(account_id, uidl)) WITHOUT ROWID)"),
        QStringLiteral(
            "CREATE INDEX uidls_by_message ON uidls(message_row) WHERE message_row IS NOT NULL"),
        // Full-text index; rowid = messages.id. CJK text is pre-segmented by SearchText.
        QStringLiteral(R"(CREATE VIRTUAL TABLE search USING fts5(
            subject, sender, recipients, body, attachments,
            tokenize = 'unicode61 remove_diacritics 2'))"),
        // Folder counters, kept exact by triggers so counts never scan.
        QStringLiteral(R"(CREATE TRIGGER messages_counts_insert AFTER INSERT ON messages BEGIN
            UPDATE folders SET total = total + 1, unread = unread + (NEW.seen = 0)
            WHERE id = NEW.folder_id; END)"),
        QStringLiteral(
            R"(CREATE TRIGGER messages_counts_update AFTER UPDATE OF folder_id, seen ON messages
            BEGIN
            UPDATE folders SET total = total - 1, unread = unread - (OLD.seen = 0)
            WHERE id = OLD.folder_id;
            UPDATE folders SET total = total + 1, unread = unread + (NEW.seen = 0)
            WHERE id = NEW.folder_id; END)"),
        // Every way a message row disappears (delete, empty trash, folder or account removal
        // through ON DELETE CASCADE) cleans its counters, index rows, unshared bytes, and marks
        // its UIDL as deleted locally for the leave-on-server policy.
        QStringLiteral(R"(CREATE TRIGGER messages_cleanup AFTER DELETE ON messages BEGIN
            UPDATE folders SET total = total - 1, unread = unread - (OLD.seen = 0)
            WHERE id = OLD.folder_id;
            DELETE FROM search WHERE rowid = OLD.id;
            UPDATE uidls SET deleted_locally = 1, message_row = NULL WHERE message_row = OLD.id;
            DELETE FROM blobs WHERE id = OLD.blob_id
              AND NOT EXISTS (SELECT 1 FROM messages WHERE blob_id = OLD.blob_id); END)"),
        QStringLiteral(R"(CREATE TRIGGER messages_blob_replaced AFTER UPDATE OF blob_id ON messages
            WHEN OLD.blob_id <> NEW.blob_id BEGIN
            DELETE FROM blobs WHERE id = OLD.blob_id
              AND NOT EXISTS (SELECT 1 FROM messages WHERE blob_id = OLD.blob_id); END)"),
    };
}

// Version 2: the mbox From_ line a message was imported with, so that exporting it to mbox
// again gives the original file byte for byte. Empty for everything else.
QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE messages ADD COLUMN envelope TEXT NOT NULL DEFAULT ''"),
    };
}

// Version 3: search reads the date and the filter columns of every match it ranks or filters
// (MessageSearch names this index with INDEXED BY); a narrow covering index keeps those reads
// off the wide summary rows, which seldom fit the page cache of a large store.
QStringList version3()
{
    return {
        QStringLiteral("CREATE INDEX messages_for_search ON messages(id, date, seen, flagged, "
                       "has_attachments, folder_id, account_id)"),
    };
}

// Version 4: the digest of the last server listing whose every UIDL is recorded, per account
// (UidlStore::knownListing), so a check of an unchanged leave-on-server mailbox need not read the
// whole uidls table. Forgetting any UIDL record of the account forgets the digest with it.
QStringList version4()
{
    return {
        QStringLiteral(R"(CREATE TABLE uidl_listings(
            account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
            digest BLOB NOT NULL))"),
        QStringLiteral(R"(CREATE TRIGGER uidls_forgotten AFTER DELETE ON uidls BEGIN
            DELETE FROM uidl_listings WHERE account_id = OLD.account_id; END)"),
    };
}

// Version 5: new rows are counted by the code that inserts them (MessageWriter once per batch,
// MessageStore::copy once per copy), not by a trigger. Why: a statement that fires a trigger keeps
// a statement journal, a copy of every page it touches that its transaction had already changed;
// for a download that copying was an eighth of the writer's time. Updates and deletes keep their
// triggers: they are rare and touch few rows.
QStringList version5()
{
    return {
        QStringLiteral("DROP TRIGGER messages_counts_insert"),
    };
}

// Version 6: a message deleted while a copy of it remains (the copy shares its bytes) hands
// its UIDL record to the copy instead of marking it deleted locally. Why: the message is still
// here, and a headers-only copy can still have its body fetched; marked deleted, a
// leave-on-server policy would remove the only full copy from the server.
QStringList version6()
{
    return {
        QStringLiteral("DROP TRIGGER messages_cleanup"),
        QStringLiteral(R"(CREATE TRIGGER messages_cleanup AFTER DELETE ON messages BEGIN
            UPDATE folders SET total = total - 1, unread = unread - (OLD.seen = 0)
            WHERE id = OLD.folder_id;
            DELETE FROM search WHERE rowid = OLD.id;
            UPDATE uidls SET message_row =
              (SELECT id FROM messages WHERE blob_id = OLD.blob_id ORDER BY id LIMIT 1)
            WHERE message_row = OLD.id
              AND EXISTS (SELECT 1 FROM messages WHERE blob_id = OLD.blob_id);
            UPDATE uidls SET deleted_locally = 1, message_row = NULL WHERE message_row = OLD.id;
            DELETE FROM blobs WHERE id = OLD.blob_id
              AND NOT EXISTS (SELECT 1 FROM messages WHERE blob_id = OLD.blob_id); END)"),
    };
}

// Version 7: where an account delivers (another account's or a local folder) is a column with a
// foreign key, no longer a number in its settings text. Why: removing that folder (or the account
// that owns it) left the number behind; every later sync then failed, or filed the mail into an
// unrelated folder that happened to get the same id. NULL: the account's own Inbox.
QStringList version7()
{
    return {
        QStringLiteral("ALTER TABLE accounts ADD COLUMN destination_folder INTEGER "
                       "REFERENCES folders(id) ON DELETE SET NULL"),
        QStringLiteral(
            "UPDATE accounts SET destination_folder = (SELECT f.id FROM folders f WHERE f.id = "
            "CASE WHEN json_valid(accounts.settings) "
            "THEN json_extract(accounts.settings, '$.destinationFolderId') END)"),
    };
}

// Version 8: sending. Identities (an account's addresses: one default per account, made for every
// account from its address here) and the outgoing servers they send through (settings text owned
// by core/account, like an account's; no password); the local special folders Outbox, Drafts and
// Sent as ordinary folders named by role (the folders' kind check predates them, and a rebuilt
// folders table would cascade into the messages); a forwarded flag beside answered; and the outbox
// queue, one row per message to send. Its states: 0 queued, 1 sending, 2 sent, 3 failed (retried
// by itself when next_attempt is set, else waiting for the user), 4 uncertain (the final dot may
// have reached the server: never sent again without the user). dot_out records, before the dot is
// written, that it is going out.
QStringList version8()
{
    return {
        QStringLiteral(R"(CREATE TABLE outgoing_servers(
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            settings TEXT NOT NULL DEFAULT '{}'))"),
        QStringLiteral("CREATE INDEX outgoing_servers_account ON outgoing_servers(account_id)"),
        QStringLiteral(R"(CREATE TABLE identities(
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            name TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL,
            reply_to TEXT NOT NULL DEFAULT '',
            signature TEXT NOT NULL DEFAULT '',
            outgoing_server_id INTEGER REFERENCES outgoing_servers(id) ON DELETE SET NULL,
            is_default INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX identities_account ON identities(account_id)"),
        QStringLiteral("CREATE UNIQUE INDEX identities_one_default ON identities(account_id) "
                       "WHERE is_default = 1"),
        QStringLiteral(
            "INSERT INTO identities(account_id, name, address, is_default) "
            "SELECT id, coalesce(CASE WHEN json_valid(settings) "
            "THEN json_extract(settings, '$.displayName') END, ''), "
            "coalesce(CASE WHEN json_valid(settings) THEN json_extract(settings, '$.address') END, "
            "''), 1 FROM accounts"),
        // role: 4 Outbox, 5 Drafts, 6 Sent (FolderKind); the folder rows themselves are kind 0.
        QStringLiteral(R"(CREATE TABLE local_folders(
            role INTEGER PRIMARY KEY CHECK(role BETWEEN 4 AND 6),
            folder_id INTEGER NOT NULL UNIQUE REFERENCES folders(id)))"),
        QStringLiteral("INSERT INTO folders(kind, name, position) VALUES (0, 'Outbox', 997)"),
        QStringLiteral(
            "INSERT INTO local_folders(role, folder_id) VALUES (4, last_insert_rowid())"),
        QStringLiteral("INSERT INTO folders(kind, name, position) VALUES (0, 'Drafts', 998)"),
        QStringLiteral(
            "INSERT INTO local_folders(role, folder_id) VALUES (5, last_insert_rowid())"),
        QStringLiteral("INSERT INTO folders(kind, name, position) VALUES (0, 'Sent', 999)"),
        QStringLiteral(
            "INSERT INTO local_folders(role, folder_id) VALUES (6, last_insert_rowid())"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN forwarded INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral(R"(CREATE TABLE outbox(
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            identity_id INTEGER REFERENCES identities(id) ON DELETE SET NULL,
            message_row INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            send_bytes BLOB NOT NULL,
            envelope_sender TEXT NOT NULL,
            recipients TEXT NOT NULL,
            message_id TEXT NOT NULL,
            size INTEGER NOT NULL,
            source_message INTEGER REFERENCES messages(id) ON DELETE SET NULL,
            source_kind INTEGER NOT NULL DEFAULT 0 CHECK(source_kind BETWEEN 0 AND 2),
            state INTEGER NOT NULL DEFAULT 0 CHECK(state BETWEEN 0 AND 4),
            dot_out INTEGER NOT NULL DEFAULT 0,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt INTEGER,
            error_code TEXT NOT NULL DEFAULT '',
            error_response TEXT NOT NULL DEFAULT '',
            error_text TEXT NOT NULL DEFAULT '',
            queued_at INTEGER NOT NULL,
            sent_at INTEGER))"),
        QStringLiteral("CREATE INDEX outbox_by_account ON outbox(account_id, state)"),
        QStringLiteral("CREATE INDEX outbox_by_message ON outbox(message_row)"),
    };
}

// Version 9: conversations (core/threading's JWZ threading, placed by ThreadIndex in the same
// transaction as each message). thread_nodes is one row per Message-ID threading knows: a stored
// message's own, or a placeholder for an ancestor some message names, so that a parent written
// later joins its children; `parent` is its parent's Message-ID. threads holds what a threaded list
// needs without reading every member (size, the newest message's date, the root's Message-ID) and
// the subject a thread was started with when its first message named no ancestor. Merges update
// by thread id (messages_by_thread, thread_nodes_by_thread). Threads are not shrunk when messages
// are deleted: their ids stay as placeholders and keep the conversation together. Messages stored
// before this step are threaded by ThreadBackfill in batches after it, from thread_backfill's
// next_id on; the row goes when every message has a thread.
QStringList version9()
{
    return {
        QStringLiteral("ALTER TABLE messages ADD COLUMN thread_id INTEGER"),
        QStringLiteral(
            "CREATE INDEX messages_by_thread ON messages(thread_id) WHERE thread_id IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE threads(
            id INTEGER PRIMARY KEY,
            size INTEGER NOT NULL DEFAULT 0,
            newest INTEGER NOT NULL DEFAULT 0,
            root TEXT NOT NULL DEFAULT '',
            subject_key TEXT NOT NULL DEFAULT '',
            subject_reply INTEGER NOT NULL DEFAULT 0,
            subject_date INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX threads_by_subject ON threads(subject_key, subject_reply, "
                       "subject_date) WHERE subject_key <> ''"),
        QStringLiteral(R"(CREATE TABLE thread_nodes(
            message_id TEXT PRIMARY KEY,
            thread_id INTEGER NOT NULL,
            parent TEXT NOT NULL DEFAULT '') WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX thread_nodes_by_thread ON thread_nodes(thread_id)"),
        QStringLiteral("CREATE TABLE thread_backfill(next_id INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO thread_backfill(next_id) VALUES(0)"),
    };
}

} // namespace

const QList<Migrations::Step>& Migrations::steps()
{
    static const QList<Step> all = {
        {1, version1()}, {2, version2()}, {3, version3()}, {4, version4()}, {5, version5()},
        {6, version6()}, {7, version7()}, {8, version8()}, {9, version9()},
    };
    return all;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

Status Migrations::migrate(Database& db, int target)
{
    if (target < 0) {
        target = latestVersion();
    }
    const auto current = db.userVersion();
    if (!current) {
        return current.error();
    }
    if (current.value() > latestVersion()) {
        return Error::make(ErrorCode::StoreCorrupt,
                           QStringLiteral("schema version %1 is newer than this build (%2)")
                               .arg(current.value())
                               .arg(latestVersion()));
    }
    for (const Step& step : steps()) {
        if (step.version <= current.value() || step.version > target) {
            continue;
        }
        Transaction tx(db);
        if (const Status s = tx.begin(); !s) {
            return s;
        }
        // Another process (the window and a cron "postbag sync") may have applied this step
        // while this one waited for the write lock: read the version again under the lock.
        const auto now = db.userVersion();
        if (!now) {
            return now.error();
        }
        if (now.value() >= step.version) {
            continue; // the transaction rolls back unused
        }
        for (const QString& sql : step.statements) {
            if (const Status s = db.execute(sql); !s) {
                return s;
            }
        }
        if (const Status s = db.execute(QStringLiteral("PRAGMA user_version=%1").arg(step.version));
            !s) {
            return s;
        }
        if (const Status s = tx.commit(); !s) {
            return s;
        }
    }
    if (target >= ThreadBackfill::kVersion) {
        return ThreadBackfill::run(db, db.options().migrationProgress);
    }
    return Ok{};
}

} // namespace postbag::store
