// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `postbag account test NAME`: the connection doctor on the command line, for the POP3 server and,
// when one is given, the outgoing server.
#include "app/AccountOptions.h"
#include "app/CliContext.h"
#include "core/account/AccountRepository.h"
#include "core/account/OutgoingServer.h"
#include "core/autoconfig/ProviderPresets.h"
#include "core/doctor/ConnectionCheck.h"
#include "core/doctor/SubmissionCheck.h"
#include "core/outbox/SubmissionSource.h"
#include "core/sync/SyncRunner.h"
#include "ui/text/DoctorText.h"
#include "ui/text/ErrorText.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <type_traits>

namespace postbag::app {

namespace {
// lupdate files free tr() calls under the namespace as their context.
QString tr(const char* s)
{
    return QCoreApplication::translate("postbag::app", s);
}

QString stepName(doctor::ConnectionCheck::Step step)
{
    switch (step) {
    case doctor::ConnectionCheck::Step::Resolve:
        return tr("Find the server");
    case doctor::ConnectionCheck::Step::Connect:
        //: A step printed by "postbag account test" after "ok" or "FAIL": open the TCP connection
        return tr("Connect");
    case doctor::ConnectionCheck::Step::Tls:
        return tr("Secure the connection");
    case doctor::ConnectionCheck::Step::Capabilities:
        return tr("Read the server's capabilities");
    case doctor::ConnectionCheck::Step::Login:
        //: A step printed by "postbag account test" after "ok" or "FAIL"
        return tr("Log in");
    case doctor::ConnectionCheck::Step::Done:
        //: A step printed by "postbag account test" after "ok" or "FAIL"
        return tr("Log out");
    }
    return {};
}

QString stepKey(doctor::ConnectionCheck::Step step)
{
    static const char* const kKeys[] = {"resolve",      "connect", "tls",
                                        "capabilities", "login",   "done"};
    return QString::fromLatin1(kKeys[int(step)]);
}

// What one check printed, for --json: each step passed, and where and how it failed.
struct CheckReport
{
    QJsonArray steps;
    QJsonObject result;
};

// Prints a check's steps as they pass (text), or collects them (--json).
template <typename Check> void followSteps(Check& check, Output& output, CheckReport& report)
{
    QObject::connect(&check, &Check::stepPassed, &check,
                     [&output, &report](doctor::ConnectionCheck::Step step, const QString& detail) {
                         report.steps.append(QJsonObject{{QStringLiteral("step"), stepKey(step)},
                                                         {QStringLiteral("ok"), true},
                                                         {QStringLiteral("detail"), detail}});
                         if (output.json())
                             return;
                         output.out() << "  ok   " << stepName(step)
                                      << (detail.isEmpty()
                                              ? QString()
                                              : QStringLiteral(" (") + Output::field(detail) + u')')
                                      << '\n';
                         output.out().flush();
                     });
}

// A failed step: printed (text) or recorded (--json); returns the exit code.
int reportFailure(Output& output, CheckReport& report, doctor::ConnectionCheck::Step at,
                  const Error& e, const QString& host, int port, const QString& advice = {})
{
    report.steps.append(
        QJsonObject{{QStringLiteral("step"), stepKey(at)}, {QStringLiteral("ok"), false}});
    report.result.insert(QStringLiteral("ok"), false);
    report.result.insert(QStringLiteral("error"), e.codeName());
    report.result.insert(QStringLiteral("message"),
                         ui::ErrorText::describe(e, host, port).oneLine());
    if (e.certificate)
        report.result.insert(QStringLiteral("certificateSha256"), e.certificate->sha256Hex());
    if (output.json())
        return Output::exitCodeFor(e);
    output.out() << "  FAIL " << stepName(at) << '\n';
    output.out().flush();
    if (e.certificate)
        output.err() << tr("  certificate: %1, issued by %2, SHA-256 %3")
                            .arg(Output::field(e.certificate->subject),
                                 Output::field(e.certificate->issuer), e.certificate->sha256Hex())
                     << '\n';
    const int code = output.fail(e, host, port);
    if (!advice.isEmpty())
        output.err() << "  " << advice << '\n';
    output.err().flush();
    return code;
}

// Runs `check` until it finishes.
template <typename Check, typename Request>
typename Check::Outcome runCheck(Check& check, const Request& request)
{
    std::optional<typename Check::Outcome> outcome;
    QEventLoop loop;
    QObject::connect(&check, &Check::finished, &check, [&](const typename Check::Outcome& o) {
        outcome = o;
        loop.quit();
    });
    if constexpr (std::is_same_v<Check, doctor::ConnectionCheck>)
        check.start(request.endpoint, request.login);
    else
        check.start(request);
    if (!outcome)
        loop.exec();
    return *outcome;
}

// Checks the outgoing server with its login and password (the POP3 ones unless it has its own),
// as sending uses them.
int testOutgoing(CliContext& ctx, const account::OutgoingServer& server,
                 const account::AccountSettings& a, const QString& secret, CheckReport& report)
{
    Output& output = *ctx.output;
    const outbox::Submission submission =
        outbox::SubmissionSource::submissionFor(a, server, secret);
    doctor::SubmissionCheck::Request request;
    request.endpoint = submission.endpoint;
    request.options = submission.options;
    const autoconfig::ProviderPreset* preset = autoconfig::presetForServer(server.host);
    if (!preset)
        preset = autoconfig::presetForServer(a.host);
    request.appPasswordProvider =
        preset && preset->notes.contains(autoconfig::ProviderNote::AppPasswordRequired);

    doctor::SubmissionCheck check(ctx.transports);
    followSteps(check, output, report);
    if (!output.json()) {
        output.out() << tr("Checking the outgoing server %1:%2 (%3)")
                            .arg(Output::field(server.host))
                            .arg(server.port)
                            .arg(account::securityName(server.security))
                     << '\n';
        output.out().flush();
    }
    const doctor::SubmissionCheck::Outcome outcome = runCheck(check, request);
    report.result.insert(QStringLiteral("host"), server.host);
    report.result.insert(QStringLiteral("port"), server.port);
    if (!outcome.ok) {
        report.result.insert(QStringLiteral("advice"), ui::DoctorText::stableName(outcome.advice));
        return reportFailure(output, report, outcome.failedAt, *outcome.error, server.host,
                             server.port, ui::DoctorText::advice(outcome.advice));
    }
    const smtp::Capabilities& c = outcome.info.capabilities;
    report.result.insert(QStringLiteral("ok"), true);
    report.result.insert(QStringLiteral("encrypted"), outcome.info.encrypted);
    report.result.insert(QStringLiteral("login"), auth::methodName(outcome.info.method));
    report.result.insert(QStringLiteral("sizeLimit"), c.sizeLimit);
    report.result.insert(QStringLiteral("pipelining"), c.pipelining);
    if (!output.json())
        output.out() << tr("The outgoing server works. Encrypted: %1; login: %2; pipelining: %3.")
                            .arg(outcome.info.encrypted ? tr("yes") : tr("no"),
                                 auth::methodName(outcome.info.method),
                                 c.pipelining ? tr("yes") : tr("no"))
                     << '\n';
    return ExitOk;
}

} // namespace

int runAccountTest(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), tr("The account to check."));
    p.addOption(QCommandLineOption(QStringLiteral("json"), tr("JSON output.")));
    AccountOptions::addOutgoingTo(p, true);
    int code = ExitOk;
    if (!ctx.parse(p, args, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.output->usage(tr("account test needs exactly one account name"));
    if (!ctx.openProfile())
        return ctx.openError();
    account::AccountRepository repo(ctx.profile->db());
    auto a = repo.byName(p.positionalArguments().first());
    if (!a.ok())
        return ctx.output->usage(tr("no account named '%1'").arg(p.positionalArguments().first()));
    account::CredentialStore* creds =
        a->passwordSource == account::PasswordSource::Command
            ? static_cast<account::CredentialStore*>(&ctx.passwordCommand)
            : &ctx.keyring;
    std::optional<Result<QString>> secret;
    QEventLoop loop;
    creds->read(a.value(), [&](Result<QString> r) {
        secret = std::move(r);
        loop.quit();
    });
    if (!secret)
        loop.exec();
    Output& output = *ctx.output;
    QTextStream& out = output.out();
    // The account's outgoing server, or the one given with --smtp-* options.
    const auto stored = repo.outgoingServer(a->id);
    if (!stored.ok())
        return output.fail(stored.error());
    std::optional<account::OutgoingServer> smtpServer = stored.value();
    if (const int applied = AccountOptions::applyOutgoing(p, output, smtpServer); applied != ExitOk)
        return applied;
    if (!secret->ok())
        return output.fail(secret->error());
    QString smtpSecret = secret->value();
    if (smtpServer && smtpServer->credentialAccount(a.value()).username != a->username) {
        std::optional<Result<QString>> own;
        creds->read(smtpServer->credentialAccount(a.value()), [&](Result<QString> r) {
            own = std::move(r);
            loop.quit();
        });
        if (!own)
            loop.exec();
        if (!own->ok())
            return output.fail(own->error());
        smtpSecret = own->value();
    }
    const sync::SyncRequest request = sync::SyncRunner::requestFor(a.value(), 0, secret->value());
    doctor::ConnectionCheck check(ctx.transports);
    CheckReport incoming;
    followSteps(check, output, incoming);
    if (!output.json()) {
        out << tr("Checking %1 (%2:%3, %4)")
                   .arg(Output::field(a->name), Output::field(a->host))
                   .arg(a->port)
                   .arg(account::securityName(a->security))
            << '\n';
        out.flush();
    }
    const doctor::ConnectionCheck::Outcome outcome = runCheck(check, request);
    incoming.result.insert(QStringLiteral("host"), a->host);
    incoming.result.insert(QStringLiteral("port"), a->port);
    if (!outcome.ok) {
        code = reportFailure(output, incoming, outcome.failedAt, *outcome.error, a->host, a->port);
    } else {
        const pop3::Capabilities& c = outcome.info.capabilities;
        incoming.result.insert(QStringLiteral("ok"), true);
        incoming.result.insert(QStringLiteral("encrypted"), outcome.info.encrypted);
        incoming.result.insert(QStringLiteral("login"), pop3::methodName(outcome.info.method));
        if (!output.json())
            out << tr("The account works. Server: %1; encrypted: %2; login: %3; UIDL: %4; "
                      "pipelining: %5.")
                       .arg(c.implementation.isEmpty() ? tr("unnamed")
                                                       : Output::field(c.implementation),
                            outcome.info.encrypted ? tr("yes") : tr("no"),
                            pop3::methodName(outcome.info.method), c.uidl ? tr("yes") : tr("no"),
                            c.pipelining ? tr("yes") : tr("no"))
                << '\n';
    }
    QJsonObject json{{QStringLiteral("account"), a->name}};
    incoming.result.insert(QStringLiteral("steps"), incoming.steps);
    json.insert(QStringLiteral("incoming"), incoming.result);
    if (smtpServer) {
        CheckReport outgoing;
        const int outgoingCode = testOutgoing(ctx, *smtpServer, a.value(), smtpSecret, outgoing);
        if (code == ExitOk)
            code = outgoingCode;
        outgoing.result.insert(QStringLiteral("steps"), outgoing.steps);
        json.insert(QStringLiteral("outgoing"), outgoing.result);
    }
    if (output.json())
        output.printJson(json);
    return code;
}

} // namespace postbag::app
