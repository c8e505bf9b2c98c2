// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mime/detail/HeaderReader.h"

#include "core/mime/MessageParser.h"
#include "core/threading/MessageIds.h"

#include <QTimeZone>

namespace postbag::mime::detail {

namespace {

constexpr int kMaxReferences = 500;

const char* rawHeader(GMimeMessage* message, const char* name)
{
    GMimeHeaderList* headers = g_mime_object_get_header_list(GMIME_OBJECT(message));
    GMimeHeader* header = headers ? g_mime_header_list_get_header(headers, name) : nullptr;
    return header ? g_mime_header_get_raw_value(header) : nullptr;
}

} // namespace

void HeaderReader::read(GMimeMessage* message, MessageSummary& out, bool reportDate)
{
    out.from = addresses(g_mime_message_get_from(message), "From");
    out.to = addresses(g_mime_message_get_to(message), "To");
    out.cc = addresses(g_mime_message_get_cc(message), "Cc");
    out.replyTo = addresses(g_mime_message_get_reply_to(message), "Reply-To");
    out.subject = fromGStr(g_mime_message_get_subject(message)).trimmed();
    readDate(message, out, reportDate);
    out.messageId = fromGStr(g_mime_message_get_message_id(message));

    // The last id that can link to a parent, else the first as written. The last: MH and Emacs
    // write 'Message from "Eh" <eh@example.org> of <date>. <parent-id>', where the sender's
    // address comes first and looks like an id (notmuch reads the header the same way).
    const QStringList inReplyTo = messageIds(message, "In-Reply-To", kMaxReferences);
    out.inReplyTo = inReplyTo.value(0);
    for (auto it = inReplyTo.crbegin(); it != inReplyTo.crend(); ++it) {
        if (threading::MessageIds::isValid(*it)) {
            out.inReplyTo = *it;
            break;
        }
    }
    out.references = messageIds(message, "References", kMaxReferences);

    out.deliveredTo = deliveredTo(message);

    if (const char* listId = rawHeader(message, "List-Id")) {
        const QString text =
            takeGStr(g_mime_utils_header_decode_text(m_session.options(), listId)).trimmed();
        const qsizetype open = text.lastIndexOf(u'<');
        const qsizetype close = text.lastIndexOf(u'>');
        out.listId =
            (open >= 0 && close > open) ? text.mid(open + 1, close - open - 1).trimmed() : text;
    }
}

void HeaderReader::readDate(GMimeMessage* message, MessageSummary& out, bool reportDate)
{
    out.date = m_receivedAt;
    out.dateFromHeader = false;
    const char* raw = rawHeader(message, "Date");
    GDateTime* date = g_mime_message_get_date(message);
    if (date) {
        const qint64 secs = g_date_time_to_unix(date);
        const int offset = int(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND);
        QTimeZone zone(offset);
        QDateTime dt =
            QDateTime::fromSecsSinceEpoch(secs, zone.isValid() ? zone : QTimeZone::utc());
        if (dt.isValid()) {
            out.date = dt;
            out.dateFromHeader = true;
            return;
        }
    }
    if (!reportDate)
        return;
    if (raw)
        m_session.warnings().add(Warning::BadDate, QString::fromUtf8(raw).trimmed());
    else
        m_session.warnings().add(Warning::MissingDate);
}

QList<Address> HeaderReader::addresses(InternetAddressList* list, const char* header)
{
    QList<Address> out;
    if (!list)
        return out;
    bool overflow = false;
    flatten(list, out, 0, overflow);
    if (overflow)
        m_session.warnings().add(Warning::AddressLimit, QString::fromLatin1(header));
    return out;
}

void HeaderReader::flatten(InternetAddressList* list, QList<Address>& out, int depth,
                           bool& overflow)
{
    const int n = internet_address_list_length(list);
    for (int i = 0; i < n; ++i) {
        if (out.size() >= MessageParser::MaxAddressesPerHeader) {
            overflow = true;
            return;
        }
        InternetAddress* ia = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
            out.append({fromGStr(internet_address_get_name(ia)).trimmed(),
                        fromGStr(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia)))});
        } else if (INTERNET_ADDRESS_IS_GROUP(ia) && depth < 4) {
            flatten(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)), out, depth + 1,
                    overflow);
        }
    }
}

QStringList HeaderReader::deliveredTo(GMimeMessage* message)
{
    QStringList out;
    GMimeHeaderList* headers = g_mime_object_get_header_list(GMIME_OBJECT(message));
    const int n = headers ? g_mime_header_list_get_count(headers) : 0;
    for (int i = 0; i < n && out.size() < MessageParser::MaxAddressesPerHeader; ++i) {
        GMimeHeader* header = g_mime_header_list_get_header_at(headers, i);
        const char* name = g_mime_header_get_name(header);
        if (g_ascii_strcasecmp(name, "Delivered-To") != 0 &&
            g_ascii_strcasecmp(name, "X-Original-To") != 0 &&
            g_ascii_strcasecmp(name, "Envelope-To") != 0)
            continue;
        InternetAddressList* list =
            internet_address_list_parse(m_session.options(), g_mime_header_get_raw_value(header));
        if (!list)
            continue;
        for (const Address& a : addresses(list, name)) {
            if (!a.address.isEmpty())
                out.append(a.address);
        }
        g_object_unref(list);
    }
    return out;
}

QStringList HeaderReader::messageIds(GMimeMessage* message, const char* header, int limit)
{
    QStringList ids;
    const char* raw = rawHeader(message, header);
    if (!raw)
        return ids;
    GMimeReferences* refs = g_mime_references_parse(m_session.options(), raw);
    const int n = refs ? g_mime_references_length(refs) : 0;
    for (int i = 0; i < n && ids.size() < limit; ++i)
        ids.append(fromGStr(g_mime_references_get_message_id(refs, i)));
    if (refs)
        g_mime_references_free(refs);
    if (ids.isEmpty()) {
        // Not a list of <id> at all (e.g. a bare id): take what GMime makes of it as one id.
        const QString id = takeGStr(g_mime_utils_decode_message_id(raw)).trimmed();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

} // namespace postbag::mime::detail
