// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace postbag::threading {

// A subject without its reply and forward prefixes. Why one place: the list sorts by it (the
// store's SortKeys) and threading groups replies that name no parent by it; if the two stripped
// differently, a reply could sort apart from the thread it joins. Guarantees: up to ten leading
// prefixes are dropped, each a word of the set below, optionally counted ("RE[2]:"), followed by a
// colon: Re, AW (German), SV (Scandinavian), VS (Finnish), Antw (Dutch) are replies; Fw/Fwd,
// WG (German) and TR (French) are forwards. `key` is the rest, trimmed and case-folded; `reply`
// says whether any dropped prefix was a reply's.
struct BaseSubject
{
    QString key;
    bool reply = false;

    [[nodiscard]] static BaseSubject of(const QString& subject);
};

} // namespace postbag::threading
