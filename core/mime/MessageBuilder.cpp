// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mime/MessageBuilder.h"

#include "core/mime/AddressSyntax.h"
#include "core/mime/ReplyReferences.h"
#include "core/mime/detail/GMimeSession.h"
#include "core/mime/detail/OutgoingParts.h"

#include <QCryptographicHash>
#include <QSet>

namespace postbag::mime {

using namespace detail;

namespace {

struct Mailbox
{
    QString name;
    QString ascii; // AddressSyntax::asciiForm
};

struct Mailboxes
{
    Mailbox from;
    QList<Mailbox> to;
    QList<Mailbox> cc;
    QList<Mailbox> bcc;
    QList<Mailbox> replyTo;
};

// A header value is one line: a line break or another control character would end the header.
QString oneLine(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u' ';
    }
    return out.trimmed();
}

Result<Mailbox> checked(const Address& address)
{
    Result<QString> ascii = AddressSyntax::asciiForm(address.address);
    if (!ascii)
        return ascii.error();
    return Mailbox{oneLine(address.name), ascii.value()};
}

Result<QList<Mailbox>> checked(const QList<Address>& addresses)
{
    QList<Mailbox> out;
    for (const Address& address : addresses) {
        Result<Mailbox> one = checked(address);
        if (!one)
            return one.error();
        out.append(one.value());
    }
    return out;
}

Result<Mailboxes> checkedMailboxes(const OutgoingMessage& message)
{
    Result<Mailbox> from = checked(message.from);
    if (!from)
        return from.error();
    Mailboxes out{from.value(), {}, {}, {}, {}};
    const std::pair<const QList<Address>*, QList<Mailbox>*> lists[] = {
        {&message.to, &out.to},
        {&message.cc, &out.cc},
        {&message.bcc, &out.bcc},
        {&message.replyTo, &out.replyTo}};
    for (const auto& [in, target] : lists) {
        Result<QList<Mailbox>> list = checked(*in);
        if (!list)
            return list.error();
        *target = list.value();
    }
    return out;
}

QStringList envelopeRecipients(const Mailboxes& m)
{
    QStringList out;
    QSet<QString> seen;
    for (const QList<Mailbox>* list : {&m.to, &m.cc, &m.bcc}) {
        for (const Mailbox& box : *list) {
            if (!seen.contains(box.ascii)) {
                seen.insert(box.ascii);
                out.append(box.ascii);
            }
        }
    }
    return out;
}

void addMailboxes(GMimeMessage* message, GMimeAddressType type, const QList<Mailbox>& boxes)
{
    InternetAddressList* list = g_mime_message_get_addresses(message, type);
    for (const Mailbox& box : boxes) {
        const QByteArray name = box.name.toUtf8();
        GObjectPtr<InternetAddress> address(internet_address_mailbox_new(
            name.isEmpty() ? nullptr : name.constData(), box.ascii.toUtf8().constData()));
        // Without this GMime encodes the name in the smallest charset that fits it.
        internet_address_set_charset(address.get(), "UTF-8");
        internet_address_list_add(list, address.get());
    }
}

void setDate(GMimeMessage* message, const QDateTime& date)
{
    GTimeZone* zone = g_time_zone_new_offset(date.offsetFromUtc());
    GDateTime* utc = g_date_time_new_from_unix_utc(date.toSecsSinceEpoch());
    GDateTime* local = g_date_time_to_timezone(utc, zone);
    g_mime_message_set_date(message, local);
    g_date_time_unref(local);
    g_date_time_unref(utc);
    g_time_zone_unref(zone);
}

void setThreading(GMimeMessage* message, const ReplyReferences::Parent& parent)
{
    const ReplyReferences refs = ReplyReferences::of(parent);
    GMimeObject* object = GMIME_OBJECT(message);
    if (!refs.inReplyTo.isEmpty()) {
        const QByteArray value = '<' + refs.inReplyTo.toLatin1() + '>';
        g_mime_object_set_header(object, "In-Reply-To", value.constData(), nullptr);
    }
    if (!refs.references.isEmpty()) {
        const QByteArray value = '<' + refs.references.join(QStringLiteral("> <")).toLatin1() + '>';
        g_mime_object_set_header(object, "References", value.constData(), nullptr);
    }
}

// A boundary that none of the parts written as they are contains, derived from the Message-ID
// so that the same message gives the same bytes. Text GMime encodes (quoted-printable, base64)
// never contains "=_".
QByteArray boundaryFor(const QString& messageId, std::initializer_list<QByteArrayView> verbatim)
{
    QByteArray boundary;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QByteArray seed = messageId.toUtf8() + '/' + QByteArray::number(attempt);
        boundary =
            "=_pb" + QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex().left(32);
        if (std::none_of(verbatim.begin(), verbatim.end(),
                         [&](QByteArrayView part) { return part.contains(boundary); }))
            break;
    }
    return boundary;
}

