// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/AccountStore.h"
#include "core/store/Database.h"
#include "core/store/FolderStore.h"
#include "core/store/MessageStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

#define MODEL_OK(expr)                                                                             \
    do {                                                                                           \
        const auto& modelOk_ = (expr);                                                             \
        QVERIFY2(modelOk_.ok(), modelOk_.ok() ? "" : qPrintable(modelOk_.error().toLogString())); \
    } while (false)

namespace postbag::models::test {

// A real profile database with accounts and generated mail: varied subjects (with Re:/Fwd:
// prefixes), senders with and without names, repeated dates (ties), sizes, flags, attachments.
struct ModelFixture
{
    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    QList<store::Account> accounts;
    int serial = 0;

    bool setUp(const QStringList& accountNames)
    {
        auto opened = store::Database::open(dir.filePath(QStringLiteral("profile.sqlite")));
        if (!opened) {
            return false;
        }
        db = std::move(opened.value());
        for (const QString& name : accountNames) {
            auto a = store::AccountStore(*db).create(name);
            if (!a) {
                return false;
            }
            accounts.append(a.value());
        }
        return true;
    }

    store::NewMessage make(qint64 accountId, qint64 folderId, qint64 dateSecs)
    {
        static const char* const words[] = {"invoice", "Meeting", "lunch", "Ärger", "zebra",
                                            "apple",   "Budget",  "trip",  "",      "Quarterly"};
        static const char* const prefixes[] = {"", "Re: ", "Fwd: ", "RE: Re: ", "AW: "};
        static const char* const names[] = {"Alice Example", "", "bob", "Émile Zola", "carol"};
        const int n = ++serial;
        store::NewMessage m;
        m.accountId = accountId;
        m.folderId = folderId;
        m.uidl = QStringLiteral("uidl-%1").arg(n);
        m.subject = QString::fromUtf8(prefixes[n % 5]) + QString::fromUtf8(words[(n * 7) % 10]) +
                    (n % 3 == 0 ? QString() : QStringLiteral(" %1").arg(n % 13));
        m.fromName = QString::fromUtf8(names[(n * 3) % 5]);
        m.fromAddress = QStringLiteral("user%1@example.org").arg(n % 17);
        m.toText = QStringLiteral("me@example.net");
        m.date = QDateTime::fromSecsSinceEpoch(dateSecs, Qt::UTC);
        m.receivedAt = m.date.addSecs(30);
        m.messageId = QStringLiteral("m%1@example.org").arg(n);
        m.bodyText = QStringLiteral("Body of message %1 about %2").arg(n).arg(m.subject);
        m.raw = "Subject: " + m.subject.toUtf8() + "\r\nMessage-ID: <" + m.messageId.toUtf8() +
                ">\r\n\r\n" + m.bodyText.toUtf8() + QByteArray((n * 37) % 500, 'x') + "\r\n";
        m.seen = n % 4 != 0;
        m.flagged = n % 11 == 0;
        if (n % 6 == 0) {
            m.attachments.append({QStringLiteral("file%1.pdf").arg(n),
                                  QStringLiteral("application/pdf"), 100, {}, QStringLiteral("2")});
        }
        return m;
    }

    // `count` messages, dates going back from `newest` in steps of 60 s with some repeated.
    QList<qint64> generate(qint64 accountId, qint64 folderId, int count,
                           qint64 newest = 1'700'000'000)
    {
        QList<store::NewMessage> batch;
        for (int i = 0; i < count; ++i) {
            batch.append(make(accountId, folderId, newest - (i / 2) * 60));
        }
        auto inserted = store::MessageStore(*db).insertBatch(batch);
        QList<qint64> ids;
        if (!inserted) {
            qWarning() << "generate failed:" << inserted.error().toLogString();
        } else {
            for (const store::Inserted& in : inserted.value()) {
                ids.append(in.id);
            }
        }
        return ids;
    }
};

} // namespace postbag::models::test
