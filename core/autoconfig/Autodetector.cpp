// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/autoconfig/Autodetector.h"

#include "core/autoconfig/DetectionRun.h"
#include "core/autoconfig/DomainNames.h"
#include "core/autoconfig/Ranking.h"

namespace postbag::autoconfig {

Autodetector::Autodetector(DetectOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options))
{
    qRegisterMetaType<postbag::autoconfig::ServerCandidate>();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &Autodetector::finish);
}

Autodetector::~Autodetector()
{
    m_running = false;
    m_run.reset();
}

void Autodetector::start(const QString& emailAddress)
{
    cancel();
    m_found.clear();
    m_outgoing.clear();
    m_running = true;
    m_deadline.start(m_options.timeout);
    m_run = std::make_unique<Run>(*this, emailAddress.trimmed());
    if (m_run->m_domain.isEmpty() || !isPlausibleHostName(m_run->m_domain)) {
        QTimer::singleShot(0, this, &Autodetector::finish);
        return;
    }
    m_run->start();
}

void Autodetector::cancel()
{
    if (m_running)
        finish();
}

QList<ServerCandidate> Autodetector::candidates() const
{
    return rankCandidates(m_found);
}

QList<ServerCandidate> Autodetector::outgoingCandidates() const
{
    return rankCandidates(m_outgoing);
}

void Autodetector::add(const ServerCandidate& candidate)
{
    ServerCandidate judged = candidate;
    judged.needsConfirmation =
        needsHostConfirmation(candidate, m_run ? m_run->m_domain : QString());
    if (judged.service == Service::Submission) {
        m_outgoing.append(judged);
        Q_EMIT outgoingCandidateFound(judged);
        return;
    }
    m_found.append(judged);
    Q_EMIT candidateFound(judged);
}

void Autodetector::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    if (m_run)
        m_run->stopAll();
    // Not deleted here: finish() may run inside a callback of one of the run's parts.
    if (Run* run = m_run.release())
        QTimer::singleShot(0, this, [run] { delete run; });
    Q_EMIT finished(candidates());
}

} // namespace postbag::autoconfig
