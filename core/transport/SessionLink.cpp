// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/transport/SessionLink.h"

namespace postbag::transport {

SessionLink::SessionLink(Transport& transport, ProtocolSession& session, Hooks hooks)
    : m_transport(transport), m_session(session), m_hooks(std::move(hooks))
{
    QObject* c = &m_context;
    m_deadline.setSingleShot(true);
    QObject::connect(&m_deadline, &QTimer::timeout, c,
                     [this] { m_hooks.failed(Error::make(ErrorCode::ResponseTimeout)); });
    QObject::connect(&transport, &Transport::opened, c, [this] {
        if (m_hooks.opened)
            m_hooks.opened();
        armDeadline();
    });
    QObject::connect(&transport, &Transport::received, c, [this](const QByteArray& bytes) {
        m_session.receive(bytes);
        armDeadline();
    });
    QObject::connect(&transport, &Transport::tlsStarted, c, [this] { m_session.tlsEstablished(); });
    QObject::connect(&transport, &Transport::failed, c,
                     [this](const Error& e) { m_hooks.failed(e); });
    QObject::connect(&transport, &Transport::closed, c, [this] {
        m_deadline.stop();
        m_session.connectionClosed();
    });
    QObject::connect(&session, &ProtocolSession::sendRequested, c, [this](const QByteArray& bytes) {
        m_transport.send(bytes);
        armDeadline();
    });
    QObject::connect(&session, &ProtocolSession::startTlsRequested, c,
                     [this] { m_transport.startTls(); });
    QObject::connect(&session, &ProtocolSession::failed, c, [this](const Error& e) {
        m_deadline.stop();
        m_transport.abort();
        if (m_hooks.sessionFailed)
            m_hooks.sessionFailed(e);
    });
}

SessionLink::~SessionLink()
{
    m_transport.disconnect(&m_context);
    m_session.disconnect(&m_context);
    m_transport.abort();
}

void SessionLink::drop(const Error& error)
{
    m_deadline.stop();
    m_transport.abort();
    m_session.abort(error);
}

std::function<void(Status)> SessionLink::closingAfter(std::function<void(Status)> done)
{
    return [this, done = std::move(done)](Status s) {
        if (s.ok())
            m_transport.close();
        done(s);
    };
}

void SessionLink::armDeadline()
{
    if (m_hooks.deadlineMs && m_session.awaitsAnswer())
        m_deadline.start(m_hooks.deadlineMs());
    else
        m_deadline.stop();
}

} // namespace postbag::transport
