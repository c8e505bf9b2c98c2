// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncJob's fetch phase: the request window, per-message caps, preparing and storing in batches,
// and settling what was stored before anything is deleted. Split from SyncJob.cpp by phase.
#include "core/sync/SyncJob.h"

#include "core/common/Logging.h"
#include "core/mime/MessageParser.h"
#include "core/store/MessageStore.h"
#include "core/sync/MessagePreparer.h"

#include <algorithm>

namespace postbag::sync {

void SyncJob::fetch()
{
    // A batch is at most half the window, so one can fill while the other is written.
    m_writer = new StoreWriter(
        m_db, qMin(m_request.batchMessages, kFetchWindow / 2),
        qMin(m_request.batchBytes, kFetchWindowBytes / 2),
        [this](int messages, qint64 weight, const Status& s) { onStored(messages, weight, s); }, this);
    m_preparer = new MessagePreparer([this](store::NewMessage m) { onPrepared(std::move(m)); },
                                     MessagePreparer::defaultThreads(), this);
    m_nextToFetch = 0;
    m_fetched = 0;
    m_fetchedBytes = 0;
    m_inFlight = 0;
    m_inFlightBytes = 0;
    m_preparing.clear();
    m_storeFailed = false;
    fillWindow();
}

void SyncJob::fillWindow()
{
    // A message counts from its RETR until its batch is committed, so the window
    // bounds the bytes held in memory (downloading and preparing) whatever the mailbox's size,
    // and a slow parse or disk slows the download down instead of piling messages up.
    while (m_nextToFetch < m_new.size() && !m_fetchError && !m_cancelled
           && (m_inFlight == 0 || (m_inFlight < kFetchWindow && m_inFlightBytes < kFetchWindowBytes))) {
        const ServerMessage& m = m_new.at(m_nextToFetch++);
        ++m_inFlight;
        m_inFlightBytes += m.size;
        const bool completing = m_request.completeBodies.contains(m.uid);
        // Without UIDL and TOP a message has no identity but its whole bytes: fetch it whole.
        // A server whose CAPA lacks TOP gets RETR (one without CAPA is tried, see onFetched).
        const pop3::Capabilities& caps = m_client->capabilities();
        const bool headersOnly = !completing && !m.identifyByBytes &&
                                 m_request.sizeLimitBytes > 0 && m.sizeKnown &&
                                 m.size > m_request.sizeLimitBytes && (!caps.known || caps.top);
        request(m, headersOnly);
    }
    if (m_writer && (m_nextToFetch == m_new.size() || m_fetchError || m_cancelled))
        m_writer->drain(); // nothing more to batch with: the last messages go as they come
}

qint64 SyncJob::capFor(const ServerMessage& m)
{
    // Twice the LIST size (a server that counts bare LF sends up to two bytes for each one it
    // counted) and 64 KiB of slack, so the fetch window, counted in LIST sizes, still bounds what
    // is held (1024 messages listed as tiny hold 64 MB at most); never beyond the session's hard
    // limit.
    constexpr qint64 kHard = pop3::Session::kMaxMessageBytes;
    return m.sizeKnown ? qMin(kHard, 2 * m.size + 64 * 1024) : kHard;
}

void SyncJob::request(const ServerMessage& m, bool headersOnly)
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
        m_client->session().top(m.number, 0, sink, done, capFor(m));
    else
        m_client->session().retr(m.number, sink, done, capFor(m));
}

