// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mime/detail/CharsetDecoder.h"

#include "core/mime/detail/GMimeSession.h"

#include <QStringDecoder>
#include <cerrno>
#include <iconv.h>

namespace postbag::mime::detail {

namespace {

enum class OnError
{
    Replacement,
    Latin1
};

// Runs an iconv descriptor from GMime's cache over the whole input. Invalid or truncated input
// sequences are replaced one byte at a time, so this always terminates and always yields UTF-8.
QByteArray convertToUtf8(iconv_t cd, QByteArrayView in, OnError onError, qsizetype* errors)
{
    iconv(cd, nullptr, nullptr, nullptr, nullptr); // initial shift state
    QByteArray out;
    out.resize(in.size() * 2 + 16);
    qsizetype used = 0;
    char* inPtr = const_cast<char*>(in.data());
    size_t inLeft = size_t(in.size());
    bool flushing = false;
    while (true) {
        char* outPtr = out.data() + used;
        size_t outLeft = size_t(out.size() - used);
        const size_t r = flushing ? iconv(cd, nullptr, nullptr, &outPtr, &outLeft)
                                  : iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
        const int err = errno;
        used = outPtr - out.data();
        if (r == size_t(-1) && err == E2BIG) {
            out.resize(out.size() * 2);
            continue;
        }
        if (r == size_t(-1) && !flushing && inLeft > 0) { // EILSEQ, EINVAL or unexpected
            ++*errors;
            const auto byte = static_cast<unsigned char>(*inPtr);
            ++inPtr;
            --inLeft;
            const QByteArray repl = onError == OnError::Latin1
                                        ? QString(QChar(char16_t(byte))).toUtf8()
                                        : QByteArray("\xEF\xBF\xBD");
            if (out.size() - used < repl.size())
                out.resize(out.size() * 2 + repl.size());
            memcpy(out.data() + used, repl.constData(), size_t(repl.size()));
            used += repl.size();
            continue;
        }
        if (flushing)
            break;
        flushing = true;
    }
    out.truncate(used);
    return out;
}

bool isAscii(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

struct Attempt
{
    QString text;
    qsizetype errors = -1; // -1: charset unknown
};

Attempt tryCharset(const QByteArray& charset, QByteArrayView bytes, OnError onError)
{
    iconv_t cd = g_mime_iconv_open("UTF-8", charset.constData());
    if (cd == iconv_t(-1))
        return {};
    Attempt a;
    a.errors = 0;
    a.text = QString::fromUtf8(convertToUtf8(cd, bytes, onError, &a.errors));
    g_mime_iconv_close(cd);
    return a;
}

bool decodeUtf8(QByteArrayView bytes, QString* out)
{
    QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = dec.decode(bytes);
    if (dec.hasError())
        return false;
    *out = std::move(text);
    return true;
}

} // namespace

CharsetDecoder::Decoded CharsetDecoder::decode(QByteArrayView bytes, QByteArrayView declaredCharset)
{
    ensureGMimeInitialized();
    const QByteArray declared = declaredCharset.trimmed().toByteArray().toLower();
    const QByteArray canonical = declared.isEmpty()
                                     ? QByteArray()
                                     : QByteArray(g_mime_charset_canon_name(declared.constData()));

    if (isAscii(bytes) && !canonical.startsWith("utf-16") && !canonical.startsWith("utf-32") &&
        !canonical.startsWith("utf-7") && !canonical.startsWith("ucs") &&
        !canonical.startsWith("iso-2022") && !canonical.startsWith("hz")) {
        // Plain ASCII reads the same in every ASCII-compatible charset, declared or not.
        return {QString::fromLatin1(bytes), false, declared.isEmpty() ? "us-ascii" : declared};
    }

    // "us-ascii" (also the RFC 2045 default when nothing is declared) with 8-bit bytes is a lie;
    // skip straight to the guesses.
    const bool declaredIsAscii =
        canonical.isEmpty() || canonical == "us-ascii" || canonical == "ascii";
    Attempt declaredLossy;
    if (!declaredIsAscii) {
        Attempt strict = tryCharset(declared, bytes, OnError::Replacement);
        if (strict.errors == 0)
            return {std::move(strict.text), false, declared};
        declaredLossy = std::move(strict);
    }

    QString text;
    if (decodeUtf8(bytes, &text))
        return {std::move(text), true, "utf-8"};

    // A handful of bad sequences in a long text in a known charset: keep the declared charset.
    if (declaredLossy.errors > 0 && declaredLossy.errors * 50 < bytes.size())
        return {std::move(declaredLossy.text), true, declared};

    Attempt cp1252 = tryCharset("windows-1252", bytes, OnError::Latin1);
    if (cp1252.errors >= 0)
        return {std::move(cp1252.text), true, "windows-1252"};
    return {QString::fromLatin1(bytes), true, "iso-8859-1"};
}

} // namespace postbag::mime::detail
