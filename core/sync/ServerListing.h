// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pop3/Replies.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace postbag::sync {

// One message of a server's listing and the identity the store records it under.
struct ServerMessage
{
    qsizetype index = 0; // position in the listing
    int number = 0;      // the server's message number
    QString uid;         // the identity; empty until known
    qint64 size = 0;     // LIST size, when sizeKnown
    bool sizeKnown = false;
    QString base;                 // the UIDL the server gives to other messages too, else empty
    bool needsHeaders = false;    // identity comes from its header block (TOP n 0)
    bool identifyByBytes = false; // identity comes from its whole bytes, once fetched
    bool unreadable = false;      // no identity this sync (its TOP was refused): left alone
    QString group;                // shared by messages whose identities had to be told apart
};

// Gives every message of a listing an identity that stays the same from one sync to the next, so
// each is fetched once and only a stored one is ever deleted. Why: RFC 1939 says a UIDL names one
// message, but servers that build it from a few header lines give several messages the same one,
// and servers without UIDL give none.
// Guarantees: a UIDL listed once is the identity, unchanged (existing profiles keep theirs); a
// UIDL listed for several messages gets "UIDL top-<digest of the header block>" for each (or
// "UIDL msg-<digest of the whole message>" where TOP is refused); without UIDL the identities are
// "top-<digest>" or "msg-<digest>" as before; messages whose identities still coincide (identical
// header blocks) get " #2", " #3" ... in listing order and share a group, of which a member is
// deleted only when every member is stored (deletable()). No two messages keep one identity,
// except whole-byte identities of identical messages, which are never deleted.
class ServerListing
{
public:
    static ServerListing fromUidl(const QList<pop3::UidlEntry>& entries);
    // A server without UIDL: `count` messages numbered from 1, all identified by their headers.
    static ServerListing unnamed(int count);

    [[nodiscard]] QList<ServerMessage>& messages() { return m_messages; }
    [[nodiscard]] const QList<ServerMessage>& messages() const { return m_messages; }
    // Messages that share their UIDL with another one.
    [[nodiscard]] int repeatedUidls() const { return m_repeated; }
    [[nodiscard]] QList<qsizetype> needingHeaders() const;
    // The digest of the header block, streamed in as TOP n 0 delivers it.
    void setHeaderDigest(qsizetype index, const QByteArray& sha1);
    // TOP unsupported (or answered for none): every message still waiting is identified by its
    // whole bytes once fetched.
    void identifyRestByBytes();
    void setUnreadable(qsizetype index);
    // Tells coinciding identities apart; call once every header digest is in.
    void finish();
    // The identity of a message identified by its bytes; it becomes the message's uid.
    QString identifyFetched(qsizetype index, const QByteArray& bytes);
    [[nodiscard]] bool identitiesFollowFetch() const;

    // The identities a deletion may name: every message with an identity, less whole-byte
    // identities listed twice and groups with a member `held` does not contain.
    [[nodiscard]] QSet<QString> deletable(const QSet<QString>& held) const;
    [[nodiscard]] QHash<QString, int> numbers() const;

private:
    [[nodiscard]] static QString digestIdentity(const char* prefix, const QByteArray& sha1);

    QList<ServerMessage> m_messages;
    int m_repeated = 0;
};

} // namespace postbag::sync
