// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace postbag::mime {

// RFC 3676 format=flowed, both ways. GMime has no filter for it, so it is done here.
// unflow() decodes for display: soft line breaks (a line ending in a space) are joined with the
// next line of the same quote depth, space-stuffing is undone, DelSp=yes drops the soft-break
// space, and the signature separator "-- " always stays a hard break. Quoted lines come out as
// "> " per level. flow() is its inverse for sending (DelSp=no): unflow(flow(t), false) == t for
// any text in unflow()'s form (quoted lines as ">> text", no trailing spaces but in "-- ").
// Both are linear in the input, no allocation beyond the result.
class FlowedText
{
public:
    // The width flow() wraps at (RFC 3676 §4.2 recommends at most 78; 72 is customary).
    static constexpr qsizetype LineWidth = 72;

    [[nodiscard]] static QString unflow(QStringView text, bool delSp);

    // Text typed by the user ("\n", "\r\n" or "\r" line breaks) as format=flowed lines ending in
    // "\n": each paragraph broken after a space at LineWidth (a longer word stays whole), lines
    // that begin with a space, ">" or "From " space-stuffed, quote depth kept per line and never
    // joined across depths, trailing spaces before a hard break dropped, "-- " never flowed.
    [[nodiscard]] static QString flow(QStringView text);

    // The text one quote level deeper, in unflow()'s form: "> " before an unquoted line, ">"
    // before a quoted one, ">" alone for an empty line.
    [[nodiscard]] static QString quote(QStringView text);
};

} // namespace postbag::mime
