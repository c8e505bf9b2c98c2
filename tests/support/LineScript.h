// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>
#include <QStringView>

namespace postbag::testing {

// What a ScriptedLineServer does on one connection, step by step, so tests of a line protocol
// (POP3, SMTP) read like transcripts. Built from text (parse()) or in C++ (for bodies too large to
// write out). Text format, one step per line ('#' comments and empty lines are ignored):
//   S: text           send text + CRLF (LF while "!lf-only on")
//   C: pattern        wait for the next client line and compare it; '*' matches anything
//   !raw ESCAPED      send C-escaped bytes (\r \n \t \\ \xHH)
//   !starttls         start server-side TLS
//   !stall MS         pause the script (event-driven, nothing blocks)
//   !bytewise on|off  send each following byte in its own write, one event-loop turn apart
//   !lf-only on|off   end S: lines with LF only
//   !garbage N        send N deterministic 8-bit bytes (NUL and 0x80-0xFF, no CR or LF)
//   !close            close the connection (after what was sent left the socket)
//   !expect-close     wait for the client to close
//   !expect-data      take client lines up to a line that is only "." (SMTP DATA); the bytes
//                     before that line are kept as sent (dot-stuffed) for receivedData()
//   !lockstep on|off  the client must wait for each reply: a line sent before the server has
//                     answered the previous one (pipelining) is a mismatch
// Guarantees: a text that does not parse yields errors(), never a silently shorter script.
class LineScript
{
public:
    struct Step
    {
        enum class Kind
        {
            Send,
            SendLine,
            Expect,
            StartTls,
            Stall,
            Bytewise,
            LfOnly,
            Close,
            ExpectClose,
            ExpectData,
            Lockstep
        };
        Kind kind = Kind::Send;
        QByteArray data;    // bytes to send, line text or pattern
        int number = 0;     // ms for Stall, 0/1 for Bytewise, LfOnly and Lockstep
        int sourceLine = 0; // 1-based line in the parsed text, 0 when built in C++
    };

    [[nodiscard]] static LineScript parse(QStringView text);

    LineScript& line(QByteArray text); // S:
    LineScript& send(QByteArray raw);  // exactly these bytes
    LineScript& expect(QByteArray pattern);
    LineScript& startTls();
    LineScript& stall(int milliseconds);
    LineScript& bytewise(bool on);
    LineScript& lfOnly(bool on);
    LineScript& garbage(int count);
    LineScript& close();
    LineScript& expectClose();
    LineScript& expectData();
    LineScript& lockstep(bool on);
    // Appends another script's steps (and errors).
    LineScript& append(const LineScript& other);

    [[nodiscard]] const QList<Step>& steps() const { return m_steps; }
    [[nodiscard]] QStringList errors() const { return m_errors; }
    // "line 7: C: PASS *" or "step 3: C: PASS *", for messages.
    [[nodiscard]] static QString describe(const Step& step, int index);

    // Helpers, public for tests of the fixture itself.
    [[nodiscard]] static QByteArray garbageBytes(int count);
    [[nodiscard]] static QByteArray unescape(QStringView escaped, bool* ok = nullptr);
    [[nodiscard]] static bool matches(QByteArrayView pattern, QByteArrayView line);

private:
    LineScript& add(Step::Kind kind, QByteArray data = {}, int number = 0);

    QList<Step> m_steps;
    QStringList m_errors;
    int m_currentLine = 0;
};

} // namespace postbag::testing
