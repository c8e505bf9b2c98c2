// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>

namespace postbag::store {

// Lossless packing of raw message bytes. Why: raw mail is mostly text and base64, which shrinks
// to a third or half, and raw bytes dominate the profile's size. zstd at level 1 packs mail about
// as small as zlib at level 6 (2% larger) in a quarter of the time, and every downloaded message
// goes through here. Guarantee: decode(encode(x)) == x byte for byte; data that would not shrink
// is stored as is; zlib blobs written by earlier versions still decode; a blob that does not
// decode to its recorded size is reported as StoreCorrupt, never returned.
class RawCodec
{
public:
    enum Codec
    {
        Stored = 0,
        Zlib = 1, // written by earlier versions; still read, no longer written
        Zstd = 2
    };

    struct Packed
    {
        int codec = Stored;
        QByteArray data;
    };

    [[nodiscard]] static Packed encode(const QByteArray& raw);
    [[nodiscard]] static Result<QByteArray> decode(int codec, const QByteArray& data,
                                                   qint64 expectedSize);
    [[nodiscard]] static QByteArray sha256(const QByteArray& raw);
};

} // namespace postbag::store
