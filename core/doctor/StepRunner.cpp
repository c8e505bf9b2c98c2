// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/doctor/StepRunner.h"

namespace postbag::doctor {

StepRunner::StepRunner(transport::TransportFactory transports, QObject* parent)
    : QObject(parent), m_transports(std::move(transports)), m_lookup(this)
{
}

StepRunner::~StepRunner() = default;

void StepRunner::resolve(const QString& host, std::function<void(const QStringList&)> connect)
{
    m_step = Step::Resolve;
    m_lookup.start(host, [this, connect = std::move(connect)](Result<QStringList> found) {
        if (!found.ok())
            return fail(found.error());
        Q_EMIT stepPassed(Step::Resolve, found->join(QStringLiteral(", ")));
        m_step = Step::Connect;
        connect(found.value());
    });
}

void StepRunner::connected(const transport::Endpoint& endpoint)
{
    Q_EMIT stepPassed(Step::Connect, QStringLiteral("%1:%2").arg(endpoint.host).arg(endpoint.port));
    if (endpoint.security == transport::Security::ImplicitTls)
        Q_EMIT stepPassed(Step::Tls, QString());
    m_step = Step::Capabilities;
}

void StepRunner::passLogin(const QString& method)
{
    Q_EMIT stepPassed(Step::Login, method);
    m_step = Step::Done;
}

void StepRunner::succeed()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT stepPassed(Step::Done, QString());
    finish(std::nullopt);
}

void StepRunner::fail(const Error& error)
{
    if (m_done)
        return;
    m_done = true;
    finish(error);
}

} // namespace postbag::doctor
