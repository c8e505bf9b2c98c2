// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mime/MessageParser.h"

#include "core/common/Logging.h"
#include "core/mime/detail/GMimeSession.h"
#include "core/mime/detail/HeaderReader.h"
#include "core/mime/detail/PartWalker.h"
#include "core/mime/detail/UuencodedBlocks.h"

namespace postbag::mime {

using namespace detail;

namespace {

bool hasAnyHeader(GMimeMessage* message)
{
    GMimeHeaderList* top = g_mime_object_get_header_list(GMIME_OBJECT(message));
    if (top && g_mime_header_list_get_count(top) > 0)
        return true;
    GMimeObject* body = g_mime_message_get_mime_part(message);
    GMimeHeaderList* bodyHeaders = body ? g_mime_object_get_header_list(body) : nullptr;
    return bodyHeaders && g_mime_header_list_get_count(bodyHeaders) > 0;
}

Error noSuchPart(const QByteArray& partPath)
{
    return Error::make(ErrorCode::MimeUnparseable,
                       QStringLiteral("no MIME part ") + QString::fromLatin1(partPath));
}

} // namespace

ParsedMessage MessageParser::parse(QByteArrayView raw, const QDateTime& receivedAt,
                                   Pictures pictures)
{
    WarningCollector warnings;
    ParsedMessage out;
    out.date = receivedAt;
    {
        GMimeSession session(warnings);
        // Declared after the session: every GMime object goes before the options it was made with.
        GObjectPtr<GMimeMessage> message = session.parse(raw);
        if (!message) {
            warnings.add(Warning::NoHeaders);
        } else {
            if (!hasAnyHeader(message.get()))
                warnings.add(Warning::NoHeaders);
            HeaderReader headers(session, receivedAt);
            headers.read(message.get(), out, true);
            PartWalker(session, headers, out, pictures == Pictures::Keep)
                .walkMessage(message.get());
        }
    }
    out.warnings = warnings.take();
    if (!out.warnings.isEmpty())
        qCDebug(lcMime) << "parsed with" << out.warnings.size()
                        << "warnings, first:" << warningName(out.warnings.first().code)
                        << out.warnings.first().detail;
    return out;
}

Result<QByteArray> MessageParser::attachmentData(QByteArrayView raw, const QByteArray& partPath)
{
    WarningCollector warnings;
    GMimeSession session(warnings);
    GObjectPtr<GMimeMessage> message = session.parse(raw);
    if (!message)
        return Error::make(ErrorCode::MimeUnparseable, QStringLiteral("no message"));
    int uuBlock = 0;
    GMimeObject* object = locatePart(message.get(), partPath, &uuBlock);
    if (!object)
        return noSuchPart(partPath);
    if (uuBlock > 0) {
        const QByteArray text = decodedContent(GMIME_PART(object));
        const QList<UuencodedBlocks::Block> blocks = UuencodedBlocks::find(text);
        if (uuBlock > blocks.size())
            return noSuchPart(partPath);
        return UuencodedBlocks::decode(text, blocks[uuBlock - 1]);
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        // An empty message/rfc822 part is listed (size 0), so it yields empty data.
        return inner ? serialized(GMIME_OBJECT(inner)) : QByteArray();
    }
    if (GMIME_IS_PART(object))
        return decodedContent(GMIME_PART(object));
    return serialized(object);
}

} // namespace postbag::mime
