// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QObject>

class QSystemTrayIcon;

namespace postbag::ui {

// The tray icon: the unread count on the icon and in its tooltip, a notification when new mail
// arrives, and a click raises the window. Why optional: many desktops (and the offscreen
// platform) have no tray. Guarantees: the count, the tooltip and the notification texts are kept
// and signalled whether or not a tray exists (unreadChanged(), notified()); only showing them
// needs QSystemTrayIcon::isSystemTrayAvailable(), and without a tray nothing is created.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(QWidget* window);

    [[nodiscard]] bool available() const { return m_tray != nullptr; }
    [[nodiscard]] qint64 unread() const { return m_unread < 0 ? 0 : m_unread; }
    [[nodiscard]] QString toolTip() const;
    // The tray icon for a count: the window icon with a red badge (none for 0).
    [[nodiscard]] static QIcon badgeIcon(qint64 unread);

    void setUnread(qint64 unread);
    void notifyNewMail(const QString& accountName, int count);

Q_SIGNALS:
    void unreadChanged(qint64 unread);
    // A new-mail notification (shown in the tray when there is one).
    void notified(const QString& title, const QString& message);

private:
    QWidget* m_window;
    QSystemTrayIcon* m_tray = nullptr;
    qint64 m_unread = -1;
};

} // namespace postbag::ui
