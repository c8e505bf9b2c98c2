// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/RawCodec.h"

#include <QCryptographicHash>

namespace postbag::store {

RawCodec::Packed RawCodec::encode(const QByteArray& raw)
{
    // Below this, zlib's header and qCompress's length prefix eat most of the gain.
    constexpr qsizetype kMinSize = 256;
    if (raw.size() >= kMinSize) {
        QByteArray packed = qCompress(raw, 6);
        if (packed.size() < raw.size() - raw.size() / 16) { // keep only a real gain (>6%)
            return {Zlib, std::move(packed)};
        }
    }
    return {Stored, raw};
}

Result<QByteArray> RawCodec::decode(int codec, const QByteArray& data, qint64 expectedSize)
{
    QByteArray out;
    if (codec == Stored) {
        out = data;
    } else if (codec == Zlib) {
        out = qUncompress(data);
    } else {
        return Error::make(ErrorCode::StoreCorrupt,
                           QStringLiteral("unknown raw codec %1").arg(codec));
    }
    if (out.size() != expectedSize) {
        return Error::make(ErrorCode::StoreCorrupt, QStringLiteral("raw bytes do not decode"));
    }
    return out;
}

QByteArray RawCodec::sha256(const QByteArray& raw)
{
    return QCryptographicHash::hash(raw, QCryptographicHash::Sha256);
}

} // namespace postbag::store
