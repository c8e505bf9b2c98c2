// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SearchText.h"

#include <QList>
#include <QStringView>

namespace postbag::store {

bool SearchText::isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF)       // Hiragana, Katakana
           || (c >= 0x31F0 && c <= 0x31FF)    // Katakana phonetic extensions
           || (c >= 0x3400 && c <= 0x4DBF)    // CJK extension A
           || (c >= 0x4E00 && c <= 0x9FFF)    // CJK unified ideographs
           || (c >= 0xAC00 && c <= 0xD7AF)    // Hangul syllables
           || (c >= 0xF900 && c <= 0xFAFF)    // CJK compatibility ideographs
           || (c >= 0xFF66 && c <= 0xFF9F)    // half-width Katakana
           || (c >= 0x20000 && c <= 0x3FFFF); // CJK extensions B and later
}

namespace {

// The highest UTF-16 unit of `text` is below `limit` (written without early exit: it vectorises).
bool allBelow(const QString& text, char16_t limit)
{
    char16_t highest = 0;
    for (const QChar c : text) {
        highest = c.unicode() > highest ? c.unicode() : highest;
    }
    return highest < limit;
}

} // namespace

QString SearchText::forIndex(const QString& text)
{
    // Most mail text is ASCII, which NFKC leaves as it is and which holds no CJK: shared, not copied.
    if (allBelow(text, 0x80)) {
        return text;
    }
    const QString normal = text.normalized(QString::NormalizationForm_KC);
    if (allBelow(normal, 0x3040)) { // below the first CJK block (isCjk) and every surrogate
        return normal;
    }
    QString out;
    out.reserve(normal.size() + normal.size() / 4);
    bool previousCjk = false;
    bool previousSpace = true;
    for (const char32_t c : QStringView(normal).toUcs4()) {
        const bool cjk = isCjk(c);
        const bool space = QChar::isSpace(c) || c == kSegmentSeparator;
        if ((cjk || previousCjk) && !space && !previousSpace) {
            out += QChar(kSegmentSeparator);
        }
        if (QChar::requiresSurrogates(c)) {
            out += QChar(QChar::highSurrogate(c));
            out += QChar(QChar::lowSurrogate(c));
        } else {
            out += QChar(static_cast<char16_t>(c));
        }
        previousCjk = cjk;
        previousSpace = space;
    }
    return out;
}

QString SearchText::ftsString(const QString& term)
{
    QString s = forIndex(term);
    for (QChar& c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            c = u' '; // control characters (NUL included) never reach the FTS5 parser
        }
    }
    s.replace(u'"', QStringLiteral("\"\""));
    return u'"' + s + u'"';
}

bool SearchText::hasTokens(const QString& term)
{
    for (const char32_t c : QStringView(term).toUcs4()) {
        if (QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Other_PrivateUse) {
            return true;
        }
    }
    return false;
}

QString SearchText::forDisplay(const QString& indexed)
{
    QString out = indexed;
    out.remove(QChar(kSegmentSeparator));
    return out;
}

} // namespace postbag::store
