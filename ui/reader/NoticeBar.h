// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QPushButton;

namespace postbag::ui {

// A slim bar above the message text: a sentence and a few buttons ("Remote content blocked",
// "Only the headers were downloaded", an error). Why: these states need an action next to the
// text, never a modal dialog. Guarantees: the text is shown as plain text (no markup from
// anywhere can render); buttons are created once and reused.
class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    enum class Tone
    {
        Info,
        Warning
    };

    explicit NoticeBar(Tone tone, QWidget* parent = nullptr);
    void setText(const QString& text);
    [[nodiscard]] QString text() const;
    QPushButton* addButton(const QString& text);

private:
    QLabel* m_label;
    QHBoxLayout* m_layout;
};

} // namespace postbag::ui