void SyncJob::onFetched(const ServerMessage& message, QByteArray bytes, bool headersOnly,
                        const Result<qint64>& result)
{
    // TOP refused by a server without CAPA (it may lack TOP): the whole message instead, or it
    // would be skipped on every sync and never arrive. It keeps its place in the window. A server
    // whose CAPA lists TOP refused this once: the message waits for the next sync, never a RETR
    // of something the size limit keeps out.
    if (!result.ok() && headersOnly && result.error().kind == ErrorKind::Command && m_client &&
        !m_client->capabilities().known && !m_fetchError && !m_cancelled && !m_storeFailed)
        return request(message, false);
    if (!result.ok()) {
        if (result.error().code == ErrorCode::MessageTooLarge) {
            // Read to its end and dropped: the others come as usual; it is tried next time.
            qCWarning(lcSync) << "message" << message.number << "sent" << result.error().serverText
                              << "bytes, LIST said" << message.size << "; skipped";
            ++m_report.skipped.tooLarge;
        } else if (result.error().kind == ErrorKind::Command) {
            ++m_report.skipped
                  .refused; // e.g. deleted by another client meanwhile; fetched next time
        } else if (!m_fetchError) {
            m_fetchError = result.error();
        }
        return settle(1, message.size);
    }
    if (m_storeFailed)
        return settle(1, message.size);
    ServerMessage m = message;
    if (m.identifyByBytes)
        m.uid = m_server.identifyFetched(m.index, bytes);
    ++m_fetched;
    if (m.identifyByBytes && m_seen.contains(m.uid)) {
        ++m_report.duplicates;
    } else if (const qint64 stored = m_request.completeBodies.value(m.uid); stored != 0) {
        // The rest of a headers-only message: replace it in place (same row, same folder).
        const QDateTime now = m_request.clock();
        const mime::ParsedMessage parsed = mime::MessageParser::parse(bytes, now);
        const Status s = store::MessageStore(m_db).replaceBody(
            stored, toNewMessage(parsed, bytes, {m_request.accountId, m_request.folderId, m.uid, now, false}));
        if (!s.ok() && s.error().code == ErrorCode::NoSuchMessage) {
            m_request.completeBodies.remove(m.uid); // deleted here meanwhile: nothing to complete
        } else if (!s.ok()) {
            storeFailed(s.error());
        } else {
            ++m_report.completed;
            m_report.bytes += bytes.size();
            m_fetchedBytes += bytes.size();
            m_request.completeBodies.remove(m.uid); // done: a retry must not fetch it again
        }
    } else {
        m_seen.insert(m.uid);
        m_report.bytes += bytes.size();
        m_fetchedBytes += bytes.size();
        m_report.headersOnly += headersOnly ? 1 : 0;
        emitProgress();
        // Settled when its rows reach the writer (onPrepared, in this order).
        m_preparing.enqueue(message.size);
        return m_preparer->submit(std::move(bytes), {m_request.accountId, m_request.folderId, m.uid,
                                                     m_request.clock(), headersOnly});
    }
    emitProgress();
    settle(1, message.size);
}

void SyncJob::onPrepared(store::NewMessage message)
{
    const qint64 size = m_preparing.dequeue();
    if (m_storeFailed)
        return settle(1, size);
    m_writer->add(std::move(message), size); // settled when its batch is done (onStored)
}

void SyncJob::onStored(int messages, qint64 weight, const Status& status)
{
    if (!status.ok() && !m_storeFailed)
        storeFailed(status.error());
    settle(messages, weight);
}

void SyncJob::storeFailed(const Error& error)
{
    m_storeFailed = true;
    m_fetchError = error; // the store's error, not the network's, is what the user must see
    m_client->abort();     // stop the download: nothing more can be stored
}

void SyncJob::settle(int messages, qint64 bytes)
{
    m_inFlight -= messages;
    m_inFlightBytes -= bytes;
    fillWindow();
    // A command on a connection that is already gone fails within fillWindow, and that failure
    // may have finished the fetching (and the job) already.
    if (!m_writer)
        return;
    const bool stopped = m_fetchError || m_cancelled;
    if (m_inFlight == 0 && (stopped || m_nextToFetch == m_new.size()))
        finishFetching();
}

void SyncJob::finishFetching()
{
    // Nothing is in flight: every batch is done (a failed one set m_fetchError), and complete
    // messages were kept whatever happened to the rest.
    m_report.downloaded += m_writer->stored();
    m_report.duplicates += m_writer->duplicates();
    m_writer->deleteLater(); // we may be inside its `done`
    m_writer = nullptr;
    m_preparer->deleteLater(); // we may be inside its hand-over
    m_preparer = nullptr;
    if (m_cancelled)
        return finish();
    if (m_fetchError) {
        if (m_fetchError->code == ErrorCode::PipeliningBroken && !m_report.pipeliningRetried) {
            qCInfo(lcSync) << "server broke under pipelining; retrying one command at a time";
            m_report.pipeliningRetried = true;
            m_request.login.allowPipelining = false;
            m_fetchError.reset();
            m_phase = SyncPhase::Connecting;
            return step();
        }
        return fail(*m_fetchError);
    }
    // The writer made its own commits durable (StoreWriter); completed bodies were committed
    // on this connection.
    if (Status durable = m_db.makeDurable(); !durable.ok())
        return fail(durable.error());
    rememberListing();
    m_phase = SyncPhase::Deleting;
    step();
}

} // namespace postbag::sync
