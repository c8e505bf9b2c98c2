// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mailbox/StatusHeaders.h"

#include <QByteArray>

namespace postbag::mailbox {

namespace {

// The value of `line` if it is the header `name` (case-insensitive), else a null view.
QByteArrayView valueOf(QByteArrayView line, QByteArrayView name)
{
    if (line.size() <= name.size() || line[name.size()] != ':' ||
        line.first(name.size()).compare(name, Qt::CaseInsensitive) != 0) {
        return {};
    }
    return line.sliced(name.size() + 1).trimmed();
}

} // namespace

StatusHeaders StatusHeaders::parse(QByteArrayView raw)
{
    StatusHeaders out;
    qsizetype start = 0;
    while (start < raw.size()) {
        qsizetype end = raw.indexOf('\n', start);
        end = end < 0 ? raw.size() : end + 1;
        const QByteArrayView line = raw.sliced(start, end - start);
        start = end;
        if (line.trimmed().isEmpty()) {
            break; // end of the header block
        }
        if (const QByteArrayView v = valueOf(line, "Status"); !v.isNull()) {
            out.seen = out.seen || v.contains('R');
        } else if (const QByteArrayView x = valueOf(line, "X-Status"); !x.isNull()) {
            out.answered = out.answered || x.contains('A');
            out.flagged = out.flagged || x.contains('F');
            out.deleted = out.deleted || x.contains('D');
        } else if (const QByteArrayView m = valueOf(line, "X-Mozilla-Status"); !m.isNull()) {
            bool ok = false;
            const uint bits = m.toByteArray().toUInt(&ok, 16);
            if (ok) {
                out.seen = out.seen || (bits & 0x1);
                out.answered = out.answered || (bits & 0x2);
                out.flagged = out.flagged || (bits & 0x4);
                out.deleted = out.deleted || (bits & 0x8);
            }
        }
    }
    return out;
}

} // namespace postbag::mailbox
