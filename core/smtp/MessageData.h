// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace postbag::smtp {

// A message's bytes as DATA carries them (RFC 5321 sections 2.3.8 and 4.5.2). Why a class: the
// bytes are built once at queue time and sent unchanged on every retry, so their wire form is
// computed in one place and tested alone.
// Guarantees: only CRLF line ends (a bare LF or a bare CR becomes CRLF, so no server sees a bare
// newline, SMTP smuggling's ingredient); every line that starts with "." gets one more, the
// first line included; the data ends with CRLF; the terminating ".\r\n" is not part of it (the
// session writes it separately, after the caller's last word).
class MessageData
{
public:
    explicit MessageData(QByteArrayView message);

    [[nodiscard]] const QByteArray& wire() const { return m_wire; }
    // The message's size with CRLF line ends, before stuffing: what SIZE= declares (RFC 1870).
    [[nodiscard]] qint64 canonicalSize() const { return m_canonicalSize; }
    [[nodiscard]] bool hasEightBit() const { return m_eightBit; }

private:
    QByteArray m_wire;
    qint64 m_canonicalSize = 0;
    bool m_eightBit = false;
};

} // namespace postbag::smtp
