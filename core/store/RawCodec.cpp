// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/RawCodec.h"

#include <QCryptographicHash>
#include <openssl/evp.h>
#include <zstd.h>

namespace postbag::store {

namespace {

constexpr int kZstdLevel = 1;

QByteArray zstdCompress(const QByteArray& raw)
{
    // One context per thread: creating one costs more than packing a small message.
    thread_local struct Context
    {
        ZSTD_CCtx* ctx = ZSTD_createCCtx();
        ~Context() { ZSTD_freeCCtx(ctx); }
    } context;
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(raw.size()))), Qt::Uninitialized);
    const size_t n = ZSTD_compressCCtx(context.ctx, out.data(), size_t(out.size()), raw.constData(),
                                       size_t(raw.size()), kZstdLevel);
    if (ZSTD_isError(n))
        return {};
    out.truncate(qsizetype(n));
    return out;
}

Result<QByteArray> zstdDecompress(const QByteArray& data, qint64 expectedSize)
{
    const unsigned long long declared = ZSTD_getFrameContentSize(data.constData(), size_t(data.size()));
    if (declared == ZSTD_CONTENTSIZE_ERROR || declared == ZSTD_CONTENTSIZE_UNKNOWN
        || declared != static_cast<unsigned long long>(expectedSize)) {
        return Error::make(ErrorCode::StoreCorrupt, QStringLiteral("raw bytes do not decode"));
    }
    QByteArray out(qsizetype(expectedSize), Qt::Uninitialized);
    const size_t n = ZSTD_decompress(out.data(), size_t(out.size()), data.constData(), size_t(data.size()));
    if (ZSTD_isError(n) || n != size_t(expectedSize))
        return Error::make(ErrorCode::StoreCorrupt, QStringLiteral("raw bytes do not decode"));
    return out;
}

} // namespace

RawCodec::Packed RawCodec::encode(const QByteArray& raw)
{
    // Below this, the frame header eats most of the gain.
    constexpr qsizetype kMinSize = 256;
    if (raw.size() >= kMinSize) {
        QByteArray packed = zstdCompress(raw);
        if (!packed.isEmpty() && packed.size() < raw.size() - raw.size() / 16) // a real gain (>6%)
            return {Zstd, std::move(packed)};
    }
    return {Stored, raw};
}

Result<QByteArray> RawCodec::decode(int codec, const QByteArray& data, qint64 expectedSize)
{
    QByteArray out;
    switch (codec) {
    case Stored:
        out = data;
        break;
    case Zlib:
        out = qUncompress(data);
        break;
    case Zstd:
        return zstdDecompress(data, expectedSize);
    default:
        return Error::make(ErrorCode::StoreCorrupt, QStringLiteral("unknown raw codec %1").arg(codec));
    }
    if (out.size() != expectedSize)
        return Error::make(ErrorCode::StoreCorrupt, QStringLiteral("raw bytes do not decode"));
    return out;
}

QByteArray RawCodec::sha256(const QByteArray& raw)
{
    // OpenSSL's SHA-256 uses the CPU's SHA instructions: ten times QCryptographicHash's speed
    // in Qt 6.4, and every downloaded message is hashed once.
    static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int size = 0;
    if (md == nullptr
        || EVP_Digest(raw.constData(), size_t(raw.size()), reinterpret_cast<unsigned char*>(digest.data()),
                      &size, md, nullptr) != 1
        || size != 32) {
        return QCryptographicHash::hash(raw, QCryptographicHash::Sha256); // same digest, slower
    }
    return digest;
}

} // namespace postbag::store
