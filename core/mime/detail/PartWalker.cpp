// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mime/detail/PartWalker.h"

#include "core/mime/FlowedText.h"
#include "core/mime/MessageParser.h"
#include "core/mime/detail/CharsetDecoder.h"
#include "core/mime/detail/UuencodedBlocks.h"

#include <QMimeDatabase>

namespace postbag::mime::detail {

namespace {

bool dispositionIs(const char* disposition, const char* value)
{
    return disposition && g_ascii_strcasecmp(disposition, value) == 0;
}

QString fileNameOf(GMimeObject* object)
{
    if (GMIME_IS_PART(object))
        return fromGStr(g_mime_part_get_filename(GMIME_PART(object)));
    if (const char* name = g_mime_object_get_content_disposition_parameter(object, "filename"))
        return fromGStr(name);
    return fromGStr(g_mime_object_get_content_type_parameter(object, "name"));
}

QString guessMimeType(const QString& fileName)
{
    static const QMimeDatabase db; // documented thread-safe
    return db.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension).name();
}

} // namespace

QByteArray childPath(const QByteArray& prefix, int index)
{
    return prefix.isEmpty() ? QByteArray::number(index) : prefix + '.' + QByteArray::number(index);
}

void PartWalker::walkMessage(GMimeMessage* message)
{
    walkBody(message, QByteArray(), 0, {&m_out.textPlain, &m_out.textHtml});
}

void PartWalker::walkBody(GMimeMessage* message, const QByteArray& prefix, int depth, Sink sink)
{
    GMimeObject* body = g_mime_message_get_mime_part(message);
    if (!body)
        return;
    // IMAP numbering: a multipart body shares its message's number; a single part body is ".1".
    walk(body, GMIME_IS_MULTIPART(body) ? prefix : childPath(prefix, 1), depth, sink);
}

bool PartWalker::admit(int depth)
{
    if (m_partLimitHit)
        return false;
    if (depth > MessageParser::MaxDepth) {
        m_session.warnings().add(Warning::DepthLimit);
        return false;
    }
    if (++m_parts > MessageParser::MaxParts) {
        m_session.warnings().add(Warning::PartLimit);
        m_partLimitHit = true;
        return false;
    }
    return true;
}

void PartWalker::walk(GMimeObject* object, const QByteArray& path, int depth, Sink sink)
{
    if (!admit(depth))
        return;
    m_out.parts.append({path, mimeTypeOf(object), depth});
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart* multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count && !m_partLimitHit; ++i)
            walk(g_mime_multipart_get_part(multipart, i), childPath(path, i + 1), depth + 1, sink);
    } else if (GMIME_IS_MESSAGE_PART(object)) {
        messagePart(GMIME_MESSAGE_PART(object), path, depth);
    } else if (GMIME_IS_PART(object)) {
        leaf(GMIME_PART(object), path, sink);
    }
}

void PartWalker::leaf(GMimePart* part, const QByteArray& path, Sink sink)
{
    GMimeObject* object = GMIME_OBJECT(part);
    GMimeContentType* type = g_mime_object_get_content_type(object);
    const bool isPlain = type && g_mime_content_type_is_type(type, "text", "plain");
    const bool isHtml = type && g_mime_content_type_is_type(type, "text", "html");
    const char* disposition = g_mime_object_get_disposition(object);
    const QString fileName = fileNameOf(object);

    // Body text: text/plain or text/html that is not marked as an attachment and is not a named
    // file (unless it explicitly asks to be shown inline).
    if ((isPlain || isHtml) && !dispositionIs(disposition, "attachment") &&
        (fileName.isEmpty() || dispositionIs(disposition, "inline"))) {
        textPart(part, path, isHtml, sink);
        return;
    }
    Attachment a;
    a.fileName = fileName;
    a.mimeType = mimeTypeOf(object);
    a.contentId = fromGStr(g_mime_object_get_content_id(object));
    if (m_keepPictures && !a.contentId.isEmpty() && a.mimeType.startsWith(u"image/")) {
        a.pictureData = decodedContent(part);
        a.size = a.pictureData.size();
    } else {
        a.size = decodedSize(part);
    }
    a.isInline = dispositionIs(disposition, "inline") || (!disposition && !a.contentId.isEmpty());
    a.partPath = path;
    m_out.attachments.append(std::move(a));
}

