// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/transfer/Importer.h"

#include "core/intake/MessageRecord.h"
#include "core/mailbox/EmlFile.h"
#include "core/mailbox/FileProblem.h"
#include "core/mailbox/MailboxTree.h"
#include "core/mailbox/MaildirReader.h"
#include "core/mailbox/MboxReader.h"
#include "core/mailbox/StatusHeaders.h"
#include "core/mime/MessageParser.h"
#include "core/store/FolderStore.h"
#include "core/store/MessageStore.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <algorithm>

namespace postbag::transfer {

using mailbox::FileProblem;
using mailbox::MailboxSource;

namespace {

constexpr qint64 MaxBatchBytes = qint64(64) << 20;

store::NewMessage record(QByteArray raw, qint64 folderId, const QDateTime& receivedAt)
{
    const mime::ParsedMessage parsed = mime::MessageParser::parse(raw, receivedAt);
    intake::Origin origin;
    origin.folderId = folderId;
    origin.receivedAt = receivedAt;
    return intake::toNewMessage(parsed, std::move(raw), origin);
}

// The source's marks (mailbox::StatusHeaders, mailbox::MaildirEntry) on the message.
template <typename Marks> store::NewMessage marked(store::NewMessage message, const Marks& marks)
{
    message.seen = marks.seen;
    message.answered = marks.answered;
    message.flagged = marks.flagged;
    return message;
}

} // namespace

struct Importer::Run
{
    const ImportOptions& options;
    ImportReport report;
    ImportProgress progress;
    QList<store::NewMessage> batch;
    qint64 batchBytes = 0;
    QMap<QStringList, qint64> folders; // path below the target -> folder id
    QHash<qint64, qint64> accounts;    // folder id -> its account id (0: local)

    [[nodiscard]] bool cancelled()
    {
        report.cancelled = report.cancelled || (options.cancelled && options.cancelled());
        return report.cancelled;
    }
    // A message the source marks deleted, when such are skipped: counted, not imported.
    [[nodiscard]] bool skips(bool deleted)
    {
        if (!options.skipDeleted || !deleted) {
            return false;
        }
        report.messages += 1;
        report.skipped += 1;
        return true;
    }
};

Result<ImportReport> Importer::importPath(const QString& path, const QString& folderName,
                                          qint64 parentId, const ImportOptions& options)
{
    bool created = false;
    qint64 made = 0;
    auto report = importInto(
        path,
        [&]() -> Result<qint64> {
            auto id = folderFor(parentId, folderName, created);
            made = created && id ? id.value() : 0;
            return id;
        },
        options);
    if (!report && made != 0) { // nothing of a failed import stays behind in a folder it made
        store::FolderStore folders(m_db);
        const auto counts = store::MessageStore(m_db).counts(made);
        const auto all = folders.list();
        const bool hasChildren =
            !all || std::any_of(all->begin(), all->end(),
                                [made](const store::Folder& f) { return f.parentId == made; });
        if (counts && counts->total == 0 && !hasChildren)
            (void)folders.remove(made);
    }
    return report;
}

Result<ImportReport> Importer::importPath(const QString& path, qint64 folderId,
                                          const ImportOptions& options)
{
    return importInto(
        path, [folderId]() -> Result<qint64> { return folderId; }, options);
}

Result<ImportReport> Importer::importInto(const QString& path,
                                          const std::function<Result<qint64>()>& folder,
                                          const ImportOptions& options)
{
    using Format = ImportOptions::Format;
    const QFileInfo info(path);
    if (!info.exists()) {
        return mailbox::fileError(FileProblem::Missing, path);
    }
    QList<MailboxSource> sources;
    Format format = options.format;
    if (format == Format::Auto && info.isFile()) {
        format =
            info.suffix().compare(u"eml", Qt::CaseInsensitive) == 0 ? Format::Eml : Format::Mbox;
    }
    if (format == Format::Maildir && !mailbox::MaildirReader::isMaildir(path)) {
        return mailbox::fileError(FileProblem::NotMailbox, path, QStringLiteral("not a Maildir"));
    }
    if ((format == Format::Mbox || format == Format::Eml) && !info.isFile()) {
        return mailbox::fileError(FileProblem::NotMailbox, path, QStringLiteral("not a file"));
    }
    if (format == Format::Eml) {
        sources.append({{}, path, MailboxSource::Kind::Folder}); // Folder marks "one message"
    } else {
        auto found = mailbox::MailboxTree::discover(path);
        if (!found) {
            return found.error();
        }
        sources = std::move(found.value());
    }

    Run run{options, {}, {}, {}, 0, {}, {}};
    const auto target = folder();
    if (!target) {
        return target.error();
    }
    run.report.folderId = target.value();
    run.report.folderIds.append(target.value());
    run.folders.insert({}, target.value());
    for (const MailboxSource& s : std::as_const(sources)) {
        run.progress.totalBytes +=
            s.kind == MailboxSource::Kind::Mbox ? QFileInfo(s.location).size() : 0;
    }
    for (const MailboxSource& source : std::as_const(sources)) {
        const auto folderId = folderPath(run, source.path);
        if (!folderId) {
            return folderId.error();
        }
        Status s = Ok{};
        if (format == Format::Eml) {
            s = importEml(run, source.location, folderId.value());
        } else if (source.kind == MailboxSource::Kind::Mbox) {
            s = importMbox(run, source.location, folderId.value());
        } else if (source.kind == MailboxSource::Kind::Maildir) {
            s = importMaildir(run, source.location, folderId.value());
        }
        if (!s) {
            return s.error();
        }
        if (run.report.cancelled) {
            break;
        }
    }
    if (const Status s = flush(run); !s) {
        return s.error();
    }
    return run.report;
}

Result<qint64> Importer::folderFor(qint64 parentId, const QString& name, bool& created)
{
    store::FolderStore folders(m_db);
    const auto all = folders.list();
    if (!all) {
        return all.error();
    }
    for (const store::Folder& f : all.value()) {
        // At the top level, only local folders: accounts' inboxes are there too, all alike named.
        if (f.parentId == parentId && f.name == name && (parentId != 0 || f.accountId == 0)) {
            return f.id;
        }
    }
    created = true;
    return folders.create(parentId, name);
}

Result<qint64> Importer::folderPath(Run& run, const QStringList& path)
{
    if (const auto it = run.folders.constFind(path); it != run.folders.cend()) {
        return it.value();
    }
    const auto parent = folderPath(run, path.mid(0, path.size() - 1));
    if (!parent) {
        return parent.error();
    }
    bool created = false;
    const auto id = folderFor(parent.value(), path.constLast(), created);
    if (!id) {
        return id.error();
    }
    run.folders.insert(path, id.value());
    run.report.folderIds.append(id.value());
    return id.value();
}

Status Importer::importMbox(Run& run, const QString& path, qint64 folderId)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return mailbox::fileError(FileProblem::Unreadable, path, file.errorString());
    }
    const QDateTime fileTime = QFileInfo(file).lastModified().toUTC();
    mailbox::MboxReader reader(file, run.options.variant);
    while (!run.cancelled()) {
        auto next = reader.next();
        if (!next) {
            return next.error();
        }
        if (!next->has_value()) {
            break;
        }
        mailbox::MboxMessage& m = next->value();
        const auto status = mailbox::StatusHeaders::parse(m.raw);
        const qint64 size = m.raw.size();
        if (run.skips(status.deleted)) {
            continue;
        }
        store::NewMessage message = marked(
            record(std::move(m.raw), folderId, m.date.isValid() ? m.date : fileTime), status);
        message.envelope = m.fromLine;
        if (const Status s = add(run, std::move(message), size); !s) {
            return s;
        }
    }
    return Ok{};
}

