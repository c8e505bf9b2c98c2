// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace postbag::ui {

// Plain-text mail as HTML for the reader. Why: plain text needs clickable links and quote
// colouring, and its text must never be read as markup. Guarantees: every character of the input
// is escaped (no input produces a tag); only http(s):// and www. URLs, mailto: and bare e-mail
// addresses become links (http, https or mailto targets, nothing else); trailing punctuation
// stays outside a link; lines keep their breaks and spaces.
class PlainTextRenderer
{
public:
    [[nodiscard]] static QString toHtml(const QString& text);
    // One line's escaped text with its links.
    [[nodiscard]] static QString linkify(const QString& line);
};

} // namespace postbag::ui
