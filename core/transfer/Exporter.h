// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QIODevice>
#include <QString>
#include <functional>

namespace postbag::store {
class Database;
}

namespace postbag::transfer {

struct ExportOptions
{
    std::function<void(qint64 done, qint64 total)> progress; // messages, after each one
    std::function<bool()> cancelled;                         // polled before each message
};

struct ExportReport
{
    qint64 messages = 0;
    qint64 bytes = 0; // written to the file
    qint64 headersOnly = 0; // exported as they are stored: headers without their body
};

// Writes stored mail back out: a folder as an mboxrd file, a message as an .eml file. Why here:
// it joins the store (bytes, envelopes, senders) and the mailbox writers. Guarantees: a message's
// bytes are exactly the stored raw bytes (.eml: unchanged; mbox: mboxrd-quoted, which MboxReader
// undoes); a message imported from an mbox gets its original From_ line back, so importing an
// mboxrd file and exporting the folder gives the same file byte for byte; messages come in storage
// (arrival) order; files are replaced atomically (QSaveFile): a full disk or a cancellation leaves
// the previous file, never half of a new one; errors are typed (mailbox::FileProblem: DiskFull,
// WriteFailed; Cancelled; store errors as they come).
class Exporter
{
public:
    explicit Exporter(store::Database& db) : m_db(db) {}

    [[nodiscard]] Result<ExportReport> exportFolder(qint64 folderId, const QString& mboxPath,
                                                    const ExportOptions& options = {});
    // To an open device (a pipe, a socket, a test buffer); the caller closes it.
    [[nodiscard]] Result<ExportReport> exportFolder(qint64 folderId, QIODevice& device,
                                                    const ExportOptions& options = {});
    [[nodiscard]] Status exportMessage(qint64 messageId, const QString& emlPath);

private:
    store::Database& m_db;
};

} // namespace postbag::transfer
