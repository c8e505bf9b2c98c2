// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mime/HtmlToText.h"

#include <QStringList>
#include <array>

namespace postbag::mime {

namespace {

struct NamedEntity
{
    const char16_t* name;
    char32_t codePoint;
};

constexpr std::array<NamedEntity, 31> kEntities{{
    {u"amp", U'&'},        {u"lt", U'<'},          {u"gt", U'>'},         {u"quot", U'"'},
    {u"apos", U'\''},      {u"nbsp", U'\u00A0'},   {u"copy", U'\u00A9'},  {u"reg", U'\u00AE'},
    {u"trade", U'\u2122'}, {u"hellip", U'\u2026'}, {u"mdash", U'\u2014'}, {u"ndash", U'\u2013'},
    {u"lsquo", U'\u2018'}, {u"rsquo", U'\u2019'},  {u"ldquo", U'\u201C'}, {u"rdquo", U'\u201D'},
    {u"laquo", U'\u00AB'}, {u"raquo", U'\u00BB'},  {u"bull", U'\u2022'},  {u"middot", U'\u00B7'},
    {u"euro", U'\u20AC'},  {u"pound", U'\u00A3'},  {u"yen", U'\u00A5'},   {u"cent", U'\u00A2'},
    {u"sect", U'\u00A7'},  {u"deg", U'\u00B0'},    {u"times", U'\u00D7'}, {u"auml", U'\u00E4'},
    {u"ouml", U'\u00F6'},  {u"uuml", U'\u00FC'},   {u"szlig", U'\u00DF'},
}};

bool isBlockTag(QStringView name)
{
    static const QStringList blocks = {
        QStringLiteral("br"),      QStringLiteral("p"),      QStringLiteral("div"),
        QStringLiteral("tr"),      QStringLiteral("li"),     QStringLiteral("ul"),
        QStringLiteral("ol"),      QStringLiteral("table"),  QStringLiteral("blockquote"),
        QStringLiteral("hr"),      QStringLiteral("h1"),     QStringLiteral("h2"),
        QStringLiteral("h3"),      QStringLiteral("h4"),     QStringLiteral("h5"),
        QStringLiteral("h6"),      QStringLiteral("pre"),    QStringLiteral("title"),
        QStringLiteral("dt"),      QStringLiteral("dd"),     QStringLiteral("section"),
        QStringLiteral("article"), QStringLiteral("header"), QStringLiteral("footer"),
    };
    return blocks.contains(name, Qt::CaseInsensitive);
}

// Decodes the character reference starting at html[pos] == '&'. Returns the number of characters
// consumed (0 if it is not a reference we know) and appends the result to out.
qsizetype decodeEntity(QStringView html, qsizetype pos, QString& out)
{
    const qsizetype maxLen = 12;
    const qsizetype semi = html.mid(pos, maxLen).indexOf(u';');
    if (semi < 2)
        return 0;
    const QStringView body = html.mid(pos + 1, semi - 1);
    char32_t cp = 0;
    if (body.startsWith(u'#')) {
        bool ok = false;
        const bool hex = body.size() > 1 && (body[1] == u'x' || body[1] == u'X');
        const uint value = body.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return 0;
        cp = value;
    } else {
        for (const NamedEntity& e : kEntities) {
            if (body == QStringView(e.name)) {
                cp = e.codePoint;
                break;
            }
        }
        if (cp == 0)
            return 0;
    }
    const char32_t one[1] = {cp};
    out.append(QString::fromUcs4(one, 1));
    return semi + 1;
}

class Converter
{
public:
    explicit Converter(QStringView html) : m_html(html) { m_out.reserve(html.size() / 2); }

    QString run()
    {
        qsizetype i = 0;
        const qsizetype n = m_html.size();
        while (i < n) {
            const QChar c = m_html[i];
            if (c == u'<') {
                i = tag(i);
            } else if (c == u'&') {
                QString decoded;
                const qsizetype used = decodeEntity(m_html, i, decoded);
                if (used > 0) {
                    for (QChar d : std::as_const(decoded))
                        text(d);
                    i += used;
                } else {
                    text(c);
                    ++i;
                }
            } else {
                text(c);
                ++i;
            }
        }
        while (!m_out.isEmpty() && m_out.back().isSpace())
            m_out.chop(1);
        return m_out;
    }

private:
    void text(QChar c)
    {
        if (c.isSpace()) {
            m_pendingSpace = true;
            return;
        }
        if (m_pendingSpace && !m_out.isEmpty() && m_out.back() != u'\n')
            m_out.append(u' ');
        m_pendingSpace = false;
        m_out.append(c);
    }

    void lineBreak()
    {
        m_pendingSpace = false;
        while (!m_out.isEmpty() && m_out.back() == u' ')
            m_out.chop(1);
        // Block boundaries become one line break, however many tags close and open there.
        if (m_out.isEmpty() || m_out.endsWith(u'\n'))
            return;
        m_out.append(u'\n');
    }

    // Handles the markup starting at m_html[start] == '<'; returns the index after it.
    qsizetype tag(qsizetype start)
    {
        if (m_html.mid(start, 4) == u"<!--") {
            const qsizetype end = m_html.indexOf(u"-->", start + 4);
            return end < 0 ? m_html.size() : end + 3;
        }
        const qsizetype close = m_html.indexOf(u'>', start + 1);
        if (close < 0)
            return m_html.size();
        QStringView inner = m_html.mid(start + 1, close - start - 1);
        const bool closing = inner.startsWith(u'/');
        if (closing)
            inner = inner.mid(1);
        qsizetype nameEnd = 0;
        while (nameEnd < inner.size() && (inner[nameEnd].isLetterOrNumber()))
            ++nameEnd;
        const QStringView name = inner.left(nameEnd);

        if (!closing && (name.compare(u"script", Qt::CaseInsensitive) == 0 ||
                         name.compare(u"style", Qt::CaseInsensitive) == 0 ||
                         name.compare(u"head", Qt::CaseInsensitive) == 0)) {
            // Skip to the matching end tag (case-insensitive); unterminated: skip the rest.
            const QString endTag = QStringLiteral("</") + name.toString();
            const qsizetype end = m_html.indexOf(endTag, close + 1, Qt::CaseInsensitive);
            if (end < 0)
                return m_html.size();
            const qsizetype endClose = m_html.indexOf(u'>', end);
            return endClose < 0 ? m_html.size() : endClose + 1;
        }
        if (isBlockTag(name))
            lineBreak();
        else if (name.compare(u"td", Qt::CaseInsensitive) == 0 ||
                 name.compare(u"th", Qt::CaseInsensitive) == 0 ||
                 name.compare(u"img", Qt::CaseInsensitive) == 0)
            m_pendingSpace = true;
        return close + 1;
    }

    QStringView m_html;
    QString m_out;
    bool m_pendingSpace = false;
};

} // namespace

QString HtmlToText::convert(QStringView html)
{
    return Converter(html).run();
}

} // namespace postbag::mime
