// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace postbag::mime {

// RFC 3676 format=flowed decoding ("unflowing") for display. GMime has no filter for it, so it is
// done here: soft line breaks (a line ending in a space) are joined with the next line of the same
// quote depth, space-stuffing is undone, DelSp=yes drops the soft-break space, and the signature
// separator "-- " always stays a hard break. Quoted lines come out as "> " per level.
// Linear in the input, no allocation beyond the result.
class FlowedText
{
public:
    [[nodiscard]] static QString unflow(QStringView text, bool delSp);
};

} // namespace postbag::mime
