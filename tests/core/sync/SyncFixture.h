// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/AccountRepository.h"
#include "core/net/SslTransport.h"
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/sync/SyncJob.h"
#include "tests/support/DovecotServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

namespace postbag::testing {

// A profile database plus accounts pointing at a real Dovecot, and a way to run one sync to its
// end. Tests read like: deliver, sync, look at the store and at what the server still holds.
struct SyncFixture
{
    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

    bool open(const store::Database::Options& options = {})
    {
        auto opened =
            store::Database::open(dir.filePath(QStringLiteral("profile.sqlite")), options);
        if (!opened.ok())
            return false;
        db = std::move(opened).value();
        return true;
    }

    // An account on a scripted server (plain text, user "u"); its id is 0 when it was not saved.
    account::AccountSettings addScriptedAccount(const QString& name, const QString& host,
                                                quint16 port)
    {
        account::AccountSettings s;
        s.name = name;
        s.host = host;
        s.port = port;
        s.security = account::Security::None;
        s.allowInsecureAuth = true;
        s.username = QStringLiteral("u");
        auto added = account::AccountRepository(*db).add(s);
        return added.ok() ? added.value() : account::AccountSettings{};
    }

    // Creates a store account for a Dovecot user; returns its id and inbox.
    std::pair<qint64, qint64> addAccount(const QString& name)
    {
        account::AccountRepository repo(*db);
        account::AccountSettings s;
        s.name = name;
        s.host = QStringLiteral("127.0.0.1");
        s.username = name;
        auto added = repo.add(s);
        if (!added.ok())
            return {0, 0};
        return {added->id, repo.inboxOf(added.value()).value()};
    }

    sync::SyncRequest request(const DovecotServer& dovecot, const QString& user, qint64 account,
                              qint64 inbox, sync::DeletionPolicy policy = {})
    {
        sync::SyncRequest r;
        r.accountId = account;
        r.folderId = inbox;
        r.endpoint.host = dovecot.host();
        r.endpoint.port = dovecot.tlsPort();
        r.endpoint.security = transport::Security::ImplicitTls;
        r.endpoint.pinnedSha256 = dovecot.certificateSha256();
        r.login.credentials.user = user;
        r.login.credentials.secret = QStringLiteral("pw-") + user;
        r.policy = policy;
        r.clock = [this] { return now; };
        return r;
    }

    // A request for a scripted server on loopback without TLS (the account allows that), as user
    // "u" with the password "p".
    static sync::SyncRequest scriptedRequest(const QString& host, quint16 port, qint64 account,
                                             qint64 inbox)
    {
        sync::SyncRequest r;
        r.accountId = account;
        r.folderId = inbox;
        r.endpoint.host = host;
        r.endpoint.port = port;
        r.endpoint.security = transport::Security::None;
        r.login.credentials.user = QStringLiteral("u");
        r.login.credentials.secret = QStringLiteral("p");
        r.login.auth.allowInsecure = true;
        r.login.responseTimeoutMs = 10000;
        return r;
    }

    static sync::TransportFactory transports()
    {
        return [] { return std::make_unique<net::SslTransport>(); };
    }

    // `progress`, when given, collects every progress report of the job.
    sync::SyncReport run(const sync::SyncRequest& request,
                         QList<sync::SyncProgress>* progress = nullptr)
    {
        sync::SyncJob job(*db, transports(), request);
        std::optional<sync::SyncReport> report;
        QObject::connect(&job, &sync::SyncJob::finished, &job,
                         [&report](const sync::SyncReport& r) { report = r; });
        if (progress)
            QObject::connect(&job, &sync::SyncJob::progress, &job,
                             [progress](const sync::SyncProgress& p) { progress->append(p); });
        job.start();
        if (!QTest::qWaitFor([&report] { return report.has_value(); }, 60000))
            qFatal("sync did not finish");
        return *report;
    }

    int countIn(qint64 folder)
    {
        return int(store::MessageStore(*db).counts(folder).value().total);
    }
};

} // namespace postbag::testing
