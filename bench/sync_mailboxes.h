// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace postbag::testing {
class DovecotServer;
}

namespace postbag::bench {

// One mailbox of the benchmark as the server holds it.
struct Dataset
{
    QString label;
    QString user;
    int messages = 0;
    qint64 bytes = 0;
};

// Fills the Dovecot fixture with the benchmark's mailboxes, one user per mailbox, password "pw".
// Generated mailboxes use bench/store_mailgen (SpamAssassin messages as seeds, realistic sizes and
// structure, unique Message-IDs), so the store benchmark and this one download the same kind of
// mail. Returns false (with a reason in `error`) when a user or a message cannot be added.
class MailboxFiller
{
public:
    MailboxFiller(testing::DovecotServer& server, QString scratchDir);

    [[nodiscard]] bool addGenerated(const QString& label, const QList<QByteArray>& seeds, int count,
                                    Dataset* out, QString* error);
    [[nodiscard]] bool addMessages(const QString& label, const QList<QByteArray>& messages,
                                   Dataset* out, QString* error);

private:
    [[nodiscard]] bool addUser(const QString& label, Dataset* out, QString* error);

    testing::DovecotServer& m_server;
    QString m_scratch;
};

} // namespace postbag::bench
