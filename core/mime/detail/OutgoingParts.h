// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/mime's .cpp files: includes GMime.
#include "core/common/Result.h"
#include "core/mime/OutgoingMessage.h"
#include "core/mime/detail/GMimeSession.h"

#include <QByteArray>

namespace postbag::mime::detail {

// The MIME parts of an outgoing message, each already in a 7-bit transfer encoding: the text as
// UTF-8 format=flowed (quoted-printable or base64 when it is not ASCII), attachments in base64
// with RFC 2231 file names in UTF-8, and a forwarded original as message/rfc822. Guarantees: an
// original that is already 7-bit is forwarded as it is, but for CRLF line ends and without its
// Bcc header; in one with 8-bit bytes or overlong lines every part is re-encoded and 8-bit
// headers RFC 2047-encoded (a field that cannot be written in 7 bits at all is dropped). Part
// objects made from a parsed original hold the session's options: release them before it.
class OutgoingParts
{
public:
    // The body text as sent: the message's text, and for an inline forward the introduction and
    // the quoted original, as format=flowed UTF-8 with LF line ends.
    [[nodiscard]] static QByteArray flowedText(const OutgoingMessage& message);

    [[nodiscard]] static GObjectPtr<GMimeObject> textPart(const QByteArray& flowedUtf8);
    // Fails when a file to attach cannot be read (a mailbox::fileError naming it).
    [[nodiscard]] static Result<GObjectPtr<GMimeObject>> attachment(const OutgoingAttachment& a);
    // Fails with MimeUnparseable when the original is empty; one GMime cannot read as a message
    // at all is forwarded as an application/octet-stream attachment.
    [[nodiscard]] static Result<GObjectPtr<GMimeObject>> forwarded(GMimeSession& session,
                                                                   const Forward& forward);

    static constexpr qsizetype MaxLineLength = 998; // RFC 5322 §2.1.1, without the CRLF

    // What keeps bytes from going into a 7-bit message as they are (a NUL or 8-bit byte, a line
    // over MaxLineLength octets, with crlfOnly a CR or LF that is not part of a CRLF), for logs;
    // empty when nothing does.
    [[nodiscard]] static QString sevenBitProblem(QByteArrayView bytes, bool crlfOnly);
};

} // namespace postbag::mime::detail
