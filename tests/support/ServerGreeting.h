// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace postbag::testing {

// What a server fixture asks while it waits for its server to come up: a free port on 127.0.0.1,
// and whether a port already greets. Why: Dovecot and Postfix are started the same way, and
// "ready" means the same for both: a greeting line over the very connection a test will use.
class ServerGreeting
{
public:
    // A port on 127.0.0.1 that was free a moment ago (the server may still lose it: retry); 0 if
    // none.
    [[nodiscard]] static quint16 freePort();
    // Connects (with implicit TLS: handshake trusting TestCertificate::shared()), reads one line
    // (at most ~3 s) and tells whether it starts with `prefix`.
    [[nodiscard]] static bool arrives(quint16 port, bool implicitTls, const QByteArray& prefix);
};

} // namespace postbag::testing