Result<GObjectPtr<GMimeObject>> body(GMimeSession& session, const OutgoingMessage& message,
                                     const QString& messageId)
{
    const QByteArray text = OutgoingParts::flowedText(message);
    GObjectPtr<GMimeObject> textPart = OutgoingParts::textPart(text);
    const bool forwardAttached = message.forward.mode == Forward::Mode::Attached;
    if (message.attachments.isEmpty() && !forwardAttached)
        return textPart;

    GMimeMultipart* mixed = g_mime_multipart_new_with_subtype("mixed");
    GObjectPtr<GMimeObject> multipart(GMIME_OBJECT(mixed));
    const QByteArray original = forwardAttached ? message.forward.original : QByteArray();
    g_mime_multipart_set_boundary(mixed, boundaryFor(messageId, {text, original}).constData());
    g_mime_multipart_add(mixed, textPart.get());
    for (const OutgoingAttachment& a : message.attachments) {
        Result<GObjectPtr<GMimeObject>> part = OutgoingParts::attachment(a);
        if (!part)
            return part.error();
        g_mime_multipart_add(mixed, part.value().get());
    }
    if (forwardAttached) {
        Result<GObjectPtr<GMimeObject>> part = OutgoingParts::forwarded(session, message.forward);
        if (!part)
            return part.error();
        g_mime_multipart_add(mixed, part.value().get());
    }
    return multipart;
}

Result<QByteArray> wireBytes(GMimeMessage* message, bool withBcc)
{
    GMimeFormatOptions* options = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
    if (!withBcc)
        g_mime_format_options_add_hidden_header(options, "Bcc");
    QByteArray bytes = serialized(GMIME_OBJECT(message), options);
    g_mime_format_options_free(options);
    // GMime's 7-bit encodings and DOS line ends make this hold; checked, never assumed.
    const QString problem = bytes.isEmpty() ? QStringLiteral("nothing written")
                                            : OutgoingParts::sevenBitProblem(bytes, true);
    if (!problem.isEmpty())
        return Error::make(ErrorCode::MimeUnparseable, QStringLiteral("built message: ") + problem);
    return bytes;
}

} // namespace

Result<QString> MessageBuilder::newMessageId(const QString& fromAddress)
{
    Result<QString> ascii = AddressSyntax::asciiForm(fromAddress);
    if (!ascii)
        return ascii.error();
    const QString& address = ascii.value();
    const QByteArray domain = address.mid(address.lastIndexOf(u'@') + 1).toLatin1();
    ensureGMimeInitialized();
    return takeGStr(g_mime_utils_generate_message_id(domain.constData()));
}

Result<BuiltMessage> MessageBuilder::build(const OutgoingMessage& message)
{
    Result<Mailboxes> boxes = checkedMailboxes(message);
    if (!boxes)
        return boxes.error();
    const Mailboxes& m = boxes.value();
    if (!message.date.isValid())
        return Error::make(ErrorCode::InvalidSetting, QStringLiteral("Date"));
    QString messageId = message.messageId.trimmed();
    if (messageId.isEmpty()) {
        Result<QString> made = newMessageId(m.from.ascii);
        if (!made)
            return made.error();
        messageId = made.value();
    }
    if (!ReplyReferences::isValidId(messageId))
        return Error::make(ErrorCode::InvalidSetting, QStringLiteral("Message-ID ") + messageId);

    WarningCollector warnings; // of parsing a forwarded original; it is sent as it is
    GMimeSession session(warnings);
    // Declared after the session: every GMime object goes before the options it was made with.
    GObjectPtr<GMimeMessage> built(g_mime_message_new(TRUE));
    GMimeMessage* msg = built.get();
    addMailboxes(msg, GMIME_ADDRESS_TYPE_FROM, {m.from});
    addMailboxes(msg, GMIME_ADDRESS_TYPE_TO, m.to);
    if (m.to.isEmpty() && m.cc.isEmpty() && !m.bcc.isEmpty()) {
        // RFC 5322 §3.6.3: nobody sees who else got it, and the message still says so.
        GObjectPtr<InternetAddress> group(internet_address_group_new("undisclosed-recipients"));
        internet_address_list_add(g_mime_message_get_to(msg), group.get());
    }
    addMailboxes(msg, GMIME_ADDRESS_TYPE_CC, m.cc);
    addMailboxes(msg, GMIME_ADDRESS_TYPE_BCC, m.bcc);
    addMailboxes(msg, GMIME_ADDRESS_TYPE_REPLY_TO, m.replyTo);
    if (const QString subject = oneLine(message.subject); !subject.isEmpty())
        g_mime_message_set_subject(msg, subject.toUtf8().constData(), "UTF-8");
    setDate(msg, message.date);
    g_mime_message_set_message_id(msg, messageId.toLatin1().constData());
    if (message.parent)
        setThreading(msg, *message.parent);

    Result<GObjectPtr<GMimeObject>> mimeBody = body(session, message, messageId);
    if (!mimeBody)
        return mimeBody.error();
    g_mime_message_set_mime_part(msg, mimeBody.value().get());

    Result<QByteArray> sendBytes = wireBytes(msg, false);
    if (!sendBytes)
        return sendBytes.error();
    Result<QByteArray> sentCopy = wireBytes(msg, true);
    if (!sentCopy)
        return sentCopy.error();
    return BuiltMessage{sendBytes.value(), sentCopy.value(), m.from.ascii, envelopeRecipients(m),
                        messageId};
}

} // namespace postbag::mime
