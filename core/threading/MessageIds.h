// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace postbag::threading {

// The one syntax check of a Message-ID, shared by threading (which ids link messages) and the
// builder of replies (which ids it may write). Why one place: an id the builder writes must be one
// threading follows. Guarantees: id-left "@" id-right (RFC 5322 §3.6.4) in printable ASCII without
// spaces, angle brackets, quoting or comments; id-right may be a [literal]; at most MaxLength
// characters. Ids are given without angle brackets.
class MessageIds
{
public:
    static constexpr qsizetype MaxLength = 250;

    [[nodiscard]] static bool isValid(QStringView id);
};

} // namespace postbag::threading
