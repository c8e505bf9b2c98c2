// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSslSocket>

namespace postbag::testing {

// The smallest client of a line protocol (SMTP, POP3) over QSslSocket, for the fixtures' own
// tests: they check the servers with this, not with the product's engines. Lines in, lines out,
// every wait event-driven with a bound (10 s). Trusts exactly TestCertificate::shared(): the
// verification errors are ignored only for that certificate, whose fingerprint is checked again.
class LineClient
{
public:
    LineClient();

    [[nodiscard]] bool connectPlain(quint16 port);
    [[nodiscard]] bool connectTls(quint16 port);
    [[nodiscard]] bool startTls();
    void write(const QByteArray& bytes) { m_socket.write(bytes); }
    // One line including its line break; empty when none came.
    [[nodiscard]] QByteArray readLine();
    // An SMTP reply: its lines up to the one with a space after the code, joined, CRLF kept.
    [[nodiscard]] QByteArray reply();
    // Sends line + CRLF and returns the SMTP reply to it.
    [[nodiscard]] QByteArray command(const QByteArray& line);
    // A POP3 multi-line body after its +OK line: dot-unstuffed, CRLF kept; null if no "." came.
    [[nodiscard]] QByteArray multiLine();
    // Waits until the server has closed the connection.
    [[nodiscard]] bool waitClosed();
    // The bytes received and not read yet (without waiting for more).
    [[nodiscard]] QByteArray unread();

    [[nodiscard]] QSslSocket& socket() { return m_socket; }
    [[nodiscard]] bool pinnedOk() const { return m_pinnedOk; }

private:
    bool waitEncrypted();

    QSslSocket m_socket;
    bool m_pinnedOk = false;
};

} // namespace postbag::testing
