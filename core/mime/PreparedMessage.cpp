// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mime/PreparedMessage.h"

#include "core/mime/AddressSyntax.h"
#include "core/mime/MessageBuilder.h"
#include "core/mime/detail/GMimeSession.h"

#include <QSet>

namespace postbag::mime {

using namespace detail;

namespace {

// Every mailbox of `list` in order, the members of groups included.
void collect(InternetAddressList* list, QStringList& out)
{
    if (!list)
        return;
    const int n = internet_address_list_length(list);
    for (int i = 0; i < n; ++i) {
        InternetAddress* a = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(a))
            collect(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(a)), out);
        else if (INTERNET_ADDRESS_IS_MAILBOX(a))
            out.append(fromGStr(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a))));
    }
}

QByteArray crlf(const QByteArray& raw)
{
    QByteArray lf = raw;
    lf.replace("\r\n", "\n").replace('\r', '\n');
    if (!lf.endsWith('\n'))
        lf.append('\n');
    return lf.replace("\n", "\r\n");
}

bool isField(const QByteArray& line, const char* name)
{
    const qsizetype colon = line.indexOf(':');
    return colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0;
}

// The header lines without the Bcc fields and their continuations, then the rest as it was.
QByteArray withoutBcc(const QByteArray& message)
{
    const qsizetype end = message.indexOf("\r\n\r\n");
    const qsizetype headerEnd = end < 0 ? message.size() : end + 2;
    QByteArray out;
    out.reserve(message.size());
    bool dropping = false;
    for (qsizetype at = 0; at < headerEnd;) {
        qsizetype next = message.indexOf("\r\n", at);
        next = next < 0 || next >= headerEnd ? headerEnd : next + 2;
        const QByteArray line = message.mid(at, next - at);
        const bool continuation = line.startsWith(' ') || line.startsWith('\t');
        if (!continuation)
            dropping = isField(line, "bcc");
        if (!dropping)
            out.append(line);
        at = next;
    }
    out.append(message.mid(headerEnd));
    return out;
}

} // namespace

Result<BuiltMessage> PreparedMessage::take(const QByteArray& raw)
{
    QByteArray bytes = crlf(raw);
    if (bytes.startsWith("From "))
        bytes.remove(0, bytes.indexOf("\r\n") + 2);
    ensureGMimeInitialized();
    WarningCollector warnings;
    GMimeSession session(warnings);
    const GObjectPtr<GMimeMessage> message = session.parse(bytes);
    if (!message)
        return Error::make(ErrorCode::MimeUnparseable);

    QStringList from;
    collect(g_mime_message_get_from(message.get()), from);
    if (from.isEmpty())
        return Error::make(ErrorCode::InvalidAddress, QStringLiteral("From"));
    const Result<QString> sender = AddressSyntax::asciiForm(from.first());
    if (!sender)
        return sender.error();

    QStringList given;
    for (const GMimeAddressType type :
         {GMIME_ADDRESS_TYPE_TO, GMIME_ADDRESS_TYPE_CC, GMIME_ADDRESS_TYPE_BCC})
        collect(g_mime_message_get_addresses(message.get(), type), given);
    BuiltMessage built;
    built.envelopeSender = sender.value();
    QSet<QString> seen;
    for (const QString& address : std::as_const(given)) {
        const Result<QString> ascii = AddressSyntax::asciiForm(address);
        if (!ascii)
            return ascii.error();
        if (!seen.contains(ascii->toLower())) {
            seen.insert(ascii->toLower());
            built.recipients.append(ascii.value());
        }
    }
    if (built.recipients.isEmpty())
        return Error::make(ErrorCode::InvalidAddress, QStringLiteral("To"));

    built.messageId = fromGStr(g_mime_message_get_message_id(message.get()));
    if (built.messageId.isEmpty()) {
        const Result<QString> made = MessageBuilder::newMessageId(built.envelopeSender);
        if (!made)
            return made.error();
        built.messageId = made.value();
        bytes.prepend("Message-ID: <" + built.messageId.toLatin1() + ">\r\n");
    }
    built.sentCopy = bytes;
    built.sendBytes = withoutBcc(bytes);
    return built;
}

} // namespace postbag::mime
