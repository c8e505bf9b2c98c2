// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <utility>

namespace postbag::ui {

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
    QStringView text; // Text: the raw text (entities undecoded)
    QString name;     // tags: lower case
    QList<std::pair<QString, QString>> attributes; // lower-case names, raw (undecoded) values
    bool selfClosing = false;
};

// A forgiving HTML lexer for HtmlSanitizer. Why: the sanitizer must decide per tag and per
// attribute, which regular expressions over a whole document cannot do reliably. Guarantees:
// total (any input lexes to the end, in linear time), never returns a tag name that is not
// letters/digits/-/:; comments, doctypes and processing instructions are skipped; a '<' that does
// not start a tag comes back as the text "<" so the caller escapes it.
class HtmlTokenizer
{
public:
    explicit HtmlTokenizer(QStringView html) : m_s(html) {}

    [[nodiscard]] HtmlToken next();
    // The raw text up to the end tag `</name` (case-insensitive), which is consumed too.
    [[nodiscard]] QStringView rawTextUntilEndOf(const QString& name);
    // Skips up to the end tag matching `name`, counting nested start tags of the same name.
    void skipElement(const QString& name);

private:
    void skipTo(QStringView marker);
    [[nodiscard]] qsizetype findCaseInsensitive(QStringView needle, qsizetype from) const;
    void readAttributes(HtmlToken& token);

    QStringView m_s;
    qsizetype m_pos = 0;
};

} // namespace postbag::ui
