// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace postbag::ui {

// How a message row looks: unread rows bold, a star for flagged mail, a paper clip for
// attachments, and - for search results - the matching snippet under the subject with the hits
// highlighted. Why a delegate: core/models may not use QtGui, so the model only provides roles.
// Guarantees: the snippet's text is escaped before highlighting (a subject or body can never
// inject markup); colours come from the view's palette, so a dark palette stays readable; every
// row has the same height (the list can use uniformRowHeights with 100,000 rows).
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MessageDelegate(QObject* parent = nullptr);

    void setShowSnippets(bool show) { m_showSnippets = show; }
    [[nodiscard]] bool showSnippets() const { return m_showSnippets; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const override;

    // The snippet as HTML: escaped text, hits wrapped in <b> with the given highlight colours.
    [[nodiscard]] static QString snippetHtml(const QString& snippet, const QColor& background,
                                             const QColor& foreground);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    void paintSnippet(QPainter* painter, const QStyleOptionViewItem& option,
                      const QModelIndex& index) const;

    QIcon m_flag;
    QIcon m_attachment;
    bool m_showSnippets = false;
};

} // namespace postbag::ui
