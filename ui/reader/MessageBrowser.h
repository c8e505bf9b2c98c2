// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QTextBrowser>
#include <QUrl>

namespace postbag::ui {

// The reader's text area. Why: QTextBrowser would load whatever a document names (files,
// relative paths, and through an application's loadResource anything else) and navigate on a
// click. Guarantees: loadResource() answers only cid: (from the images given by
// setInlineImages) and the blocked-content placeholder; every other request is refused and
// recorded (refusedRequests()), so nothing is ever read from disk or the network; a click never
// navigates - it emits linkActivated() with the text the link showed, and the owner decides.
class MessageBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit MessageBrowser(QWidget* parent = nullptr);

    // Images by Content-ID (without angle brackets) for the next document.
    void setInlineImages(QHash<QString, QImage> images);
    [[nodiscard]] const QList<QUrl>& refusedRequests() const { return m_refused; }
    [[nodiscard]] int cidRequests() const { return m_cidRequests; }
    void resetCounters();

    [[nodiscard]] QVariant loadResource(int type, const QUrl& name) override;
    // The whole text of the link to `href` at document position `position` (empty if none), and
    // after a space the same with the text touching it on either side, when there is any.
    [[nodiscard]] QString anchorTextAt(int position, const QUrl& href) const;

Q_SIGNALS:
    void linkActivated(const QUrl& url, const QString& text);

protected:
    void doSetSource(const QUrl& name, QTextDocument::ResourceType type) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    [[nodiscard]] static QImage placeholder();

    QHash<QString, QImage> m_images;
    QList<QUrl> m_refused;
    int m_pressPosition = -1; // document position of the last mouse press
    bool m_inMouseRelease = false; // a link activated now was clicked, not chosen by keyboard
    int m_cidRequests = 0;
};

} // namespace postbag::ui
