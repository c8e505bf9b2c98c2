// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/MessageDelegate.h"

#include "core/models/MessageListModel.h"
#include "core/models/ModelRoles.h"
#include "core/store/MessageSearch.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace postbag::ui {

using models::MessageListModel;

MessageDelegate::MessageDelegate(QObject* parent)
    : QStyledItemDelegate(parent), m_flag(QStringLiteral(":/icons/flag.svg")),
      m_attachment(QStringLiteral(":/icons/attachment.svg"))
{
}

void MessageDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(models::UnreadRole).toBool()) {
        option->font.setBold(true);
    }
    if (index.column() == MessageListModel::FlagColumn &&
        index.data(models::FlaggedRole).toBool()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = m_flag;
    } else if (index.column() == MessageListModel::AttachmentColumn &&
               index.data(models::HasAttachmentsRole).toBool()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = m_attachment;
    }
    if (option->features & QStyleOptionViewItem::HasDecoration) {
        option->decorationAlignment = Qt::AlignCenter;
        option->displayAlignment = Qt::AlignCenter;
    }
    if (m_showSnippets) {
        option->displayAlignment = (option->displayAlignment & Qt::AlignHorizontal_Mask) | Qt::AlignTop;
    }
}

QString MessageDelegate::snippetHtml(const QString& snippet, const QColor& background,
                                     const QColor& foreground)
{
    QString html = snippet.simplified().toHtmlEscaped();
    html.replace(store::MessageSearch::kHighlightBegin,
                 QString(u"<b style=\"background-color:" + background.name() + u";color:" +
                         foreground.name() + u"\">"));
    html.replace(store::MessageSearch::kHighlightEnd, QStringLiteral("</b>"));
    return html;
}

void MessageDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (m_showSnippets && index.column() == MessageListModel::SubjectColumn) {
        paintSnippet(painter, option, index);
    }
}

void MessageDelegate::paintSnippet(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    const QString snippet = index.data(models::SnippetRole).toString();
    if (snippet.isEmpty()) {
        return;
    }
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    QTextDocument doc;
    doc.setDocumentMargin(0);
    QFont font = option.font;
    font.setBold(false);
    doc.setDefaultFont(font);
    const QColor text = selected ? pal.color(QPalette::HighlightedText)
                                 : pal.color(QPalette::PlaceholderText);
    doc.setHtml(QString(u"<span style=\"color:" + text.name() + u"\">" +
                        snippetHtml(snippet, pal.color(QPalette::Highlight).lighter(selected ? 130 : 160),
                                    selected ? pal.color(QPalette::HighlightedText)
                                             : pal.color(QPalette::Text)) +
                        u"</span>"));
    const int lineHeight = option.fontMetrics.height();
    const QRect area = option.rect.adjusted(4, lineHeight + 3, -4, -1);
    doc.setTextWidth(-1);
    painter->save();
    painter->setClipRect(area);
    painter->translate(area.topLeft());
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette = pal;
    ctx.palette.setColor(QPalette::Text, text);
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int line = option.fontMetrics.height();
    size.setHeight(qMax(size.height(), line + 6) + (m_showSnippets ? line + 2 : 0));
    return size;
}

} // namespace postbag::ui
