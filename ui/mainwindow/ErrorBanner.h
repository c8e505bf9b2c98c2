// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace postbag::ui {

// A bar above the message list that says what went wrong without stopping the user: the
// ErrorText sentence, "Retry" (for an account's sync) and "Edit Account", and a close button.
// Why not a dialog: a failing server must never block reading mail. Guarantees: the text is
// given ready-made (from ErrorText only); Retry is offered only when an account can be retried;
// "Edit Account" stays disabled with a tooltip until the account settings dialog exists.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    // `accountId` 0: not about an account (no Retry).
    void showError(const QString& text, qint64 accountId = 0);
    void dismiss();
    [[nodiscard]] QString text() const;
    [[nodiscard]] qint64 accountId() const { return m_accountId; }
    [[nodiscard]] QPushButton* retryButton() const { return m_retry; }
    [[nodiscard]] QPushButton* editButton() const { return m_edit; }

Q_SIGNALS:
    void retryRequested(qint64 accountId);
    void editRequested(qint64 accountId);

protected:
    void paintEvent(QPaintEvent* event) override;

private:

    QLabel* m_icon;
    QLabel* m_label;
    QPushButton* m_retry;
    QPushButton* m_edit;
    qint64 m_accountId = 0;
};

} // namespace postbag::ui
