// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace postbag::ui {

struct SanitizedHtml
{
    QString html;
    int remoteReferences = 0; // http(s) images, backgrounds and CSS url()s found
    QStringList contentIds;   // cid: references of images, in document order, decoded
    QStringList remoteUrls;   // the remote references, as written (for a fetcher the app owns)
};

// Rewrites mail HTML into a small, safe HTML subset for QTextBrowser. Why: mail HTML is hostile
// (scripts, event handlers, tracking pixels, forms, frames) and QTextDocument must see nothing
// that acts or reaches out. Guarantees (pure, QtCore only, no widget): the output is rebuilt
// from an allow-list - only listed tags, only listed attributes, every attribute value decoded
// and re-escaped, so no input can smuggle a tag, an on* handler, a javascript:/data:/file: URL,
// a script, style sheet link, meta refresh, base, form control, frame, object or SVG into it.
// Links keep only http, https and mailto targets. Remote resources (http, https and
// protocol-relative image sources, backgrounds and CSS url()) become kBlockedUrl placeholders
// unless allowed; cid: images are kept. <style> blocks and style attributes lose @import,
// expression(), bindings, escapes and non-cid url()s; one over kMaxCssLength is dropped. Text
// is decoded with the table search uses (mime::HtmlEntities) and re-escaped, so the viewer
// shows what is indexed. It runs on the GUI thread, so every step is a forward scan with no
// backtracking: the cost is linear in the input, whatever the input.
class HtmlSanitizer
{
public:
    enum class Remote
    {
        Block,
        Allow // kept as written; the reader still never fetches them itself
    };

    static constexpr QStringView kBlockedScheme = u"postbag-blocked";
    static constexpr QStringView kBlockedUrl = u"postbag-blocked:image";
    // One style attribute or <style> body longer than this is dropped unread.
    static constexpr qsizetype kMaxCssLength = 256 * 1024;

    [[nodiscard]] static SanitizedHtml sanitize(QStringView html, Remote remote);
    // A style attribute or <style> body made safe; remote url()s counted in `result`.
    [[nodiscard]] static QString sanitizeCss(QStringView css, Remote remote, SanitizedHtml& result);
};

} // namespace postbag::ui
