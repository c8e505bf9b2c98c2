// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/AccountSettings.h"

#include <QByteArray>
#include <QString>

namespace postbag::account {

// The submission server an account sends through (RFC 6409), as typed values next to the POP3
// server's in AccountSettings. Why its own type: identities, autodetection and the command line
// describe an outgoing server apart from any account row. Guarantees: plain data, never holds a
// password (nor does its JSON, the text the store keeps for it); an empty user name, or the POP3
// one, means the POP3 login and its keyring entry; validate() names the first invalid field with
// an "outgoing." prefix.
struct OutgoingServer
{
    QString host;
    quint16 port = 465;
    Security security = Security::ImplicitTls;
    AuthPreference auth = AuthPreference::Automatic; // UserPass and Apop are POP3-only
    QString username;                                // empty: the POP3 account's login
    bool allowInsecureAuth = false;
    QByteArray pinnedSha256; // raw digest of the trusted leaf certificate, empty if none

    [[nodiscard]] Status validate() const;
    // The login to use: `username`, or the POP3 account's when it is empty.
    [[nodiscard]] QString effectiveUsername(const AccountSettings& account) const;
    // What the credential stores are asked for this server's password: `account` itself when the
    // login is the POP3 one (one keyring entry for both), else a copy naming this server's login,
    // host and port (an entry of its own; the same password source).
    [[nodiscard]] AccountSettings credentialAccount(const AccountSettings& account) const;
    // RFC 8314 / RFC 6409 ports: 465 for implicit TLS, 587 otherwise.
    [[nodiscard]] static quint16 defaultPort(Security security);

    [[nodiscard]] QString toJson() const;
    // StoreCorrupt for text that is not a JSON object; missing fields take their defaults.
    [[nodiscard]] static Result<OutgoingServer> fromJson(const QString& json);

    friend bool operator==(const OutgoingServer&, const OutgoingServer&) = default;
};

} // namespace postbag::account
