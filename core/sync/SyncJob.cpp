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
        m_server = {};
        m_report.skipped = {}; // a retry on a new connection counts its own listing
        m_report.onServer = *count;
        m_listingComplete = true;
        if (*count == 0)
            return identify();
        if (!uidl.ok()) {
            if (uidl.error().code != ErrorCode::CommandUnsupported)
                return fail(uidl.error());
            // No UIDL: as many messages as STAT claims, up to what one listing may hold.
            constexpr int kMax = int(pop3::Listing<pop3::UidlEntry>::kMaxListingLines);
            m_server = ServerListing::unnamed(qMin(*count, kMax));
            m_report.skipped.overListingLimit += qMax(0, *count - kMax);
        } else {
            m_server = ServerListing::fromUidl(uidl->entries);
            // Messages on malformed lines have no identity this time: they are left alone.
            m_report.skipped.unreadable += int(uidl->malformedLines.size());
            m_report.skipped.overListingLimit += int(uidl->omitted);
            m_report.onServer =
                int(uidl->entries.size() + uidl->malformedLines.size() + uidl->omitted);
        }
        m_report.repeatedUidls = m_server.repeatedUidls();
        if (m_report.repeatedUidls > 0)
            qCWarning(lcSync) << "the server gives" << m_report.repeatedUidls
                              << "messages a UIDL it gives another one too; telling them apart by "
                                 "their headers";
        m_listingComplete = m_report.skipped.total() == 0;
        identify();
    });
}

void SyncJob::identify()
{
    m_toIdentify = m_server.needingHeaders();
    m_nextToIdentify = 0;
    m_identifying = 0;
    m_headersRead = 0;
    m_topUnsupported = false;
    if (m_toIdentify.isEmpty())
        return identified();
    if (m_server.repeatedUidls() == 0)
        qCInfo(lcSync) << "server has no UIDL; identifying" << m_toIdentify.size()
                       << "messages by their headers";
    identifyNext();
}

void SyncJob::identifyNext()
{
    // In windows: a server claiming two billion messages gets at most kTopWindow TOPs at a time,
    // and the job holds one digest state per TOP outstanding, never one per claimed message.
    while (m_phase == SyncPhase::Listing && m_nextToIdentify < m_toIdentify.size() &&
           m_identifying < kTopWindow && !m_topUnsupported) {
        const qsizetype index = m_toIdentify.at(m_nextToIdentify++);
        ++m_identifying;
        auto digest = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha1);
        m_client->session().top(
            m_server.messages().at(index).number, 0,
            [digest](QByteArrayView b) { digest->addData(b); },
            [this, index, digest](const Result<qint64>& r) {
                --m_identifying;
                if (r.ok()) {
                    ++m_headersRead;
                    m_server.setHeaderDigest(index, digest->result());
                } else if (r.error().code == ErrorCode::CommandUnsupported) {
                    m_topUnsupported = true;
                } else if (r.error().kind == ErrorKind::Command ||
                           r.error().code == ErrorCode::MessageTooLarge) {
                    m_server.setUnreadable(index);
                } else {
                    return fail(r.error());
                }
                if (m_phase != SyncPhase::Listing)
                    return;
                if (m_identifying > 0 ||
                    (m_nextToIdentify < m_toIdentify.size() && !m_topUnsupported))
                    return identifyNext();
                identified();
            });
    }
}

void SyncJob::identified()
{
    // TOP refused as a command, or (a server without CAPA cannot say it lacks TOP) answered for
    // no message at all: those messages are fetched whole and identified by their bytes, or
    // they would never arrive.
    if (m_topUnsupported || (!m_toIdentify.isEmpty() && m_headersRead == 0))
        m_server.identifyRestByBytes();
    for (const ServerMessage& m : m_server.messages()) {
        if (m.unreadable) {
            ++m_report.skipped.unreadable;
            m_listingComplete = false;
        }
    }
    m_server.finish();
    selectNew();
}

