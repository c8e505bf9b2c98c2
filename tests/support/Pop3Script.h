// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/LineScript.h"

namespace postbag::testing {

// The POP3 tests' name for a script of the shared line-protocol script server.
using Pop3Script = LineScript;

} // namespace postbag::testing
