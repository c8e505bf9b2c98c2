// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/transport/CommandArgument.h"

#include <QString>

namespace postbag::transport {

Status checkArgument(QByteArrayView value, QByteArrayView what, QByteArrayView alsoForbidden)
{
    for (const char c : value) {
        if (c == '\r' || c == '\n' || c == '\0' || alsoForbidden.contains(c))
            return Error::make(ErrorCode::UnsafeArgument, QString::fromLatin1(what));
    }
    return Ok{};
}

Status checkArgument(QStringView value, QByteArrayView what, QByteArrayView alsoForbidden)
{
    return checkArgument(QByteArrayView(value.toUtf8()), what, alsoForbidden);
}

} // namespace postbag::transport
