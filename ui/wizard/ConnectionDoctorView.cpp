// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/ConnectionDoctorView.h"

#include "core/autoconfig/ProviderPresets.h"
#include "core/outbox/SubmissionSource.h"
#include "core/sync/SyncRunner.h"
#include "ui/text/DoctorText.h"
#include "ui/text/ErrorText.h"
#include "ui/wizard/CertificatePanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace postbag::ui {

using Step = doctor::ConnectionCheck::Step;

namespace {
constexpr Step kSteps[] = {Step::Resolve, Step::Connect, Step::Tls, Step::Capabilities,
                           Step::Login};

QString stepTitle(Step step, bool outgoing)
{
    switch (step) {
    case Step::Resolve:
        //: Connection check step
        return ConnectionDoctorView::tr("Find the server (DNS)");
    case Step::Connect:
        //: Connection check step
        return ConnectionDoctorView::tr("Connect (TCP)");
    case Step::Tls:
        //: Connection check step
        return ConnectionDoctorView::tr("Encrypt the connection (TLS)");
    case Step::Capabilities:
        //: Connection check step
        return outgoing ? ConnectionDoctorView::tr("Read what the server supports (EHLO)")
                        : ConnectionDoctorView::tr("Read what the server supports (CAPA)");
    case Step::Login:
        //: Connection check step
        return ConnectionDoctorView::tr("Log in");
    case Step::Done:
        break;
    }
    return {};
}

// The check of `server` with the login and settings a message would be sent with.
doctor::SubmissionCheck::Request submissionRequest(const account::OutgoingServer& server,
                                                   const account::AccountSettings& incoming,
                                                   const QString& password)
{
    const outbox::Submission submission =
        outbox::SubmissionSource::submissionFor(incoming, server, password);
    doctor::SubmissionCheck::Request request;
    request.endpoint = submission.endpoint;
    request.options = submission.options;
    const autoconfig::ProviderPreset* preset = autoconfig::presetForServer(server.host);
    if (!preset)
        preset = autoconfig::presetForServer(incoming.host);
    request.appPasswordProvider =
        preset && preset->notes.contains(autoconfig::ProviderNote::AppPasswordRequired);
    return request;
}
} // namespace

ConnectionDoctorView::ConnectionDoctorView(transport::TransportFactory transports, QWidget* parent)
    : QWidget(parent), m_transports(std::move(transports))
{
    auto* layout = new QVBoxLayout(this);
    auto* grid = new QGridLayout;
    int row = 0;
    for (Step step : kSteps) {
        auto* markLabel = new QLabel(this);
        markLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("MM")));
        auto* title = new QLabel(stepTitle(step, false), this);
        auto* detail = new QLabel(this);
        detail->setForegroundRole(QPalette::PlaceholderText);
        detail->setWordWrap(true);
        grid->addWidget(markLabel, row, 0);
        grid->addWidget(title, row, 1);
        grid->addWidget(detail, row, 2);
        m_titles.append(title);
        m_marks.append(markLabel);
        m_details.append(detail);
        ++row;
    }
    grid->setColumnStretch(2, 1);
    layout->addLayout(grid);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    m_certificate = new CertificatePanel(this);
    layout->addWidget(m_certificate);
    layout->addStretch(1);
    connect(m_certificate, &CertificatePanel::trustRequested, this, &ConnectionDoctorView::trust);
    for (Step step : kSteps)
        mark(step, Mark::Pending);
}

ConnectionDoctorView::~ConnectionDoctorView() = default;

