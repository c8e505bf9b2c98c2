// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `postbag sync [--account NAME]`: all accounts at once, a progress line on a terminal.
#include "app/CliContext.h"
#include "core/account/AccountRepository.h"
#include "core/oauth/AccessTokenSource.h"
#include "core/sync/SyncRunner.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <unistd.h>

namespace postbag::app {

namespace {
// lupdate files free tr() calls under the namespace as their context.
QString tr(const char* s)
{
    return QCoreApplication::translate("postbag::app", s);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 1);
}
} // namespace

int runSyncCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(QCommandLineOption(QStringLiteral("account"), tr("Only this account."), QStringLiteral("NAME")));
    p.addOption(QCommandLineOption(QStringLiteral("json"), tr("JSON output.")));
    int code = ExitOk;
    if (!ctx.parse(p, args, code))
        return code;
    if (!p.positionalArguments().isEmpty()) // "sync Work" would otherwise sync every account
        return ctx.output->usage(tr("unexpected argument '%1' (one account: --account NAME)")
                                     .arg(p.positionalArguments().first()));
    if (!ctx.openProfile())
        return ctx.openError();
    account::AccountRepository repo(ctx.profile->db());
    auto all = repo.list();
    if (!all.ok())
        return ctx.output->fail(all.error());
    QList<account::AccountSettings> accounts;
    bool disabled = false;
    for (const account::AccountSettings& a : all.value()) {
        if (!p.isSet(QStringLiteral("account")) || a.name == p.value(QStringLiteral("account"))) {
            if (a.enabled)
                accounts.append(a);
            disabled = disabled || !a.enabled;
        }
    }
    if (accounts.isEmpty() && p.isSet(QStringLiteral("account")))
        return ctx.output->usage(
            disabled ? tr("account '%1' is disabled (enable it in the account settings)")
                           .arg(p.value(QStringLiteral("account")))
                     : tr("no account named '%1'").arg(p.value(QStringLiteral("account"))));
    if (accounts.isEmpty())
        return ctx.output->usage(disabled
                                     ? tr("every account is disabled")
                                     : tr("no accounts yet: add one with 'postbag account add'"));
    QHash<qint64, account::AccountSettings> byId;
    for (const auto& a : std::as_const(accounts))
        byId.insert(a.id, a);

    sync::SyncRunner runner(ctx.profile->db(), ctx.transports);
    runner.setCredentialStore(account::PasswordSource::Keyring, &ctx.keyring);
    runner.setCredentialStore(account::PasswordSource::Command, &ctx.passwordCommand);
    // Accounts that sign in with OAuth 2: access tokens from their refresh tokens in the keyring.
    QNetworkAccessManager network;
    const QSettings settings;
    oauth::AccessTokenSource tokens(
        &network, ctx.keyring, [&settings](const oauth::Provider& provider) {
            return oauth::ClientRegistration::forProvider(provider, &settings);
        });
    runner.setOAuthTokens(&tokens);
    runner.setProtocolLogDirectory(ctx.profile->logDirectory());
    const bool terminal = ::isatty(STDERR_FILENO) && !ctx.output->json();
    QHash<qint64, sync::SyncProgress> progress;
    QTextStream& err = ctx.output->err();
    QObject::connect(&runner, &sync::SyncRunner::accountProgress, &runner,
                     [&](qint64 id, const sync::SyncProgress& pr) {
                         if (!terminal)
                             return;
                         progress[id] = pr;
                         int done = 0, total = 0;
                         qint64 bytes = 0, totalBytes = 0;
                         for (const auto& x : std::as_const(progress)) {
                             done += x.current;
                             total += x.total;
                             bytes += x.bytes;
                             totalBytes += x.totalBytes;
                         }
                         const int width = 30;
                         const int filled = totalBytes > 0 ? int(width * double(bytes) / double(totalBytes)) : 0;
                         err << "\r[" << QString(qMin(filled, width), u'#') << QString(width - qMin(filled, width), u' ')
                             << "] " << done << '/' << total << ' ' << megabytes(bytes) << '/' << megabytes(totalBytes) << " MB ";
                         err.flush();
                     });
    int worst = ExitOk;
    QJsonArray json;
    QObject::connect(&runner, &sync::SyncRunner::accountFinished, &runner, [&](qint64 id, const sync::SyncReport& r) {
        const account::AccountSettings& a = byId[id];
        if (terminal)
            err << "\r" << QString(70, u' ') << '\r';
        if (ctx.output->json()) {
            QJsonObject o{
                {QStringLiteral("account"), a.name},
                {QStringLiteral("ok"), r.ok()},
                {QStringLiteral("downloaded"), r.downloaded},
                {QStringLiteral("onServer"), r.onServer},
                {QStringLiteral("duplicates"), r.duplicates},
                {QStringLiteral("headersOnly"), r.headersOnly},
                {QStringLiteral("deletedFromServer"),
                 r.deletionsConfirmed ? r.deletionsRequested : 0},
                {QStringLiteral("keptOnServer"), r.keptOnServer},
                {QStringLiteral("repeatedUidls"), r.repeatedUidls},
                {QStringLiteral("skipped"),
                 QJsonObject{{QStringLiteral("total"), r.skipped.total()},
                             {QStringLiteral("unreadable"), r.skipped.unreadable},
                             {QStringLiteral("refused"), r.skipped.refused},
                             {QStringLiteral("tooLarge"), r.skipped.tooLarge},
                             {QStringLiteral("overListingLimit"), r.skipped.overListingLimit}}}};
            if (r.error)
                o.insert(QStringLiteral("error"), r.error->codeName());
            json.append(o);
        }
        if (!r.ok()) {
            // Several accounts failing differently: the highest code (documented in README.md).
            worst = qMax(worst, ctx.output->fail(*r.error, a.host, a.port, a.name));
            return;
        }
        if (!ctx.output->json()) {
            ctx.output->out() << tr("%1: %2 new, %3 on the server, %4 removed from the server")
                                     .arg(a.name).arg(r.downloaded).arg(r.onServer)
                                     .arg(r.deletionsConfirmed ? r.deletionsRequested : 0)
                              << '\n';
            if (r.skipped.total() > 0)
                ctx.output->out()
                    << tr("%1: %2 messages on the server were not downloaded (unreadable: %3, "
                          "refused by the server: %4, larger than announced: %5, beyond the "
                          "listing limit: %6); the next sync tries again")
                           .arg(a.name)
                           .arg(r.skipped.total())
                           .arg(r.skipped.unreadable)
                           .arg(r.skipped.refused)
                           .arg(r.skipped.tooLarge)
                           .arg(r.skipped.overListingLimit)
                    << '\n';
            if (r.repeatedUidls > 0)
                ctx.output->out() << tr("%1: the server gives %2 messages a UIDL it also gives "
                                        "another message; they were told apart by their headers")
                                         .arg(a.name)
                                         .arg(r.repeatedUidls)
                                  << '\n';
            ctx.output->out().flush();
        }
    });
    QEventLoop loop;
    QObject::connect(&runner, &sync::SyncRunner::finished, &loop, &QEventLoop::quit);
    runner.run(accounts);
    if (runner.isRunning())
        loop.exec();
    if (ctx.output->json())
        ctx.output->printJson(json);
    return worst;
}

} // namespace postbag::app
