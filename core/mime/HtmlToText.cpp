// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mime/HtmlToText.h"

#include "core/mime/HtmlEntities.h"
#include "core/mime/HtmlTokenizer.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace postbag::mime {

namespace {

bool isBlockTag(const QString& name)
{
    static const QSet<QString> blocks{
        u"br"_s, u"p"_s,       u"div"_s,        u"tr"_s,     u"li"_s,    u"ul"_s,
        u"ol"_s, u"table"_s,   u"blockquote"_s, u"hr"_s,     u"h1"_s,    u"h2"_s,
        u"h3"_s, u"h4"_s,      u"h5"_s,         u"h6"_s,     u"pre"_s,   u"dt"_s,
        u"dd"_s, u"section"_s, u"article"_s,    u"header"_s, u"footer"_s};
    return blocks.contains(name);
}

class Converter
{
public:
    explicit Converter(QStringView html) : m_html(html) { m_out.reserve(html.size() / 2); }

    QString run()
    {
        HtmlTokenizer tokens(m_html);
        for (HtmlToken t = tokens.next(); t.type != HtmlToken::Type::End; t = tokens.next()) {
            if (t.type == HtmlToken::Type::Text) {
                for (const QChar c : HtmlEntities::decode(t.text)) {
                    text(c);
                }
            } else if (t.type == HtmlToken::Type::StartTag && HtmlTokenizer::hidesContent(t.name)) {
                tokens.skipContentOf(t);
            } else if (isBlockTag(t.name)) {
                lineBreak();
            } else if (t.name == u"td" || t.name == u"th" || t.name == u"img") {
                m_pendingSpace = true;
            }
        }
        while (!m_out.isEmpty() && m_out.back().isSpace()) {
            m_out.chop(1);
        }
        return m_out;
    }

private:
    void text(QChar c)
    {
        if (c.isSpace()) {
            m_pendingSpace = true;
            return;
        }
        if (m_pendingSpace && !m_out.isEmpty() && m_out.back() != u'\n') {
            m_out.append(u' ');
        }
        m_pendingSpace = false;
        m_out.append(c);
    }

    void lineBreak()
    {
        m_pendingSpace = false;
        while (!m_out.isEmpty() && m_out.back() == u' ') {
            m_out.chop(1);
        }
        // Block boundaries become one line break, however many tags close and open there.
        if (m_out.isEmpty() || m_out.endsWith(u'\n')) {
            return;
        }
        m_out.append(u'\n');
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
