// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pop3/Session.h"

#include <functional>

namespace postbag::pop3 {

// Small pieces the files of Session share to build commands (Session.cpp, SessionLogin.cpp).
// Private to core/pop3.

// A command's error code for -ERR, whatever the server's text.
inline std::function<ErrorCode()> fixed(ErrorCode code)
{
    return [code] { return code; };
}

} // namespace postbag::pop3
