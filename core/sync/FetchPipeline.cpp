// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/FetchPipeline.h"

#include "core/common/Logging.h"
#include "core/sync/MessagePreparer.h"
#include "core/sync/SeenUidls.h"

#include <algorithm>

namespace postbag::sync {

FetchPipeline::FetchPipeline(store::Database& db, pop3::Client& client, SyncRequest& request,
                             ServerListing& server, SeenUidls& seen, Tally tally, Finished finished,
                             QObject* parent)
    : QObject(parent), m_db(db), m_client(client), m_request(request), m_server(server),
      m_seen(seen), m_tally(std::move(tally)), m_finished(std::move(finished))
{
}

FetchPipeline::~FetchPipeline() = default;

void FetchPipeline::start(QList<ServerMessage> messages, const QList<pop3::ListEntry>& sizes)
{
    QHash<int, qint64> sizeOf;
    sizeOf.reserve(sizes.size());
    for (const pop3::ListEntry& e : sizes)
        sizeOf.insert(e.number, e.octets);
    m_messages = std::move(messages);
    SyncProgress& progress = m_tally.progress;
    progress.current = 0;
    progress.bytes = 0;
    progress.totalBytes = 0;
    for (ServerMessage& m : m_messages) {
        // A size no mailbox has (a broken or hostile LIST) must not overflow the sums. One
        // LIST does not give may be anything up to the hard cap: it fills the byte window.
        m.sizeKnown = sizeOf.contains(m.number);
        m.size = m.sizeKnown ? std::clamp<qint64>(sizeOf.value(m.number), 0, qint64(1) << 40)
                             : kWindowBytes;
        progress.totalBytes += m.size;
    }
    // A batch is at most half the window, so one can fill while the other is written.
    m_writer = new StoreWriter(
        m_db, qMin(m_request.batchMessages, kWindow / 2),
        qMin(m_request.batchBytes, kWindowBytes / 2),
        [this](const StoreWriter::Written& written) { onWritten(written); }, this);
    m_preparer = new MessagePreparer([this](store::NewMessage m) { onPrepared(std::move(m)); },
                                     MessagePreparer::defaultThreads(), this);
    m_tally.changed();
    fillWindow();
}

void FetchPipeline::stop()
{
    m_stopped = true;
}

void FetchPipeline::fillWindow()
{
    // A message counts from its RETR until its batch is committed, so the window
    // bounds the bytes held in memory (downloading and preparing) whatever the mailbox's size,
    // and a slow parse or disk slows the download down instead of piling messages up.
    while (m_next < m_messages.size() && !m_error && !m_stopped &&
           (m_inFlight == 0 || (m_inFlight < kWindow && m_inFlightBytes < kWindowBytes))) {
        const ServerMessage& m = m_messages.at(m_next++);
        ++m_inFlight;
        m_inFlightBytes += m.size;
        const bool completing = m_request.completeBodies.contains(m.uid);
        // Without UIDL and TOP a message has no identity but its whole bytes: fetch it whole.
        // A server whose CAPA lacks TOP gets RETR (one without CAPA is tried, see onFetched).
        const pop3::Capabilities& caps = m_client.capabilities();
        const bool headersOnly = !completing && !m.identifyByBytes &&
                                 m_request.sizeLimitBytes > 0 && m.sizeKnown &&
                                 m.size > m_request.sizeLimitBytes && (!caps.known || caps.top);
        request(m, headersOnly);
    }
    if (!m_ended && (m_next == m_messages.size() || m_error || m_stopped))
        m_writer->drain(); // nothing more to batch with: the last messages go as they come
}

qint64 FetchPipeline::capFor(const ServerMessage& m)
{
    // Twice the LIST size (a server that counts bare LF sends up to two bytes for each one it
    // counted) and 64 KiB of slack, so the fetch window, counted in LIST sizes, still bounds what
    // is held (1024 messages listed as tiny hold 64 MB at most); never beyond the session's hard
    // limit.
    constexpr qint64 kHard = pop3::Session::kMaxMessageBytes;
    return m.sizeKnown ? qMin(kHard, 2 * m.size + 64 * 1024) : kHard;
}

void FetchPipeline::request(const ServerMessage& m, bool headersOnly)
{
    auto bytes = std::make_shared<QByteArray>();
    auto sink = [bytes, size = m.size](QByteArrayView chunk) {
        if (bytes->isEmpty())
            bytes->reserve(qMin<qint64>(size, 64 * 1024 * 1024) + 64);
        bytes->append(chunk);
    };
    auto done = [this, m, bytes, headersOnly](const Result<qint64>& r) {
        onFetched(m, std::move(*bytes), headersOnly, r);
    };
    if (headersOnly)
        m_client.session().top(m.number, 0, sink, done, capFor(m));
    else
        m_client.session().retr(m.number, sink, done, capFor(m));
}

void FetchPipeline::onFetched(const ServerMessage& message, QByteArray bytes, bool headersOnly,
                              const Result<qint64>& result)
{
    SyncReport& report = m_tally.report;
    // TOP refused by a server without CAPA (it may lack TOP): the whole message instead, or it
    // would be skipped on every sync and never arrive. It keeps its place in the window. A server
    // whose CAPA lists TOP refused this once: the message waits for the next sync, never a RETR
    // of something the size limit keeps out.
    if (!result.ok() && headersOnly && result.error().kind == ErrorKind::Command &&
        !m_client.capabilities().known && !m_error && !m_stopped && !m_storeFailed)
        return request(message, false);
    if (!result.ok()) {
        if (result.error().code == ErrorCode::MessageTooLarge) {
            // Read to its end and dropped: the others come as usual; it is tried next time.
            qCWarning(lcSync) << "message" << message.number << "sent" << result.error().serverText
                              << "bytes, LIST said" << message.size << "; skipped";
            ++report.skipped.tooLarge;
        } else if (result.error().kind == ErrorKind::Command) {
            ++report.skipped.refused; // e.g. deleted by another client meanwhile; fetched next time
        } else if (!m_error) {
            m_error = result.error();
        }
        return settle(1, message.size);
    }
    if (m_storeFailed)
        return settle(1, message.size);
    ServerMessage m = message;
    if (m.identifyByBytes)
        m.uid = m_server.identifyFetched(m.index, bytes);
    SyncProgress& progress = m_tally.progress;
    ++progress.current;
    if (m.identifyByBytes && m_seen.contains(m.uid)) {
        ++report.duplicates;
        m_tally.changed();
        return settle(1, message.size);
    }
    // The rest of a headers-only message replaces it in place (same row, same folder).
    const qint64 completes = m_request.completeBodies.value(m.uid);
    if (completes == 0) {
        m_seen.insert(m.uid);
        report.headersOnly += headersOnly ? 1 : 0;
    }
    report.bytes += bytes.size();
    progress.bytes += bytes.size();
    m_tally.changed();
    // Settled when its rows are written (onWritten), after the preparer hands them over in order.
    m_preparing.enqueue({message.size, completes});
    m_preparer->submit(std::move(bytes), {m_request.accountId, m_request.folderId, m.uid,
                                          m_request.clock(), headersOnly && completes == 0});
}

void FetchPipeline::onPrepared(store::NewMessage message)
{
    const Preparing preparing = m_preparing.dequeue();
    if (m_storeFailed)
        return settle(1, preparing.size);
    if (preparing.completes != 0)
        m_writer->complete(preparing.completes, std::move(message), preparing.size);
    else
        m_writer->add(std::move(message), preparing.size);
}

void FetchPipeline::onWritten(const StoreWriter::Written& written)
{
    SyncReport& report = m_tally.report;
    report.downloaded += written.stored;
    report.duplicates += written.duplicates;
    // Done, or deleted here meanwhile: either way a retry must not fetch it again.
    for (const QString& uid : written.completed) {
        ++report.completed;
        m_request.completeBodies.remove(uid);
    }
    for (const QString& uid : written.gone)
        m_request.completeBodies.remove(uid);
    if (!written.status.ok() && !m_storeFailed)
        storeFailed(written.status.error());
    settle(written.messages, written.weight);
}

void FetchPipeline::storeFailed(const Error& error)
{
    m_storeFailed = true;
    m_error = error;  // the store's error, not the network's, is what the user must see
    m_client.abort(); // stop the download: nothing more can be stored
}

void FetchPipeline::settle(int messages, qint64 bytes)
{
    m_inFlight -= messages;
    m_inFlightBytes -= bytes;
    fillWindow();
    // A command on a connection that is already gone fails within fillWindow, and that failure
    // may have ended the fetch already.
    if (m_ended)
        return;
    const bool stopped = m_error || m_stopped;
    if (m_inFlight == 0 && (stopped || m_next == m_messages.size()))
        end();
}

void FetchPipeline::end()
{
    // Nothing is in flight: every batch is done (a failed one set m_error), and complete
    // messages were kept whatever happened to the rest.
    m_ended = true;
    m_finished(m_error);
}

} // namespace postbag::sync
