// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `postbag account add|edit|list|remove|test` (test in AccountTestCommand.cpp).
#include "app/AccountOptions.h"
#include "app/CliContext.h"
#include "core/account/AccountRemoval.h"
#include "core/account/AccountRepository.h"
#include "core/store/FolderStore.h"
#include "core/store/Transaction.h"
#include "core/sync/SyncRunner.h"
#include "core/transport/CommandArgument.h"

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
    // One stream for every call: a second password is the next line of what it buffered.
    static QTextStream in(stdin);
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

// The passwords --password-stdin and --smtp-password-stdin read, in that order, one line each;
// nullopt after a usage error.
struct Passwords
{
    QString incoming;
    QString outgoing;
};

std::optional<Passwords> readPasswords(const QCommandLineParser& p, Output& out,
                                       const account::AccountSettings& s,
                                       const std::optional<account::OutgoingServer>& server)
{
    Passwords read;
    const bool own = server && server->credentialAccount(s).username != s.username;
    if (p.isSet(QStringLiteral("smtp-password-stdin"))) {
        if (!own) {
            out.usage(tr("--smtp-password-stdin is for an outgoing server with its own "
                         "--smtp-user"));
            return std::nullopt;
        }
        if (s.passwordSource != account::PasswordSource::Keyring) {
            out.usage(tr("--smtp-password-stdin keeps the password in the keyring; with "
                         "--password-command that command gives both passwords"));
            return std::nullopt;
        }
    }
    if (p.isSet(QStringLiteral("password-stdin"))) {
        read.incoming = readPassword(out);
        if (read.incoming.isEmpty()) {
            out.usage(tr("--password-stdin read no password"));
            return std::nullopt;
        }
    }
    if (p.isSet(QStringLiteral("smtp-password-stdin"))) {
        read.outgoing = readPassword(out);
        if (read.outgoing.isEmpty()) {
            out.usage(tr("--smtp-password-stdin read no password"));
            return std::nullopt;
        }
    }
    return read;
}

// A line break or NUL would reach a server as commands of its own: refused before saving.
Status checkCredentials(const account::AccountSettings& s,
                        const std::optional<account::OutgoingServer>& server,
                        const Passwords& passwords)
{
    const QString smtpUser = server ? server->username : QString();
    for (const QString* value :
         {&s.username, &smtpUser, &passwords.incoming, &passwords.outgoing}) {
        if (const Status safe = transport::checkArgument(*value, "credentials"); !safe.ok())
            return safe;
    }
    return Ok{};
}

// Keeps the passwords read for `s` (and its outgoing server's own entry) in the keyring.
Status storePasswords(CliContext& ctx, const account::AccountSettings& s,
                      const std::optional<account::OutgoingServer>& server,
                      const Passwords& passwords)
{
    if (!passwords.incoming.isEmpty()) {
        const Status stored =
            waitFor([&](auto done) { ctx.keyring.write(s, passwords.incoming, done); });
        if (!stored.ok())
            return stored;
    }
    if (!passwords.outgoing.isEmpty() && server) {
        return waitFor([&](auto done) {
            ctx.keyring.write(server->credentialAccount(s), passwords.outgoing, done);
        });
    }
    return Ok{};
}

// A keyring password whose entry name changes with the settings (user, host, port) moves along.
Status carryPassword(CliContext& ctx, const account::AccountSettings& from,
                     const account::AccountSettings& to)
{
    if (from.passwordSource != account::PasswordSource::Keyring ||
        to.passwordSource != account::PasswordSource::Keyring ||
        account::CredentialStore::keyFor(from) == account::CredentialStore::keyFor(to))
        return Ok{};
    std::optional<Result<QString>> secret;
    QEventLoop loop;
    ctx.keyring.read(from, [&](Result<QString> r) {
        secret = std::move(r);
        loop.quit();
    });
    if (!secret)
        loop.exec();
    if (!secret->ok())
        return secret->error();
    return waitFor([&](auto done) { ctx.keyring.write(to, secret->value(), done); });
}

