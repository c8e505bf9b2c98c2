// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/AccountStore.h"
#include "core/store/Database.h"
#include "core/store/FolderStore.h"
#include "core/store/MessageStore.h"
#include "core/store/SqlUtil.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

// Verifies a Result/Status and prints its error when it failed.
#define STORE_OK(expr)                                                                             \
    do {                                                                                           \
        const auto& storeOkResult_ = (expr);                                                       \
        QVERIFY2(storeOkResult_.ok(),                                                              \
                 storeOkResult_.ok() ? "" : qPrintable(storeOkResult_.error().toLogString()));     \
    } while (false)

namespace postbag::store::test {

// A fresh profile database in a temporary directory, with one account ("Work").
struct StoreFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Account account;
    qint64 trash = 0;
    qint64 archive = 0;

    [[nodiscard]] QString path() const { return dir.filePath(QStringLiteral("profile.sqlite")); }

    bool setUp()
    {
        if (!dir.isValid()) {
            return false;
        }
        auto opened = Database::open(path());
        if (!opened) {
            qWarning() << opened.error().toLogString();
            return false;
        }
        db = std::move(opened.value());
        auto a = AccountStore(*db).create(QStringLiteral("Work"));
        if (!a) {
            return false;
        }
        account = a.value();
        FolderStore folders(*db);
        trash = folders.trash().value();
        archive = folders.archive().value();
        return true;
    }
};

// A profile database left at whatever schema the file has: for tests that drive the migration
// steps themselves.
inline Result<std::unique_ptr<Database>> openUnmigrated(const QString& path)
{
    Database::Options options;
    options.migrate = false;
    return Database::open(path, options);
}

// The rows of a statement, each as its first `columns` values, through the store's own statement
// helper: for tests that must look at rows no public call shows, or write them as an older
// release (or another program) would have. Prefer the public API.
inline Result<QList<QVariantList>> rows(Database& db, const QString& statement, int columns,
                                        const QList<QVariant>& values = {})
{
    return sql::rows(db, statement, values, [columns](const sql::Statement& r) {
        QVariantList row;
        for (int c = 0; c < columns; ++c) {
            row.append(r.value(c));
        }
        return row;
    });
}

inline Status run(Database& db, const QString& statement, const QList<QVariant>& values)
{
    return sql::run(db, statement, values);
}

// UIDL records without a message row (what is left of a message deleted here, or one an older
// release recorded without downloading it), written as rows: no public call makes them.
inline Status recordUidls(Database& db, qint64 accountId, const QStringList& uidls,
                          const QDateTime& at)
{
    for (const QString& uidl : uidls) {
        if (const Status s =
                run(db,
                    QStringLiteral("INSERT INTO uidls(account_id, uidl, downloaded_at) "
                                   "VALUES(?,?,?) ON CONFLICT DO NOTHING"),
                    {accountId, uidl, at.toSecsSinceEpoch()});
            !s) {
            return s;
        }
    }
    return Ok{};
}

inline NewMessage makeMessage(qint64 accountId, qint64 folderId, const QString& uidl,
                              const QString& subject, const QString& body = {})
{
    NewMessage m;
    m.accountId = accountId;
    m.folderId = folderId;
    m.uidl = uidl;
    m.subject = subject;
    m.fromName = QStringLiteral("Alice Example");
    m.fromAddress = QStringLiteral("alice@example.org");
    m.toText = QStringLiteral("Bob <bob@example.net>");
    m.recipientAddresses = {QStringLiteral("bob@example.net")};
    m.date = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    m.receivedAt = m.date.addSecs(60);
    m.messageId = u'<' + uidl + u"@example.org>";
    m.bodyText = body.isEmpty() ? subject : body;
    m.raw = "Subject: " + subject.toUtf8() + "\r\nMessage-ID: " + m.messageId.toUtf8() +
            "\r\n\r\n" + m.bodyText.toUtf8() + "\r\n";
    return m;
}

} // namespace postbag::store::test
