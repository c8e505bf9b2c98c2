// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace postbag::mime {

// HTML to plain text for search and previews, without QtGui (no QTextDocument in core). A single
// linear pass over the same tokens and character references the reader shows (HtmlTokenizer,
// HtmlEntities): tags are dropped (block elements become single line breaks, cells spaces), the
// content of elements the reader never shows (script, style, title ...) and comments are skipped
// whole, and runs of whitespace are collapsed. Not a renderer: it never fetches anything and is
// safe on any input.
class HtmlToText
{
public:
    [[nodiscard]] static QString convert(QStringView html);
};

} // namespace postbag::mime
