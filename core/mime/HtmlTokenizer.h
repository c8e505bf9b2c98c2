// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <utility>

namespace postbag::mime {

struct HtmlToken
{
    enum class Type
    {
        Text,
        StartTag,
        EndTag,
        End
    };
    Type type = Type::End;
    QStringView text;                              // Text: the raw text (entities undecoded)
    QString name;                                  // tags: lower case
    QList<std::pair<QString, QString>> attributes; // lower-case names, raw (undecoded) values
    bool selfClosing = false;
};

// The one forgiving HTML lexer, for the search text (HtmlToText) and the reader's sanitizer. Why
// one: both must agree on where tags are and which elements' content is never shown, or search
// finds words the reader hides (and the other way round); and decisions per tag and attribute
// cannot be made reliably by regular expressions over a whole document. Guarantees: total (any
// input lexes to the end, in linear time: every step moves forward, every search starts where
// the last one ended), never returns a tag name that is not letters/digits/-/:; comments,
// doctypes and processing instructions are skipped; a '<' that does not start a tag comes back
// as the text "<" so the caller escapes it.
class HtmlTokenizer
{
public:
    explicit HtmlTokenizer(QStringView html) : m_s(html) {}

    [[nodiscard]] HtmlToken next();
    // The raw text up to the end tag `</name` (case-insensitive), which is consumed too.
    [[nodiscard]] QStringView rawTextUntilEndOf(const QString& name);
    // Skips up to the end tag matching `name`, counting nested start tags of the same name.
    void skipElement(const QString& name);
    // Whether an element's content is never shown as text (script, style, title, frames, form
    // controls, media, SVG, MathML ...).
    [[nodiscard]] static bool hidesContent(const QString& name);
    // Skips the content of `start`, a start tag hidesContent() names, and its end tag.
    void skipContentOf(const HtmlToken& start);

private:
    void skipTo(QStringView marker);
    [[nodiscard]] qsizetype findCaseInsensitive(QStringView needle, qsizetype from) const;
    void readAttributes(HtmlToken& token);

    QStringView m_s;
    qsizetype m_pos = 0;
};

} // namespace postbag::mime
