// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/TrayNotifier.h"

#include <QApplication>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>

namespace postbag::ui {

TrayNotifier::TrayNotifier(QWidget* window) : QObject(window), m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason r) {
                    if (r == QSystemTrayIcon::Trigger) {
                        m_window->showNormal();
                        m_window->raise();
                        m_window->activateWindow();
                    }
                });
        m_tray->show();
    }
    setUnread(0);
}

QString TrayNotifier::toolTip() const
{
    //: Tray icon tooltip; %n unread messages
    return tr("Postbag: %n unread message(s)", nullptr, int(unread()));
}

QIcon TrayNotifier::badgeIcon(qint64 unread)
{
    QPixmap pixmap = QApplication::windowIcon().pixmap(32, 32);
    if (pixmap.isNull()) {
        pixmap = QPixmap(32, 32);
        pixmap.fill(QColor(0x2f, 0x6f, 0xa8));
    }
    if (unread > 0) {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0xd0, 0x30, 0x30));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRect(12, 12, 20, 20));
        p.setPen(Qt::white);
        QFont f = p.font();
        f.setPixelSize(12);
        f.setBold(true);
        p.setFont(f);
        p.drawText(QRect(12, 12, 20, 20), Qt::AlignCenter,
                   unread > 99 ? QStringLiteral("99+") : QString::number(unread));
    }
    return QIcon(pixmap);
}

void TrayNotifier::setUnread(qint64 unread)
{
    if (unread == m_unread) {
        return;
    }
    m_unread = unread;
    if (m_tray) {
        m_tray->setToolTip(toolTip());
        m_tray->setIcon(badgeIcon(unread));
    }
    Q_EMIT unreadChanged(unread);
}

void TrayNotifier::notifyNewMail(const QString& accountName, int count)
{
    if (count <= 0) {
        return;
    }
    //: Notification title
    const QString title = tr("New mail");
    //: Notification text: %n new messages for account %1
    const QString message = tr("%n new message(s) for %1", nullptr, count).arg(accountName);
    if (m_tray) {
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 5000);
    }
    Q_EMIT notified(title, message);
}

} // namespace postbag::ui
