// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ServerListing.h"

#include <QCryptographicHash>
#include <algorithm>

namespace postbag::sync {

namespace {
QString compose(const QString& base, const QString& identity)
{
    // A UIDL has no space (the parser keeps its first word): no composed identity can be a UIDL.
    return base.isEmpty() ? identity : base + u' ' + identity;
}
} // namespace

QString ServerListing::digestIdentity(const char* prefix, const QByteArray& sha1)
{
    return QString::fromLatin1(prefix) + QString::fromLatin1(sha1.toHex());
}

ServerListing ServerListing::fromUidl(const QList<pop3::UidlEntry>& entries)
{
    QHash<QByteArray, int> times;
    for (const pop3::UidlEntry& e : entries)
        ++times[e.uid];
    ServerListing l;
    l.m_messages.reserve(entries.size());
    for (const pop3::UidlEntry& e : entries) {
        ServerMessage m;
        m.index = l.m_messages.size();
        m.number = e.number;
        if (times.value(e.uid) > 1) {
            m.base = QString::fromLatin1(e.uid);
            m.needsHeaders = true;
            ++l.m_repeated;
        } else {
            m.uid = QString::fromLatin1(e.uid);
        }
        l.m_messages.append(m);
    }
    return l;
}

ServerListing ServerListing::unnamed(int count)
{
    ServerListing l;
    l.m_messages.reserve(count);
    for (int n = 1; n <= count; ++n) {
        ServerMessage m;
        m.index = n - 1;
        m.number = n;
        m.needsHeaders = true;
        l.m_messages.append(m);
    }
    return l;
}

QList<qsizetype> ServerListing::needingHeaders() const
{
    QList<qsizetype> out;
    for (const ServerMessage& m : m_messages) {
        if (m.needsHeaders)
            out.append(m.index);
    }
    return out;
}

void ServerListing::setHeaderDigest(qsizetype index, const QByteArray& sha1)
{
    ServerMessage& m = m_messages[index];
    m.needsHeaders = false;
    m.uid = compose(m.base, digestIdentity("top-", sha1));
}

void ServerListing::identifyRestByBytes()
{
    for (ServerMessage& m : m_messages) {
        if (m.needsHeaders) {
            m.needsHeaders = false;
            m.unreadable = false;
            m.identifyByBytes = true;
        }
    }
}

void ServerListing::setUnreadable(qsizetype index)
{
    m_messages[index].unreadable = true;
}

void ServerListing::finish()
{
    QHash<QString, int> seen;
    for (ServerMessage& m : m_messages) {
        m.needsHeaders = false;
        if (m.uid.isEmpty())
            continue;
        const int k = ++seen[m.uid];
        if (k > 1) {
            m.group = m.uid;
            m.uid += QStringLiteral(" #%1").arg(k);
        }
    }
    for (ServerMessage& m : m_messages) {
        if (m.group.isEmpty() && seen.value(m.uid) > 1)
            m.group = m.uid;
    }
}

QString ServerListing::identifyFetched(qsizetype index, const QByteArray& bytes)
{
    ServerMessage& m = m_messages[index];
    m.uid = compose(
        m.base, digestIdentity("msg-", QCryptographicHash::hash(bytes, QCryptographicHash::Sha1)));
    return m.uid;
}

bool ServerListing::identitiesFollowFetch() const
{
    return std::any_of(m_messages.cbegin(), m_messages.cend(),
                       [](const ServerMessage& m) { return m.identifyByBytes; });
}

QSet<QString> ServerListing::deletable(const QSet<QString>& held) const
{
    QHash<QString, int> times;
    QSet<QString> incompleteGroups;
    for (const ServerMessage& m : m_messages) {
        if (m.uid.isEmpty())
            continue;
        ++times[m.uid];
        if (!m.group.isEmpty() && !held.contains(m.uid))
            incompleteGroups.insert(m.group);
    }
    QSet<QString> out;
    for (const ServerMessage& m : m_messages) {
        if (m.uid.isEmpty() || times.value(m.uid) > 1)
            continue; // a DELE by number could hit the other message
        if (!m.group.isEmpty() && incompleteGroups.contains(m.group))
            continue; // which one is which is not certain: only when all are stored
        out.insert(m.uid);
    }
    return out;
}

QHash<QString, int> ServerListing::numbers() const
{
    QHash<QString, int> out;
    for (const ServerMessage& m : m_messages) {
        if (!m.uid.isEmpty())
            out.insert(m.uid, m.number);
    }
    return out;
}

} // namespace postbag::sync
