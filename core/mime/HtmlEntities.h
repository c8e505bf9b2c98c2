// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace postbag::mime {

// The one table of HTML character references, for everything that reads mail HTML: the search
// text (HtmlToText) and the reader's sanitizer. Why one: what is indexed must be what is shown,
// and what the sanitizer checks must be what the viewer would read. Guarantees: a single linear
// pass; numeric references (decimal and hex, with or without ';') decode, and one that is 0, a
// surrogate or beyond U+10FFFF becomes U+FFFD as in HTML; named references are the HTML 4 set
// plus apos, colon, Tab and NewLine, with or without ';' (not without it before '=', as in a
// link's "&copy=2"), matched exactly or else ignoring case; anything else stays as written.
class HtmlEntities
{
public:
    [[nodiscard]] static QString decode(QStringView text);
    // Decodes the reference starting at text[pos] == '&' into `out`; returns the number of
    // characters it takes, or 0 when there is none (out is then untouched).
    [[nodiscard]] static qsizetype decodeAt(QStringView text, qsizetype pos, QString& out);
};

} // namespace postbag::mime
