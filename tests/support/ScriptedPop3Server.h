// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/Pop3Script.h"
#include "tests/support/ScriptedLineServer.h"

namespace postbag::testing {

// The POP3 tests' name for the shared line-protocol script server: POP3 needs nothing of its own.
using ScriptedPop3Server = ScriptedLineServer;

} // namespace postbag::testing
