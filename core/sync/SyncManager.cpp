// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncManager.h"

#include "core/sync/SyncWorker.h"

namespace postbag::sync {

SyncManager::SyncManager(QString databasePath, TransportFactory transports, QObject* parent)
    : QObject(parent), m_worker(new SyncWorker(std::move(databasePath), std::move(transports)))
{
    qRegisterMetaType<postbag::sync::SyncProgress>();
    qRegisterMetaType<postbag::sync::SyncReport>();
    qRegisterMetaType<postbag::Error>();
    m_thread.setObjectName(QStringLiteral("postbag-sync"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::accountStarted, this, [this](qint64 id) {
        m_running.insert(id);
        Q_EMIT accountStarted(id);
    });
    connect(m_worker, &SyncWorker::accountProgress, this, &SyncManager::accountProgress);
    connect(m_worker, &SyncWorker::accountFinished, this,
            [this](qint64 id, const SyncReport& r, const QDateTime& next) {
                m_running.remove(id);
                Q_EMIT accountFinished(id, r, next);
            });
    connect(m_worker, &SyncWorker::newMail, this, &SyncManager::newMail);
    connect(m_worker, &SyncWorker::credentialsRequired, this, &SyncManager::credentialsRequired);
    m_thread.start();
}

SyncManager::~SyncManager()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncManager::setCredentialStore(account::PasswordSource source, account::CredentialStore* store)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, source, store] { w->setCredentialStore(source, store); });
}

void SyncManager::setProtocolLogDirectory(const QString& dir)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, dir] { w->setProtocolLogDirectory(dir); });
}

void SyncManager::setClock(Clock clock)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, clock] { w->setClock(clock); });
}

void SyncManager::reloadAccounts()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->reloadAccounts(); });
}

void SyncManager::start()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->start(); });
}

void SyncManager::syncAll()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->syncAccounts({}); });
}

void SyncManager::syncAccount(qint64 accountId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, accountId] { w->syncAccounts({accountId}); });
}

void SyncManager::cancel(qint64 accountId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, accountId] { w->cancel(accountId); });
}

void SyncManager::cancelAll()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->cancelAll(); });
}

void SyncManager::credentialsUpdated(qint64 accountId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, accountId] { w->credentialsUpdated(accountId); });
}

void SyncManager::completeMessage(qint64 messageId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, messageId] { w->completeMessage(messageId); });
}

bool SyncManager::isSyncing(qint64 accountId) const
{
    return m_running.contains(accountId);
}

} // namespace postbag::sync
