// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mailbox/MaildirReader.h"

#include "core/mailbox/FileProblem.h"
#include "core/mailbox/TreeGuard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace postbag::mailbox {

namespace {

qint64 leadingSeconds(const QString& name)
{
    qsizetype digits = 0;
    while (digits < name.size() && name.at(digits).isDigit()) {
        ++digits;
    }
    return digits > 0 && digits <= 12 ? name.left(digits).toLongLong() : -1;
}

} // namespace

bool MaildirReader::isMaildir(const QString& directory)
{
    const QDir dir(directory);
    return dir.exists(QStringLiteral("cur")) && dir.exists(QStringLiteral("new")) &&
           QFileInfo(dir.filePath(QStringLiteral("cur"))).isDir();
}

MaildirEntry MaildirReader::parseName(const QString& fileName)
{
    MaildirEntry e;
    const qsizetype info = fileName.lastIndexOf(QStringLiteral(":2,"));
    if (info >= 0) {
        for (const QChar c : fileName.mid(info + 3)) {
            e.seen = e.seen || c == u'S';
            e.flagged = e.flagged || c == u'F';
            e.answered = e.answered || c == u'R';
            e.trashed = e.trashed || c == u'T';
            e.draft = e.draft || c == u'D';
        }
    }
    const qint64 secs = leadingSeconds(fileName);
    if (secs >= 0) {
        e.deliveredAt = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    }
    return e;
}

Result<QList<MaildirEntry>> MaildirReader::entries() const
{
    if (!QFileInfo::exists(m_directory)) {
        return fileError(FileProblem::Missing, m_directory);
    }
    if (!isMaildir(m_directory)) {
        return fileError(FileProblem::NotMailbox, m_directory, QStringLiteral("no cur/ and new/"));
    }
    QList<MaildirEntry> out;
    const TreeGuard tree(m_directory);
    for (const QString& sub : {QStringLiteral("new"), QStringLiteral("cur")}) {
        const QDir dir(QDir(m_directory).filePath(sub));
        if (!dir.isReadable()) {
            return fileError(FileProblem::Unreadable, dir.path());
        }
        if (!tree.contains(QFileInfo(dir.path()))) {
            continue; // a link out of the Maildir
        }
        const auto files = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo& file : files) {
            if (!tree.contains(file)) {
                continue;
            }
            MaildirEntry e = sub == u"cur" ? parseName(file.fileName()) : MaildirEntry{};
            if (sub == u"new") {
                e.deliveredAt = parseName(file.fileName()).deliveredAt;
            }
            e.path = file.filePath();
            e.size = file.size();
            if (!e.deliveredAt.isValid()) {
                e.deliveredAt = file.lastModified().toUTC();
            }
            out.append(e);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const MaildirEntry& a, const MaildirEntry& b) {
        if (a.deliveredAt != b.deliveredAt) {
            return a.deliveredAt < b.deliveredAt;
        }
        return QFileInfo(a.path).fileName() < QFileInfo(b.path).fileName();
    });
    return out;
}

QList<MaildirFolder> MaildirReader::subfolders() const
{
    QList<MaildirFolder> out;
    const QDir root(m_directory);
    TreeGuard tree(m_directory);
    (void)tree.enter(QFileInfo(m_directory)); // a ".Name" link back to the root is no subfolder
    // Hidden directories are Maildir++ folders; QDir::Name sorts ".A" before ".A.B".
    const auto dirs =
        root.entryInfoList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& d : dirs) {
        const QString name = d.fileName();
        if (!name.startsWith(u'.') || name.size() < 2 || !isMaildir(d.filePath()) ||
            !tree.enter(d)) {
            continue;
        }
        const QStringList path = name.mid(1).split(u'.', Qt::SkipEmptyParts);
        if (!path.isEmpty()) {
            out.append({path, d.filePath()});
        }
    }
    return out;
}

Result<QByteArray> MaildirReader::read(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return fileError(FileProblem::Missing, path);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fileError(FileProblem::Unreadable, path, file.errorString());
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return fileError(FileProblem::Unreadable, path, file.errorString());
    }
    return bytes;
}

} // namespace postbag::mailbox
