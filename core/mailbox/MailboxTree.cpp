// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mailbox/MailboxTree.h"

#include "core/mailbox/FileProblem.h"
#include "core/mailbox/MaildirReader.h"
#include "core/mailbox/TreeGuard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>

namespace postbag::mailbox {

namespace {

bool isBookkeeping(const QString& name)
{
    static const QStringList suffixes = {QStringLiteral(".msf"),    QStringLiteral(".dat"),
                                         QStringLiteral(".json"),   QStringLiteral(".html"),
                                         QStringLiteral(".sqlite"), QStringLiteral(".mozmsgs"),
                                         QStringLiteral(".lock"),   QStringLiteral(".bak")};
    if (name.startsWith(u'.')) {
        return true;
    }
    for (const QString& s : suffixes) {
        if (name.endsWith(s, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

void addMaildir(const QString& dir, const QStringList& path, QList<MailboxSource>& out)
{
    out.append({path, dir, MailboxSource::Kind::Maildir});
    for (const MaildirFolder& sub : MaildirReader(dir).subfolders()) {
        out.append({path + sub.path, sub.directory, MailboxSource::Kind::Maildir});
    }
}

} // namespace

bool MailboxTree::looksLikeMbox(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    QByteArray head = file.read(8);
    if (head.startsWith("\xEF\xBB\xBF")) {
        head.remove(0, 3);
    }
    return file.size() == 0 || head.startsWith("From ");
}

Result<QList<MailboxSource>> MailboxTree::discover(const QString& root)
{
    const QFileInfo info(root);
    if (!info.exists()) {
        return fileError(FileProblem::Missing, root);
    }
    if (!info.isReadable()) {
        return fileError(FileProblem::Unreadable, root);
    }
    QList<MailboxSource> out;
    if (info.isFile()) {
        out.append({{}, root, MailboxSource::Kind::Mbox});
    } else if (MaildirReader::isMaildir(root)) {
        addMaildir(root, {}, out);
    } else {
        TreeGuard tree(root);
        if (!tree.enter(info)) {
            return fileError(FileProblem::Unreadable, root);
        }
        walk(tree, root, {}, out);
        if (out.isEmpty()) {
            return fileError(FileProblem::NotMailbox, root, QStringLiteral("no mail folders"));
        }
    }
    return out;
}

void MailboxTree::walk(TreeGuard& tree, const QString& dir, const QStringList& parent,
                       QList<MailboxSource>& out)
{
    struct Node
    {
        QString file, maildir, subdir;
    };
    QMap<QString, Node> nodes; // by folder name, sorted
    const auto entries =
        QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& e : entries) {
        const QString name = e.fileName();
        if (isBookkeeping(name) || !tree.contains(e)) {
            continue;
        }
        if (e.isDir() && !tree.enter(e)) {
            continue; // seen under another name (a link to a folder already walked)
        }
        if (e.isDir() && name.endsWith(QStringLiteral(".sbd"))) {
            nodes[name.chopped(4)].subdir = e.filePath();
        } else if (e.isDir() && MaildirReader::isMaildir(e.filePath())) {
            nodes[name].maildir = e.filePath(); // Thunderbird's maildir store, or a plain Maildir
        } else if (e.isDir()) {
            nodes[name].subdir = e.filePath();
        } else if (looksLikeMbox(e.filePath())) {
            nodes[name].file = e.filePath();
        }
    }
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
        const QStringList path = parent + QStringList{it.key()};
        const Node& n = it.value();
        const qsizetype before = out.size();
        if (!n.file.isEmpty()) {
            out.append({path, n.file, MailboxSource::Kind::Mbox});
        }
        if (!n.maildir.isEmpty()) {
            addMaildir(n.maildir, path, out);
        }
        if (n.subdir.isEmpty()) {
            continue;
        }
        const bool placeholder = out.size() == before;
        if (placeholder) {
            out.append({path, n.subdir, MailboxSource::Kind::Folder});
        }
        walk(tree, n.subdir, path, out);
        if (placeholder && out.size() == before + 1) {
            out.removeAt(before); // a directory without any mail in it
        }
    }
}

} // namespace postbag::mailbox