int add(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    AccountOptions::addTo(p);
    int code = ExitOk;
    if (!ctx.parse(p, args, code, 0))
        return code;
    Output& out = *ctx.output;
    for (const char* required : {"name", "host", "security", "user"}) {
        if (!p.isSet(QString::fromLatin1(required)))
            return out.usage(tr("account add needs --%1").arg(QString::fromLatin1(required)));
    }
    account::AccountSettings s;
    s.leaveOnServer = false;
    if (const int applied = AccountOptions::apply(p, out, s); applied != ExitOk)
        return applied;
    std::optional<account::OutgoingServer> server;
    if (const int applied = AccountOptions::applyOutgoing(p, out, server); applied != ExitOk)
        return applied;
    if (!p.isSet(QStringLiteral("password-command")) && !p.isSet(QStringLiteral("password-stdin")))
        return out.usage(tr("account add needs --password-stdin or --password-command"));
    if (server && s.address.isEmpty())
        return out.usage(tr("an outgoing server needs --address (the address mail is sent from)"));
    const auto passwords = readPasswords(p, out, s, server);
    if (!passwords)
        return ExitUsage;
    if (const Status safe = checkCredentials(s, server, *passwords); !safe.ok())
        return out.fail(safe.error());
    if (!ctx.openProfile(true))
        return ctx.openError();
    account::AccountRepository repo(ctx.profile->db());
    if (repo.byName(s.name).ok())
        return out.usage(tr("an account named '%1' already exists").arg(s.name));
    auto added = repo.add(s, server);
    if (!added.ok())
        return out.fail(added.error());
    if (const Status stored = storePasswords(ctx, added.value(), server, *passwords);
        !stored.ok()) {
        (void)repo.remove(added->id); // no account without its password
        return out.fail(stored.error());
    }
    out.out() << tr("Added account %1 (%2@%3:%4).").arg(s.name, s.username, s.host).arg(s.port) << '\n';
    if (server)
        out.out() << tr("Outgoing server: %1:%2 (%3).")
                         .arg(server->host)
                         .arg(server->port)
                         .arg(account::securityName(server->security))
                  << '\n';
    return ExitOk;
}

int edit(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), tr("The account to change."));
    AccountOptions::addTo(p);
    int code = ExitOk;
    if (!ctx.parse(p, args, code))
        return code;
    Output& out = *ctx.output;
    if (p.positionalArguments().size() != 1)
        return out.usage(tr("account edit needs exactly one account name"));
    if (p.optionNames().isEmpty())
        return out.usage(tr("account edit needs an option to change (see 'postbag account edit "
                            "--help')"));
    if (!ctx.openProfile())
        return ctx.openError();
    account::AccountRepository repo(ctx.profile->db());
    const QString name = p.positionalArguments().first();
    const auto before = repo.byName(name);
    if (!before.ok())
        return out.usage(tr("no account named '%1'").arg(name));
    account::AccountSettings s = before.value();
    if (const int applied = AccountOptions::apply(p, out, s); applied != ExitOk)
        return applied;
    if (s.name != before->name && repo.byName(s.name).ok())
        return out.usage(tr("an account named '%1' already exists").arg(s.name));
    const auto stored = repo.outgoingServer(s.id);
    if (!stored.ok())
        return out.fail(stored.error());
    std::optional<account::OutgoingServer> server = stored.value();
    if (const int applied = AccountOptions::applyOutgoing(p, out, server); applied != ExitOk)
        return applied;
    if (server && s.address.isEmpty())
        return out.usage(tr("an outgoing server needs --address (the address mail is sent from)"));
    const auto passwords = readPasswords(p, out, s, server);
    if (!passwords)
        return ExitUsage;
    if (const Status safe = checkCredentials(s, server, *passwords); !safe.ok())
        return out.fail(safe.error());
    if (const Status valid = s.validate(); !valid.ok())
        return out.fail(valid.error());
    // Passwords first: a settings change that cannot take its password along changes nothing.
    if (passwords->incoming.isEmpty()) {
        if (const Status carried = carryPassword(ctx, before.value(), s); !carried.ok())
            return out.fail(carried.error());
    }
    if (passwords->outgoing.isEmpty() && stored.value() && server) {
        if (const Status carried =
                carryPassword(ctx, stored.value()->credentialAccount(before.value()),
                              server->credentialAccount(s));
            !carried.ok())
            return out.fail(carried.error());
    }
    if (const Status kept = storePasswords(ctx, s, server, *passwords); !kept.ok())
        return out.fail(kept.error());
    store::Transaction tx(ctx.profile->db());
    Status saved = tx.begin();
    if (saved.ok())
        saved = repo.update(s);
    if (saved.ok() && server && server != stored.value())
        saved = repo.setOutgoingServer(s.id, *server);
    if (saved.ok())
        saved = tx.commit();
    if (!saved.ok())
        return out.fail(saved.error());
    out.out() << tr("Changed account %1.").arg(s.name) << '\n';
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
    if (sub == u"edit")
        return edit(ctx, rest);
    if (sub == u"list")
        return list(ctx, rest);
    if (sub == u"remove")
        return remove(ctx, rest);
    if (sub == u"test")
        return runAccountTest(ctx, rest);
    if (sub == u"--help" || sub == u"-h" || sub == u"help") {
        ctx.output->out()
            << tr("Usage: postbag account add|edit|list|remove|test [options]\n"
                  "'postbag account add --help' (and so on) lists the options of each.")
            << '\n';
        return ExitOk;
    }
    return ctx.output->usage(tr("account needs one of: add, edit, list, remove, test"));
}

} // namespace postbag::app
