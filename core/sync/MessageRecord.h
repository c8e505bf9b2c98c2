// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/intake/MessageRecord.h"

namespace postbag::sync {

// The sync's names for core/intake's one translation, so the sync's files read unchanged while
// they are being restructured (issue 28 item 3); drop once they name intake:: themselves.
using intake::Origin;
using intake::toNewMessage;

} // namespace postbag::sync