void SyncJob::forgetRemoved()
{
    // A record of a message removed from the server stays while a listing still holds its UIDL
    // (DeletionPolicy never deletes it twice). Once no listing holds it, it goes: a server that
    // reuses the UIDL for new mail gets that mail downloaded (the store's content check still
    // catches a true repeat), and the table does not grow with every message ever deleted.
    if (!m_listingComplete || m_server.identitiesFollowFetch())
        return;
    QSet<QString> listed;
    for (const ServerMessage& m : m_server.messages())
        listed.insert(m.uid);
    const auto forgotten = store::UidlStore(m_db).forgetRemoved(m_request.accountId, listed);
    if (!forgotten.ok())
        qCWarning(lcSync) << "could not forget removed UIDLs:" << forgotten.error().toLogString();
    else if (forgotten.value() > 0)
        qCInfo(lcSync) << "forgot" << forgotten.value() << "UIDLs the server no longer lists";
}

QByteArray SyncJob::listingDigest() const
{
    QByteArray listing;
    listing.reserve(m_server.messages().size() * 32);
    for (const ServerMessage& m : m_server.messages())
        listing += QByteArray::number(m.number) + ' ' + m.uid.toUtf8() + '\n';
    return store::RawCodec::sha256(listing);
}

void SyncJob::rememberListing()
{
    // Only when every listed UIDL is recorded (durably): nothing skipped, no identities that
    // exist only after a fetch. The next identical listing can then skip the table.
    if (m_listingDigest.isEmpty() || m_report.skipped.total() > 0)
        return;
    if (Status s = store::UidlStore(m_db).setKnownListing(m_request.accountId, m_listingDigest); !s.ok())
        qCWarning(lcSync) << "could not record the listing:" << s.error().toLogString();
}

void SyncJob::selectNew()
{
    store::UidlStore uidls(m_db);
    m_new.clear();
    // The same listing as the last one found fully recorded has nothing new: no table read.
    const bool byBytes = m_server.identitiesFollowFetch();
    const QByteArray digest = byBytes ? QByteArray() : listingDigest();
    m_listingDigest = digest;
    if (!digest.isEmpty() && m_request.completeBodies.isEmpty()) {
        if (const auto known = uidls.knownListing(m_request.accountId); known.ok() && known.value() == digest) {
            m_report.listingRecognised = true;
            m_report.newOnServer = 0;
            m_phase = SyncPhase::Deleting;
            return step();
        }
    }
    forgetRemoved(); // not for a recognised listing: the check that needs no table read stays so
    auto seen = uidls.seen(m_request.accountId);
    if (!seen.ok())
        return fail(seen.error());
    m_seen = std::move(seen).value();
    for (const ServerMessage& m : m_server.messages()) {
        if (m.unreadable)
            continue;
        if (m.identifyByBytes || m_request.completeBodies.contains(m.uid) ||
            !m_seen.contains(m.uid))
            m_new.append(m);
    }
    // On the retry after broken pipelining, what the first connection stored was new as well.
    const int earlier = byBytes ? 0 : m_report.downloaded + m_report.completed;
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
            // A size no mailbox has (a broken or hostile LIST) must not overflow the sums. One
            // LIST does not give may be anything up to the hard cap: it fills the byte window.
            m.sizeKnown = sizes.contains(m.number);
            m.size = m.sizeKnown ? std::clamp<qint64>(sizes.value(m.number), 0, qint64(1) << 40)
                                 : kFetchWindowBytes;
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

QSet<QString> SyncJob::deletableOnServer(const QList<store::UidlEntry>& entries) const
{
    QSet<QString> held;
    for (const store::UidlEntry& e : entries) {
        if (e.messageId != 0 && !e.headersOnly)
            held.insert(e.uidl);
    }
    return m_server.deletable(held);
}

void SyncJob::deleteAndQuit()
{
    if (m_request.policy.keepsEverything()) // the common leave-on-server check stays cheap
        return quit(std::make_shared<QStringList>());
    auto entries = store::UidlStore(m_db).entries(m_request.accountId);
    if (!entries.ok())
        return fail(entries.error());
    const QStringList doomed = uidlsToDelete(m_request.policy, entries.value(),
                                             deletableOnServer(entries.value()), m_request.clock());
    const QHash<QString, int> numberOf = m_server.numbers();
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
        m_report.keptOnServer =
            qMax(0, m_report.onServer - m_report.skipped.total() - int(deleted->size()));
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
