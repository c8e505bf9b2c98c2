// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reader/NoticeBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace postbag::ui {

NoticeBar::NoticeBar(Tone tone, QWidget* parent)
    : QFrame(parent), m_label(new QLabel(this)), m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, tone == Tone::Warning ? QColor(0xfd, 0xf3, 0xd8)
                                                       : QColor(0xe6, 0xf0, 0xfa));
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(p);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_layout->setContentsMargins(10, 4, 6, 4);
    m_layout->addWidget(m_label, 1);
}

void NoticeBar::setText(const QString& text) { m_label->setText(text); }

QString NoticeBar::text() const { return m_label->text(); }

QPushButton* NoticeBar::addButton(const QString& text)
{
    auto* button = new QPushButton(text, this);
    m_layout->addWidget(button);
    return button;
}

} // namespace postbag::ui