void ConnectionDoctorView::mark(Step step, Mark state, const QString& detail)
{
    const int i = int(std::find(std::begin(kSteps), std::end(kSteps), step) - std::begin(kSteps));
    if (i >= m_marks.size())
        return;
    static const QString symbols[] = {QStringLiteral("·"), QStringLiteral("…"), QStringLiteral("✓"),
                                      QStringLiteral("✗"), QStringLiteral("–")};
    m_marks[i]->setText(symbols[int(state)]);
    //: Accessible state of a connection check step
    const QString names[] = {tr("not checked"), tr("checking"), tr("passed"), tr("failed"),
                             tr("skipped")};
    m_marks[i]->setAccessibleName(m_titles[i]->text() + QStringLiteral(": ") + names[int(state)]);
    m_marks[i]->setStyleSheet(
        state == Mark::Passed   ? QStringLiteral("color: #2e9d4b; font-weight: bold;")
        : state == Mark::Failed ? QStringLiteral("color: #d0413a; font-weight: bold;")
                                : QString());
    m_details[i]->setText(detail);
}

QString ConnectionDoctorView::stepText(Step step) const
{
    const int i = int(std::find(std::begin(kSteps), std::end(kSteps), step) - std::begin(kSteps));
    if (i >= m_marks.size())
        return {};
    return m_marks[i]->text() + u' ' + m_titles[i]->text() + u' ' + m_details[i]->text();
}

QString ConnectionDoctorView::resultText() const
{
    return m_result->text();
}

void ConnectionDoctorView::reset(const QString& host, quint16 port, bool outgoing)
{
    cancel();
    m_checkingOutgoing = outgoing;
    m_outcome.reset();
    m_outgoingOutcome.reset();
    m_succeeded = false;
    m_certificate->hide();
    m_result->setText(tr("Checking %1 on port %2…").arg(host).arg(port));
    for (int i = 0; i < m_titles.size(); ++i)
        m_titles[i]->setText(stepTitle(kSteps[i], outgoing));
    for (Step step : kSteps)
        mark(step, Mark::Pending);
    mark(Step::Resolve, Mark::Running);
}

void ConnectionDoctorView::start(const account::AccountSettings& settings, const QString& password)
{
    reset(settings.host, settings.port, false);
    m_settings = settings;
    m_password = password;
    m_check = std::make_unique<doctor::ConnectionCheck>(m_transports);
    connect(m_check.get(), &doctor::ConnectionCheck::stepPassed, this,
            &ConnectionDoctorView::onPassed);
    connect(m_check.get(), &doctor::ConnectionCheck::finished, this,
            &ConnectionDoctorView::onFinished);
    const sync::SyncRequest request = sync::SyncRunner::requestFor(settings, 0, password);
    m_check->start(request.endpoint, request.login);
}

void ConnectionDoctorView::startOutgoing(const account::OutgoingServer& server,
                                         const account::AccountSettings& incoming,
                                         const QString& password)
{
    reset(server.host, server.port, true);
    m_outgoing = server;
    m_settings = incoming;
    m_password = password;
    m_submission = std::make_unique<doctor::SubmissionCheck>(m_transports);
    connect(m_submission.get(), &doctor::SubmissionCheck::stepPassed, this,
            &ConnectionDoctorView::onPassed);
    connect(m_submission.get(), &doctor::SubmissionCheck::finished, this,
            &ConnectionDoctorView::onOutgoingFinished);
    m_submission->start(submissionRequest(server, incoming, password));
}

void ConnectionDoctorView::cancel()
{
    if (auto check = std::move(m_check)) {
        check->disconnect(this);
        check->cancel();
        check.release()->deleteLater();
    }
    if (auto submission = std::move(m_submission)) {
        submission->disconnect(this);
        submission->cancel();
        submission.release()->deleteLater();
    }
}

void ConnectionDoctorView::onPassed(Step step, const QString& detail)
{
    mark(step, Mark::Passed, detail);
    switch (step) {
    case Step::Resolve:
        mark(Step::Connect, Mark::Running);
        break;
    case Step::Connect: {
        const bool plain = (m_checkingOutgoing ? m_outgoing.security : m_settings.security) ==
                           account::Security::None;
        mark(plain ? Step::Capabilities : Step::Tls, Mark::Running);
        if (plain)
            mark(Step::Tls, Mark::Skipped, tr("not encrypted, as chosen"));
        break;
    }
    case Step::Tls:
        mark(Step::Capabilities, Mark::Running);
        break;
    case Step::Capabilities:
        mark(Step::Login, Mark::Running);
        break;
    default:
        break;
    }
}

