// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace postbag::mailbox {

// How the messages of an mbox file were escaped. Telling them apart from the bytes is impossible
// in general (a body line ">From x" means different things in each), so the caller chooses.
enum class MboxVariant
{
    // mboxrd (qmail, Thunderbird since 2024, git, the shared corpus): the writer added one '>' to
    // every line matching ^>*From ; the reader removes one '>' from every line matching ^>+From .
    // Lossless, and the right default: on an mboxo file it only differs for lines that really
    // started with ">From " (rare), which come back with one '>' less.
    MboxRd,
    // mboxo (classic Unix, older Thunderbird, Eudora): only ^From was quoted, so ">From " in the
    // file may be quoted or original. The reader turns ^>From  (exactly one '>') into "From ";
    // original ">From " lines lose their '>' (the known mboxo ambiguity).
    MboxO,
    // mboxcl2 (Netscape, SVR4, mutt with Content-Length): each message's Content-Length header
    // gives the body length and nothing is quoted. The length is trusted only when it ends right
    // before a separator (optionally after one blank line) or at the end of the file, as mutt
    // does; otherwise the message is delimited by scanning like the other variants.
    MboxCl,
};

// One message of an mbox file.
struct MboxMessage
{
    QByteArray raw;      // the message exactly: From_ line and separator line removed, unquoted
    QByteArray fromLine; // the From_ line as in the file, without its line end
    QByteArray sender;   // envelope sender from the From_ line; empty if none
    QDateTime date;      // envelope date from the From_ line (UTC); invalid if none
    qint64 offset = 0;   // where the From_ line starts in the file
};

} // namespace postbag::mailbox
