// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace postbag::mailbox {

// One message file of a Maildir.
struct MaildirEntry
{
    QString path;
    qint64 size = 0;
    QDateTime deliveredAt; // from the unique name's leading seconds, else the file's time (UTC)
    bool seen = false;     // S
    bool flagged = false;  // F
    bool answered = false; // R
    bool trashed = false;  // T: marked for deletion by the mail client
    bool draft = false;    // D
};

// A Maildir++ subfolder: ".Work.Reports" under the root is folder path {"Work", "Reports"}.
struct MaildirFolder
{
    QStringList path;
    QString directory;
};

// Reads a Maildir (https://cr.yp.to/proto/maildir.html) and Maildir++ subfolders (Courier,
// Dovecot). Why: messages are plain files, but which ones count and what their names mean is a
// convention. Guarantees: only regular files in new/ and cur/ are messages (tmp/ holds deliveries
// in progress and is ignored, as are dot-files); flags come from the ":2," info suffix of files in
// cur/ (S seen, F flagged, R replied, T trashed, D draft; unknown letters ignored); files in new/
// are unseen and carry no flags; entries come in delivery order (the unique names' timestamps,
// then the name); a message's bytes are the file's bytes, unaltered; links are followed only when
// they stay inside the Maildir (TreeGuard), and a subfolder reached by two names is read once.
class MaildirReader
{
public:
    explicit MaildirReader(QString directory) : m_directory(std::move(directory)) {}

    // Whether `directory` has cur/ and new/ subdirectories.
    [[nodiscard]] static bool isMaildir(const QString& directory);

    [[nodiscard]] Result<QList<MaildirEntry>> entries() const;
    // Maildir++ folders directly under this root, parents before children.
    [[nodiscard]] QList<MaildirFolder> subfolders() const;
    // The flags encoded in a file name ("1700000000.M1P2.host:2,FS").
    [[nodiscard]] static MaildirEntry parseName(const QString& fileName);

    [[nodiscard]] static Result<QByteArray> read(const QString& path);

private:
    QString m_directory;
};

} // namespace postbag::mailbox