void PartWalker::textPart(GMimePart* part, const QByteArray& path, bool html, Sink sink)
{
    GMimeObject* object = GMIME_OBJECT(part);
    QByteArray bytes = decodedContent(part);
    const QByteArray charset(g_mime_object_get_content_type_parameter(object, "charset"));

    if (!html) {
        const QList<UuencodedBlocks::Block> blocks = UuencodedBlocks::find(bytes);
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const UuencodedBlocks::Block& block = blocks[i];
            Attachment a;
            a.fileName = CharsetDecoder::decode(block.fileName, charset).text;
            a.mimeType = guessMimeType(a.fileName);
            a.size = UuencodedBlocks::decode(bytes, block).size();
            a.partPath = path + ".u" + QByteArray::number(i + 1);
            if (!block.terminated)
                m_session.warnings().add(Warning::BrokenEncoding,
                                         QStringLiteral("uuencode without end in ") +
                                             QString::fromLatin1(path));
            m_out.attachments.append(std::move(a));
        }
        if (!blocks.isEmpty())
            bytes = UuencodedBlocks::strip(bytes, blocks);
    }

    CharsetDecoder::Decoded decoded = CharsetDecoder::decode(bytes, charset);
    if (decoded.fallbackUsed) {
        m_session.warnings().add(Warning::BadCharset,
                                 QString::fromLatin1(charset.isEmpty() ? "(none)" : charset) +
                                     u" -> " + QString::fromLatin1(decoded.charsetUsed));
    }
    QString text = std::move(decoded.text);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (!html) {
        const char* format = g_mime_object_get_content_type_parameter(object, "format");
        if (dispositionIs(format, "flowed")) {
            const char* delsp = g_mime_object_get_content_type_parameter(object, "delsp");
            text = FlowedText::unflow(text, dispositionIs(delsp, "yes"));
        }
    }
    appendText(html ? sink.html : sink.plain, std::move(text), path);
}

void PartWalker::appendText(QString* target, QString text, const QByteArray& path)
{
    const qsizetype room = MessageParser::MaxTextChars - m_textChars;
    if (text.size() > room) {
        text.truncate(qMax<qsizetype>(room, 0));
        m_session.warnings().add(Warning::TextTruncated, QString::fromLatin1(path));
    }
    if (text.isEmpty())
        return;
    if (!target->isEmpty() && !target->endsWith(u'\n'))
        target->append(u'\n');
    target->append(text);
    m_textChars += text.size();
}

void PartWalker::messagePart(GMimeMessagePart* part, const QByteArray& path, int depth)
{
    GMimeObject* object = GMIME_OBJECT(part);
    GMimeMessage* message = g_mime_message_part_get_message(part);
    const char* disposition = g_mime_object_get_disposition(object);

    Attachment a;
    a.fileName = fileNameOf(object);
    a.mimeType = mimeTypeOf(object);
    a.size = message ? serialized(GMIME_OBJECT(message)).size() : 0;
    a.contentId = fromGStr(g_mime_object_get_content_id(object));
    a.isInline = dispositionIs(disposition, "inline");
    a.partPath = path;
    m_out.attachments.append(std::move(a));
    if (!message)
        return;

    // Reserve the slot first so that embedded messages stay in document order even when this one
    // contains more of them.
    const qsizetype slot = m_out.embedded.size();
    m_out.embedded.append(EmbeddedMessage{});
    EmbeddedMessage inner;
    inner.partPath = path;
    m_headers.read(message, inner, false);
    walkBody(message, path, depth + 1, {&inner.textPlain, &inner.textHtml});
    m_out.embedded[slot] = std::move(inner);
}

GMimeObject* locatePart(GMimeMessage* message, const QByteArray& path, int* uuBlock)
{
    *uuBlock = 0;
    GMimeObject* current = g_mime_message_get_mime_part(message);
    if (path.isEmpty() || !current)
        return current;
    const QList<QByteArray> components = path.split('.');
    if (components.size() > 4 * MessageParser::MaxDepth)
        return nullptr;
    bool atMessageBody = true;
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QByteArray& c = components[i];
        if (c.startsWith('u') && i == components.size() - 1) {
            bool ok = false;
            *uuBlock = c.mid(1).toInt(&ok);
            if (!ok || *uuBlock < 1 || !GMIME_IS_PART(current))
                return nullptr;
            return current;
        }
        bool ok = false;
        const int index = c.toInt(&ok);
        if (!ok || index < 1)
            return nullptr;
        if (GMIME_IS_MESSAGE_PART(current)) {
            GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(current));
            current = inner ? g_mime_message_get_mime_part(inner) : nullptr;
            if (!current)
                return nullptr;
            atMessageBody = true;
        }
        if (GMIME_IS_MULTIPART(current)) {
            GMimeMultipart* multipart = GMIME_MULTIPART(current);
            if (index > g_mime_multipart_get_count(multipart))
                return nullptr;
            current = g_mime_multipart_get_part(multipart, index - 1);
        } else if (!(atMessageBody && index == 1)) {
            return nullptr;
        }
        atMessageBody = false;
    }
    return current;
}

} // namespace postbag::mime::detail