Status Importer::importMaildir(Run& run, const QString& dir, qint64 folderId)
{
    const auto entries = mailbox::MaildirReader(dir).entries();
    if (!entries) {
        return entries.error();
    }
    for (const mailbox::MaildirEntry& e : entries.value()) {
        if (run.cancelled()) {
            break;
        }
        if (run.skips(e.trashed)) {
            continue;
        }
        auto raw = mailbox::MaildirReader::read(e.path);
        if (!raw) {
            return raw.error();
        }
        const qint64 size = raw->size();
        if (const Status s =
                add(run, marked(record(std::move(raw.value()), folderId, e.deliveredAt), e), size);
            !s) {
            return s;
        }
    }
    return Ok{};
}

Status Importer::importEml(Run& run, const QString& file, qint64 folderId)
{
    auto raw = mailbox::EmlFile::read(file);
    if (!raw) {
        return raw.error();
    }
    const qint64 size = raw->size();
    const QDateTime time = QFileInfo(file).lastModified().toUTC();
    return add(run, record(std::move(raw.value()), folderId, time), size);
}

Status Importer::add(Run& run, store::NewMessage message, qint64 bytes)
{
    // Mail imported into an account's folder belongs to that account (its list column, account:
    // searches, duplicates looked for among its mail); into a local folder, to none.
    auto account = run.accounts.constFind(message.folderId);
    if (account == run.accounts.cend()) {
        const auto folder = store::FolderStore(m_db).folder(message.folderId);
        if (!folder) {
            return folder.error();
        }
        account = run.accounts.insert(message.folderId, folder->accountId);
    }
    message.accountId = account.value();
    run.report.messages += 1;
    run.report.bytes += bytes;
    run.batchBytes += bytes;
    // Hashing, packing and the search text are done here, not inside the batch's transaction:
    // its write lock then lasts only as long as the SQL, and the window or a sync of the same
    // profile is not kept waiting (and refused after the busy timeout) meanwhile.
    store::MessageStore::prepare(message);
    run.batch.append(std::move(message));
    if (run.batch.size() >= qMax(1, run.options.batchSize) || run.batchBytes >= MaxBatchBytes) {
        return flush(run);
    }
    return Ok{};
}

Status Importer::flush(Run& run)
{
    if (!run.batch.isEmpty()) {
        const auto inserted = store::MessageStore(m_db).insertBatch(run.batch);
        if (!inserted) {
            return inserted.error();
        }
        for (const store::Inserted& i : inserted.value()) {
            (i.duplicate ? run.report.duplicates : run.report.imported) += 1;
        }
        run.batch.clear();
        run.batchBytes = 0;
    }
    run.progress.messages = run.report.messages;
    run.progress.bytes = run.report.bytes;
    run.progress.imported = run.report.imported;
    run.progress.duplicates = run.report.duplicates;
    if (run.options.progress) {
        run.options.progress(run.progress);
    }
    return Ok{};
}

} // namespace postbag::transfer
