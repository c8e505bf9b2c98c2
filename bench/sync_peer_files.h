// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace postbag::bench {

struct Mailbox;

// What fetchmail and getmail6 need on disk, written the way their manuals say, for one mailbox.

// Writes `text` readable by the owner only (fetchmail refuses an rc file that others can read).
[[nodiscard]] bool writeText(const QString& path, const QString& text);

// fetchmail: one poll entry with UIDL; implicit TLS verified against the certificate file, or
// plain with opportunistic STLS switched off (sslproto '').
[[nodiscard]] QString fetchmailRc(const Mailbox& box);

// getmail6 refuses to deliver as root: then delivery runs as `nobody`, who is given the Maildir
// (and a way to it). Returns the destination's "user = ..." line, or nothing when not root.
[[nodiscard]] QString getmailUser(const QString& runDir, const QString& maildir);

// getmail6: SimplePOP3(SSL)Retriever (ca_certs for TLS), Maildir destination, read_all, no delete.
[[nodiscard]] QString getmailRc(const Mailbox& box, const QString& maildir,
                                const QString& deliverAs);

// Messages in fetchmail's BSMTP output: one DATA line right after the RCPT TO lines of each.
[[nodiscard]] int countBsmtp(const QString& path);

} // namespace postbag::bench
