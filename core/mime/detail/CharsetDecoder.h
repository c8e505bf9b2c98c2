// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace postbag::mime::detail {

// Turns body bytes in a declared charset into Unicode, never failing. It exists because declared
// charsets are often missing, misspelt, invented ("x-unknown", "default") or simply wrong for the
// bytes. Order: the declared charset through GMime's alias table and iconv cache (strict); else
// UTF-8 if the bytes are valid UTF-8; else the declared charset with U+FFFD for the few bad
// sequences when errors are rare; else windows-1252, with latin-1 for its five undefined bytes.
class CharsetDecoder
{
public:
    struct Decoded
    {
        QString text;
        bool fallbackUsed = false; // the declared charset was unknown or wrong for these bytes
        QByteArray charsetUsed;    // e.g. "iso-2022-jp", "utf-8", "windows-1252"
    };

    [[nodiscard]] static Decoded decode(QByteArrayView bytes, QByteArrayView declaredCharset);
};

} // namespace postbag::mime::detail
