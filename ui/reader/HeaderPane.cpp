// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reader/HeaderPane.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace postbag::ui {

namespace {

QLabel* valueLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return l;
}

QLabel* captionLabel(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setAlignment(Qt::AlignRight | Qt::AlignTop);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, QColor(0x60, 0x60, 0x60));
    l->setPalette(p);
    return l;
}

} // namespace

HeaderPane::HeaderPane(QWidget* parent)
    : QWidget(parent), m_subject(valueLabel(this)), m_from(valueLabel(this)),
      m_to(valueLabel(this)), m_cc(valueLabel(this)), m_date(valueLabel(this)),
      //: Reader header caption: recipients
      m_toCaption(captionLabel(tr("To"), this)),
      //: Reader header caption: carbon-copy recipients
      m_ccCaption(captionLabel(tr("Cc"), this)), m_source(new QToolButton(this))
{
    QFont big = m_subject->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_subject->setFont(big);
    //: Reader action: show the message's raw text as received
    m_source->setText(tr("View source"));
    m_source->setAutoRaise(true);
    connect(m_source, &QToolButton::clicked, this, &HeaderPane::viewSourceRequested);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(12, 10, 12, 6);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(3);
    grid->addWidget(m_subject, 0, 0, 1, 2);
    grid->addWidget(m_source, 0, 2, Qt::AlignTop);
    //: Reader header caption: the sender
    grid->addWidget(captionLabel(tr("From"), this), 1, 0);
    grid->addWidget(m_from, 1, 1, 1, 2);
    grid->addWidget(m_toCaption, 2, 0);
    grid->addWidget(m_to, 2, 1, 1, 2);
    grid->addWidget(m_ccCaption, 3, 0);
    grid->addWidget(m_cc, 3, 1, 1, 2);
    //: Reader header caption: when the message was sent
    grid->addWidget(captionLabel(tr("Date"), this), 4, 0);
    grid->addWidget(m_date, 4, 1, 1, 2);
    grid->setColumnStretch(1, 1);
}

QString HeaderPane::addressList(const QList<mime::Address>& addresses)
{
    QStringList parts;
    for (const mime::Address& a : addresses) {
        if (a.name.isEmpty() || a.name == a.address) {
            parts.append(a.address);
        } else if (a.address.isEmpty()) {
            parts.append(a.name);
        } else {
            parts.append(a.name + u" <" + a.address + u'>');
        }
    }
    return parts.join(QStringLiteral(", "));
}

void HeaderPane::setMessage(const mime::MessageSummary& message)
{
    //: Reader: shown instead of an empty subject
    m_subject->setText(message.subject.trimmed().isEmpty() ? tr("(no subject)") : message.subject);
    m_from->setText(addressList(message.from));
    m_to->setText(addressList(message.to));
    m_cc->setText(addressList(message.cc));
    m_date->setText(QLocale().toString(message.date.toLocalTime(), QLocale::LongFormat));
    m_to->setVisible(!message.to.isEmpty());
    m_toCaption->setVisible(!message.to.isEmpty());
    m_cc->setVisible(!message.cc.isEmpty());
    m_ccCaption->setVisible(!message.cc.isEmpty());
    m_source->setEnabled(true);
}

void HeaderPane::clear()
{
    for (QLabel* l : {m_subject, m_from, m_to, m_cc, m_date}) {
        l->clear();
    }
    m_source->setEnabled(false);
}

} // namespace postbag::ui
