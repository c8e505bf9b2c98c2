// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace postbag::smtp {

// One SMTP reply (RFC 5321 section 4.2), single- or multi-line. A plain value: what is decided
// from it is decided on `code` alone; `enhanced` (RFC 2034/3463) only refines a decision, since
// many servers never send one.
struct Reply
{
    int code = 0;
    QByteArray enhanced;     // "5.7.8" when the first line had one, else empty
    QList<QByteArray> lines; // each line's text, after the code, separator and enhanced code

    [[nodiscard]] int kind() const
    {
        return code / 100;
    } // 2 done, 3 go on, 4 temporary, 5 permanent
    [[nodiscard]] bool isPositive() const { return kind() == 2 || kind() == 3; }
    // The lines joined by spaces, decoded as server text.
    [[nodiscard]] QString text() const;
};

} // namespace postbag::smtp
