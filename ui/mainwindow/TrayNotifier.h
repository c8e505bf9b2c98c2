// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace postbag::ui {

// The tray icon: the unread count on the icon and in its tooltip, a notification when new mail
// arrives, and a click raises the window. Why optional: many desktops (and the offscreen
// platform) have no tray. Guarantees: when QSystemTrayIcon::isSystemTrayAvailable() is false
// nothing is created and every call is a no-op.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(QWidget* window);

    [[nodiscard]] bool available() const { return m_tray != nullptr; }
    void setUnread(qint64 unread);
    void notifyNewMail(const QString& accountName, int count);

private:
    QWidget* m_window;
    QSystemTrayIcon* m_tray = nullptr;
    qint64 m_unread = -1;
};

} // namespace postbag::ui
