// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a big profile: how long until the last folder is on screen with its rows, and how
// long opening a typical message takes (store read + parse + sanitize + layout). Targets: 0.5 s
// and 50 ms. The profile (100,000 messages; --smoke: 2,000) is generated through
// MessageStore::insertBatch in a temporary folder.
#include "app/demo/DemoMailbox.h"
#include "core/intake/MessageRecord.h"
#include "core/mime/MessageParser.h"
#include "core/models/MessageListModel.h"
#include "core/store/AccountStore.h"
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/MessageListView.h"
#include "ui/reader/RemoteContentPolicy.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace postbag;

namespace {

store::NewMessage generated(const store::Account& account, int i, const QDateTime& base)
{
    static const char* const names[] = {"Alice Martin", "Tom Becker", "Priya Raman", "Dana Wu",
                                        "Ivan Petrov"};
    static const char* const words[] = {"release", "invoice", "lunch", "report",
                                        "trip",    "meeting", "photos"};
    store::NewMessage m;
    m.accountId = account.id;
    m.folderId = account.inboxId;
    m.uidl = QStringLiteral("gen-%1").arg(i);
    m.fromName = QString::fromLatin1(names[i % 5]);
    m.fromAddress = QStringLiteral("user%1@example.org").arg(i % 97);
    m.subject =
        QStringLiteral("About the %1, part %2").arg(QString::fromLatin1(words[i % 7])).arg(i);
    m.date = base.addSecs(-qint64(i) * 300);
    m.receivedAt = m.date;
    m.messageId = QStringLiteral("gen-%1@example.org").arg(i);
    m.bodyText = QStringLiteral("Hello, this is message %1 about the %2.").arg(i).arg(m.subject);
    m.seen = i % 3 != 0;
    m.raw = "From: " + m.fromName.toUtf8() + " <" + m.fromAddress.toUtf8() +
            ">\r\nSubject: " + m.subject.toUtf8() + "\r\nMessage-ID: <" + m.messageId.toUtf8() +
            ">\r\n\r\n" + m.bodyText.toUtf8() + "\r\n";
    return m;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const bool smoke = app.arguments().contains(QStringLiteral("--smoke"));
    const int count = smoke ? 2000 : 100000;
    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("settings")));
    auto db = store::Database::open(dir.filePath(QStringLiteral("mail.db")));
    if (!db) {
        std::fprintf(stderr, "cannot open the store\n");
        return 1;
    }
    auto account = store::AccountStore(*db.value()).create(QStringLiteral("Bench"));
    store::MessageStore messages(*db.value());
    QElapsedTimer timer;
    timer.start();
    const QDateTime base(QDate(2026, 5, 6), QTime(12, 0), Qt::UTC);
    for (int start = 0; start < count; start += 5000) {
        QList<store::NewMessage> batch;
        for (int i = start; i < qMin(count, start + 5000); ++i) {
            batch.append(generated(account.value(), i, base));
        }
        if (!messages.insertBatch(batch)) {
            std::fprintf(stderr, "insert failed\n");
            return 1;
        }
    }
    // The typical message: the demo newsletter (HTML, inline logo, tracking pixel), newest.
    const QByteArray raw = app::DemoMailbox::messages().value(1);
    intake::Origin origin{account->id, account->inboxId, QStringLiteral("typical"),
                          base.addSecs(60), false};
    store::NewMessage typicalMessage =
        intake::toNewMessage(mime::MessageParser::parse(raw, base), raw, origin);
    typicalMessage.date = base.addSecs(3600); // the newest, so the first page holds it
    auto typical = messages.insert(typicalMessage);
    std::printf("profile: %d messages generated in %.1f s\n", count + 1,
                double(timer.elapsed()) / 1000);

    QSettings().setValue(QStringLiteral("window/lastFolder"), account->inboxId);
    QSettings().setValue(QStringLiteral("reader/markReadDelayMs"), -1);
    ui::InMemoryRemoteContentPolicy policy;
    timer.restart();
    ui::MainWindow window(*db.value(), policy);
    window.restoreLayout();
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    (void)window.grab(); // painted, rows included
    const double showMs = double(timer.nsecsElapsed()) / 1e6;
    const int rows = window.messageModel()->rowCount();
    std::printf("show last folder (%d rows loaded of %d): %.1f ms (target < 500 ms)\n", rows,
                count + 1, showMs);

    QList<double> opens;
    const int typicalRow = window.messageModel()->rowOfMessage(typical->id);
    for (int i = 0; i < (smoke ? 3 : 15); ++i) {
        window.messageList()->setCurrentIndex(window.messageModel()->index(typicalRow + 1, 2));
        timer.restart();
        window.messageList()->setCurrentIndex(window.messageModel()->index(typicalRow, 2));
        QApplication::processEvents();
        opens.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf(
        "open a typical message (HTML newsletter), median of %lld: %.1f ms, first (cold) %.1f ms, "
        "slowest %.1f ms (target < 50 ms)\n",
        qsizetype(opens.size()), median(opens), opens.value(0),
        *std::max_element(opens.cbegin(), opens.cend()));
    if (rows <= 0 || typicalRow < 0) {
        std::fprintf(stderr,
                     "the typical message is not in the loaded rows: nothing was measured\n");
        return 1;
    }
    return 0;
}