void ConnectionDoctorView::onFinished(const doctor::ConnectionCheck::Outcome& outcome)
{
    m_outcome = outcome;
    m_succeeded = outcome.ok;
    if (auto check = std::move(m_check))
        check.release()->deleteLater();
    if (outcome.ok) {
        const pop3::LoginInfo& info = outcome.info;
        m_result->setText(
            info.encrypted ? tr("Everything works: Postbag logged in over an encrypted connection.")
                           : tr("Everything works, but the connection is not encrypted."));
    } else {
        showFailure(outcome.failedAt, outcome.error.value_or(Error::make(ErrorCode::NetworkError)),
                    QString());
    }
    Q_EMIT finished(outcome.ok);
}

void ConnectionDoctorView::onOutgoingFinished(const doctor::SubmissionCheck::Outcome& outcome)
{
    m_outgoingOutcome = outcome;
    m_succeeded = outcome.ok;
    if (auto submission = std::move(m_submission))
        submission.release()->deleteLater();
    if (outcome.ok) {
        m_result->setText(outcome.info.encrypted
                              ? tr("The outgoing server works: Postbag logged in over an "
                                   "encrypted connection. No message was sent.")
                              : tr("The outgoing server works, but the connection is not "
                                   "encrypted. No message was sent."));
    } else {
        showFailure(outcome.failedAt, outcome.error.value_or(Error::make(ErrorCode::NetworkError)),
                    DoctorText::advice(outcome.advice));
    }
    Q_EMIT finished(outcome.ok);
}

void ConnectionDoctorView::showFailure(Step failedAt, const Error& error, const QString& advice)
{
    for (Step step : kSteps) {
        const int i =
            int(std::find(std::begin(kSteps), std::end(kSteps), step) - std::begin(kSteps));
        if (step == failedAt)
            mark(step, Mark::Failed);
        else if (int(step) > int(failedAt))
            mark(step, Mark::Pending);
        else if (m_marks[i]->text() == QStringLiteral("…"))
            // Reaching a later step means this one passed (with implicit TLS, the TCP
            // connection is only reported together with the handshake).
            mark(step, Mark::Passed, m_details[i]->text());
    }
    const QString host = m_checkingOutgoing ? m_outgoing.host : m_settings.host;
    const quint16 port = m_checkingOutgoing ? m_outgoing.port : m_settings.port;
    const ErrorText text = ErrorText::describe(error, host, port);
    // The outgoing server's own advice (DoctorText) replaces the general one, which speaks of POP.
    const QString hint = advice.isEmpty() ? text.advice : advice;
    QString shown = text.what;
    if (!hint.isEmpty())
        shown += u'\n' + hint;
    // An outgoing server's refusal of a login often says why (an app password, a web page).
    if (!error.serverText.isEmpty() &&
        (error.kind == ErrorKind::Command || (m_checkingOutgoing && error.kind == ErrorKind::Auth)))
        //: %1 is the server's own words
        shown += u'\n' + tr("The server said: %1").arg(error.serverText);
    m_result->setText(shown);
    if (error.certificate && error.code == ErrorCode::CertificateUntrusted)
        m_certificate->present(*error.certificate);
}

void ConnectionDoctorView::trust(const QByteArray& sha256)
{
    Q_EMIT certificateTrusted(sha256);
    if (m_checkingOutgoing) {
        m_outgoing.pinnedSha256 = sha256;
        startOutgoing(m_outgoing, m_settings, m_password);
        return;
    }
    m_settings.pinnedSha256 = sha256;
    start(m_settings, m_password);
}

} // namespace postbag::ui
