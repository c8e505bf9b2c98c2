// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace postbag::testing {

// The complete dovecot.conf of one DovecotServer instance. Exists so the fixture's settings are in
// one readable place. Guarantees: everything (sockets, state, log, mail, users, certificate) lives
// under `directory`; nothing from /etc/dovecot is included; no service needs root (no chroot).
struct DovecotConfig
{
    QString directory;
    QString instanceName;
    QString userName; // runs every service; owns the mail
    QString groupName;
    quint16 plainPort = 0; // plain + STLS
    quint16 tlsPort = 0;   // implicit TLS
    bool authPenalty = false;
    bool apop = false; // APOP offered: a timestamp in the greeting
    bool reuseXUidl = false; // a message's X-UIDL header becomes its UIDL (repeated UIDLs)
    bool submissionAuth = false; // auth-client socket open to all local users (for Postfix)

    [[nodiscard]] QByteArray render() const;
};

} // namespace postbag::testing
