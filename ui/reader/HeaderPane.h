// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mime/ParsedMessage.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace postbag::ui {

// The header area of the reader: Subject, From, To, Cc, Date and the "View source" action.
// Why: headers are attacker-written text and must look like data. Guarantees: every value is
// shown as plain text (no markup, no links); empty To/Cc rows are hidden; names and addresses are
// shown together so a display name cannot pass for another address.
class HeaderPane : public QWidget
{
    Q_OBJECT

public:
    explicit HeaderPane(QWidget* parent = nullptr);
    void setMessage(const mime::MessageSummary& message);
    void clear();
    [[nodiscard]] static QString addressList(const QList<mime::Address>& addresses);

Q_SIGNALS:
    void viewSourceRequested();

private:
    QLabel* m_subject;
    QLabel* m_from;
    QLabel* m_to;
    QLabel* m_cc;
    QLabel* m_date;
    QLabel* m_toCaption;
    QLabel* m_ccCaption;
    QToolButton* m_source;
};

} // namespace postbag::ui
