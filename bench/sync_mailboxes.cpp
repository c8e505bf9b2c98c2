// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_mailboxes.h"

#include "store_mailgen.h"
#include "tests/support/DovecotServer.h"

#include <QDir>
#include <QFile>

namespace postbag::bench {

MailboxFiller::MailboxFiller(testing::DovecotServer& server, QString scratchDir)
    : m_server(server), m_scratch(std::move(scratchDir))
{
}

bool MailboxFiller::addUser(const QString& label, Dataset* out, QString* error)
{
    out->label = label;
    out->user = label;
    out->user.remove(u'-');
    if (!m_server.addUser(out->user, QStringLiteral("pw"))) {
        *error = m_server.errorString();
        return false;
    }
    return true;
}

bool MailboxFiller::addGenerated(const QString& label, const QList<QByteArray>& seeds, int count,
                                 Dataset* out, QString* error)
{
    if (!addUser(label, out, error))
        return false;
    const QString root = m_scratch + QStringLiteral("/gen-") + out->user;
    const Maildir md = generateMaildir(root, seeds, count);
    if (md.root.isEmpty()) {
        *error = QStringLiteral("cannot generate ") + root;
        return false;
    }
    for (const MaildirEntry& e : md.entries) {
        if (!m_server.deliverFile(out->user, e.path)) {
            *error = m_server.errorString();
            return false;
        }
        out->bytes += e.size;
    }
    out->messages = int(md.entries.size());
    QDir(root).removeRecursively();
    return true;
}

bool MailboxFiller::addMessages(const QString& label, const QList<QByteArray>& messages,
                                Dataset* out, QString* error)
{
    if (!addUser(label, out, error))
        return false;
    for (const QByteArray& m : messages) {
        if (!m_server.deliver(out->user, m)) {
            *error = m_server.errorString();
            return false;
        }
        out->bytes += m.size();
    }
    out->messages = int(messages.size());
    return true;
}

} // namespace postbag::bench
