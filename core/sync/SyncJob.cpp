// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncJob.h"

#include "core/common/Logging.h"
#include "core/mime/MessageParser.h"
#include "core/store/MessageStore.h"
#include "core/store/RawCodec.h"
#include "core/store/UidlStore.h"
#include "core/sync/MessagePreparer.h"
#include "core/sync/MessageRecord.h"

#include <QCryptographicHash>
#include <algorithm>

namespace postbag::sync {

namespace {
// A stable identity for servers without UIDL: the hash of the message's header block.
QString identityOf(const char* prefix, const QByteArray& bytes)
{
    return QString::fromLatin1(prefix)
           + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}
} // namespace

SyncJob::SyncJob(store::Database& db, TransportFactory transports, SyncRequest request, QObject* parent)
    : QObject(parent), m_db(db), m_transports(std::move(transports)), m_request(std::move(request))
{
}

SyncJob::~SyncJob() = default;

void SyncJob::start()
{
    if (m_phase != SyncPhase::Idle)
        return;
    m_phase = SyncPhase::Connecting;
    step();
}

void SyncJob::provideSecret(Result<QString> secret)
{
    if (!m_request.login.secretPending ||
        (m_phase != SyncPhase::Idle && m_phase != SyncPhase::Connecting))
        return;
    m_request.login.secretPending = false;
    if (!secret.ok())
        return fail(secret.error());
    m_request.login.credentials.secret = secret.value();
    if (std::exchange(m_reconnectWithSecret, false))
        return connectAndLogin();
    if (m_client) {
        m_secretCameWhileConnected = true;
        m_client->provideSecret(std::move(secret));
    }
}

void SyncJob::cancel()
{
    if (m_phase == SyncPhase::Done || m_phase == SyncPhase::Failed || m_phase == SyncPhase::Cancelled)
        return;
    m_cancelled = true;
    if (m_client)
        m_client->abort(); // every pending command completes with Cancelled
    else
        finish();
}

void SyncJob::step()
{
    emitProgress();
    switch (m_phase) {
    case SyncPhase::Connecting:
        return connectAndLogin();
    case SyncPhase::Listing:
        return listMessages();
    case SyncPhase::Fetching:
        return fetch();
    case SyncPhase::Deleting:
        return deleteAndQuit();
    case SyncPhase::Idle:
    case SyncPhase::Quitting:
    case SyncPhase::Done:
    case SyncPhase::Failed:
    case SyncPhase::Cancelled:
        return;
    }
}

void SyncJob::connectAndLogin()
{
    if (m_client)
        m_client.release()->deleteLater(); // we may be inside one of its callbacks
    m_client = std::make_unique<pop3::Client>(m_transports());
    m_client->setProtocolLog(m_request.protocolLog);
    // The fetch window (fillWindow) is what bounds the RETRs outstanding; the session's own
    // default would cap them at 256 messages per round trip, far less than a slow link carries.
    pop3::LoginOptions login = m_request.login;
    login.pipelineWindow = qMax(login.pipelineWindow, kFetchWindow);
    login.earlyLogin = true; // STAT and UIDL go with the last CAPA (see listMessages)
    m_client->connectAndLogin(m_request.endpoint, login, [this](Result<pop3::LoginInfo> r) {
        const auto hungUp = [](ErrorCode c) {
            return c == ErrorCode::ConnectionClosed || c == ErrorCode::UnexpectedEnd ||
                   c == ErrorCode::NetworkError;
        };
        // The server gave up on us while a keyring prompt or password command was still
        // answering: connect again, once, when the secret is here. A hang-up that reaches us
        // only after the secret came (the two crossed) is the same case: connect again now.
        const bool raced = std::exchange(m_secretCameWhileConnected, false);
        const bool waiting = m_request.login.secretPending;
        if (!r.ok() && (waiting || raced) && !m_cancelled && hungUp(r.error().code)) {
            m_client.release()->deleteLater(); // we are inside its callback
            if (waiting) {
                m_reconnectWithSecret = true;
                return;
            }
            return connectAndLogin();
        }
        if (!r.ok()) {
            // A login refused with [LOGIN-DELAY]: the delay the server announced before login
            // is the one to wait (SyncPolicy::nextAttempt).
            if (m_client)
                m_report.loginDelaySeconds = m_client->capabilities().loginDelaySeconds;
            return fail(r.error());
        }
        m_phase = SyncPhase::Listing;
        step();
    });
}

void SyncJob::listMessages()
{
    // STAT and UIDL leave together: one round trip, not two, when the server pipelines (the
    // session sends them one after the other when it does not). A failed STAT ends the job; the
    // UIDL answer that may still arrive is then ignored.
    auto count = std::make_shared<int>(-1);
    m_client->session().stat([this, count](Result<pop3::StatInfo> stat) {
        // The CAPA after login was answered before this (LoginOptions::earlyLogin).
        if (m_client)
            m_report.loginDelaySeconds = m_client->capabilities().loginDelaySeconds;
        if (!stat.ok())
            return fail(stat.error());
        *count = stat->count;
    });
    m_client->session().uidl([this, count](Result<pop3::Listing<pop3::UidlEntry>> uidl) {
        if (*count < 0)
            return;
        m_server.clear();
        if (*count == 0)
            return selectNew();
        if (!uidl.ok()) {
            if (uidl.error().code == ErrorCode::CommandUnsupported)
                return identifyByTop(*count);
            return fail(uidl.error());
        }
        for (const pop3::UidlEntry& e : uidl->entries)
            m_server.append({e.number, QString::fromLatin1(e.uid), 0});
        // Messages on malformed lines have no identity this time: they are left alone.
        m_report.skipped += int(uidl->malformedLines.size());
        selectNew();
    });
}

void SyncJob::identifyByTop(int count)
{
    qCInfo(lcSync) << "server has no UIDL; identifying" << count << "messages by their headers";
    auto remaining = std::make_shared<int>(count);
    auto unsupported = std::make_shared<bool>(false);
    for (int n = 1; n <= count; ++n) {
        auto headers = std::make_shared<QByteArray>();
        m_client->session().top(n, 0, [headers](QByteArrayView b) { headers->append(b); },
                                [this, n, count, headers, remaining, unsupported](Result<qint64> r) {
                                    if (r.ok())
                                        m_server.append({n, identityOf("top-", *headers), 0});
                                    else if (r.error().code == ErrorCode::CommandUnsupported)
                                        *unsupported = true;
                                    else if (r.error().kind != ErrorKind::Command)
                                        return fail(r.error());
                                    if (--*remaining > 0)
                                        return;
                                    // A server without CAPA cannot say it lacks TOP: when TOP
                                    // answered for no message at all, it is not there.
                                    if (*unsupported ||
                                        m_server.isEmpty()) { // fetch all, identify after
                                        m_identityAfterFetch = true;
                                        m_server.clear();
                                        for (int i = 1; i <= count; ++i)
                                            m_server.append({i, QString(), 0});
                                    }
                                    selectNew();
                                });
    }
}

QByteArray SyncJob::listingDigest() const
{
    QByteArray listing;
    listing.reserve(m_server.size() * 32);
    for (const ServerMessage& m : m_server)
        listing += QByteArray::number(m.number) + ' ' + m.uid.toUtf8() + '\n';
    return store::RawCodec::sha256(listing);
}

void SyncJob::rememberListing()
{
    // Only when every listed UIDL is recorded (durably): nothing skipped, no identities that
    // exist only after a fetch. The next identical listing can then skip the table.
    if (m_listingDigest.isEmpty() || m_report.skipped > 0)
        return;
    if (Status s = store::UidlStore(m_db).setKnownListing(m_request.accountId, m_listingDigest); !s.ok())
        qCWarning(lcSync) << "could not record the listing:" << s.error().toLogString();
}

void SyncJob::selectNew()
{
    store::UidlStore uidls(m_db);
    m_new.clear();
    m_report.onServer = int(m_server.size());
    // The same listing as the last one found fully recorded has nothing new: no table read.
    const QByteArray digest = m_identityAfterFetch ? QByteArray() : listingDigest();
    m_listingDigest = digest;
    if (!digest.isEmpty() && m_request.completeBodies.isEmpty()) {
        if (const auto known = uidls.knownListing(m_request.accountId); known.ok() && known.value() == digest) {
            m_report.listingRecognised = true;
            m_report.newOnServer = 0;
            m_phase = SyncPhase::Deleting;
            return step();
        }
    }
    auto seen = uidls.seen(m_request.accountId);
    if (!seen.ok())
        return fail(seen.error());
    m_seen = std::move(seen).value();
    QSet<QString> listed;
    for (const ServerMessage& m : std::as_const(m_server)) {
        const bool complete = m_request.completeBodies.contains(m.uid);
        if (m_identityAfterFetch || complete || (!m_seen.contains(m.uid) && !listed.contains(m.uid)))
            m_new.append(m);
        listed.insert(m.uid);
    }
    // On the retry after broken pipelining, what the first connection stored was new as well.
    const int earlier = m_identityAfterFetch ? 0 : m_report.downloaded + m_report.completed;
    m_report.newOnServer = earlier + int(m_new.size());
    if (m_new.isEmpty()) { // the cheap path: nothing new, no LIST, no RETR
        rememberListing();
        m_phase = SyncPhase::Deleting;
        return step();
    }
    m_client->session().list([this](Result<pop3::Listing<pop3::ListEntry>> list) {
        if (!list.ok())
            return fail(list.error());
        QHash<int, qint64> sizes;
        for (const pop3::ListEntry& e : list->entries)
            sizes.insert(e.number, e.octets);
        m_totalBytes = 0;
        for (ServerMessage& m : m_new) {
            // A size no mailbox has (a broken or hostile LIST) must not overflow the sums.
            m.size = std::clamp<qint64>(sizes.value(m.number), 0, qint64(1) << 40);
            m_totalBytes += m.size;
        }
        m_phase = SyncPhase::Fetching;
        step();
    });
}

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
        const bool headersOnly = !completing && !m_identityAfterFetch &&
                                 m_request.sizeLimitBytes > 0 &&
                                 m.size > m_request.sizeLimitBytes && (!caps.known || caps.top);
        request(m, headersOnly);
    }
    if (m_writer && (m_nextToFetch == m_new.size() || m_fetchError || m_cancelled))
        m_writer->drain(); // nothing more to batch with: the last messages go as they come
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
        m_client->session().top(m.number, 0, sink, done);
    else
        m_client->session().retr(m.number, sink, done);
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
        if (result.error().kind == ErrorKind::Command)
            ++m_report.skipped; // e.g. deleted by another client meanwhile; fetched next time
        else if (!m_fetchError)
            m_fetchError = result.error();
        return settle(1, message.size);
    }
    if (m_storeFailed)
        return settle(1, message.size);
    ServerMessage m = message;
    if (m_identityAfterFetch) {
        m.uid = identityOf("msg-", bytes);
        m_server[m.number - 1].uid = m.uid;
    }
    ++m_fetched;
    if (m_identityAfterFetch && m_seen.contains(m.uid)) {
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
    if (Status durable = m_db.makeDurable(); !durable.ok())
        return fail(durable.error());
    rememberListing();
    m_phase = SyncPhase::Deleting;
    step();
}

