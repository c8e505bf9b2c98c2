// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowFixture.h"
#include "core/models/MessageListModel.h"
#include "core/models/ModelRoles.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/MessageActions.h"
#include "ui/mainwindow/TrayNotifier.h"
#include "ui/reader/RemoteContentPolicy.h"

#include <QSignalSpy>
#include <QSystemTrayIcon>

using namespace postbag;
using namespace postbag::ui;

// The tray notifier inside the window: the unread count of every Inbox from the start, kept up
// to date as mail is read, and a notification naming the account when a sync brings new mail.
// The offscreen platform has no system tray, so what would be shown is checked through the
// notifier's own state and signals; only the real icon is skipped.
class tst_TrayNotifier : public QObject
{
    Q_OBJECT

    test::WindowFixture m_fx;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fx.open()); }

    void countsUnreadAndNotifiesNewMail()
    {
        QSettings().setValue(QStringLiteral("reader/markReadDelayMs"), -1);
        InMemoryRemoteContentPolicy policy;
        MainWindow window(*m_fx.db, policy);
        auto* tray = window.findChild<TrayNotifier*>();
        QVERIFY(tray);
        QCOMPARE(tray->unread(), 20); // the 20 demo messages start unread
        QCOMPARE(tray->toolTip(), QStringLiteral("Postbag: 20 unread message(s)"));
        QSignalSpy changed(tray, &TrayNotifier::unreadChanged);
        QSignalSpy notified(tray, &TrayNotifier::notified);

        const qint64 first =
            window.messageModel()->index(0, 0).data(models::MessageIdRole).toLongLong();
        QVERIFY(first > 0);
        window.messageActions()->setRead({first}, true);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 20000);
        QCOMPARE(changed.first().first().toLongLong(), 19);
        QCOMPARE(tray->unread(), 19);

        // A sync stored two new messages for Work.
        QVERIFY(m_fx.add("From: a@example.org\r\nSubject: new 1\r\n\r\nx\r\n", m_fx.work,
                         QStringLiteral("n1")) > 0);
        QVERIFY(m_fx.add("From: a@example.org\r\nSubject: new 2\r\n\r\nx\r\n", m_fx.work,
                         QStringLiteral("n2")) > 0);
        window.onNewMail(m_fx.work.id, 2);
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("New mail"));
        QCOMPARE(notified.first().at(1).toString(), QStringLiteral("2 new message(s) for Work"));
        QCOMPARE(tray->unread(), 21);
        window.onNewMail(m_fx.work.id, 0); // nothing new: no notification
        QCOMPARE(notified.size(), 1);
    }

    void badgeShowsTheCount()
    {
        const QImage none = TrayNotifier::badgeIcon(0).pixmap(32, 32).toImage();
        const QImage five = TrayNotifier::badgeIcon(5).pixmap(32, 32).toImage();
        QVERIFY(!none.isNull() && !five.isNull());
        QVERIFY(none != five);
        const QColor badge = five.pixelColor(22, 15); // inside the red badge, above the digit
        QVERIFY2(badge.red() > 150 && badge.green() < 100, qPrintable(badge.name()));
        if (!QSystemTrayIcon::isSystemTrayAvailable()) {
            QSKIP("No system tray on this platform (offscreen): the icon itself cannot be shown.");
        }
        InMemoryRemoteContentPolicy policy;
        MainWindow window(*m_fx.db, policy);
        QVERIFY(window.findChild<TrayNotifier*>()->available());
        QVERIFY(window.findChild<QSystemTrayIcon*>()->isVisible());
    }
};

QTEST_MAIN(tst_TrayNotifier)
#include "tst_TrayNotifier.moc"
