// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace postbag::mailbox {

class TreeGuard;

// One folder found on disk: where it goes (a path of folder names below the import's target;
// empty = the target itself) and where its messages are.
struct MailboxSource
{
    enum class Kind
    {
        Mbox,
        Maildir,
        Folder, // holds only subfolders (a Thunderbird "Name.sbd" without a "Name" file)
    };
    QStringList path;
    QString location;
    Kind kind = Kind::Mbox;

    friend bool operator==(const MailboxSource&, const MailboxSource&) = default;
};

// Finds the folders under a path, so an importer can rebuild the tree. Why: mail programs lay
// folder trees out differently; this is the one place that knows how. Understood layouts:
// - a file: one mbox (folder path empty);
// - a Maildir (cur/ and new/): the root is the target, Maildir++ ".A.B" directories are A/B;
// - any other directory, e.g. Thunderbird's "Local Folders": each mbox file is a folder named
//   after the file, "Name.sbd/" holds Name's subfolders, a Maildir directory is a folder, other
//   directories are folders of their own; Thunderbird's index and state files (.msf, .dat, .json,
//   .html, .sqlite, .mozmsgs/, dot-files) and files that are not mbox are left out.
// Guarantees: parents come before their children, siblings in name order; a folder appears once
// even when both "Name" and "Name.sbd" exist; nothing is read beyond the first bytes of files;
// links that lead out of the tree are not followed and each real folder is walked once.
class MailboxTree
{
public:
    [[nodiscard]] static Result<QList<MailboxSource>> discover(const QString& root);
    // Empty, or starting with "From " (after an optional UTF-8 byte order mark).
    [[nodiscard]] static bool looksLikeMbox(const QString& file);

private:
    static void walk(TreeGuard& tree, const QString& dir, const QStringList& parent,
                     QList<MailboxSource>& out);
};

} // namespace postbag::mailbox
