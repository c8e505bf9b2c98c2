// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mime/FlowedText.h"

namespace postbag::mime {

namespace {

// Calls f(line) for each line of the text: "\r\n", "\r" and "\n" end a line, and a final line
// break does not start another one.
template <typename F> void forEachLine(QStringView text, F&& f)
{
    const qsizetype n = text.size();
    qsizetype pos = 0;
    while (pos < n) {
        qsizetype end = pos;
        while (end < n && text[end] != u'\n' && text[end] != u'\r')
            ++end;
        f(text.mid(pos, end - pos));
        if (end + 1 < n && text[end] == u'\r' && text[end + 1] == u'\n')
            ++end;
        pos = end + 1;
    }
}

// RFC 3676 §4.4: an unquoted line that starts like this would read as stuffed, quoted or an mbox
// separator.
bool needsStuffing(QStringView line)
{
    return line.startsWith(u' ') || line.startsWith(u'>') || line.startsWith(u"From ");
}

// Where the first line of `content` ends with a soft break: just after a space, as late as fits
// in `width`, else as early as possible after it (a long word stays whole); 0 when the content
// stays one line. A line of spaces only or the signature separator "-- " is never made flowed.
qsizetype softBreak(QStringView content, qsizetype width)
{
    if (content.size() <= width)
        return 0;
    qsizetype firstText = 0;
    while (firstText < content.size() && content[firstText] == u' ')
        ++firstText;
    const auto usable = [&](qsizetype i) {
        return content[i] == u' ' && i > firstText && i + 1 < content.size() &&
               content.first(i + 1) != u"-- ";
    };
    for (qsizetype i = width - 1; i > firstText; --i) {
        if (usable(i))
            return i + 1;
    }
    for (qsizetype i = width; i < content.size(); ++i) {
        if (usable(i))
            return i + 1;
    }
    return 0;
}

void appendLine(QString& out, qsizetype depth, QStringView line)
{
    for (qsizetype i = 0; i < depth; ++i)
        out.append(u'>');
    if (depth > 0 ? !line.isEmpty() : needsStuffing(line))
        out.append(u' ');
    out.append(line);
    out.append(u'\n');
}

} // namespace

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

QString FlowedText::flow(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 16 + 1);
    forEachLine(text, [&out](QStringView line) {
        qsizetype depth = 0;
        while (depth < line.size() && line[depth] == u'>')
            ++depth;
        QStringView content = line.mid(depth);
        if (depth > 0 && content.startsWith(u' '))
            content = content.mid(1); // the space unflow() writes after the quote marks
        if (content != u"-- ") {
            while (content.endsWith(u' '))
                content.chop(1); // a hard break must not read as a soft one
        }
        const qsizetype width = qMax(LineWidth - (depth > 0 ? depth + 1 : 0), LineWidth / 2);
        for (qsizetype cut = softBreak(content, width); cut > 0; cut = softBreak(content, width)) {
            appendLine(out, depth, content.first(cut));
            content = content.mid(cut);
        }
        appendLine(out, depth, content);
    });
    return out;
}

QString FlowedText::quote(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 16 + 2);
    forEachLine(text, [&out](QStringView line) {
        out.append(u'>');
        if (!line.isEmpty() && !line.startsWith(u'>'))
            out.append(u' ');
        out.append(line);
        out.append(u'\n');
    });
    return out;
}

} // namespace postbag::mime
