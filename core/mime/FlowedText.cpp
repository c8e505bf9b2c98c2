// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mime/FlowedText.h"

namespace postbag::mime {

QString FlowedText::unflow(QStringView text, bool delSp)
{
    QString out;
    out.reserve(text.size());
    bool inParagraph = false; // the previous line was flowed: this one continues it
    int paragraphDepth = 0;

    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        const bool lastLine = end < 0;
        if (lastLine)
            end = text.size();
        QStringView line = text.mid(pos, end - pos);
        pos = end + 1;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (lastLine && line.isEmpty())
            break; // the text ended with a line break

        int depth = 0;
        while (depth < line.size() && line[depth] == u'>')
            ++depth;
        line = line.mid(depth);
        if (line.startsWith(u' '))
            line = line.mid(1); // space-stuffing (or the space after the quote marks)

        const bool isSignatureSeparator = line == u"-- ";
        const bool flowed = !isSignatureSeparator && line.endsWith(u' ');
        if (flowed && delSp)
            line.chop(1);

        if (inParagraph && depth != paragraphDepth) {
            out.append(u'\n'); // quote depth changed: a broken flowed paragraph ends here
            inParagraph = false;
        }
        if (!inParagraph && depth > 0) {
            for (int i = 0; i < depth; ++i)
                out.append(u'>');
            out.append(u' ');
        }
        out.append(line);
        if (flowed) {
            inParagraph = true;
            paragraphDepth = depth;
        } else {
            out.append(u'\n');
            inParagraph = false;
        }
    }
    if (inParagraph)
        out.append(u'\n');
    return out;
}

} // namespace postbag::mime
