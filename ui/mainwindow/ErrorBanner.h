// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace postbag::ui {

// A bar above the message list that says what went wrong without stopping the user: the
// ErrorText sentence, "Retry" (for an account's sync) and "Edit Account", and a close button; for
// an outbox item that failed or may have been sent, the user's choices instead: Resend, Mark as
// Sent (only when it may have been sent) and Discard. Why not a dialog: a failing server must
// never block reading mail. Guarantees: the text is given ready-made (from ErrorText only); Retry
// is offered only when an account can be retried; the outbox choices only emit the item's id
// (the window writes them), and only the one shown.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    // `accountId` 0: not about an account (no Retry).
    void showError(const QString& text, qint64 accountId = 0);
    // An outbox item's problem; `uncertain`: it may already have been sent.
    void showOutboxProblem(const QString& text, qint64 accountId, qint64 itemId, bool uncertain);
    void dismiss();
    [[nodiscard]] QString text() const;
    [[nodiscard]] qint64 accountId() const { return m_accountId; }
    [[nodiscard]] qint64 outboxItemId() const { return m_itemId; } // 0: not about one
    [[nodiscard]] QPushButton* retryButton() const { return m_retry; }
    [[nodiscard]] QPushButton* editButton() const { return m_edit; }
    [[nodiscard]] QPushButton* resendButton() const { return m_resend; }
    [[nodiscard]] QPushButton* markSentButton() const { return m_markSent; }
    [[nodiscard]] QPushButton* discardButton() const { return m_discard; }

Q_SIGNALS:
    void retryRequested(qint64 accountId);
    void editRequested(qint64 accountId);
    void resendRequested(qint64 itemId, qint64 accountId);
    void markSentRequested(qint64 itemId);
    void discardRequested(qint64 itemId);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void showOutboxChoices(bool shown, bool uncertain);

    QLabel* m_icon;
    QLabel* m_label;
    QPushButton* m_retry;
    QPushButton* m_edit;
    QPushButton* m_resend;
    QPushButton* m_markSent;
    QPushButton* m_discard;
    qint64 m_accountId = 0;
    qint64 m_itemId = 0;
};

} // namespace postbag::ui
