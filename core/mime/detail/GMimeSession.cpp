// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mime/detail/GMimeSession.h"

#include "core/common/Logging.h"

#include <mutex>

namespace postbag::mime::detail {

namespace {

// Tried in order for raw 8-bit header text that is not UTF-8: GMime picks the first that converts
// without errors (UTF-8 is always tried first). windows-1252 is a superset of latin-1's printable
// range and is what such bytes almost always are; iso-8859-1 accepts any byte as a last resort.
const char* kFallbackCharsets[] = {"UTF-8", "windows-1252", "iso-8859-1", nullptr};

Warning mapParserWarning(GMimeParserWarning code)
{
    switch (code) {
    case GMIME_WARN_DUPLICATED_HEADER:
    case GMIME_CRIT_CONFLICTING_HEADER:
    case GMIME_CRIT_INVALID_HEADER_NAME:
        return Warning::MalformedHeader;
    case GMIME_WARN_UNENCODED_8BIT_HEADER:
        return Warning::Unencoded8BitHeader;
    case GMIME_WARN_INVALID_RFC2047_HEADER_VALUE:
        return Warning::BrokenEncoding;
    case GMIME_WARN_DUPLICATED_PARAMETER:
    case GMIME_CRIT_CONFLICTING_PARAMETER:
    case GMIME_WARN_INVALID_PARAMETER:
    case GMIME_WARN_INVALID_CONTENT_TYPE:
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
        return Warning::BadContentType;
    case GMIME_WARN_MALFORMED_MULTIPART:
    case GMIME_WARN_PART_WITHOUT_CONTENT:
    case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT:
        return Warning::MalformedMultipart;
    case GMIME_WARN_TRUNCATED_MESSAGE:
    case GMIME_WARN_MALFORMED_MESSAGE:
        return Warning::TruncatedStructure;
    case GMIME_WARN_INVALID_ADDRESS_LIST:
        return Warning::BadAddress;
    case GMIME_CRIT_NESTING_OVERFLOW:
        return Warning::DepthLimit;
    }
    return Warning::MalformedHeader;
}

void onParserWarning(gint64 /*offset*/, GMimeParserWarning code, const gchar* item, gpointer data)
{
    auto* warnings = static_cast<WarningCollector*>(data);
    // The item can be a whole (huge) header value: only its start is kept.
    const QByteArrayView raw = item ? QByteArrayView(item, qstrnlen(item, 256)) : QByteArrayView();
    warnings->add(mapParserWarning(code), QString::fromUtf8(raw));
}

} // namespace

void ensureGMimeInitialized()
{
    static std::once_flag once;
    // Never shut down: other threads may be parsing when the process exits.
    std::call_once(once, [] { g_mime_init(); });
}

GMimeSession::GMimeSession(WarningCollector& warnings) : m_warnings(warnings)
{
    ensureGMimeInitialized();
    m_options = g_mime_parser_options_new();
    g_mime_parser_options_set_rfc2047_compliance_mode(m_options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(m_options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(m_options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_allow_addresses_without_domain(m_options, TRUE);
    g_mime_parser_options_set_fallback_charsets(m_options, kFallbackCharsets);
    g_mime_parser_options_set_warning_callback(m_options, &onParserWarning, &m_warnings);
}

GMimeSession::~GMimeSession()
{
    g_mime_parser_options_free(m_options);
}

GObjectPtr<GMimeMessage> GMimeSession::parse(QByteArrayView raw)
{
    // Every parse of raw bytes passes here: QT_LOGGING_RULES="postbag.mime.debug=true" shows
    // how often a message is parsed.
    qCDebug(lcMime) << "parsing" << raw.size() << "bytes";
    // The memory stream keeps its own copy; parts refer to ranges of it (persist_stream).
    // GMime rejects a null buffer, which is what an empty QByteArrayView may carry.
    const char* data = raw.isEmpty() ? "" : raw.data();
    GObjectPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(data, static_cast<size_t>(raw.size())));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    return GObjectPtr<GMimeMessage>(g_mime_parser_construct_message(parser.get(), m_options));
}

QByteArray decodedContent(GMimePart* part)
{
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GObjectPtr<GMimeStream> out(g_mime_stream_mem_new());
    if (g_mime_data_wrapper_write_to_stream(content, out.get()) < 0)
        return {};
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    return QByteArray(reinterpret_cast<const char*>(bytes->data), qsizetype(bytes->len));
}

qint64 decodedSize(GMimePart* part)
{
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (!content)
        return 0;
    GObjectPtr<GMimeStream> out(g_mime_stream_null_new());
    if (g_mime_data_wrapper_write_to_stream(content, out.get()) < 0)
        return 0;
    return qint64(GMIME_STREAM_NULL(out.get())->written);
}

QByteArray serialized(GMimeObject* object, GMimeFormatOptions* options)
{
    GObjectPtr<GMimeStream> out(g_mime_stream_mem_new());
    if (g_mime_object_write_to_stream(object, options, out.get()) < 0)
        return {};
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    return QByteArray(reinterpret_cast<const char*>(bytes->data), qsizetype(bytes->len));
}

QString mimeTypeOf(GMimeObject* object)
{
    GMimeContentType* type = g_mime_object_get_content_type(object);
    if (!type)
        return QStringLiteral("application/octet-stream");
    return takeGStr(g_mime_content_type_get_mime_type(type)).toLower();
}

} // namespace postbag::mime::detail
