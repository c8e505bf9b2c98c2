// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reader/HtmlSanitizer.h"

#include "core/mime/HtmlEntities.h"
#include "core/mime/HtmlTokenizer.h"

#include <QSet>
#include <QUrl>
#include <optional>

using namespace Qt::StringLiterals;

namespace postbag::ui {

using mime::HtmlEntities;
using mime::HtmlToken;
using mime::HtmlTokenizer;

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
    // RFC 3986: a letter, then letters, digits, '+', '-' or '.', up to the colon.
    for (qsizetype i = 0; i < compact.size(); ++i) {
        const char16_t c = compact.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        if (c == u':' && i > 0) {
            return compact.left(i).toLower();
        }
        if (!(letter ||
              (i > 0 && ((c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.')))) {
            return {};
        }
    }
    return {};
}

bool isRemote(const QString& scheme)
{
    return scheme == u"http" || scheme == u"https" || scheme == u"//";
}

// The CSS without its comments; an unclosed comment runs to the end. One pass.
QString withoutCssComments(QStringView css)
{
    QString out;
    out.reserve(css.size());
    qsizetype pos = 0;
    while (pos < css.size()) {
        const qsizetype open = css.indexOf(u"/*", pos);
        if (open < 0) {
            out += css.mid(pos);
            break;
        }
        out += css.mid(pos, open - pos);
        const qsizetype close = css.indexOf(u"*/", open + 2);
        pos = close < 0 ? css.size() : close + 2;
    }
    return out;
}

bool isCssSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

// A forward-only cursor over comment-free CSS. Why not regular expressions: patterns with
// optional whitespace and alternatives backtrack on hostile input ("url(" and thousands of
// spaces); here every character is looked at a bounded number of times, so the cost is linear.
class CssScanner
{
public:
    explicit CssScanner(QStringView css) : m_s(css) {}

    // The start of the next `word` (any case) followed by optional whitespace and `next`; the
    // cursor then stands after `next`. -1 when there is none.
    qsizetype findWordThen(QStringView word, QChar next)
    {
        for (qsizetype at = m_s.indexOf(word, m_pos, Qt::CaseInsensitive); at >= 0;
             at = m_s.indexOf(word, m_pos, Qt::CaseInsensitive)) {
            m_pos = at + word.size();
            skipSpace(); // the spaces before the next occurrence: each is passed over once
            if (m_pos < m_s.size() && m_s.at(m_pos) == next) {
                ++m_pos;
                return at;
            }
        }
        m_pos = m_s.size();
        return -1;
    }

    // After "url(": an optionally quoted body without quotes or brackets inside, then ')'.
    std::optional<QString> readUrlBody()
    {
        skipSpace();
        const bool quoted = m_pos < m_s.size() && (m_s.at(m_pos) == u'"' || m_s.at(m_pos) == u'\'');
        const QChar quote = quoted ? m_s.at(m_pos++) : QChar();
        const qsizetype start = m_pos;
        while (m_pos < m_s.size() && m_s.at(m_pos) != u'"' && m_s.at(m_pos) != u'\'' &&
               m_s.at(m_pos) != u')') {
            ++m_pos;
        }
        const QString body = m_s.mid(start, m_pos - start).toString();
        if (quoted) {
            if (m_pos >= m_s.size() || m_s.at(m_pos) != quote) {
                return std::nullopt;
            }
            ++m_pos;
            skipSpace();
        }
        if (m_pos >= m_s.size() || m_s.at(m_pos) != u')') {
            return std::nullopt;
        }
        ++m_pos;
        return body;
    }

    [[nodiscard]] qsizetype position() const { return m_pos; }

private:
    void skipSpace()
    {
        while (m_pos < m_s.size() && isCssSpace(m_s.at(m_pos))) {
            ++m_pos;
        }
    }

    QStringView m_s;
    qsizetype m_pos = 0;
};

} // namespace

// One attribute, or nothing when it is not allowed on this tag or its value is unsafe.
static QString attribute(const QString& tag, const QString& name, const QString& rawValue,
                         HtmlSanitizer::Remote remote, SanitizedHtml& result)
{
    if (!allowedAttributes().contains(name)) {
        return {}; // on*, formaction, srcset, xlink:href, http-equiv ... never pass
    }
    const QString value = HtmlEntities::decode(rawValue);
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
            // Decoded here with the table search uses, so the viewer shows what is indexed.
            out += HtmlEntities::decode(t.text).toHtmlEscaped();
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
                sanitizeCss(HtmlEntities::decode(tokens.rawTextUntilEndOf(name)), remote, result);
            css.replace(u'&', u"&amp;"_s);
            if (!css.trimmed().isEmpty()) {
                out += u"<style>" + css + u"</style>";
            }
            continue;
        }
        if (HtmlTokenizer::hidesContent(name)) {
            tokens.skipContentOf(t);
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

QString HtmlSanitizer::sanitizeCss(QStringView css, Remote remote, SanitizedHtml& result)
{
    if (css.size() > kMaxCssLength) {
        return {};
    }
    const QString s = withoutCssComments(css);
    // Escapes can spell anything ("u\72l(", "\65xpression"): a style that uses them is dropped.
    for (const QStringView word :
         {QStringView(u"\\"), QStringView(u"javascript:"), QStringView(u"vbscript:"),
          QStringView(u"-moz-binding"), QStringView(u"@import"), QStringView(u"@charset"),
          QStringView(u"@namespace")}) {
        if (s.contains(word, Qt::CaseInsensitive)) {
            return {};
        }
    }
    if (CssScanner(s).findWordThen(u"expression", u'(') >= 0 ||
        CssScanner(s).findWordThen(u"behavior", u':') >= 0) {
        return {};
    }
    QString out;
    CssScanner scan(s);
    qsizetype last = 0;
    for (qsizetype at = scan.findWordThen(u"url", u'('); at >= 0;
         at = scan.findWordThen(u"url", u'(')) {
        out += QStringView(s).mid(last, at - last);
        // A url( not taken whole (a quoted URL holding a bracket or a quote, no closing bracket)
        // is one Qt's CSS parser may still read: the style is dropped.
        const std::optional<QString> url = scan.readUrlBody();
        if (!url) {
            return {};
        }
        last = scan.position();
        const QString target = url->trimmed();
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
    out += QStringView(s).mid(last);
    out.replace(u'<', u' '); // a style body can never close its element
    return out;
}

} // namespace postbag::ui