QSet<QString> SyncJob::serverUids() const
{
    // A UIDL the listing gives to two messages names neither for sure: only the first was
    // fetched, and a DELE by number could hit the other. Such messages are never deleted.
    QSet<QString> uids;
    QSet<QString> twice;
    for (const ServerMessage& m : m_server) {
        if (uids.contains(m.uid))
            twice.insert(m.uid);
        uids.insert(m.uid);
    }
    if (!twice.isEmpty())
        qCWarning(lcSync) << "the server lists" << twice.size()
                          << "UIDL(s) for more than one message; those are left on the server";
    return uids - twice;
}

void SyncJob::deleteAndQuit()
{
    if (m_request.policy.keepsEverything()) // the common leave-on-server check stays cheap
        return quit(std::make_shared<QStringList>());
    auto entries = store::UidlStore(m_db).entries(m_request.accountId);
    if (!entries.ok())
        return fail(entries.error());
    const QStringList doomed = uidlsToDelete(m_request.policy, entries.value(), serverUids(), m_request.clock());
    QHash<QString, int> numberOf;
    for (const ServerMessage& m : std::as_const(m_server))
        numberOf.insert(m.uid, m.number);
    auto accepted = std::make_shared<QStringList>();
    for (const QString& uid : doomed) {
        m_client->session().dele(numberOf.value(uid), [accepted, uid](Status s) {
            if (s.ok())
                accepted->append(uid);
        });
    }
    m_report.deletionsRequested = int(doomed.size());
    quit(accepted);
}

