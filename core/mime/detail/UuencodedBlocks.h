// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace postbag::mime::detail {

// Finds "begin <mode> <name>" ... "end" blocks inside a text/plain body (old mailers attach files
// this way) and decodes them with GMime's uudecoder. Only locating the block boundaries is done
// here; the decoding itself is GMime's. Bounded: at most MaxBlocks blocks per text.
class UuencodedBlocks
{
public:
    static constexpr int MaxBlocks = 100;

    struct Block
    {
        qsizetype begin = 0;     // offset of the "begin" line
        qsizetype end = 0;       // offset just after the "end" line (or the end of the text)
        qsizetype dataBegin = 0; // first encoded line
        qsizetype dataEnd = 0;   // start of the "end" line
        QByteArray fileName;     // raw bytes from the begin line
        bool terminated = false; // an "end" line was found
    };

    [[nodiscard]] static QList<Block> find(QByteArrayView text);
    [[nodiscard]] static QByteArray decode(QByteArrayView text, const Block& block);
    // The text with all blocks cut out.
    [[nodiscard]] static QByteArray strip(QByteArrayView text, const QList<Block>& blocks);
};

} // namespace postbag::mime::detail
