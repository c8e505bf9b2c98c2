// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/localedit/LocalWriter.h"

#include "core/store/Database.h"
#include "core/store/FolderStore.h"
#include "core/store/IdentityStore.h"
#include "core/store/MessageStore.h"
#include "core/store/OutboxStore.h"
#include "core/store/Transaction.h"

namespace postbag::localedit {

LocalWriter::LocalWriter(QString databasePath, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath)), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("postbag-writer"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

LocalWriter::~LocalWriter()
{
    // Queued after every write asked for so far, so those finish first.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void LocalWriter::enqueue(Op op, Done done)
{
    ++m_pending;
    QMetaObject::invokeMethod(
        m_worker, [this, op = std::move(op), done = std::move(done)]() mutable {
            Status status = Ok{};
            if (!m_db) {
                auto opened = store::Database::open(m_path);
                if (opened) {
                    m_db = std::move(opened).value();
                } else {
                    status = opened.error();
                }
            }
            if (m_db) {
                status = op(*m_db);
            }
            QMetaObject::invokeMethod(this, [this, status, done = std::move(done)] {
                --m_pending;
                if (done) {
                    done(status);
                }
                Q_EMIT written(status.ok());
            });
        });
}

void LocalWriter::setFlags(const QList<qint64>& ids, store::Flags set, store::Flags clear,
                           Done done)
{
    enqueue([=](store::Database& db) { return store::MessageStore(db).setFlags(ids, set, clear); },
            std::move(done));
}

void LocalWriter::move(const QList<qint64>& ids, qint64 folderId, Done done)
{
    enqueue([=](store::Database& db) { return store::MessageStore(db).move(ids, folderId); },
            std::move(done));
}

void LocalWriter::moveEach(const QHash<qint64, qint64>& destinations, Done done)
{
    enqueue(
        [destinations](store::Database& db) -> Status {
            QHash<qint64, QList<qint64>> byFolder;
            for (auto it = destinations.cbegin(); it != destinations.cend(); ++it) {
                byFolder[it.value()].append(it.key());
            }
            store::Transaction tx(db);
            if (const Status s = tx.begin(); !s) {
                return s;
            }
            store::MessageStore messages(db);
            for (auto it = byFolder.cbegin(); it != byFolder.cend(); ++it) {
                if (const Status s = messages.move(it.value(), it.key()); !s) {
                    return s;
                }
            }
            return tx.commit();
        },
        std::move(done));
}

void LocalWriter::copy(const QList<qint64>& ids, qint64 folderId, Done done)
{
    enqueue(
        [=](store::Database& db) -> Status {
            auto copied = store::MessageStore(db).copy(ids, folderId);
            return copied ? Status(Ok{}) : Status(copied.error());
        },
        std::move(done));
}

void LocalWriter::moveToTrash(const QList<qint64>& ids, Done done)
{
    enqueue([=](store::Database& db) { return store::MessageStore(db).moveToTrash(ids); },
            std::move(done));
}

void LocalWriter::restore(const QList<qint64>& ids, Done done)
{
    enqueue([=](store::Database& db) { return store::MessageStore(db).restore(ids); },
            std::move(done));
}

void LocalWriter::deletePermanently(const QList<qint64>& ids, Done done)
{
    enqueue([=](store::Database& db) { return store::MessageStore(db).deletePermanently(ids); },
            std::move(done));
}

void LocalWriter::emptyTrash(Done done)
{
    enqueue([](store::Database& db) { return store::MessageStore(db).emptyTrash(); },
            std::move(done));
}

void LocalWriter::createFolder(qint64 parentId, const QString& name, Done done)
{
    enqueue(
        [=](store::Database& db) -> Status {
            auto created = store::FolderStore(db).create(parentId, name);
            return created ? Status(Ok{}) : Status(created.error());
        },
        std::move(done));
}

void LocalWriter::renameFolder(qint64 folderId, const QString& name, Done done)
{
    enqueue([=](store::Database& db) { return store::FolderStore(db).rename(folderId, name); },
            std::move(done));
}

void LocalWriter::removeFolder(qint64 folderId, Done done)
{
    enqueue([=](store::Database& db) { return store::FolderStore(db).remove(folderId); },
            std::move(done));
}

void LocalWriter::updateAccount(const account::AccountSettings& settings, Done done)
{
    enqueue(
        [settings](store::Database& db) { return account::AccountRepository(db).update(settings); },
        std::move(done));
}

void LocalWriter::updateAccount(const account::AccountSettings& settings,
                                const AccountSending& sending, Done done)
{
    enqueue(
        [settings, sending](store::Database& db) -> Status {
            store::Transaction tx(db);
            if (const Status s = tx.begin(); !s)
                return s;
            // The identity's name follows the account's (AccountRepository::update) unless the
            // user changed it here.
            store::IdentityStore identities(db);
            const auto prior = identities.list(settings.id);
            if (!prior)
                return prior.error();
            const QString priorName = prior->isEmpty() ? QString() : prior->first().name;
            account::AccountRepository accounts(db);
            if (const Status s = accounts.update(settings); !s)
                return s;
            if (sending.server) {
                if (const Status s = accounts.setOutgoingServer(settings.id, *sending.server); !s)
                    return s;
            }
            // The default first; an account without an address has none to edit.
            const auto all = identities.list(settings.id);
            if (!all)
                return all.error();
            if (!all->isEmpty()) {
                store::Identity identity = all->first();
                if (sending.name != priorName)
                    identity.name = sending.name;
                identity.replyTo = sending.replyTo;
                identity.signature = sending.signature;
                if (const Status s = identities.update(identity); !s)
                    return s;
            }
            return tx.commit();
        },
        std::move(done));
}

void LocalWriter::resendOutboxItem(qint64 itemId, Done done)
{
    enqueue([itemId](store::Database& db) { return store::OutboxStore(db).resend(itemId); },
            std::move(done));
}

void LocalWriter::markOutboxItemSent(qint64 itemId, Done done)
{
    enqueue(
        [itemId](store::Database& db) {
            return store::OutboxStore(db).markSentByUser(itemId, QDateTime::currentDateTimeUtc());
        },
        std::move(done));
}

void LocalWriter::discardOutboxItem(qint64 itemId, Done done)
{
    enqueue([itemId](store::Database& db) { return store::OutboxStore(db).discard(itemId); },
            std::move(done));
}

void LocalWriter::reorderAccounts(const QList<qint64>& ids, Done done)
{
    enqueue(
        [ids](store::Database& db) -> Status {
            store::Transaction tx(db);
            if (const Status s = tx.begin(); !s) {
                return s;
            }
            if (const Status s = account::AccountRepository(db).reorder(ids); !s) {
                return s;
            }
            return tx.commit();
        },
        std::move(done));
}

void LocalWriter::removeAccount(qint64 accountId, account::AccountRepository::Messages messages,
                                std::function<void(const Result<qint64>&)> done)
{
    // Written on this thread, read on the caller's after the write (the queue orders the two).
    auto kept = std::make_shared<qint64>(0);
    enqueue(
        [accountId, messages, kept](store::Database& db) -> Status {
            auto removed = account::AccountRepository(db).remove(accountId, messages);
            if (!removed) {
                return removed.error();
            }
            *kept = removed.value();
            return Ok{};
        },
        [kept, done = std::move(done)](const Status& status) {
            if (done) {
                done(status ? Result<qint64>(*kept) : Result<qint64>(status.error()));
            }
        });
}

} // namespace postbag::localedit
