// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/transport/ProtocolSession.h"
#include "core/transport/Transport.h"

#include <QObject>
#include <QTimer>
#include <functional>

namespace postbag::transport {

// Joins a socket-free session to its transport, both ways, with a deadline for the answers the
// session waits for. Why: the POP3 and the SMTP client wire the same signals the same way; done
// once, a signal cannot be wired in one and forgotten in the other.
// Guarantees: the transport's bytes, TLS and close reach the session in order, and the session's
// bytes and TLS request reach the transport; a session that fails drops the connection; the
// deadline runs only while the session awaits an answer outside a TLS handshake, restarts on
// every byte either way, and when it passes `failed` gets ResponseTimeout; once the link is
// destroyed no hook is called again and the transport has been aborted (it emits nothing more).
class SessionLink
{
public:
    struct Hooks
    {
        std::function<void()> opened;             // the connection is up: the greeting is due
        std::function<void(const Error&)> failed; // the transport failed or the deadline passed
        std::function<void(const Error&)> sessionFailed; // after the connection was dropped
        std::function<int()> deadlineMs; // for the answer now awaited; empty: no deadline
    };

    SessionLink(Transport& transport, ProtocolSession& session, Hooks hooks);
    ~SessionLink();
    SessionLink(const SessionLink&) = delete;
    SessionLink& operator=(const SessionLink&) = delete;

    // The session's answers are due (or no longer are) from now.
    void armDeadline();
    // Ends the connection at once: every pending command fails with `error`.
    void drop(const Error& error);
    // `done` for a QUIT: the connection is closed (after what is pending was written) once the
    // server confirmed it.
    [[nodiscard]] std::function<void(Status)> closingAfter(std::function<void(Status)> done);

private:
    Transport& m_transport;
    ProtocolSession& m_session;
    Hooks m_hooks;
    QObject m_context; // every connection's receiver, so none outlives the link
    QTimer m_deadline;
};

} // namespace postbag::transport
