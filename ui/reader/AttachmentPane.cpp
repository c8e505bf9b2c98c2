// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reader/AttachmentPane.h"

#include "ui/reader/AttachmentFiles.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>

namespace postbag::ui {

AttachmentPane::AttachmentPane(QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)),
      //: Reader: save the selected attachment
      m_save(new QPushButton(tr("Save…"), this)),
      //: Reader: save every attachment of the message into one folder
      m_saveAll(new QPushButton(tr("Save all…"), this)),
      //: Reader: open the selected attachment with the desktop's default application
      m_open(new QPushButton(tr("Open"), this))
{
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSpacing(2);
    m_list->setFixedHeight(2 * m_list->fontMetrics().height() + 16);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setBackgroundRole(QPalette::Window);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 4);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_save, 0, Qt::AlignTop);
    layout->addWidget(m_saveAll, 0, Qt::AlignTop);
    layout->addWidget(m_open, 0, Qt::AlignTop);
    connect(m_list, &QListWidget::currentRowChanged, this, &AttachmentPane::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this,
            [this] { Q_EMIT openRequested(current()); });
    connect(m_save, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(current()); });
    connect(m_saveAll, &QPushButton::clicked, this, &AttachmentPane::saveAllRequested);
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(current()); });
    updateButtons();
}

void AttachmentPane::setAttachments(const QList<mime::Attachment>& attachments)
{
    m_list->clear();
    const QIcon icon(QStringLiteral(":/icons/attachment.svg"));
    for (const mime::Attachment& a : attachments) {
        //: Reader: name of an attachment that has none
        // The name it will be saved under, not the sender's (which may be "../../.bashrc").
        const QString name = a.fileName.isEmpty() ? tr("Unnamed (%1)").arg(a.mimeType)
                                                  : AttachmentFiles::safeFileName(a.fileName);
        //: Reader attachment entry: %1 file name, %2 size such as "12.3 KiB"
        auto* item = new QListWidgetItem(icon, tr("%1 (%2)").arg(name, QLocale().formattedDataSize(a.size)));
        const QString openedAs =
            AttachmentFiles::nameForOpening(AttachmentFiles::safeFileName(a.fileName), a.mimeType);
        item->setData(Qt::UserRole, AttachmentFiles::openVerdict(openedAs, a.mimeType) ==
                                        AttachmentFiles::OpenVerdict::Open);
        // Escaped: a tooltip that looks like rich text is rendered as such.
        item->setToolTip(
            u"<qt>" +
            (a.fileName.isEmpty() ? a.mimeType : QString(a.fileName + u" \u2014 " + a.mimeType))
                .toHtmlEscaped() +
            u"</qt>");
        m_list->addItem(item);
    }
    if (!attachments.isEmpty()) {
        m_list->setCurrentRow(0);
    }
    updateButtons();
}

int AttachmentPane::count() const { return m_list->count(); }

int AttachmentPane::current() const { return m_list->currentRow(); }

void AttachmentPane::updateButtons()
{
    m_save->setEnabled(current() >= 0);
    const QListWidgetItem* item = m_list->currentItem();
    const bool opens = item && item->data(Qt::UserRole).toBool();
    m_open->setEnabled(opens);
    //: Reader: why Open is disabled for the selected attachment
    m_open->setToolTip(item && !opens ? tr("Programs, web pages and files of no telling type are "
                                           "only saved, never opened from here.")
                                      : QString());
    m_saveAll->setEnabled(m_list->count() > 0);
}

} // namespace postbag::ui
