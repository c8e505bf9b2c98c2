// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/mime's .cpp files: includes GMime.
#include "core/mime/ParsedMessage.h"
#include "core/mime/detail/GMimeSession.h"
#include "core/mime/detail/HeaderReader.h"

namespace postbag::mime::detail {

// Walks a parsed GMime tree once, depth-first, and fills the body text, attachments, embedded
// messages and the flat part list of a ParsedMessage. It owns the policy of what is body text and
// what is an attachment, and the limits: at most MaxDepth levels and MaxParts parts are visited and
// at most MaxTextChars characters of text kept. Part paths follow IMAP section numbering so that
// PartLocator can find the same part again. With keepPictures, the decoded bytes of every picture
// with a Content-ID are kept in its Attachment, so that nobody has to parse the message again.
class PartWalker
{
public:
    PartWalker(GMimeSession& session, HeaderReader& headers, ParsedMessage& out,
               bool keepPictures = false)
        : m_session(session), m_headers(headers), m_out(out), m_keepPictures(keepPictures)
    {
    }

    void walkMessage(GMimeMessage* message);

private:
    struct Sink
    {
        QString* plain;
        QString* html;
    };

    void walkBody(GMimeMessage* message, const QByteArray& prefix, int depth, Sink sink);
    void walk(GMimeObject* object, const QByteArray& path, int depth, Sink sink);
    void leaf(GMimePart* part, const QByteArray& path, Sink sink);
    void textPart(GMimePart* part, const QByteArray& path, bool html, Sink sink);
    void messagePart(GMimeMessagePart* part, const QByteArray& path, int depth);
    void appendText(QString* target, QString text, const QByteArray& path);
    bool admit(int depth); // counts the part; false when a limit says stop

    GMimeSession& m_session;
    HeaderReader& m_headers;
    ParsedMessage& m_out;
    int m_parts = 0;
    qsizetype m_textChars = 0;
    bool m_partLimitHit = false;
    bool m_keepPictures;
};

// Finds the GMime object for a part path produced by PartWalker ("" is the root body, "1.2.u1"
// names a uuencoded block inside the text part "1.2"; uuBlock is then 1-based, else 0).
[[nodiscard]] GMimeObject* locatePart(GMimeMessage* message, const QByteArray& path, int* uuBlock);

// "2" + 3 -> "2.3"; "" + 3 -> "3".
[[nodiscard]] QByteArray childPath(const QByteArray& prefix, int index);

} // namespace postbag::mime::detail
