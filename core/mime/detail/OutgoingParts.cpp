// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mime/detail/OutgoingParts.h"

#include "core/mailbox/FileProblem.h"
#include "core/mime/FlowedText.h"
#include "core/mime/MessageParser.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace postbag::mime::detail {

namespace {

GObjectPtr<GMimeDataWrapper> wrap(QByteArrayView bytes)
{
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(
        bytes.isEmpty() ? "" : bytes.data(), static_cast<size_t>(bytes.size())));
    return GObjectPtr<GMimeDataWrapper>(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
}

bool fitsSevenBit(const char* text)
{
    return !text ||
           OutgoingParts::sevenBitProblem(QByteArrayView(text, qstrlen(text)), false).isEmpty();
}

// A header's raw value as GMime writes it after the name and colon: its text and a final LF.
bool writable(GMimeHeader* header)
{
    const char* raw = g_mime_header_get_raw_value(header);
    return raw && fitsSevenBit(raw) && QByteArrayView(raw, qstrlen(raw)).endsWith('\n') &&
           !QByteArrayView(raw, qstrlen(raw)).trimmed().isEmpty();
}

// Header values with raw 8-bit bytes (or overlong lines) are set again from their decoded text,
// which makes GMime write them RFC 2047/2231-encoded and folded; what GMime cannot write that way
// (an address with 8-bit bytes in its local part) is kept as encoded text, or else dropped.
void reencodeHeaders(GMimeObject* object)
{
    GMimeHeaderList* headers = g_mime_object_get_header_list(object);
    for (int i = headers ? g_mime_header_list_get_count(headers) - 1 : -1; i >= 0; --i) {
        GMimeHeader* header = g_mime_header_list_get_header_at(headers, i);
        if (fitsSevenBit(g_mime_header_get_raw_value(header)))
            continue;
        const QByteArray value = g_mime_header_get_value(header);
        g_mime_header_set_value(header, nullptr, value.constData(), "UTF-8");
        if (writable(header))
            continue;
        GCharPtr encoded(g_mime_utils_header_encode_text(nullptr, value.constData(), "UTF-8"));
        g_mime_header_set_value(header, nullptr, encoded.get(), nullptr);
        if (!writable(header))
            g_mime_header_list_remove_at(headers, i);
    }
}

// The bytes with every line ending a LF, as GMime keeps text: it turns LF into CRLF when it
// writes, but a CRLF into CR CR LF.
QByteArray withLf(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] != '\r')
            out.append(bytes[i]);
        else if (i + 1 == bytes.size() || bytes[i + 1] != '\n')
            out.append('\n'); // a bare CR ends a line too
    }
    return out;
}

// A multipart's preamble or epilogue as GMime should write it: GMime writes them as they are, not
// through its CRLF filter. Text for mailers without MIME that nobody reads, so 8-bit text there
// is dropped.
QByteArray crlfText(const char* text)
{
    if (!text || !fitsSevenBit(text))
        return {};
    QByteArray crlf(text);
    return crlf.replace("\n", "\r\n");
}

// Header fields whose names are not printable ASCII cannot be written in a 7-bit message at all.
void dropUnwritableFields(GMimeHeaderList* headers)
{
    for (int i = headers ? g_mime_header_list_get_count(headers) - 1 : -1; i >= 0; --i) {
        const char* name = g_mime_header_get_name(g_mime_header_list_get_header_at(headers, i));
        if (!fitsSevenBit(name))
            g_mime_header_list_remove_at(headers, i);
    }
}

