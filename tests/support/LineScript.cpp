// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/LineScript.h"

namespace postbag::testing {

LineScript LineScript::parse(QStringView text)
{
    LineScript script;
    const auto lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringView line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        script.m_currentLine = int(i + 1);
        const QString where = QStringLiteral("line %1: ").arg(i + 1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u"S:") || line.startsWith(u"C:")) {
            QStringView rest = line.mid(2);
            if (rest.startsWith(u' '))
                rest = rest.mid(1);
            if (line.startsWith(u'S'))
                script.line(rest.toUtf8());
            else
                script.expect(rest.toUtf8());
            continue;
        }
        if (!line.startsWith(u'!')) {
            script.m_errors.append(where + QStringLiteral("not S:, C:, !directive or #comment: ") +
                                   line.toString());
            continue;
        }
        const qsizetype space = line.indexOf(u' ');
        const QStringView name = line.mid(1, space < 0 ? -1 : space - 1);
        const QStringView argument = space < 0 ? QStringView() : line.mid(space + 1);
        bool ok = true;
        auto onOff = [&] {
            ok = argument == u"on" || argument == u"off";
            return argument == u"on";
        };
        if (name == u"raw") {
            const QByteArray bytes = unescape(argument, &ok);
            if (ok)
                script.send(bytes);
        } else if (name == u"starttls") {
            script.startTls();
        } else if (name == u"stall") {
            const int ms = argument.toInt(&ok);
            ok = ok && ms >= 0;
            if (ok)
                script.stall(ms);
        } else if (name == u"bytewise") {
            const bool on = onOff();
            if (ok)
                script.bytewise(on);
        } else if (name == u"lf-only") {
            const bool on = onOff();
            if (ok)
                script.lfOnly(on);
        } else if (name == u"garbage") {
            const int count = argument.toInt(&ok);
            ok = ok && count >= 0;
            if (ok)
                script.garbage(count);
        } else if (name == u"close") {
            script.close();
        } else if (name == u"expect-close") {
            script.expectClose();
        } else if (name == u"expect-data") {
            script.expectData();
        } else if (name == u"lockstep") {
            const bool on = onOff();
            if (ok)
                script.lockstep(on);
        } else {
            script.m_errors.append(where + QStringLiteral("unknown directive ") + line.toString());
            continue;
        }
        if (!ok)
            script.m_errors.append(where + QStringLiteral("bad argument: ") + line.toString());
    }
    script.m_currentLine = 0;
    return script;
}

LineScript& LineScript::add(Step::Kind kind, QByteArray data, int number)
{
    m_steps.append({kind, std::move(data), number, m_currentLine});
    return *this;
}

LineScript& LineScript::line(QByteArray text)
{
    return add(Step::Kind::SendLine, std::move(text));
}
LineScript& LineScript::send(QByteArray raw)
{
    return add(Step::Kind::Send, std::move(raw));
}
LineScript& LineScript::expect(QByteArray pattern)
{
    return add(Step::Kind::Expect, std::move(pattern));
}
LineScript& LineScript::startTls()
{
    return add(Step::Kind::StartTls);
}
LineScript& LineScript::stall(int milliseconds)
{
    return add(Step::Kind::Stall, {}, milliseconds);
}
LineScript& LineScript::bytewise(bool on)
{
    return add(Step::Kind::Bytewise, {}, on ? 1 : 0);
}
LineScript& LineScript::lfOnly(bool on)
{
    return add(Step::Kind::LfOnly, {}, on ? 1 : 0);
}
LineScript& LineScript::garbage(int count)
{
    return add(Step::Kind::Send, garbageBytes(count));
}
LineScript& LineScript::close()
{
    return add(Step::Kind::Close);
}
LineScript& LineScript::expectClose()
{
    return add(Step::Kind::ExpectClose);
}

LineScript& LineScript::expectData()
{
    return add(Step::Kind::ExpectData);
}
LineScript& LineScript::lockstep(bool on)
{
    return add(Step::Kind::Lockstep, {}, on ? 1 : 0);
}

LineScript& LineScript::append(const LineScript& other)
{
    m_steps.append(other.m_steps);
    m_errors.append(other.m_errors);
    return *this;
}

QString LineScript::describe(const Step& step, int index)
{
    static const char* const names[] = {"send",          "S:",           "C:",       "!starttls",
                                        "!stall",        "!bytewise",    "!lf-only", "!close",
                                        "!expect-close", "!expect-data", "!lockstep"};
    QString text = step.sourceLine > 0 ? QStringLiteral("line %1: ").arg(step.sourceLine)
                                       : QStringLiteral("step %1: ").arg(index + 1);
    text += QString::fromLatin1(names[int(step.kind)]);
    if (step.kind == Step::Kind::SendLine || step.kind == Step::Kind::Expect)
        text += u' ' + QString::fromUtf8(step.data.left(200));
    return text;
}

QByteArray LineScript::garbageBytes(int count)
{
    // Starts with NUL, 0x80 and 0xFF, then a fixed LCG sequence; CR and LF are skipped.
    QByteArray bytes;
    bytes.reserve(count);
    quint32 state = 0x2545F491u;
    const char fixed[] = {'\0', char(0x80), char(0xFF)};
    while (bytes.size() < count) {
        if (bytes.size() < 3) {
            bytes.append(fixed[bytes.size()]);
            continue;
        }
        state = state * 1664525u + 1013904223u;
        const char c = char(state >> 24);
        if (c != '\r' && c != '\n')
            bytes.append(c);
    }
    return bytes;
}

QByteArray LineScript::unescape(QStringView escaped, bool* ok)
{
    QByteArray out;
    bool good = true;
    const QByteArray in = escaped.toUtf8();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '\\') {
            out.append(in[i]);
            continue;
        }
        const char next = i + 1 < in.size() ? in[i + 1] : '\0';
        ++i;
        switch (next) {
        case 'r':
            out.append('\r');
            break;
        case 'n':
            out.append('\n');
            break;
        case 't':
            out.append('\t');
            break;
        case '\\':
            out.append('\\');
            break;
        case 'x': {
            bool hexOk = false;
            const int value = in.mid(i + 1, 2).toInt(&hexOk, 16);
            good = good && hexOk && i + 2 < in.size();
            out.append(char(value));
            i += 2;
            break;
        }
        default:
            good = false;
        }
    }
    if (ok)
        *ok = good;
    return out;
}

bool LineScript::matches(QByteArrayView pattern, QByteArrayView line)
{
    // Glob with '*' only (protocol lines contain '?' and '['), iterative with backtracking.
    qsizetype p = 0, l = 0, star = -1, mark = 0;
    while (l < line.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            mark = l;
        } else if (p < pattern.size() && pattern[p] == line[l]) {
            ++p;
            ++l;
        } else if (star >= 0) {
            p = star + 1;
            l = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

} // namespace postbag::testing
