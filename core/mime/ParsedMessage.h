// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace postbag::mime {

// A mailbox from an address header, already decoded (RFC 2047) to Unicode. Group syntax is
// flattened: a group's members appear as ordinary addresses, an empty group adds nothing.
struct Address
{
    QString name;    // display name, possibly empty
    QString address; // addr-spec as written ("bob@example.org"), possibly empty for broken input

    friend bool operator==(const Address&, const Address&) = default;
};

// Something the parser had to work around. Never fatal: the message is still returned.
enum class Warning
{
    MalformedHeader,     // bad header name, conflicting or repeated single-instance headers
    Unencoded8BitHeader, // raw 8-bit bytes in a header; decoded with the fallback charsets
    BrokenEncoding,      // invalid RFC 2047 word, broken base64/quoted-printable/uuencode
    BadCharset,          // declared charset unknown or wrong for the bytes; a fallback was used
    MissingDate,         // no Date header; the received time was used
    BadDate,             // unparseable Date header; the received time was used
    BadAddress,          // an address header GMime could not parse completely
    BadContentType,      // invalid Content-Type or parameter, or multipart without boundary
    MalformedMultipart,  // multipart without children, or ended by a parent's boundary
    TruncatedStructure,  // the input ended inside a multipart or a header block
    DepthLimit,          // nesting deeper than MessageParser::MaxDepth; deeper parts ignored
    PartLimit,           // more than MessageParser::MaxParts parts; the rest ignored
    TextTruncated,       // body text over MessageParser::MaxTextChars; the rest dropped
    AddressLimit,        // an address header with more than MaxAddressesPerHeader entries
    NoHeaders,           // the input does not start with a header block
};

struct ParseWarning
{
    Warning code = Warning::MalformedHeader;
    QString detail; // technical detail for logs (header name, charset, part path), not UI text

    friend bool operator==(const ParseWarning&, const ParseWarning&) = default;
};

// Stable, untranslated name of a warning code such as "BadCharset", for logs and tests.
[[nodiscard]] QString warningName(Warning code);

// One attachment (or inline part that is not body text), addressable later by partPath.
struct Attachment
{
    QString fileName;      // decoded (RFC 2231 / RFC 2047); empty when the part has none
    QString mimeType;      // lower case, e.g. "image/png", "message/rfc822"
    qint64 size = 0;       // decoded size in bytes
    QString contentId;     // without angle brackets, for cid: references; possibly empty
    bool isInline = false; // Content-Disposition inline, or no disposition but a Content-ID
    QByteArray partPath;   // IMAP-style section ("2", "1.3", "2.1"); uuencoded blocks: "1.u1"
    // The decoded bytes of a picture with a Content-ID (one an HTML body can show as "cid:"),
    // only when parse() was asked for MessageParser::Pictures::Keep; empty otherwise.
    QByteArray pictureData;
};

// A part of the MIME tree, flattened in document order (depth-first), for diagnostics and UI.
struct PartInfo
{
    QByteArray partPath; // empty for the root multipart
    QString mimeType;
    int depth = 0;
};

// The header fields a message list, threading and the reader need, decoded to Unicode.
struct MessageSummary
{
    QList<Address> from;
    QList<Address> to;
    QList<Address> cc;
    QList<Address> replyTo;
    QString subject;
    QDateTime date; // with the header's UTC offset; the received time if no usable Date
    bool dateFromHeader = false; // false when date is the caller's received time
    QString messageId;           // without angle brackets
    QString inReplyTo; // last valid message id in In-Reply-To (else the first), without <>
    QStringList references;      // message ids in order, without angle brackets
    QString listId;              // the id inside <...> of List-Id, e.g. "dev.lists.example.org"
    // Every Delivered-To, X-Original-To and Envelope-To address, in header order: where the
    // message was delivered when To and Cc do not say (lists, aliases, Bcc).
    QStringList deliveredTo;
};

// A message/rfc822 part: its own headers and its own body text. Its attachments are listed in the
// outer ParsedMessage::attachments with paths below partPath.
struct EmbeddedMessage : MessageSummary
{
    QByteArray partPath;
    QString textPlain;
    QString textHtml;
};

// Everything core needs from one raw message. A plain value: copyable, no GMime, no pointers.
struct ParsedMessage : MessageSummary
{
    QString textPlain; // all inline text/plain body parts, joined; format=flowed already unflowed
    QString textHtml;  // all inline text/html body parts, joined
    QList<Attachment> attachments;
    QList<EmbeddedMessage> embedded;
    QList<PartInfo> parts;
    QList<ParseWarning> warnings;

    [[nodiscard]] bool hasWarning(Warning code) const;
    // Text for the search index and previews: the plain body, or the HTML body as text when there
    // is no plain body, followed by the text of embedded messages.
    [[nodiscard]] QString searchableText() const;
};

} // namespace postbag::mime
