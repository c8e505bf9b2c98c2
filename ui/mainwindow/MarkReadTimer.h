// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace postbag::ui {

// Marks the open message read after it has been shown for a while (QSettings
// "reader/markReadDelayMs", default 2000; 0 marks at once, a negative value never). Why: skimming
// through a list with the arrow keys must not mark everything read. Guarantees: opening another
// message (or none) cancels the pending mark; timeout() names the message that was shown.
class MarkReadTimer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultDelayMs = 2000;

    explicit MarkReadTimer(QObject* parent = nullptr);

    [[nodiscard]] static int configuredDelay();
    // Starts (or cancels, for id 0 or an already read message) the countdown.
    void messageShown(qint64 messageId, bool unread);
    [[nodiscard]] bool isPending() const { return m_timer.isActive(); }

Q_SIGNALS:
    void markRead(qint64 messageId);

private:
    QTimer m_timer;
    qint64 m_id = 0;
};

} // namespace postbag::ui
