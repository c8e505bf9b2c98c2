// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/autoconfig/Autodetector.h"

#include "core/autoconfig/ProviderPresets.h"

namespace postbag::autoconfig {

class Autodetector::Run
{
};

Autodetector::Autodetector(DetectOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options))
{
    qRegisterMetaType<postbag::autoconfig::ServerCandidate>();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &Autodetector::finish);
}

Autodetector::~Autodetector() = default;

void Autodetector::start(const QString& emailAddress)
{
    cancel();
    m_found.clear();
    m_running = true;
    Q_EMIT sourceStarted(Source::Preset, domainOf(emailAddress));
    const auto preset = presetFor(emailAddress);
    if (preset)
        add(*preset);
    Q_EMIT sourceFinished(Source::Preset, preset.has_value());
    QTimer::singleShot(0, this, &Autodetector::finish);
}

void Autodetector::cancel()
{
    if (m_running)
        finish();
}

QList<ServerCandidate> Autodetector::candidates() const
{
    return m_found;
}

void Autodetector::add(const ServerCandidate& candidate)
{
    m_found.append(candidate);
    Q_EMIT candidateFound(candidate);
}

void Autodetector::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    m_run.reset();
    Q_EMIT finished(m_found);
}

} // namespace postbag::autoconfig
