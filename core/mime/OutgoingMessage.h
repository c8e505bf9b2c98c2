// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mime/ParsedMessage.h"
#include "core/mime/ReplyReferences.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace postbag::mime {

// One file attached to an outgoing message: its bytes, or a file read when the message is built.
struct OutgoingAttachment
{
    QString fileName; // as the recipient sees it; any length and script (RFC 2231)
    QByteArray data;  // the bytes, when path is empty
    QString path;     // a file to read the bytes from, if not empty
    QString mimeType; // e.g. "application/pdf"; empty: judged from the bytes and the name
};

// How an outgoing message forwards another one.
struct Forward
{
    enum class Mode
    {
        None,
        Inline,   // the original's text, quoted, after the message's own text
        Attached, // the original's bytes as a message/rfc822 part
    };
    Mode mode = Mode::None;
    // Inline: the lines that introduce the original ("Forwarded message", its From, Date,
    // Subject). Made by ui/, which owns the words; placed unquoted before the quoted text.
    QString headerBlock;
    QString originalText; // Inline: the original's text as the reader shows it
    QByteArray original;  // Attached: the original's raw bytes, as stored
    QString fileName;     // Attached: the part's file name, e.g. "<subject>.eml"; may be empty
};

// Everything a message to send is made of, as plain data (no GMime), filled in by the composer or
// the command line and turned into bytes once by MessageBuilder. Addresses are as the user gave
// them (display names in Unicode, domains in Unicode or ACE); the builder checks and encodes them.
struct OutgoingMessage
{
    Address from; // the identity's name and address
    QList<Address> to;
    QList<Address> cc;
    QList<Address> bcc;
    QList<Address> replyTo;
    QString subject;
    // When the user pressed Send (RFC 5322 §3.6.1), with the UTC offset the Date header shows.
    QDateTime date;
    QString text; // the body as typed ("\n" line breaks), signature included
    QList<OutgoingAttachment> attachments;
    std::optional<ReplyReferences::Parent> parent; // set for a reply
    Forward forward;
    // Without angle brackets. Empty: MessageBuilder makes one from the From address's domain.
    QString messageId;
};

} // namespace postbag::mime
