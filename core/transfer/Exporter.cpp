// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/transfer/Exporter.h"

#include "core/mailbox/EmlFile.h"
#include "core/mailbox/FileProblem.h"
#include "core/mailbox/MboxWriter.h"
#include "core/store/MessageStore.h"

#include <QSaveFile>

namespace postbag::transfer {

Result<ExportReport> Exporter::exportFolder(qint64 folderId, const QString& mboxPath,
                                            const ExportOptions& options)
{
    QSaveFile file(mboxPath);
    if (!file.open(QIODevice::WriteOnly)) {
        return mailbox::writeError(&file, mboxPath);
    }
    auto report = exportFolder(folderId, file, options);
    if (!report) {
        file.cancelWriting();
        return report;
    }
    if (!file.commit()) {
        return mailbox::writeError(&file, mboxPath);
    }
    return report;
}

Result<ExportReport> Exporter::exportFolder(qint64 folderId, QIODevice& device,
                                            const ExportOptions& options)
{
    store::MessageStore messages(m_db);
    const auto ids = messages.ids(folderId);
    if (!ids) {
        return ids.error();
    }
    mailbox::MboxWriter writer(device);
    ExportReport report;
    for (const qint64 id : ids.value()) {
        if (options.cancelled && options.cancelled()) {
            return Error::make(ErrorCode::Cancelled);
        }
        const auto raw = messages.raw(id);
        const auto envelope = messages.envelope(id);
        const auto summary = messages.summary(id);
        if (!raw || !envelope || !summary) {
            return !raw ? raw.error() : !envelope ? envelope.error() : summary.error();
        }
        Status written = Ok{};
        if (!envelope->isEmpty()) {
            written = writer.write(raw.value(), envelope.value());
        } else {
            written = writer.write(raw.value(), summary->fromAddress.toUtf8(), summary->receivedAt);
        }
        report.headersOnly += summary->headersOnly ? 1 : 0;
        if (!written) {
            return written.error();
        }
        ++report.messages;
        if (options.progress) {
            options.progress(report.messages, ids->size());
        }
    }
    report.bytes = writer.bytesWritten();
    return report;
}

Status Exporter::exportMessage(qint64 messageId, const QString& emlPath)
{
    const auto raw = store::MessageStore(m_db).raw(messageId);
    if (!raw) {
        return raw.error();
    }
    return mailbox::EmlFile::write(emlPath, raw.value());
}

} // namespace postbag::transfer
