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
      m_retry(new QPushButton(tr("&Retry"), this)),
      m_edit(new QPushButton(tr("&Edit Account…"), this)),
      //: Outbox item choices in the error bar
      m_resend(new QPushButton(tr("Re&send"), this)),
      m_markSent(new QPushButton(tr("Mar&k as Sent"), this)),
      m_discard(new QPushButton(tr("&Discard"), this))
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
    layout->addWidget(m_resend, 0, Qt::AlignVCenter);
    layout->addWidget(m_markSent, 0, Qt::AlignVCenter);
    layout->addWidget(m_discard, 0, Qt::AlignVCenter);
    layout->addWidget(m_edit, 0, Qt::AlignVCenter);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const qint64 id = m_accountId;
        dismiss();
        Q_EMIT retryRequested(id);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_accountId); });
    // Each choice is about the item shown when it was clicked, and is made once.
    connect(m_resend, &QPushButton::clicked, this, [this] {
        const qint64 item = m_itemId, account = m_accountId;
        dismiss();
        Q_EMIT resendRequested(item, account);
    });
    connect(m_markSent, &QPushButton::clicked, this, [this] {
        const qint64 item = m_itemId;
        dismiss();
        Q_EMIT markSentRequested(item);
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        const qint64 item = m_itemId;
        dismiss();
        Q_EMIT discardRequested(item);
    });
    connect(close, &QToolButton::clicked, this, &ErrorBanner::dismiss);
    showOutboxChoices(false, false);
    hide();
}

void ErrorBanner::showOutboxChoices(bool shown, bool uncertain)
{
    m_resend->setVisible(shown);
    m_markSent->setVisible(shown && uncertain);
    m_discard->setVisible(shown);
}

void ErrorBanner::showOutboxProblem(const QString& text, qint64 accountId, qint64 itemId,
                                    bool uncertain)
{
    m_accountId = accountId;
    m_itemId = itemId;
    m_label->setText(text);
    m_retry->setVisible(false);
    // A failure may need the settings (a password, the server); an uncertain send does not.
    m_edit->setVisible(!uncertain && accountId > 0);
    showOutboxChoices(true, uncertain);
    setAccessibleDescription(text);
    show();
}

void ErrorBanner::showError(const QString& text, qint64 accountId)
{
    m_accountId = accountId;
    m_itemId = 0;
    showOutboxChoices(false, false);
    m_label->setText(text);
    m_retry->setVisible(accountId > 0);
    m_edit->setVisible(accountId > 0);
    setAccessibleDescription(text);
    show();
}

void ErrorBanner::dismiss()
{
    m_accountId = 0;
    m_itemId = 0;
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
