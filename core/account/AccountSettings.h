// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace postbag::account {

enum class Security { None, StartTls, ImplicitTls };
enum class AuthPreference { Automatic, UserPass, Apop, CramMd5, Plain, Login, OAuth2 };
// Where the password comes from: the system keyring, a user command (like msmtp's passwordeval),
// or nowhere persistent (asked once per session).
enum class PasswordSource { Keyring, Command, AskEachSession };

// Everything that describes one POP3 account, as typed values. Why: sync, the wizard and the
// command line must agree on one meaning per setting. Guarantees: never holds a password;
// round-trips through JSON losslessly; validate() names the first invalid field.
struct AccountSettings
{
    qint64 id = 0; // the store's account id; 0 until saved
    QString name;
    QString address;
    QString displayName;
    QString host;
    quint16 port = 995;
    Security security = Security::ImplicitTls;
    AuthPreference auth = AuthPreference::Automatic;
    QString username;
    bool allowInsecureAuth = false;
    QByteArray pinnedSha256; // raw digest of the trusted leaf certificate, empty if none
    PasswordSource passwordSource = PasswordSource::Keyring;
    QString passwordCommand;
    int checkIntervalMinutes = 10; // 0: only on demand
    bool checkAtStartup = true;
    bool leaveOnServer = true;
    int deleteAfterDays = 0; // with leaveOnServer: remove from the server after N days; 0: never
    bool deleteWhenDeletedLocally = false;
    qint64 sizeLimitBytes = 0; // above it only headers are fetched first; 0: no limit
    // 0: the account's own Inbox. Kept by the store next to the folders (not in the settings
    // text), so removing that folder turns it back to 0.
    qint64 destinationFolderId = 0;
    bool enabled = true;
    bool protocolLog = false;

    [[nodiscard]] QString toJson() const; // everything but id and name, which are store columns
    [[nodiscard]] static Result<AccountSettings> fromJson(const QString& json);
    [[nodiscard]] Status validate() const;
    // The default port for a security mode: 995 for implicit TLS, 110 otherwise.
    [[nodiscard]] static quint16 defaultPort(Security security);
};

[[nodiscard]] QString securityName(Security security); // "none", "starttls", "tls"
[[nodiscard]] std::optional<Security> securityFromName(QStringView name);
[[nodiscard]] QString authName(AuthPreference auth); // "automatic", "cram-md5", ...
[[nodiscard]] std::optional<AuthPreference> authFromName(QStringView name);

} // namespace postbag::account
