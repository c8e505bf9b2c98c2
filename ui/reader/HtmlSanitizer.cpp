// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reader/HtmlSanitizer.h"

#include "ui/reader/HtmlTokenizer.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace postbag::ui {

namespace {

using Set = QSet<QString>;

const Set& allowedTags()
{
    static const Set s = [] {
        Set t;
        for (const char* n :
             {"a",    "abbr",  "address", "b",   "big",   "blockquote", "br",   "caption", "center",
              "cite", "code",  "col",     "colgroup", "dd", "del",    "dfn",  "div",     "dl",
              "dt",   "em",    "font",    "h1",  "h2",    "h3",         "h4",   "h5",      "h6",
              "hr",   "i",     "img",     "ins", "kbd",   "li",         "ol",   "p",       "pre",
              "q",    "s",     "samp",    "small", "span", "strike",    "strong", "sub",   "sup",
              "table", "tbody", "td",     "tfoot", "th",   "thead",     "tr",   "tt",      "u",
              "ul",   "var"}) {
            t.insert(QString::fromLatin1(n));
        }
        return t;
    }();
    return s;
}

// Block-level HTML5 elements QTextDocument does not know: kept as a div so the layout breaks.
const Set& blockAliases()
{
    static const Set s{u"section"_s, u"article"_s, u"header"_s, u"footer"_s, u"nav"_s,
                       u"main"_s,    u"aside"_s,   u"figure"_s, u"figcaption"_s,
                       u"details"_s, u"summary"_s};
    return s;
}

// Removed together with everything inside them.
const Set& droppedWithContent()
{
    static const Set s{u"script"_s,   u"iframe"_s,  u"frame"_s,    u"frameset"_s, u"object"_s,
                       u"embed"_s,    u"applet"_s,  u"svg"_s,      u"math"_s,     u"template"_s,
                       u"title"_s,    u"textarea"_s, u"select"_s,  u"button"_s,   u"audio"_s,
                       u"video"_s,    u"canvas"_s,  u"noembed"_s,  u"noframes"_s, u"xmp"_s,
                       u"plaintext"_s, u"datalist"_s, u"option"_s, u"portal"_s};
    return s;
}

const Set& voidTags()
{
    static const Set s{u"br"_s, u"hr"_s, u"img"_s, u"col"_s};
    return s;
}

const Set& allowedAttributes()
{
    static const Set s{
        u"align"_s,       u"valign"_s,  u"width"_s, u"height"_s, u"border"_s,     u"cellpadding"_s,
        u"cellspacing"_s, u"bgcolor"_s, u"color"_s, u"face"_s,   u"size"_s,       u"colspan"_s,
        u"rowspan"_s,     u"dir"_s,     u"lang"_s,  u"alt"_s,    u"nowrap"_s,     u"start"_s,
        u"type"_s,        u"style"_s,   u"href"_s,  u"src"_s,    u"background"_s, u"name"_s};
    return s;
}

QString escapeAttribute(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'&': out += u"&amp;"; break;
        case u'"': out += u"&quot;"; break;
        case u'<': out += u"&lt;"; break;
        case u'>': out += u"&gt;"; break;
        default: out += c;
        }
    }
    return out;
}

// The scheme as a browser would see it: whitespace and control characters anywhere in the
// value are ignored ("java\tscript:", " javascript:"), letters folded.
QString schemeOf(const QString& url)
{
    QString compact;
    for (const QChar c : url) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7f && c.category() != QChar::Other_Format) {
            compact += c;
        }
    }
    if (compact.startsWith(u"//") || compact.startsWith(u"\\\\")) {
        return QStringLiteral("//");
    }
    static const QRegularExpression scheme(QStringLiteral("^([a-zA-Z][a-zA-Z0-9+.-]*):"));
    const auto m = scheme.match(compact);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

bool isRemote(const QString& scheme)
{
    return scheme == u"http" || scheme == u"https" || scheme == u"//";
}

} // namespace

// One attribute, or nothing when it is not allowed on this tag or its value is unsafe.
static QString attribute(const QString& tag, const QString& name, const QString& rawValue,
                         HtmlSanitizer::Remote remote, SanitizedHtml& result)
{
    if (!allowedAttributes().contains(name)) {
        return {}; // on*, formaction, srcset, xlink:href, http-equiv ... never pass
    }
    const QString value = HtmlSanitizer::decodeEntities(rawValue);
    QString out = value;
    if (name == u"style") {
        out = HtmlSanitizer::sanitizeCss(value, remote, result);
    } else if (name == u"href") {
        const QString scheme = schemeOf(value);
        if (tag != u"a" || !(scheme == u"http" || scheme == u"https" || scheme == u"mailto")) {
            return {};
        }
    } else if (name == u"src" || name == u"background") {
        if (name == u"src" && tag != u"img") {
            return {};
        }
        const QString scheme = schemeOf(value);
        if (scheme == u"cid") {
            result.contentIds.append(QUrl::fromPercentEncoding(value.trimmed().mid(4).toUtf8()));
        } else if (isRemote(scheme)) {
            ++result.remoteReferences;
            result.remoteUrls.append(value.trimmed());
            if (remote == HtmlSanitizer::Remote::Block) {
                out = HtmlSanitizer::kBlockedUrl.toString();
            }
        } else {
            return {}; // data:, file:, javascript:, relative paths: nothing to load
        }
    }
    return u' ' + name + u"=\"" + escapeAttribute(out) + u'"';
}