// Makes every header and the preamble and epilogue of every multipart below `object` 7-bit with
// CRLF line ends; with reencode, also every part's content, whatever it declares ("7bit" parts
// with 8-bit bytes or overlong lines are common).
void sevenBitTree(GMimeObject* object, int depth, bool reencode)
{
    if (!object || depth > MessageParser::MaxDepth)
        return;
    dropUnwritableFields(g_mime_object_get_header_list(object));
    reencodeHeaders(object);
    if (GMIME_IS_MESSAGE(object)) {
        sevenBitTree(g_mime_message_get_mime_part(GMIME_MESSAGE(object)), depth + 1, reencode);
    } else if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        sevenBitTree(inner ? GMIME_OBJECT(inner) : nullptr, depth + 1, reencode);
    } else if (GMIME_IS_PART(object)) {
        GMimePart* part = GMIME_PART(object);
        // GMime writes "binary" parts as they are, without CRLF line ends.
        if (reencode || g_mime_part_get_content_encoding(part) == GMIME_CONTENT_ENCODING_BINARY) {
            // Decoded first: GMime copies content whose encoding stays the same as it is, and
            // "quoted-printable" or "base64" parts with raw 8-bit bytes exist.
            g_mime_part_set_content(part, wrap(decodedContent(part)).get());
            g_mime_part_set_content_encoding(
                part, g_mime_part_get_best_content_encoding(part, GMIME_ENCODING_CONSTRAINT_7BIT));
        }
    } else if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart* multipart = GMIME_MULTIPART(object);
        if (const char* prologue = g_mime_multipart_get_prologue(multipart))
            g_mime_multipart_set_prologue(multipart, crlfText(prologue).constData());
        if (const char* epilogue = g_mime_multipart_get_epilogue(multipart))
            g_mime_multipart_set_epilogue(multipart, crlfText(epilogue).constData());
        const int n = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < n; ++i)
            sevenBitTree(g_mime_multipart_get_part(multipart, i), depth + 1, reencode);
    }
}

// Sets the file name (Content-Disposition filename, and Content-Type name for a leaf part), RFC
// 2231 encoded in UTF-8 when it is not ASCII: GMime would otherwise pick the smallest charset that
// fits.
void setFileName(GMimeObject* object, const QString& fileName)
{
    const QByteArray name = fileName.toUtf8();
    g_mime_object_set_content_disposition_parameter(object, "filename", name.constData());
    GMimeParamList* dispositionParams =
        g_mime_content_disposition_get_parameters(g_mime_object_get_content_disposition(object));
    g_mime_param_set_charset(g_mime_param_list_get_parameter(dispositionParams, "filename"),
                             "UTF-8");
    if (GMIME_IS_PART(object)) {
        g_mime_object_set_content_type_parameter(object, "name", name.constData());
        GMimeParamList* typeParams =
            g_mime_content_type_get_parameters(g_mime_object_get_content_type(object));
        g_mime_param_set_charset(g_mime_param_list_get_parameter(typeParams, "name"), "UTF-8");
    }
}

Result<QByteArray> attachmentBytes(const OutgoingAttachment& a)
{
    if (a.path.isEmpty())
        return a.data;
    QFile file(a.path);
    if (!file.exists())
        return mailbox::fileError(mailbox::FileProblem::Missing, a.path);
    if (!file.open(QIODevice::ReadOnly))
        return mailbox::fileError(mailbox::FileProblem::Unreadable, a.path, file.errorString());
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return mailbox::fileError(mailbox::FileProblem::Unreadable, a.path, file.errorString());
    return bytes;
}

} // namespace

QByteArray OutgoingParts::flowedText(const OutgoingMessage& message)
{
    QString text = message.text;
    const Forward& forward = message.forward;
    if (forward.mode == Forward::Mode::Inline) {
        const auto endParagraph = [&text] {
            if (!text.isEmpty() && !text.endsWith(u'\n'))
                text.append(u'\n');
            if (!text.isEmpty())
                text.append(u'\n');
        };
        endParagraph();
        text.append(forward.headerBlock);
        endParagraph();
        text.append(FlowedText::quote(forward.originalText));
    }
    return FlowedText::flow(text).toUtf8();
}

GObjectPtr<GMimeObject> OutgoingParts::textPart(const QByteArray& flowedUtf8)
{
    GMimeTextPart* text = g_mime_text_part_new_with_subtype("plain");
    GObjectPtr<GMimeObject> object(GMIME_OBJECT(text));
    // Set, not left to GMime: it would pick the smallest charset that fits and convert.
    g_mime_text_part_set_charset(text, "UTF-8");
    g_mime_object_set_content_type_parameter(object.get(), "format", "flowed");
    GMimePart* part = GMIME_PART(text);
    g_mime_part_set_content(part, wrap(flowedUtf8).get());
    g_mime_part_set_content_encoding(
        part, g_mime_part_get_best_content_encoding(part, GMIME_ENCODING_CONSTRAINT_7BIT));
    return object;
}

