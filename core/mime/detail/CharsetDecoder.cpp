// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mime/detail/CharsetDecoder.h"

#include "core/mime/detail/GMimeSession.h"

#include <QHash>
#include <QSet>
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

// Opening a converter loads glibc's gconv module each time (a dlopen per message part), so
// each thread keeps the ones it opened, one per charset name, for its lifetime.
class ConverterCache
{
public:
    ConverterCache() = default;
    ConverterCache(const ConverterCache&) = delete;
    ConverterCache& operator=(const ConverterCache&) = delete;
    ~ConverterCache()
    {
        for (iconv_t cd : std::as_const(m_open))
            g_mime_iconv_close(cd);
    }

    // iconv_t(-1) when the charset is unknown (remembered as well).
    iconv_t get(const QByteArray& charset)
    {
        if (const auto it = m_open.constFind(charset); it != m_open.cend())
            return it.value();
        if (m_unknown.contains(charset))
            return iconv_t(-1);
        iconv_t cd = g_mime_iconv_open("UTF-8", charset.constData());
        if (cd == iconv_t(-1)) {
            if (m_unknown.size() < kMaxUnknown)
                m_unknown.insert(charset);
            return cd;
        }
        if (m_open.size() >= kMaxOpen) {
            for (iconv_t old : std::as_const(m_open))
                g_mime_iconv_close(old);
            m_open.clear();
        }
        m_open.insert(charset, cd);
        return cd;
    }

private:
    static constexpr qsizetype kMaxOpen = 32; // names come from mail: bound what they hold
    static constexpr qsizetype kMaxUnknown = 256;
    QHash<QByteArray, iconv_t> m_open;
    QSet<QByteArray> m_unknown;
};

Attempt tryCharset(const QByteArray& charset, QByteArrayView bytes, OnError onError)
{
    thread_local ConverterCache converters;
    iconv_t cd = converters.get(charset);
    if (cd == iconv_t(-1))
        return {};
    Attempt a;
    a.errors = 0;
    a.text = QString::fromUtf8(convertToUtf8(cd, bytes, onError, &a.errors));
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
    QString text;
    const bool declaredIsUtf8 = canonical.compare("utf-8", Qt::CaseInsensitive) == 0 ||
                                canonical.compare("utf8", Qt::CaseInsensitive) == 0;
    if (declaredIsUtf8 && decodeUtf8(bytes, &text))
        return {std::move(text), false, declared};
    Attempt declaredLossy;
    if (!declaredIsAscii) {
        Attempt strict = tryCharset(declared, bytes, OnError::Replacement);
        if (strict.errors == 0)
            return {std::move(strict.text), false, declared};
        declaredLossy = std::move(strict);
    }

    if (!declaredIsUtf8 && decodeUtf8(bytes, &text))
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
