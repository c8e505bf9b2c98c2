// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mailbox/MboxMessage.h"
#include "core/store/StoreTypes.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>

namespace postbag::store {
class Database;
}

namespace postbag::transfer {

struct ImportProgress
{
    qint64 messages = 0;   // read from the source so far
    qint64 bytes = 0;      // message bytes read so far
    qint64 totalBytes = 0; // of the source mbox files (Maildir and .eml sources add nothing)
    qint64 imported = 0;   // committed so far: stored even if the import fails later
    qint64 duplicates = 0; // found already stored so far
};

struct ImportOptions
{
    enum class Format
    {
        Auto, // a directory: Maildir or a tree of mbox files; "*.eml": one message; else mbox
        Mbox,
        Maildir, // the directory must be a Maildir
        Eml,     // the file is one message
    };
    Format format = Format::Auto;
    mailbox::MboxVariant variant = mailbox::MboxVariant::MboxRd;
    int batchSize = 500;     // messages per transaction (also cut at 64 MB of message bytes)
    bool skipDeleted = true; // Maildir "T", Thunderbird's expunged, X-Status "D"
    std::function<void(const ImportProgress&)> progress; // after each committed batch
    std::function<bool()> cancelled;                     // polled before each message
};

struct ImportReport
{
    qint64 messages = 0;     // found in the source
    qint64 imported = 0;     // stored as new messages
    qint64 duplicates = 0;   // already in the store (same Message-ID and bytes): not added again
    qint64 skipped = 0;      // marked deleted in the source
    qint64 bytes = 0;        // message bytes read
    qint64 folderId = 0;     // the target folder
    QList<qint64> folderIds; // every folder that received messages or subfolders, target first
    bool cancelled = false;  // stopped early; what is counted as imported is stored
};

// Imports mail files into the store: an mbox (any variant, Thunderbird's too), a tree of mbox
// files (Thunderbird "Local Folders" with .sbd subfolders), a Maildir with Maildir++ subfolders,
// or one .eml file. Why here: it is the orchestration of mailbox (formats), mime (parsing, through
// toNewMessage like POP3 downloads) and store. Guarantees: raw bytes are stored exactly as the
// format reader returns them; the mbox From_ line is kept as the envelope so an export gives the
// file back; folders are created when missing (reused by name otherwise) and nested as on disk;
// messages are committed in batches (each batch all or nothing), so a failure or cancellation
// leaves whole batches and the counts say exactly what is stored; duplicates are counted, not
// added; the source files are only read. Runs on the caller's thread with the caller's Database
// (run it on a worker thread with its own connection).
class Importer
{
public:
    explicit Importer(store::Database& db) : m_db(db) {}

    // Imports `path` into the folder `folderName` under `parentId` (0: a local folder at the top
    // level, never an account's inbox), made when missing; a folder made for an import that
    // failed before storing anything is removed again.
    [[nodiscard]] Result<ImportReport> importPath(const QString& path, const QString& folderName,
                                                  qint64 parentId, const ImportOptions& options);
    // Imports `path` into the existing folder `folderId`.
    [[nodiscard]] Result<ImportReport> importPath(const QString& path, qint64 folderId,
                                                  const ImportOptions& options);

private:
    struct Run;
    [[nodiscard]] Result<ImportReport> importInto(const QString& path,
                                                  const std::function<Result<qint64>()>& target,
                                                  const ImportOptions& options);
    [[nodiscard]] Result<qint64> folderFor(qint64 parentId, const QString& name, bool& created);
    [[nodiscard]] Result<qint64> folderPath(Run& run, const QStringList& path);
    [[nodiscard]] Status importMbox(Run& run, const QString& file, qint64 folderId);
    [[nodiscard]] Status importMaildir(Run& run, const QString& dir, qint64 folderId);
    [[nodiscard]] Status importEml(Run& run, const QString& file, qint64 folderId);
    [[nodiscard]] Status add(Run& run, store::NewMessage message, qint64 bytes);
    [[nodiscard]] Status flush(Run& run);

    store::Database& m_db;
};

} // namespace postbag::transfer
