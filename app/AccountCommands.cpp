// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `postbag account add|list|remove|test` (test in AccountTestCommand.cpp).
#include "app/CliContext.h"
#include "core/account/AccountRemoval.h"
#include "core/account/AccountRepository.h"
#include "core/transport/CommandArgument.h"
#include "core/store/FolderStore.h"
#include "core/sync/SyncRunner.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <csignal>
#include <cstdio>
#include <iterator>
#include <termios.h>
#include <unistd.h>

namespace postbag::app {

namespace {
// lupdate files free tr() calls under the namespace as their context.
QString tr(const char* s)
{
    return QCoreApplication::translate("postbag::app", s);
}

// The terminal's settings while the password prompt hides what is typed, for the signal handler:
// Ctrl+C (or a kill) at the prompt must not leave the shell without echo.
termios g_savedTerminal{};

extern "C" void restoreTerminalAndDie(int sig)
{
    ::tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal); // async-signal-safe
    ::signal(sig, SIG_DFL);
    ::raise(sig);
}

// The first line of standard input. From a terminal: after a prompt, and without showing what
// is typed (a password must not stay on the screen or in its scrollback).
QString readPassword(Output& out)
{
    termios saved{};
    const bool terminal = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    struct sigaction previous[std::size(kSignals)] = {};
    if (terminal) {
        g_savedTerminal = saved;
        struct sigaction restore = {};
        restore.sa_handler = restoreTerminalAndDie;
        sigemptyset(&restore.sa_mask);
        for (std::size_t i = 0; i < std::size(kSignals); ++i)
            ::sigaction(kSignals[i], &restore, &previous[i]);
        out.err() << tr("Password: ");
        out.err().flush();
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL; // the Enter still ends the line on screen
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        for (std::size_t i = 0; i < std::size(kSignals); ++i)
            ::sigaction(kSignals[i], &previous[i], nullptr);
    }
    return line;
}

// Waits for an asynchronous Status (keyring jobs) in this command-line process.
Status waitFor(const std::function<void(account::CredentialStore::StatusDone)>& start)
{
    std::optional<Status> result;
    QEventLoop loop;
    start([&](Status s) {
        result = s;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

int add(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    auto opt = [&p](const char* name, const char* value, const char* help) {
        p.addOption(QCommandLineOption(QString::fromLatin1(name), tr(help), QString::fromLatin1(value)));
    };
    opt("name", "NAME", QT_TRANSLATE_NOOP("postbag::app", "Account name."));
    opt("host", "HOST", QT_TRANSLATE_NOOP("postbag::app", "POP3 server."));
    opt("port", "N", QT_TRANSLATE_NOOP("postbag::app", "Port (995 for tls, 110 otherwise)."));
    opt("security", "MODE", QT_TRANSLATE_NOOP("postbag::app", "none, starttls or tls."));
    opt("user", "USER", QT_TRANSLATE_NOOP("postbag::app", "User name."));
    opt("address", "ADDRESS", QT_TRANSLATE_NOOP("postbag::app", "E-mail address (optional)."));
    opt("password-command", "CMD", QT_TRANSLATE_NOOP("postbag::app", "A command that prints the password."));
    opt("pin-sha256", "HEX", QT_TRANSLATE_NOOP("postbag::app", "Trust exactly the certificate with this SHA-256 fingerprint."));
    opt("delete-after-days", "N", QT_TRANSLATE_NOOP("postbag::app", "With --leave-on-server: remove from the server after N days."));
    opt("size-limit", "BYTES", QT_TRANSLATE_NOOP("postbag::app", "Fetch only the headers of larger messages."));
    p.addOption(QCommandLineOption(QStringLiteral("password-stdin"), tr("Read the password from standard input and keep it in the keyring.")));
    p.addOption(QCommandLineOption(QStringLiteral("allow-insecure-auth"), tr("Allow sending the password unencrypted.")));
    p.addOption(QCommandLineOption(QStringLiteral("leave-on-server"), tr("Keep messages on the server (default: delete after download).")));
    p.addOption(QCommandLineOption(QStringLiteral("protocol-log"), tr("Write a POP3 protocol log (passwords blanked) to the profile's logs folder.")));
    int code = ExitOk;
    if (!ctx.parse(p, args, code, 0))
        return code;
    Output& out = *ctx.output;
    if (p.isSet(QStringLiteral("password-command")) && p.isSet(QStringLiteral("password-stdin")))
        return out.usage(tr("use either --password-stdin or --password-command, not both"));
    for (const char* required : {"name", "host", "security", "user"}) {
        if (!p.isSet(QString::fromLatin1(required)))
            return out.usage(tr("account add needs --%1").arg(QString::fromLatin1(required)));
    }
    account::AccountSettings s;
    s.name = p.value(QStringLiteral("name"));
    s.host = p.value(QStringLiteral("host"));
    s.username = p.value(QStringLiteral("user"));
    s.address = p.value(QStringLiteral("address"));
    const auto security = account::securityFromName(p.value(QStringLiteral("security")));
    if (!security)
        return out.usage(tr("--security must be none, starttls or tls"));
    s.security = *security;
    s.port = account::AccountSettings::defaultPort(s.security);
    bool ok = true;
    if (p.isSet(QStringLiteral("port"))) {
        const uint port = p.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return out.usage(tr("--port must be a number from 1 to 65535"));
        s.port = quint16(port);
    }
    s.allowInsecureAuth = p.isSet(QStringLiteral("allow-insecure-auth"));
    s.leaveOnServer = p.isSet(QStringLiteral("leave-on-server"));
    s.protocolLog = p.isSet(QStringLiteral("protocol-log"));
    if (p.isSet(QStringLiteral("delete-after-days")) && !s.leaveOnServer)
        return out.usage(tr("--delete-after-days needs --leave-on-server (without it, mail is "
                            "removed from the server once downloaded)"));
    if (p.isSet(QStringLiteral("delete-after-days"))) {
        s.deleteAfterDays = p.value(QStringLiteral("delete-after-days")).toInt(&ok);
        if (!ok || s.deleteAfterDays < 0)
            return out.usage(tr("--delete-after-days must be a number of days"));
    }
    if (p.isSet(QStringLiteral("size-limit"))) {
        s.sizeLimitBytes = p.value(QStringLiteral("size-limit")).toLongLong(&ok);
        if (!ok || s.sizeLimitBytes < 0)
            return out.usage(tr("--size-limit must be a number of bytes"));
    }
    if (p.isSet(QStringLiteral("pin-sha256"))) {
        const QString hex = p.value(QStringLiteral("pin-sha256")).remove(u':');
        s.pinnedSha256 = QByteArray::fromHex(hex.toLatin1());
        if (s.pinnedSha256.size() != 32 || hex.size() != 64)
            return out.usage(tr("--pin-sha256 must be 64 hex digits (colons allowed)"));
    }
    QString password;
    if (p.isSet(QStringLiteral("password-command"))) {
        s.passwordSource = account::PasswordSource::Command;
        s.passwordCommand = p.value(QStringLiteral("password-command"));
    } else if (p.isSet(QStringLiteral("password-stdin"))) {
        s.passwordSource = account::PasswordSource::Keyring;
        password = readPassword(out);
        if (password.isEmpty())
            return out.usage(tr("--password-stdin read no password"));
    } else {
        return out.usage(tr("account add needs --password-stdin or --password-command"));
    }
    // A line break or NUL would reach the server as commands of its own: refused before saving.
    for (const QString* value : {&s.username, &password}) {
        if (const Status safe = transport::checkArgument(*value, "credentials"); !safe.ok())
            return out.fail(safe.error());
    }
    if (!ctx.openProfile(true))
        return ctx.openError();
    account::AccountRepository repo(ctx.profile->db());
    if (repo.byName(s.name).ok())
        return out.usage(tr("an account named '%1' already exists").arg(s.name));
    auto added = repo.add(s);
    if (!added.ok())
        return out.fail(added.error());
    if (!password.isEmpty()) {
        const Status stored = waitFor([&](auto done) { ctx.keyring.write(added.value(), password, done); });
        if (!stored.ok()) {
            (void)repo.remove(added->id); // no account without its password
            return out.fail(stored.error());
        }
    }
    out.out() << tr("Added account %1 (%2@%3:%4).").arg(s.name, s.username, s.host).arg(s.port) << '\n';
    return ExitOk;
}

int list(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(QCommandLineOption(QStringLiteral("json"), tr("JSON output.")));
    int code = ExitOk;
    if (!ctx.parse(p, args, code, 0))
        return code;
    if (!ctx.openProfile())
        return ctx.openError();
    auto accounts = account::AccountRepository(ctx.profile->db()).list();
    if (!accounts.ok())
        return ctx.output->fail(accounts.error());
    QJsonArray json;
    for (const account::AccountSettings& a : accounts.value()) {
        if (ctx.output->json()) {
            json.append(QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("host"), a.host},
                                    {QStringLiteral("port"), a.port}, {QStringLiteral("security"), account::securityName(a.security)},
                                    {QStringLiteral("user"), a.username}, {QStringLiteral("leaveOnServer"), a.leaveOnServer},
                                    {QStringLiteral("enabled"), a.enabled}});
        } else {
            ctx.output->out() << a.name << '\t' << a.username << '@' << a.host << ':' << a.port << '\t'
                              << account::securityName(a.security) << (a.enabled ? "" : "\tdisabled") << '\n';
        }
    }
    if (ctx.output->json())
        ctx.output->printJson(json);
    return ExitOk;
}

int remove(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), tr("The account to remove, with its mail."));
    const QCommandLineOption keep(QStringLiteral("keep-messages"),
                                  tr("Keep its mail in a local folder named after the account."));
    p.addOption(keep);
    int code = ExitOk;
    if (!ctx.parse(p, args, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.output->usage(tr("account remove needs exactly one account name"));
    if (!ctx.openProfile())
        return ctx.openError();
    account::AccountRepository repo(ctx.profile->db());
    auto a = repo.byName(p.positionalArguments().first());
    if (!a.ok())
        return ctx.output->usage(tr("no account named '%1'").arg(p.positionalArguments().first()));
    // A sync of the account in another process (the window, a cron job) ends first.
    account::AccountRemoval removal(ctx.profile->db(), &ctx.keyring, {});
    QObject::connect(&removal, &account::AccountRemoval::waiting, [&] {
        ctx.output->err() << "postbag: " << tr("waiting for the sync of %1 to end…").arg(a->name)
                          << '\n';
        ctx.output->err().flush();
    });
    std::optional<account::RemovalReport> report;
    QEventLoop loop;
    QObject::connect(&removal, &account::AccountRemoval::finished,
                     [&](const account::RemovalReport& r) {
                         report = r;
                         loop.quit();
                     });
    removal.start(a->id, p.isSet(keep) ? account::AccountRepository::Messages::Keep
                                       : account::AccountRepository::Messages::Delete);
    if (!report)
        loop.exec();
    if (!report->ok())
        return ctx.output->fail(*report->error);
    ctx.output->out() << tr("Removed account %1.").arg(a->name) << '\n';
    if (report->keptFolderId != 0) {
        const auto kept = store::FolderStore(ctx.profile->db()).folder(report->keptFolderId);
        const QString name = kept.ok() ? kept->name : QString::number(report->keptFolderId);
        if (p.isSet(keep))
            ctx.output->out() << tr("Its messages are in the folder %1.").arg(name) << '\n';
        else
            ctx.output->out() << tr("Other mail in its folders (another account's, or filed there) "
                                    "is in the folder %1.")
                                     .arg(name)
                              << '\n';
    }
    if (report->keyringError) {
        // The account is gone either way; a password left behind in the keyring is said aloud.
        ctx.output->out().flush();
        ctx.output->err() << "postbag: "
                          << tr("The password of %1 is still in the keyring (%2); remove it "
                                "there.")
                                 .arg(a->name, report->keyringError->serverText)
                          << '\n';
        ctx.output->err().flush();
    }
    return ExitOk;
}

} // namespace

int runAccountCommand(CliContext& ctx, const QStringList& args)
{
    const QString sub = args.size() > 1 ? args[1] : QString();
    QStringList rest = args.mid(1);
    if (!rest.isEmpty())
        rest.first() = args.first() + u' ' + sub;
    if (sub == u"add")
        return add(ctx, rest);
    if (sub == u"list")
        return list(ctx, rest);
    if (sub == u"remove")
        return remove(ctx, rest);
    if (sub == u"test")
        return runAccountTest(ctx, rest);
    if (sub == u"--help" || sub == u"-h" || sub == u"help") {
        ctx.output->out()
            << tr("Usage: postbag account add|list|remove|test [options]\n"
                  "'postbag account add --help' (and so on) lists the options of each.")
            << '\n';
        return ExitOk;
    }
    return ctx.output->usage(tr("account needs one of: add, list, remove, test"));
}

} // namespace postbag::app