SanitizedHtml HtmlSanitizer::sanitize(QStringView html, Remote remote)
{
    SanitizedHtml result;
    QString& out = result.html;
    out.reserve(html.size());
    HtmlTokenizer tokens(html);
    for (HtmlToken t = tokens.next(); t.type != HtmlToken::Type::End; t = tokens.next()) {
        if (t.type == HtmlToken::Type::Text) {
            out += t.text == u"<" ? QStringView(u"&lt;") : t.text;
            continue;
        }
        QString name = blockAliases().contains(t.name) ? u"div"_s : t.name;
        if (t.type == HtmlToken::Type::EndTag) {
            if (allowedTags().contains(name) && !voidTags().contains(name)) {
                out += u"</" + name + u'>';
            }
            continue;
        }
        if (name == u"style") {
            // Qt's parser decodes character references inside <style> before its CSS parser
            // reads the text ("u&#114;l(", "&#64;import"): the CSS is checked decoded, and its
            // '&' written escaped so that nothing is decoded twice.
            QString css =
                sanitizeCss(decodeEntities(tokens.rawTextUntilEndOf(name)), remote, result);
            css.replace(u'&', u"&amp;"_s);
            if (!css.trimmed().isEmpty()) {
                out += u"<style>" + css + u"</style>";
            }
            continue;
        }
        if (droppedWithContent().contains(name)) {
            if (!t.selfClosing) {
                if (name == u"script" || name == u"textarea" || name == u"title" || name == u"xmp" ||
                    name == u"noembed" || name == u"noframes" || name == u"iframe") {
                    (void)tokens.rawTextUntilEndOf(name);
                } else {
                    tokens.skipElement(name);
                }
            }
            continue;
        }
        if (!allowedTags().contains(name)) {
            continue; // html, body, form, meta, link, base, input, unknown: tag dropped, text kept
        }
        out += u'<' + name;
        for (const auto& [attrName, value] : std::as_const(t.attributes)) {
            out += attribute(name, attrName, value, remote, result);
        }
        out += u'>';
    }
    return result;
}


QString HtmlSanitizer::decodeEntities(QStringView text)
{
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});?"));
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QStringView body = m.capturedView(1);
        char32_t code = 0;
        if (body.startsWith(u"#x") || body.startsWith(u"#X")) {
            code = body.mid(2).toUInt(nullptr, 16);
        } else if (body.startsWith(u'#')) {
            code = body.mid(1).toUInt();
        } else {
            static const QHash<QString, char32_t> named{{u"amp"_s, U'&'},  {u"lt"_s, U'<'},
                                                        {u"gt"_s, U'>'},   {u"quot"_s, U'"'},
                                                        {u"apos"_s, U'\''}, {u"nbsp"_s, 0xa0},
                                                        {u"colon"_s, U':'}, {u"tab"_s, U'\t'},
                                                        {u"newline"_s, U'\n'}};
            code = named.value(body.toString().toLower(), 0);
            if (code == 0) {
                out += m.capturedView(0);
                continue;
            }
        }
        if (code == 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
            code = 0xfffd;
        }
        out += QString::fromUcs4(&code, 1);
    }
    out += text.mid(last);
    return out;
}

QString HtmlSanitizer::sanitizeCss(QStringView css, Remote remote, SanitizedHtml& result)
{
    QString s = css.toString();
    static const QRegularExpression comments(QStringLiteral(R"(/\*.*?(\*/|$))"),
                                             QRegularExpression::DotMatchesEverythingOption);
    s.remove(comments);
    // Escapes can spell anything ("u\72l(", "\65xpression"): a style that uses them is dropped.
    static const QRegularExpression dangerous(
        QStringLiteral(R"(\\|expression\s*\(|javascript:|vbscript:|-moz-binding|behavior\s*:|@import|@charset|@namespace)"),
        QRegularExpression::CaseInsensitiveOption);
    if (s.contains(dangerous)) {
        return {};
    }
    static const QRegularExpression url(QStringLiteral(R"(url\s*\(\s*(['"]?)([^'")]*)\1\s*\))"),
                                        QRegularExpression::CaseInsensitiveOption);
    // A url( the pattern did not take whole (a quoted URL holding a bracket or a quote) is one
    // Qt's CSS parser may still read: the style is dropped.
    static const QRegularExpression urlStart(QStringLiteral(R"(url\s*\()"),
                                             QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    auto it = url.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        if (QStringView(s).mid(last, m.capturedStart() - last).contains(urlStart)) {
            return {};
        }
        out += QStringView(s).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString target = m.captured(2).trimmed();
        const QString scheme = schemeOf(target);
        if (scheme == u"cid") {
            result.contentIds.append(QUrl::fromPercentEncoding(target.mid(4).toUtf8()));
            out += u"url(\"" + escapeAttribute(target) + u"\")";
        } else if (isRemote(scheme)) {
            ++result.remoteReferences;
            result.remoteUrls.append(target);
            out += remote == Remote::Allow ? QString(u"url(\"" + escapeAttribute(target) + u"\")")
                                           : QStringLiteral("none");
        } else {
            out += u"none";
        }
    }
    if (QStringView(s).mid(last).contains(urlStart)) {
        return {};
    }
    out += QStringView(s).mid(last);
    out.replace(u'<', u' '); // a style body can never close its element
    return out;
}

} // namespace postbag::ui
