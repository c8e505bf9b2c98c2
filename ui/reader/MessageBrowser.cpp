// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reader/MessageBrowser.h"

#include "ui/reader/HtmlSanitizer.h"

#include <QAbstractTextDocumentLayout>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>

namespace postbag::ui {

MessageBrowser::MessageBrowser(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(12);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        // A click lands where the mouse was pressed; Enter on a link tabbed to selects it.
        const QTextCursor cursor = textCursor();
        const int position = m_inMouseRelease        ? m_pressPosition
                             : cursor.hasSelection() ? cursor.selectionStart()
                                                     : -1;
        Q_EMIT linkActivated(url, anchorTextAt(position, url));
    });
}

void MessageBrowser::setInlineImages(QHash<QString, QImage> images)
{
    m_images = std::move(images);
}

void MessageBrowser::resetCounters()
{
    m_refused.clear();
    m_cidRequests = 0;
}

QImage MessageBrowser::placeholder()
{
    // A flat tile: it is scaled to the width and height the HTML gave the remote image, and a
    // flat colour stays clean at any size (a 1x1 tracking pixel stays invisible).
    static const QImage image = [] {
        QImage img(8, 8, QImage::Format_RGB32);
        img.fill(QColor(0xec, 0xee, 0xf1));
        return img;
    }();
    return image;
}

QVariant MessageBrowser::loadResource(int type, const QUrl& name)
{
    const QString scheme = name.scheme().toLower();
    if (scheme == u"cid" && type == QTextDocument::ImageResource) {
        ++m_cidRequests;
        const QImage image = m_images.value(name.path(QUrl::FullyDecoded));
        if (!image.isNull()) {
            return image;
        }
        return placeholder();
    }
    if (scheme == HtmlSanitizer::kBlockedScheme && type == QTextDocument::ImageResource) {
        return placeholder();
    }
    m_refused.append(name); // never the network, never a file
    // Never an empty answer: with one, QTextDocument reads the URL as a local file itself (a
    // style's url("file:///dev/zero#)") or an image's "//host/path" would be read from disk).
    if (type == QTextDocument::ImageResource) {
        return placeholder();
    }
    return QVariant(QStringLiteral(""));
}

void MessageBrowser::mousePressEvent(QMouseEvent* event)
{
    // Viewport to document coordinates, as QTextEdit maps them (mirrored scrolling when RTL).
    const QScrollBar* h = horizontalScrollBar();
    const int x = isRightToLeft() ? h->maximum() - h->value() : h->value();
    m_pressPosition = document()->documentLayout()->hitTest(
        event->position() + QPointF(x, verticalScrollBar()->value()), Qt::ExactHit);
    QTextBrowser::mousePressEvent(event);
}

void MessageBrowser::mouseReleaseEvent(QMouseEvent* event)
{
    m_inMouseRelease = true;
    QTextBrowser::mouseReleaseEvent(event);
    m_inMouseRelease = false;
}

QString MessageBrowser::anchorTextAt(int position, const QUrl& href) const
{
    if (position < 0) {
        return {};
    }
    const QTextBlock block = document()->findBlock(position);
    int runStart = -1;
    int runEnd = -1;
    bool covers = false;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment f = it.fragment();
        const QTextCharFormat format = f.charFormat();
        if (!format.isAnchor() || QUrl(format.anchorHref()) != href) {
            if (covers) {
                break; // the run of this link that holds the position has ended
            }
            runStart = -1;
            continue;
        }
        if (runStart < 0) {
            runStart = f.position();
        }
        runEnd = f.position() + f.length();
        covers = covers || (position >= f.position() && position <= runEnd);
    }
    if (!covers) {
        return {};
    }
    // What touches the link with no space between reads as part of it: "paypal" and "com" as
    // two links with a "." between them, or a link "paypal" followed by ".com", show one address.
    // The link's own text comes too: "Login:" before a link "paypal.com" must not hide it.
    const QString text = block.text();
    const qsizetype linkStart = runStart - block.position();
    const qsizetype linkEnd = runEnd - block.position();
    qsizetype start = linkStart;
    qsizetype end = linkEnd;
    while (start > 0 && !text.at(start - 1).isSpace()) {
        --start;
    }
    while (end < text.size() && !text.at(end).isSpace()) {
        ++end;
    }
    const QString own = text.mid(linkStart, linkEnd - linkStart);
    if (start == linkStart && end == linkEnd) {
        return own;
    }
    return own + u' ' + text.mid(start, end - start);
}

void MessageBrowser::doSetSource(const QUrl& name, QTextDocument::ResourceType)
{
    m_refused.append(name); // navigation is not a thing a mail reader does
}

} // namespace postbag::ui
