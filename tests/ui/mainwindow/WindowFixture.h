// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/demo/DemoMailbox.h"
#include "core/intake/MessageRecord.h"
#include "core/mime/MessageParser.h"
#include "core/store/AccountStore.h"
#include "core/store/Database.h"
#include "core/store/FolderStore.h"
#include "core/store/MessageStore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// A real SQLite profile in a temporary folder with two accounts ("Personal", "Work") filled from
// the demo mailbox (the release-planning thread and the CI mail go to Work), plus extra raw
// messages a test adds. QSettings are redirected into the folder so tests never touch the
// user's own settings.
namespace postbag::ui::test {

struct WindowFixture
{
    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    store::Account personal, work;
    qint64 archiveId = 0, trashId = 0;

    // `withDemoMail` false: the accounts start empty (e.g. when the demo server will deliver it).
    bool open(bool withDemoMail = true)
    {
        if (!dir.isValid()) {
            return false;
        }
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
        QSettings().clear();
        auto opened = store::Database::open(dir.filePath(QStringLiteral("mail.db")));
        if (!opened) {
            return false;
        }
        db = std::move(opened).value();
        store::AccountStore accounts(*db);
        auto p = accounts.create(QStringLiteral("Personal"), {}, 0);
        auto w = accounts.create(QStringLiteral("Work"), {}, 1);
        if (!p || !w) {
            return false;
        }
        personal = p.value();
        work = w.value();
        store::FolderStore folders(*db);
        archiveId = folders.archive().value();
        trashId = folders.trash().value();
        int n = 0;
        const QList<QByteArray> demo = withDemoMail ? app::DemoMailbox::messages() : QList<QByteArray>();
        for (const QByteArray& raw : demo) {
            const bool toWork = raw.contains("dev@postbag.example") || raw.contains("builds.postbag");
            if (add(raw, toWork ? work : personal, QStringLiteral("demo-%1").arg(++n)) <= 0) {
                return false;
            }
        }
        return true;
    }

    // Parses and stores one message in the account's Inbox; returns its id (0 on failure).
    qint64 add(const QByteArray& raw, const store::Account& account, const QString& uidl)
    {
        const QDateTime now = QDateTime(QDate(2026, 5, 6), QTime(10, 0), Qt::UTC);
        intake::Origin origin;
        origin.accountId = account.id;
        origin.folderId = account.inboxId;
        origin.uidl = uidl;
        origin.receivedAt = now;
        const auto message =
            intake::toNewMessage(mime::MessageParser::parse(raw, now), raw, origin);
        auto inserted = store::MessageStore(*db).insert(message);
        return inserted ? inserted->id : 0;
    }

    qint64 folderOf(qint64 messageId)
    {
        auto s = store::MessageStore(*db).summary(messageId);
        return s ? s->folderId : -1;
    }
};

} // namespace postbag::ui::test
