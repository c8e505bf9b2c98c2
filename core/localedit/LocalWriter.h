// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/AccountRepository.h"
#include "core/account/AccountSettings.h"
#include "core/account/OutgoingServer.h"
#include "core/common/Result.h"
#include "core/store/StoreTypes.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

namespace postbag::store {
class Database;
}

namespace postbag::localedit {

// How an account sends, as its settings dialog edits it: the default identity's words and the
// outgoing server (none: left as it is).
struct AccountSending
{
    QString name;
    QString replyTo;
    QString signature;
    std::optional<account::OutgoingServer> server;
};

// The user's local changes to the store (flags, move, copy, Trash, folders, the window's account
// edits, the answers about outbox items) written on a thread of their own, through a connection of
// their own. Why not the GUI's connection: a write waits for SQLite's lock while a sync commits a
// batch, and the window must never wait. Why not the sync worker: a local change must not queue
// behind a download's parsing, and the window (and its tests) must work without the sync engine;
// SQLite's WAL and busy timeout serialise the two writers. Guarantees: writes run one at a time in
// the order they were asked for, each as the store's own transaction; `done` is called on the
// thread that owns the writer, with the store's typed error on failure (nothing is lost silently);
// the destructor finishes every queued write before it joins the thread.
class LocalWriter : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Status&)>;

    explicit LocalWriter(QString databasePath, QObject* parent = nullptr);
    ~LocalWriter() override;

    void setFlags(const QList<qint64>& ids, store::Flags set, store::Flags clear, Done done = {});
    void move(const QList<qint64>& ids, qint64 folderId, Done done = {});
    // Puts each message into its own folder (message id -> folder id), e.g. to undo a move.
    void moveEach(const QHash<qint64, qint64>& destinations, Done done = {});
    void copy(const QList<qint64>& ids, qint64 folderId, Done done = {});
    void moveToTrash(const QList<qint64>& ids, Done done = {});
    void restore(const QList<qint64>& ids, Done done = {});
    void deletePermanently(const QList<qint64>& ids, Done done = {});
    void emptyTrash(Done done = {});
    void createFolder(qint64 parentId, const QString& name, Done done = {});
    void renameFolder(qint64 folderId, const QString& name, Done done = {});
    void removeFolder(qint64 folderId, Done done = {});
    // The window's account edits (AccountRepository's rules), in order with its other edits.
    void updateAccount(const account::AccountSettings& settings, Done done = {});
    // The same, and in the same transaction how it sends (its default identity, made from its
    // address when it has none yet, and its outgoing server).
    void updateAccount(const account::AccountSettings& settings, const AccountSending& sending,
                       Done done = {});
    // All at once: the accounts in this order, or none moved.
    void reorderAccounts(const QList<qint64>& ids, Done done = {});
    // AccountRepository::remove; `done` gets the folder its mail was kept in (0: none). The
    // caller holds the account's lock (AccountRemoval, whose Remove this fits).
    void removeAccount(qint64 accountId, account::AccountRepository::Messages messages,
                       std::function<void(const Result<qint64>&)> done);

    // The user's answers about an outbox item that failed or may have been sent (OutboxStore's
    // rules): queue it again, file it as sent, or discard it (its copy goes to Trash).
    void resendOutboxItem(qint64 itemId, Done done = {});
    void markOutboxItemSent(qint64 itemId, Done done = {});
    void discardOutboxItem(qint64 itemId, Done done = {});

    // The thread the writes run on (never the caller's).
    [[nodiscard]] const QThread* writerThread() const { return &m_thread; }
    // Writes asked for whose `done` has not been called yet.
    [[nodiscard]] int pending() const { return m_pending; }

Q_SIGNALS:
    // After each write, once its `done` has run.
    void written(bool ok);

private:
    using Op = std::function<Status(store::Database&)>;
    void enqueue(Op op, Done done);

    QString m_path;
    QThread m_thread;
    QObject* m_worker;                     // lives on m_thread; the writes are queued to it
    std::unique_ptr<store::Database> m_db; // opened, used and closed on m_thread only
    int m_pending = 0;
};

} // namespace postbag::localedit
