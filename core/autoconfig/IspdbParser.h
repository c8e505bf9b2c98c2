// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/autoconfig/ServerCandidate.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace postbag::autoconfig {

// Reads the POP3 and submission servers out of a Thunderbird autoconfig document (config-v1.1.xml,
// the ISPDB format). Why its own unit: the document comes from the network, so it is parsed by a
// streaming reader that tolerates unknown elements and stops cleanly at malformed XML, never
// crashing. Guarantees: only <incomingServer type="pop3"> entries become `servers` and only
// <outgoingServer type="smtp"> entries `outgoing` (Service::Submission), each in document order;
// entries without a plausible host name, with a port outside 1..65535, an unknown socketType or a
// user name with control characters are skipped; placeholders in <username> are substituted (an
// absent one means the address); on malformed XML the servers read before the error are kept and
// `error` says what was wrong.
struct IspdbResult
{
    QList<ServerCandidate> servers;  // POP3
    QList<ServerCandidate> outgoing; // submission (SMTP)
    QString providerName; // <displayName>, else <displayShortName>
    QStringList domains;  // <domain> entries
    QString error;        // empty when the whole document was well-formed
};

[[nodiscard]] IspdbResult parseIspdb(QByteArrayView xml, const QString& emailAddress,
                                     Source source = Source::IspAutoconfig,
                                     const QString& sourceDetail = {});

} // namespace postbag::autoconfig
