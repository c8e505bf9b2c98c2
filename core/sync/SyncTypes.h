// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/ProtocolLog.h"
#include "core/pop3/Client.h"
#include "core/sync/DeletionPolicy.h"

#include <QDateTime>
#include <QHash>
#include <functional>
#include <memory>
#include <optional>

namespace postbag::sync {

using TransportFactory = transport::TransportFactory;
using Clock = std::function<QDateTime()>;

// Everything one sync of one account needs, resolved (password included) before it starts.
struct SyncRequest
{
    qint64 accountId = 0;
    qint64 folderId = 0; // where new mail goes
    transport::Endpoint endpoint;
    pop3::LoginOptions login;
    DeletionPolicy policy;
    qint64 sizeLimitBytes = 0; // above it: headers only (TOP n 0); 0: no limit
    int batchMessages = 200;
    qint64 batchBytes = 16 * 1024 * 1024;
    // Headers-only messages to complete in this sync: their UIDL → the stored message's id.
    QHash<QString, qint64> completeBodies;
    ProtocolLog* protocolLog = nullptr;
    Clock clock = [] { return QDateTime::currentDateTimeUtc(); };
};

enum class SyncPhase { Idle, Connecting, Listing, Fetching, Deleting, Quitting, Done, Failed, Cancelled };

struct SyncProgress
{
    SyncPhase phase = SyncPhase::Idle;
    int current = 0; // message i of total in Fetching
    int total = 0;
    qint64 bytes = 0;
    qint64 totalBytes = 0;
};

// Listed messages this sync did not download, by why. None is silent: each is counted here, and
// looked for again on the next sync.
struct SkippedMessages
{
    int unreadable = 0; // a listing line, or a TOP answer, that gave the message no identity
    int refused = 0;    // the server answered -ERR to its RETR (e.g. deleted meanwhile)
    int tooLarge = 0;   // it sent more than the LIST size allows (pop3::Session::kMaxMessageBytes)
    int overListingLimit = 0; // beyond the lines one listing may hold (pop3::Listing)
    [[nodiscard]] int total() const { return unreadable + refused + tooLarge + overListingLimit; }
};

// What one sync did. `deletionsConfirmed` is true only when the server answered +OK to the QUIT
// that followed the DELEs: before that, no deletion happened.
struct SyncReport
{
    int onServer = 0; // every message the server listed, readable or not
    int newOnServer = 0;
    int downloaded = 0;
    int duplicates = 0;
    int headersOnly = 0;
    int completed = 0; // headers-only messages whose body was fetched
    // Headers-only messages (ids) whose body was asked for but not sent in a successful sync:
    // the server no longer lists them or refused them. Nothing asks for them again by itself.
    QList<qint64> bodiesUnavailable;
    SkippedMessages skipped;
    // Messages whose UIDL the server gives to another message as well (RFC 1939 forbids it):
    // they were told apart by their headers (ServerListing).
    int repeatedUidls = 0;
    // Listed messages this client holds (or keeps headers of) and leaves on the server: what the
    // listing holds, less what was skipped and what this sync removed. Set by a successful sync.
    int keptOnServer = 0;
    qint64 bytes = 0;
    int deletionsRequested = 0;
    bool deletionsConfirmed = false;
    bool pipeliningRetried = false;
    // The server listed exactly what the last check found fully recorded, so the record of seen
    // UIDLs was not read at all.
    bool listingRecognised = false;
    std::optional<int> loginDelaySeconds; // the server's LOGIN-DELAY, when it announced one
    std::optional<Error> error;
    [[nodiscard]] bool ok() const { return !error.has_value(); }
};

[[nodiscard]] QString phaseName(SyncPhase phase);

} // namespace postbag::sync