Result<GObjectPtr<GMimeObject>> OutgoingParts::attachment(const OutgoingAttachment& a)
{
    Result<QByteArray> bytes = attachmentBytes(a);
    if (!bytes)
        return bytes.error();
    const QString fileName =
        a.fileName.isEmpty() && !a.path.isEmpty() ? QFileInfo(a.path).fileName() : a.fileName;
    QString type = a.mimeType.trimmed().toLower();
    if (!type.contains(u'/')) {
        static const QMimeDatabase db; // documented thread-safe
        type = db.mimeTypeForFileNameAndData(fileName, bytes.value()).name();
    }
    const QByteArray typeUtf8 = type.toUtf8();
    const qsizetype slash = typeUtf8.indexOf('/');
    GMimePart* part = g_mime_part_new_with_type(typeUtf8.left(slash).constData(),
                                                typeUtf8.mid(slash + 1).constData());
    GObjectPtr<GMimeObject> object(GMIME_OBJECT(part));
    g_mime_part_set_content(part, wrap(bytes.value()).get());
    g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_BASE64);
    g_mime_object_set_disposition(object.get(), GMIME_DISPOSITION_ATTACHMENT);
    if (!fileName.isEmpty())
        setFileName(object.get(), fileName);
    return object;
}

Result<GObjectPtr<GMimeObject>> OutgoingParts::forwarded(GMimeSession& session,
                                                         const Forward& forward)
{
    QByteArray original = withLf(forward.original);
    if (original.startsWith("\xef\xbb\xbf"))
        original.remove(0, 3); // a UTF-8 byte order mark some programs write into .eml files
    GObjectPtr<GMimeMessage> inner;
    if (!original.trimmed().isEmpty())
        inner = session.parse(original);
    if (original.trimmed().isEmpty())
        return Error::make(ErrorCode::MimeUnparseable, QStringLiteral("forwarded message"));
    if (!inner) // not a message to GMime (no header first): forwarded as a file, nothing lost
        return attachment(
            {forward.fileName, forward.original, {}, QStringLiteral("application/octet-stream")});
    GMimeObject* innerObject = GMIME_OBJECT(inner.get());
    // Whoever was Bcc'd on the original stays private (the user's own Sent copies have it).
    while (g_mime_header_list_remove(g_mime_object_get_header_list(innerObject), "Bcc")) {
    }
    sevenBitTree(innerObject, 0, !sevenBitProblem(original, false).isEmpty());
    GObjectPtr<GMimeObject> part(
        GMIME_OBJECT(g_mime_message_part_new_with_message("rfc822", inner.get())));
    g_mime_object_set_disposition(part.get(), GMIME_DISPOSITION_ATTACHMENT);
    if (!forward.fileName.isEmpty())
        setFileName(part.get(), forward.fileName);
    return part;
}

QString OutgoingParts::sevenBitProblem(QByteArrayView bytes, bool crlfOnly)
{
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= bytes.size(); ++i) {
        const bool end = i == bytes.size();
        const auto u = end ? 0u : static_cast<unsigned char>(bytes[i]);
        if (!end && (u == 0 || u >= 0x80))
            return QStringLiteral("8-bit or NUL byte at %1").arg(i);
        if (end || u == '\n') {
            const bool afterCr = i > lineStart && bytes[i - 1] == '\r';
            if (i - lineStart - (afterCr ? 1 : 0) > MaxLineLength)
                return QStringLiteral("line over %1 octets at %2")
                    .arg(MaxLineLength)
                    .arg(lineStart);
            if (!end && crlfOnly && !afterCr)
                return QStringLiteral("bare LF at %1").arg(i);
            lineStart = i + 1;
        } else if (u == '\r' && crlfOnly && (i + 1 == bytes.size() || bytes[i + 1] != '\n')) {
            return QStringLiteral("bare CR at %1").arg(i);
        }
    }
    return {};
}

} // namespace postbag::mime::detail
