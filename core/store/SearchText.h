// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace postbag::store {

// Pure text helpers used on BOTH sides of the full-text index: what is indexed and what is
// searched go through the same normalisation, so they always tokenize the same way.
// Why CJK segmentation: FTS5's unicode61 tokenizer splits on separators only, so a run of Chinese
// or Japanese characters would be one huge token and a word inside it could never be found. We put
// an invisible separator (U+200B, a separator for unicode61) around every CJK character: indexed
// text becomes single-character tokens, and a CJK query word becomes a phrase of single-character
// tokens that must be adjacent. This keeps one unicode61 table (diacritic folding, prefix search,
// bm25, snippets) instead of a second trigram table roughly three times the size of the text, which
// would not fold accents in SQLite 3.40 and cannot match one- or two-character words.
class SearchText
{
public:
    static constexpr char16_t kSegmentSeparator = 0x200B;

    [[nodiscard]] static bool isCjk(char32_t c);
    // NFKC normalisation (full-width forms, ligatures) plus CJK segmentation.
    [[nodiscard]] static QString forIndex(const QString& text);
    // One user term as an FTS5 string literal: normalised like forIndex, wrapped in double quotes,
    // embedded quotes doubled. Whatever the input, the result is a single FTS5 string token.
    [[nodiscard]] static QString ftsString(const QString& term);
    // Whether the term has anything unicode61 would index (a letter, number or private-use char);
    // a term without tokens would make FTS5 match nothing.
    [[nodiscard]] static bool hasTokens(const QString& term);
    // Text for display from indexed content: removes the segmentation separators.
    [[nodiscard]] static QString forDisplay(const QString& indexed);
};

} // namespace postbag::store
