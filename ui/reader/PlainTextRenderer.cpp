// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reader/PlainTextRenderer.h"

#include <QRegularExpression>
#include <QStringList>

namespace postbag::ui {

QString PlainTextRenderer::linkify(const QString& line)
{
    static const QRegularExpression link(
        QStringLiteral(R"((?:https?://|www\.)[^\s<>"]+|mailto:[^\s<>"]+|)"
                       R"([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"),
        QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    auto it = link.globalMatch(line);
    while (it.hasNext()) {
        const auto m = it.next();
        QString target = m.captured(0);
        // Sentence punctuation after a URL is not part of it; ")" only when unbalanced (the
        // brackets are counted once: a run of them is taken off in linear time).
        const qsizetype opening = target.count(u'(');
        qsizetype closing = target.count(u')');
        while (!target.isEmpty()) {
            const QChar c = target.back();
            if (QStringView(u".,;:!?'\"]}").contains(c) || (c == u')' && opening < closing)) {
                closing -= c == u')' ? 1 : 0;
                target.chop(1);
            } else {
                break;
            }
        }
        if (target.isEmpty()) {
            continue;
        }
        out += line.mid(last, m.capturedStart() - last).toHtmlEscaped();
        last = m.capturedStart() + target.size();
        QString href = target;
        if (target.startsWith(u"www.", Qt::CaseInsensitive)) {
            href = u"https://" + target;
        } else if (!target.contains(u':')) {
            href = u"mailto:" + target;
        }
        out += u"<a href=\"" + href.toHtmlEscaped() + u"\">" + target.toHtmlEscaped() + u"</a>";
    }
    out += line.mid(last).toHtmlEscaped();
    return out;
}

QString PlainTextRenderer::toHtml(const QString& text)
{
    static const char* const quoteColours[] = {"#1f6f8b", "#6b4f9e", "#4d7a2a"};
    QString out = QStringLiteral("<div style=\"white-space: pre-wrap;\">");
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        int depth = 0;
        for (const QChar c : std::as_const(line)) {
            if (c == u'>') {
                ++depth;
            } else if (c != u' ') {
                break;
            }
        }
        if (depth > 0) {
            out += u"<span style=\"color: " + QLatin1StringView(quoteColours[(depth - 1) % 3]) +
                   u";\">" + linkify(line) + u"</span>";
        } else {
            out += linkify(line);
        }
        if (i + 1 < lines.size()) {
            out += u"<br>";
        }
    }
    out += u"</div>";
    return out;
}

} // namespace postbag::ui
