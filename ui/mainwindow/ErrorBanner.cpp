// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/ErrorBanner.h"

#include <QPainter>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace postbag::ui {

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_label(new QLabel(this)),
      m_retry(new QPushButton(tr("&Retry"), this)), m_edit(new QPushButton(tr("&Edit Account…"), this))
{
    setFrameShape(QFrame::StyledPanel);
    //: Accessible name of the bar that shows an error above the message list
    setAccessibleName(tr("Error"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // it may quote a server's words
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    m_icon->setAccessibleName(tr("Warning"));
    auto* close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    //: Button that hides the error bar
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(close->toolTip());
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    layout->addWidget(m_edit, 0, Qt::AlignVCenter);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const qint64 id = m_accountId;
        dismiss();
        Q_EMIT retryRequested(id);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_accountId); });
    connect(close, &QToolButton::clicked, this, &ErrorBanner::dismiss);
    hide();
}

void ErrorBanner::showError(const QString& text, qint64 accountId)
{
    m_accountId = accountId;
    m_label->setText(text);
    m_retry->setVisible(accountId > 0);
    m_edit->setVisible(accountId > 0);
    setAccessibleDescription(text);
    show();
}

void ErrorBanner::dismiss()
{
    m_accountId = 0;
    hide();
}

QString ErrorBanner::text() const
{
    return m_label->text();
}

void ErrorBanner::paintEvent(QPaintEvent* event)
{
    // An amber tint of the current window colour, computed at paint time: readable on light and
    // dark palettes alike, because the text keeps the palette's own contrasting foreground.
    const QColor base = palette().color(QPalette::Window);
    const QColor amber(0xf0, 0xa0, 0x20);
    const float mix = base.lightness() > 128 ? 0.25f : 0.35f;
    const QColor tint = QColor::fromRgbF(base.redF() * (1 - mix) + amber.redF() * mix,
                                         base.greenF() * (1 - mix) + amber.greenF() * mix,
                                         base.blueF() * (1 - mix) + amber.blueF() * mix);
    QPainter(this).fillRect(rect(), tint);
    QFrame::paintEvent(event);
}

} // namespace postbag::ui