void SyncJob::quit(std::shared_ptr<QStringList> deleted)
{
    m_phase = SyncPhase::Quitting;
    emitProgress();
    // The DELE answers arrive before QUIT's, so `deleted` is complete when QUIT completes.
    m_client->quit([this, deleted](Status s) {
        if (!s.ok()) // no +OK to QUIT: the server deleted nothing
            return fail(s.error());
        store::UidlStore uidls(m_db);
        if (!deleted->isEmpty()) {
            m_report.deletionsConfirmed = true;
            if (Status marked = uidls.markRemovedFromServer(m_request.accountId, *deleted); !marked.ok())
                qCWarning(lcSync) << "could not record deletions:" << marked.error().toLogString();
        }
        m_phase = SyncPhase::Done;
        finish();
    });
}

void SyncJob::fail(const Error& error)
{
    if (m_phase == SyncPhase::Done || m_phase == SyncPhase::Failed || m_phase == SyncPhase::Cancelled)
        return;
    if (m_cancelled)
        return finish();
    m_report.error = error;
    m_phase = SyncPhase::Failed;
    if (m_client)
        m_client->abort();
    finish();
}

void SyncJob::finish()
{
    if (m_cancelled) {
        m_phase = SyncPhase::Cancelled;
        if (!m_report.error)
            m_report.error = Error::make(ErrorCode::Cancelled);
    }
    if (m_client) {
        m_client->abort();
        m_client.release()->deleteLater();
    }
    // A failed sync asks for what is left again (SyncRunner); a successful one found no body
    // to fetch for these: the server no longer lists them, or refused to send them.
    if (m_report.ok()) {
        m_report.bodiesUnavailable = m_request.completeBodies.values();
        std::sort(m_report.bodiesUnavailable.begin(), m_report.bodiesUnavailable.end());
    }
    emitProgress();
    Q_EMIT finished(m_report);
}

void SyncJob::emitProgress()
{
    SyncProgress p;
    p.phase = m_phase;
    p.current = m_fetched;
    p.total = int(m_new.size());
    p.bytes = m_fetchedBytes;
    p.totalBytes = m_totalBytes;
    Q_EMIT progress(p);
}

QString phaseName(SyncPhase phase)
{
    switch (phase) {
    case SyncPhase::Idle:
        return QStringLiteral("idle");
    case SyncPhase::Connecting:
        return QStringLiteral("connecting");
    case SyncPhase::Listing:
        return QStringLiteral("listing");
    case SyncPhase::Fetching:
        return QStringLiteral("fetching");
    case SyncPhase::Deleting:
        return QStringLiteral("deleting");
    case SyncPhase::Quitting:
        return QStringLiteral("quitting");
    case SyncPhase::Done:
        return QStringLiteral("done");
    case SyncPhase::Failed:
        return QStringLiteral("failed");
    case SyncPhase::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace postbag::sync
