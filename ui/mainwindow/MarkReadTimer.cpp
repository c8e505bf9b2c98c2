// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/MarkReadTimer.h"

#include <QSettings>

namespace postbag::ui {

MarkReadTimer::MarkReadTimer(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { Q_EMIT markRead(m_id); });
}

int MarkReadTimer::configuredDelay()
{
    return QSettings().value(QStringLiteral("reader/markReadDelayMs"), kDefaultDelayMs).toInt();
}

void MarkReadTimer::messageShown(qint64 messageId, bool unread)
{
    m_timer.stop();
    m_id = messageId;
    const int delay = configuredDelay();
    if (messageId <= 0 || !unread || delay < 0) {
        return;
    }
    m_timer.start(delay);
}

} // namespace postbag::ui
