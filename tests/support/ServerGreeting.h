// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace postbag::testing {

// What a server fixture asks while it waits for its server to come up: free ports on 127.0.0.1,
// and whether both of the server's listeners (one plain, one implicit TLS) already greet. Why:
// Dovecot and Postfix are started the same way, and "ready" means the same for both: a greeting
// over the very kind of connection a test will use.
class ServerGreeting
{
public:
    ServerGreeting(quint16 plainPort, quint16 tlsPort, QByteArray prefix);

    // Asks the listeners that have not greeted yet (the plain one first); true once both have.
    [[nodiscard]] bool bothArrive();
    // Which listener has not greeted, for a failure message.
    [[nodiscard]] QString missing() const;

    // Two different ports on 127.0.0.1 that were free a moment ago, never 25, 465 or 587 (the
    // server may still lose them: retry); false if there are none.
    [[nodiscard]] static bool pickPorts(quint16* plainPort, quint16* tlsPort);
    // Connects (with implicit TLS: handshake trusting TestCertificate::shared()), reads one line
    // (at most ~3 s) and tells whether it starts with `prefix`.
    [[nodiscard]] static bool arrives(quint16 port, bool implicitTls, const QByteArray& prefix);

private:
    quint16 m_plainPort;
    quint16 m_tlsPort;
    QByteArray m_prefix;
    bool m_plainReady = false;
    bool m_tlsReady = false;
};

} // namespace postbag::testing
