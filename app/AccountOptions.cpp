// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AccountOptions.h"

#include <QCoreApplication>

namespace postbag::app {

namespace {
// lupdate files free tr() calls under the namespace as their context.
QString tr(const char* s)
{
    return QCoreApplication::translate("postbag::app", s);
}

QString name(const char* option)
{
    return QString::fromLatin1(option);
}

// Set by the user; also false for an option this command does not take (`account test` takes
// fewer --smtp-* options), where isSet() would warn.
bool given(const QCommandLineParser& p, const char* option)
{
    return p.optionNames().contains(name(option));
}

void option(QCommandLineParser& p, const char* option, const char* value, const char* help)
{
    p.addOption(QCommandLineOption(name(option), tr(help), name(value)));
}

void flag(QCommandLineParser& p, const char* option, const char* help)
{
    p.addOption(QCommandLineOption(name(option), tr(help)));
}

// A port in 1..65535; nullopt after printing a usage error.
std::optional<quint16> port(const QCommandLineParser& p, const char* option, Output& out)
{
    bool ok = false;
    const uint n = p.value(name(option)).toUInt(&ok);
    if (!ok || n == 0 || n > 65535) {
        out.usage(tr("--%1 must be a number from 1 to 65535").arg(name(option)));
        return std::nullopt;
    }
    return quint16(n);
}

// A SHA-256 fingerprint as 64 hex digits, colons allowed; nullopt after a usage error.
std::optional<QByteArray> pin(const QCommandLineParser& p, const char* option, Output& out)
{
    const QString hex = p.value(name(option)).remove(u':');
    const QByteArray digest = QByteArray::fromHex(hex.toLatin1());
    if (digest.size() != 32 || hex.size() != 64) {
        out.usage(tr("--%1 must be 64 hex digits (colons allowed)").arg(name(option)));
        return std::nullopt;
    }
    return digest;
}

// Sets the security mode and, when the port was the old mode's default, the new mode's.
template <typename Settings>
bool security(const QCommandLineParser& p, const char* option, Output& out, Settings& s)
{
    if (!given(p, option))
        return true;
    const auto mode = account::securityFromName(p.value(name(option)));
    if (!mode) {
        out.usage(tr("--%1 must be none, starttls or tls").arg(name(option)));
        return false;
    }
    if (s.port == Settings::defaultPort(s.security))
        s.port = Settings::defaultPort(*mode);
    s.security = *mode;
    return true;
}
} // namespace

void AccountOptions::addTo(QCommandLineParser& p)
{
    option(p, "name", "NAME", QT_TRANSLATE_NOOP("postbag::app", "Account name."));
    option(p, "host", "HOST", QT_TRANSLATE_NOOP("postbag::app", "POP3 server."));
    option(p, "port", "N", QT_TRANSLATE_NOOP("postbag::app", "Port (995 for tls, 110 otherwise)."));
    option(p, "security", "MODE", QT_TRANSLATE_NOOP("postbag::app", "none, starttls or tls."));
    option(p, "user", "USER", QT_TRANSLATE_NOOP("postbag::app", "User name."));
    option(p, "address", "ADDRESS",
           QT_TRANSLATE_NOOP("postbag::app", "E-mail address (optional)."));
    option(p, "display-name", "NAME",
           QT_TRANSLATE_NOOP("postbag::app", "Your name, as recipients see it."));
    option(p, "password-command", "CMD",
           QT_TRANSLATE_NOOP("postbag::app", "A command that prints the password."));
    option(p, "pin-sha256", "HEX",
           QT_TRANSLATE_NOOP("postbag::app",
                             "Trust exactly the certificate with this SHA-256 fingerprint."));
    option(p, "delete-after-days", "N",
           QT_TRANSLATE_NOOP("postbag::app",
                             "With --leave-on-server: remove from the server after N days."));
    option(p, "size-limit", "BYTES",
           QT_TRANSLATE_NOOP("postbag::app", "Fetch only the headers of larger messages."));
    flag(p, "password-stdin",
         QT_TRANSLATE_NOOP("postbag::app",
                           "Read the password from standard input and keep it in the keyring."));
    flag(p, "allow-insecure-auth",
         QT_TRANSLATE_NOOP("postbag::app", "Allow sending the password unencrypted."));
    flag(p, "leave-on-server",
         QT_TRANSLATE_NOOP("postbag::app",
                           "Keep messages on the server (default: delete after download)."));
    flag(p, "protocol-log",
         QT_TRANSLATE_NOOP("postbag::app", "Write a POP3 protocol log (passwords blanked) to the "
                                           "profile's logs folder."));
    addOutgoingTo(p);
}

void AccountOptions::addOutgoingTo(QCommandLineParser& p, bool toCheck)
{
    if (toCheck) {
        option(p, "smtp-host", "HOST",
               QT_TRANSLATE_NOOP("postbag::app",
                                 "Also check this outgoing (SMTP submission) server."));
        option(p, "smtp-port", "N",
               QT_TRANSLATE_NOOP("postbag::app", "Its port (465 for tls, 587 otherwise)."));
        option(p, "smtp-security", "MODE",
               QT_TRANSLATE_NOOP("postbag::app", "Its security: none, starttls or tls."));
        option(p, "smtp-pin-sha256", "HEX",
               QT_TRANSLATE_NOOP("postbag::app", "Trust exactly the outgoing server's certificate "
                                                 "with this SHA-256 fingerprint."));
        return;
    }
    option(p, "smtp-host", "HOST",
           QT_TRANSLATE_NOOP("postbag::app", "Outgoing (SMTP submission) server."));
    option(p, "smtp-port", "N",
           QT_TRANSLATE_NOOP("postbag::app", "Its port (465 for tls, 587 otherwise)."));
    option(p, "smtp-security", "MODE",
           QT_TRANSLATE_NOOP("postbag::app", "Its security: none, starttls or tls."));
    option(p, "smtp-user", "USER",
           QT_TRANSLATE_NOOP("postbag::app",
                             "Its user name, when not the POP3 one (then its password is kept "
                             "apart: --smtp-password-stdin)."));
    option(p, "smtp-pin-sha256", "HEX",
           QT_TRANSLATE_NOOP("postbag::app", "Trust exactly the outgoing server's certificate "
                                             "with this SHA-256 fingerprint."));
    flag(p, "smtp-password-stdin",
         QT_TRANSLATE_NOOP("postbag::app", "Read the outgoing server's own password from standard "
                                           "input (the line after the POP3 password)."));
}

int AccountOptions::apply(const QCommandLineParser& p, Output& out, account::AccountSettings& s)
{
    if (p.isSet(name("name")))
        s.name = p.value(name("name"));
    if (p.isSet(name("host")))
        s.host = p.value(name("host"));
    if (p.isSet(name("user")))
        s.username = p.value(name("user"));
    if (p.isSet(name("address")))
        s.address = p.value(name("address"));
    if (p.isSet(name("display-name")))
        s.displayName = p.value(name("display-name"));
    if (!security(p, "security", out, s))
        return ExitUsage;
    if (p.isSet(name("port"))) {
        const auto n = port(p, "port", out);
        if (!n)
            return ExitUsage;
        s.port = *n;
    }
    s.allowInsecureAuth = s.allowInsecureAuth || p.isSet(name("allow-insecure-auth"));
    s.leaveOnServer = s.leaveOnServer || p.isSet(name("leave-on-server"));
    s.protocolLog = s.protocolLog || p.isSet(name("protocol-log"));
    bool ok = true;
    if (p.isSet(name("delete-after-days"))) {
        if (!s.leaveOnServer)
            return out.usage(tr("--delete-after-days needs --leave-on-server (without it, mail is "
                                "removed from the server once downloaded)"));
        s.deleteAfterDays = p.value(name("delete-after-days")).toInt(&ok);
        if (!ok || s.deleteAfterDays < 0)
            return out.usage(tr("--delete-after-days must be a number of days"));
    }
    if (p.isSet(name("size-limit"))) {
        s.sizeLimitBytes = p.value(name("size-limit")).toLongLong(&ok);
        if (!ok || s.sizeLimitBytes < 0)
            return out.usage(tr("--size-limit must be a number of bytes"));
    }
    if (p.isSet(name("pin-sha256"))) {
        const auto digest = pin(p, "pin-sha256", out);
        if (!digest)
            return ExitUsage;
        s.pinnedSha256 = *digest;
    }
    if (p.isSet(name("password-command")) && p.isSet(name("password-stdin")))
        return out.usage(tr("use either --password-stdin or --password-command, not both"));
    if (p.isSet(name("password-command"))) {
        s.passwordSource = account::PasswordSource::Command;
        s.passwordCommand = p.value(name("password-command"));
    } else if (p.isSet(name("password-stdin"))) {
        s.passwordSource = account::PasswordSource::Keyring;
        s.passwordCommand.clear();
    }
    return ExitOk;
}

int AccountOptions::applyOutgoing(const QCommandLineParser& p, Output& out,
                                  std::optional<account::OutgoingServer>& server)
{
    bool any = false;
    for (const char* o :
         {"smtp-host", "smtp-port", "smtp-security", "smtp-user", "smtp-pin-sha256"})
        any = any || given(p, o);
    if (!any)
        return ExitOk;
    if (!server && !given(p, "smtp-host"))
        return out.usage(tr("the account has no outgoing server yet: give --smtp-host"));
    account::OutgoingServer s = server.value_or(account::OutgoingServer{});
    if (given(p, "smtp-host"))
        s.host = p.value(name("smtp-host"));
    if (!security(p, "smtp-security", out, s))
        return ExitUsage;
    if (given(p, "smtp-port")) {
        const auto n = port(p, "smtp-port", out);
        if (!n)
            return ExitUsage;
        s.port = *n;
    }
    if (given(p, "smtp-user"))
        s.username = p.value(name("smtp-user"));
    if (given(p, "smtp-pin-sha256")) {
        const auto digest = pin(p, "smtp-pin-sha256", out);
        if (!digest)
            return ExitUsage;
        s.pinnedSha256 = *digest;
    }
    if (const Status valid = s.validate(); !valid.ok())
        return out.fail(valid.error());
    server = s;
    return ExitOk;
}

} // namespace postbag::app
