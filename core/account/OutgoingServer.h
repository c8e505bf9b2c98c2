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
// password; an empty user name means the POP3 login (the same keyring entry); validate() names
// the first invalid field with an "outgoing." prefix.
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
    // RFC 8314 / RFC 6409 ports: 465 for implicit TLS, 587 otherwise.
    [[nodiscard]] static quint16 defaultPort(Security security);

    friend bool operator==(const OutgoingServer&, const OutgoingServer&) = default;
};

} // namespace postbag::account
