// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArrayView>
#include <QStringView>

namespace postbag::transport {

// The one check for what goes into a command a session builds: the arguments of USER, PASS and
// APOP, the addresses of MAIL and RCPT, the fields of a SASL message before base64, and a user
// name or password before the wizard or the command line saves it. Why: a CR or LF ends the
// command line early (what follows is a command of its own) and a NUL moves the fields of SASL
// PLAIN, so such a value would make the session send what the user never wrote. Guarantees: a value that passes holds no CR, LF or NUL
// and none of `alsoForbidden` (a mechanism's own field separator).
// Error: UnsafeArgument with `what` (the command or field, never the value) as its text.
[[nodiscard]] Status checkArgument(QByteArrayView value, QByteArrayView what,
                                   QByteArrayView alsoForbidden = {});
[[nodiscard]] Status checkArgument(QStringView value, QByteArrayView what,
                                   QByteArrayView alsoForbidden = {});

} // namespace postbag::transport
