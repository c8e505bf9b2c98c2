// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mime/detail/UuencodedBlocks.h"

#include "core/mime/detail/GMimeSession.h"

namespace postbag::mime::detail {

namespace {

// "begin 644 name": three or four octal digits, a space, a non-empty name.
bool parseBeginLine(QByteArrayView line, QByteArray* name)
{
    if (!line.startsWith("begin "))
        return false;
    qsizetype i = 6;
    qsizetype digits = 0;
    while (i < line.size() && line[i] >= '0' && line[i] <= '7') {
        ++i;
        ++digits;
    }
    if (digits < 3 || digits > 4 || i >= line.size() || line[i] != ' ')
        return false;
    const QByteArray fileName = line.sliced(i + 1).trimmed().toByteArray();
    if (fileName.isEmpty())
        return false;
    *name = fileName;
    return true;
}

QByteArrayView lineAt(QByteArrayView text, qsizetype pos, qsizetype* next)
{
    qsizetype end = text.indexOf('\n', pos);
    *next = end < 0 ? text.size() : end + 1;
    if (end < 0)
        end = text.size();
    QByteArrayView line = text.sliced(pos, end - pos);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

QList<UuencodedBlocks::Block> UuencodedBlocks::find(QByteArrayView text)
{
    QList<Block> blocks;
    if (!text.contains("begin "))
        return blocks;
    qsizetype pos = 0;
    while (pos < text.size() && blocks.size() < MaxBlocks) {
        qsizetype next = 0;
        const QByteArrayView line = lineAt(text, pos, &next);
        Block block;
        if (!parseBeginLine(line, &block.fileName)) {
            pos = next;
            continue;
        }
        block.begin = pos;
        block.dataBegin = next;
        block.dataEnd = text.size();
        block.end = text.size();
        qsizetype p = next;
        while (p < text.size()) {
            qsizetype after = 0;
            const QByteArrayView l = lineAt(text, p, &after);
            if (l.trimmed() == "end") {
                block.dataEnd = p;
                block.end = after;
                block.terminated = true;
                break;
            }
            p = after;
        }
        blocks.append(block);
        pos = block.end;
    }
    return blocks;
}

QByteArray UuencodedBlocks::decode(QByteArrayView text, const Block& block)
{
    const QByteArrayView data = text.sliced(block.dataBegin, block.dataEnd - block.dataBegin);
    QByteArray out;
    out.resize(data.size() + 16);
    int state = GMIME_UUDECODE_STATE_BEGIN;
    guint32 save = 0;
    const size_t n = g_mime_encoding_uudecode_step(
        reinterpret_cast<const unsigned char*>(data.data()), size_t(data.size()),
        reinterpret_cast<unsigned char*>(out.data()), &state, &save);
    out.truncate(qsizetype(n));
    return out;
}

QByteArray UuencodedBlocks::strip(QByteArrayView text, const QList<Block>& blocks)
{
    QByteArray out;
    qsizetype pos = 0;
    for (const Block& b : blocks) {
        out.append(text.sliced(pos, b.begin - pos));
        pos = b.end;
    }
    out.append(text.sliced(pos));
    return out;
}

} // namespace postbag::mime::detail
