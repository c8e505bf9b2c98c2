// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mime/HtmlTokenizer.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace postbag::mime {

namespace {

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\0';
}

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'-' || c == u':';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

} // namespace

qsizetype HtmlTokenizer::findCaseInsensitive(QStringView needle, qsizetype from) const
{
    return m_s.indexOf(needle, from, Qt::CaseInsensitive);
}

void HtmlTokenizer::skipTo(QStringView marker)
{
    const qsizetype at = m_s.indexOf(marker, m_pos);
    m_pos = at < 0 ? m_s.size() : at + marker.size();
}

HtmlToken HtmlTokenizer::next()
{
    HtmlToken t;
    while (m_pos < m_s.size()) {
        if (m_s.at(m_pos) != u'<') {
            qsizetype end = m_s.indexOf(u'<', m_pos);
            end = end < 0 ? m_s.size() : end;
            t.type = HtmlToken::Type::Text;
            t.text = m_s.mid(m_pos, end - m_pos);
            m_pos = end;
            return t;
        }
        const QStringView rest = m_s.mid(m_pos);
        if (rest.startsWith(u"<!--")) {
            m_pos += 4;
            skipTo(u"-->");
            continue;
        }
        if (rest.startsWith(u"<!") || rest.startsWith(u"<?")) {
            skipTo(u">");
            continue;
        }
        const bool end = rest.startsWith(u"</");
        const qsizetype nameStart = m_pos + (end ? 2 : 1);
        if (nameStart >= m_s.size() || !isAsciiLetter(m_s.at(nameStart))) {
            t.type = HtmlToken::Type::Text;
            t.text = m_s.mid(m_pos, 1); // a lone '<'
            ++m_pos;
            return t;
        }
        qsizetype p = nameStart;
        while (p < m_s.size() && isNameChar(m_s.at(p))) {
            ++p;
        }
        t.type = end ? HtmlToken::Type::EndTag : HtmlToken::Type::StartTag;
        t.name = m_s.mid(nameStart, p - nameStart).toString().toLower();
        m_pos = p;
        readAttributes(t);
        if (end) {
            t.attributes.clear();
        }
        return t;
    }
    return t; // End
}

void HtmlTokenizer::readAttributes(HtmlToken& t)
{
    while (m_pos < m_s.size()) {
        const QChar c = m_s.at(m_pos);
        if (c == u'>') {
            ++m_pos;
            return;
        }
        if (isSpace(c) || c == u'/') {
            t.selfClosing = c == u'/';
            ++m_pos;
            continue;
        }
        t.selfClosing = false;
        const qsizetype nameStart = m_pos;
        while (m_pos < m_s.size() && !isSpace(m_s.at(m_pos)) && m_s.at(m_pos) != u'=' &&
               m_s.at(m_pos) != u'>' && (m_pos == nameStart || m_s.at(m_pos) != u'/')) {
            ++m_pos;
        }
        const QString name = m_s.mid(nameStart, m_pos - nameStart).toString().toLower();
        while (m_pos < m_s.size() && isSpace(m_s.at(m_pos))) {
            ++m_pos;
        }
        QString value;
        if (m_pos < m_s.size() && m_s.at(m_pos) == u'=') {
            ++m_pos;
            while (m_pos < m_s.size() && isSpace(m_s.at(m_pos))) {
                ++m_pos;
            }
            if (m_pos < m_s.size() && (m_s.at(m_pos) == u'"' || m_s.at(m_pos) == u'\'')) {
                const QChar quote = m_s.at(m_pos++);
                qsizetype close = m_s.indexOf(quote, m_pos);
                close = close < 0 ? m_s.size() : close;
                value = m_s.mid(m_pos, close - m_pos).toString();
                m_pos = qMin(close + 1, m_s.size());
            } else {
                const qsizetype start = m_pos;
                while (m_pos < m_s.size() && !isSpace(m_s.at(m_pos)) && m_s.at(m_pos) != u'>') {
                    ++m_pos;
                }
                value = m_s.mid(start, m_pos - start).toString();
            }
        }
        if (!name.isEmpty()) {
            t.attributes.append({name, value});
        }
    }
}

QStringView HtmlTokenizer::rawTextUntilEndOf(const QString& name)
{
    const QString marker = u"</" + name;
    const qsizetype at = findCaseInsensitive(marker, m_pos);
    const qsizetype end = at < 0 ? m_s.size() : at;
    const QStringView raw = m_s.mid(m_pos, end - m_pos);
    m_pos = end;
    if (at >= 0) {
        skipTo(u">");
    }
    return raw;
}

void HtmlTokenizer::skipElement(const QString& name)
{
    int depth = 1;
    while (depth > 0) {
        const HtmlToken t = next();
        if (t.type == HtmlToken::Type::End) {
            return;
        }
        if (t.name == name) {
            depth += t.type == HtmlToken::Type::StartTag && !t.selfClosing ? 1 : 0;
            depth -= t.type == HtmlToken::Type::EndTag ? 1 : 0;
        } else if (t.type == HtmlToken::Type::StartTag &&
                   (t.name == u"script" || t.name == u"style")) {
            (void)rawTextUntilEndOf(t.name);
        }
    }
}

bool HtmlTokenizer::hidesContent(const QString& name)
{
    static const QSet<QString> hidden{
        u"script"_s,   u"style"_s,     u"iframe"_s,   u"frame"_s,   u"frameset"_s,
        u"object"_s,   u"embed"_s,     u"applet"_s,   u"svg"_s,     u"math"_s,
        u"template"_s, u"title"_s,     u"textarea"_s, u"select"_s,  u"button"_s,
        u"audio"_s,    u"video"_s,     u"canvas"_s,   u"noembed"_s, u"noframes"_s,
        u"xmp"_s,      u"plaintext"_s, u"datalist"_s, u"option"_s,  u"portal"_s};
    return hidden.contains(name);
}

void HtmlTokenizer::skipContentOf(const HtmlToken& start)
{
    if (start.selfClosing) {
        return;
    }
    // Elements whose content is raw text up to their end tag, whatever it holds.
    static const QSet<QString> rawText{u"script"_s, u"style"_s,   u"textarea"_s, u"title"_s,
                                       u"xmp"_s,    u"noembed"_s, u"noframes"_s, u"iframe"_s};
    if (rawText.contains(start.name)) {
        (void)rawTextUntilEndOf(start.name);
    } else {
        skipElement(start.name);
    }
}

} // namespace postbag::mime
