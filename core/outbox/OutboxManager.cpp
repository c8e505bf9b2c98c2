// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outbox/OutboxManager.h"

#include "core/account/AccountRepository.h"
#include "core/outbox/SubmissionSource.h"
#include "core/store/Database.h"
#include "core/store/OutboxStore.h"

#include <QHash>
#include <algorithm>
#include <map>

namespace postbag::outbox {

// One account's sending: the passwords read for this run and the sender.
struct AccountRun
{
    std::unique_ptr<SubmissionSource> source;
    std::unique_ptr<OutboxSender> sender;
    bool busy = false;
    bool again = false; // asked for while busy: run once more afterwards
};

struct OutboxManager::Worker
{
    OutboxManager* manager = nullptr;
    QObject* context = nullptr;
    QString path;
    transport::TransportFactory transports;
    QHash<int, account::CredentialStore*> stores;
    std::unique_ptr<store::Database> db;
    std::map<qint64, AccountRun> runs;

    Result<store::Database*> database()
    {
        if (!db) {
            auto opened = store::Database::open(path);
            if (!opened)
                return opened.error();
            db = std::move(opened).value();
        }
        return db.get();
    }

    // Queued or due items, or a row a crash left in sending (the sender's run recovers it).
    bool hasWork(store::Database& database, qint64 accountId, const QDateTime& now)
    {
        store::OutboxStore outbox(database);
        const auto due = outbox.due(accountId, now);
        if (!due || !due->isEmpty())
            return true; // an unreadable outbox is the sender's error to report
        const auto items = outbox.list(accountId);
        return !items || std::any_of(items->begin(), items->end(), [](const store::OutboxItem& i) {
            return i.state == store::OutboxState::Sending;
        });
    }

    void send(qint64 accountId)
    {
        const auto database = this->database();
        if (!database) {
            Q_EMIT manager->accountFinished(accountId, SendReport{0, 0, 0, database.error()});
            return;
        }
        AccountRun& run = runs[accountId];
        if (run.busy) {
            run.again = true;
            return;
        }
        if (!hasWork(*database.value(), accountId, QDateTime::currentDateTimeUtc()))
            return;
        run.busy = true;
        if (run.sender)
            run.sender.release()->deleteLater(); // the last run's, which may still be unwinding
        run.source = std::make_unique<SubmissionSource>(
            *database.value(),
            [this](account::PasswordSource source) { return stores.value(int(source)); });
        // A password that could not be read is reported by the resolver, item by item.
        run.source->prepare(accountId, [this, accountId, db = database.value()](Status) {
            QMetaObject::invokeMethod(
                context, [this, accountId, db] { start(*db, accountId); }, Qt::QueuedConnection);
        });
    }

    void start(store::Database& database, qint64 accountId)
    {
        AccountRun& run = runs[accountId];
        if (!run.source)
            return; // shut down meanwhile
        run.sender = std::make_unique<OutboxSender>(database, transports, run.source->resolver());
        QObject::connect(run.sender.get(), &OutboxSender::finished, context,
                         [this, accountId](const SendReport& report) {
                             AccountRun& done = runs[accountId];
                             done.busy = false;
                             Q_EMIT manager->accountFinished(accountId, report);
                             if (done.again) {
                                 done.again = false;
                                 send(accountId);
                             }
                         });
        run.sender->run(accountId);
    }
};

OutboxManager::OutboxManager(QString databasePath, transport::TransportFactory transports,
                             QObject* parent)
    : QObject(parent), m_context(new QObject), m_worker(std::make_unique<Worker>())
{
    qRegisterMetaType<postbag::outbox::SendReport>();
    m_worker->manager = this;
    m_worker->context = m_context;
    m_worker->path = std::move(databasePath);
    m_worker->transports = std::move(transports);
    m_thread.setObjectName(QStringLiteral("postbag-outbox"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

OutboxManager::~OutboxManager()
{
    // Senders and their connections go on their own thread, before its database connection.
    QMetaObject::invokeMethod(
        m_context,
        [w = m_worker.get()] {
            w->runs.clear();
            w->db.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void OutboxManager::setCredentialStore(account::PasswordSource source,
                                       account::CredentialStore* store)
{
    QMetaObject::invokeMethod(
        m_context, [w = m_worker.get(), source, store] { w->stores[int(source)] = store; });
}

void OutboxManager::sendAccount(qint64 accountId)
{
    QMetaObject::invokeMethod(m_context, [w = m_worker.get(), accountId] { w->send(accountId); });
}

void OutboxManager::sendAll()
{
    QMetaObject::invokeMethod(m_context, [w = m_worker.get()] {
        const auto database = w->database();
        if (!database)
            return;
        const auto accounts = account::AccountRepository(*database.value()).list();
        if (!accounts)
            return;
        for (const account::AccountSettings& a : accounts.value())
            w->send(a.id);
    });
}

} // namespace postbag::outbox
