// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncManager.h"

#include "core/sync/SyncScheduler.h"

namespace postbag::sync {

SyncManager::SyncManager(QString databasePath, TransportFactory transports, QObject* parent)
    : QObject(parent),
      m_scheduler(new SyncScheduler(std::move(databasePath), std::move(transports)))
{
    qRegisterMetaType<postbag::sync::SyncProgress>();
    qRegisterMetaType<postbag::sync::SyncReport>();
    qRegisterMetaType<postbag::Error>();
    m_thread.setObjectName(QStringLiteral("postbag-sync"));
    m_scheduler->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_scheduler, &QObject::deleteLater);
    connect(m_scheduler, &SyncScheduler::accountStarted, this, [this](qint64 id) {
        m_running.insert(id);
        Q_EMIT accountStarted(id);
    });
    connect(m_scheduler, &SyncScheduler::accountProgress, this, &SyncManager::accountProgress);
    connect(m_scheduler, &SyncScheduler::accountFinished, this,
            [this](qint64 id, const SyncReport& r, const QDateTime& next) {
                m_running.remove(id);
                Q_EMIT accountFinished(id, r, next);
            });
    connect(m_scheduler, &SyncScheduler::newMail, this, &SyncManager::newMail);
    connect(m_scheduler, &SyncScheduler::credentialsRequired, this,
            &SyncManager::credentialsRequired);
    m_thread.start();
}

SyncManager::~SyncManager()
{
    QMetaObject::invokeMethod(
        m_scheduler, [s = m_scheduler] { s->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncManager::setCredentialStore(account::PasswordSource source, account::CredentialStore* store)
{
    QMetaObject::invokeMethod(
        m_scheduler, [s = m_scheduler, source, store] { s->setCredentialStore(source, store); });
}

void SyncManager::setProtocolLogDirectory(const QString& dir)
{
    QMetaObject::invokeMethod(m_scheduler,
                              [s = m_scheduler, dir] { s->setProtocolLogDirectory(dir); });
}

void SyncManager::setClock(Clock clock)
{
    QMetaObject::invokeMethod(m_scheduler, [s = m_scheduler, clock] { s->setClock(clock); });
}

void SyncManager::reloadAccounts()
{
    QMetaObject::invokeMethod(m_scheduler, [s = m_scheduler] { s->reloadAccounts(); });
}

void SyncManager::start()
{
    QMetaObject::invokeMethod(m_scheduler, [s = m_scheduler] { s->start(); });
}

void SyncManager::syncAll()
{
    QMetaObject::invokeMethod(m_scheduler, [s = m_scheduler] { s->syncAccounts({}); });
}

void SyncManager::syncAccount(qint64 accountId)
{
    QMetaObject::invokeMethod(m_scheduler,
                              [s = m_scheduler, accountId] { s->syncAccounts({accountId}); });
}

void SyncManager::cancel(qint64 accountId)
{
    QMetaObject::invokeMethod(m_scheduler, [s = m_scheduler, accountId] { s->cancel(accountId); });
}

void SyncManager::cancelAll()
{
    QMetaObject::invokeMethod(m_scheduler, [s = m_scheduler] { s->cancelAll(); });
}

void SyncManager::credentialsUpdated(qint64 accountId)
{
    QMetaObject::invokeMethod(m_scheduler,
                              [s = m_scheduler, accountId] { s->credentialsUpdated(accountId); });
}

void SyncManager::completeMessage(qint64 messageId)
{
    QMetaObject::invokeMethod(m_scheduler,
                              [s = m_scheduler, messageId] { s->completeMessage(messageId); });
}

bool SyncManager::isSyncing(qint64 accountId) const
{
    return m_running.contains(accountId);
}

} // namespace postbag::sync
