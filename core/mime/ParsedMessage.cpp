// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mime/ParsedMessage.h"

#include "core/mime/HtmlToText.h"

namespace postbag::mime {

QString warningName(Warning code)
{
    switch (code) {
    case Warning::MalformedHeader:
        return QStringLiteral("MalformedHeader");
    case Warning::Unencoded8BitHeader:
        return QStringLiteral("Unencoded8BitHeader");
    case Warning::BrokenEncoding:
        return QStringLiteral("BrokenEncoding");
    case Warning::BadCharset:
        return QStringLiteral("BadCharset");
    case Warning::MissingDate:
        return QStringLiteral("MissingDate");
    case Warning::BadDate:
        return QStringLiteral("BadDate");
    case Warning::BadAddress:
        return QStringLiteral("BadAddress");
    case Warning::BadContentType:
        return QStringLiteral("BadContentType");
    case Warning::MalformedMultipart:
        return QStringLiteral("MalformedMultipart");
    case Warning::TruncatedStructure:
        return QStringLiteral("TruncatedStructure");
    case Warning::DepthLimit:
        return QStringLiteral("DepthLimit");
    case Warning::PartLimit:
        return QStringLiteral("PartLimit");
    case Warning::TextTruncated:
        return QStringLiteral("TextTruncated");
    case Warning::AddressLimit:
        return QStringLiteral("AddressLimit");
    case Warning::NoHeaders:
        return QStringLiteral("NoHeaders");
    }
    return QStringLiteral("Unknown");
}

bool ParsedMessage::hasWarning(Warning code) const
{
    for (const ParseWarning& w : warnings) {
        if (w.code == code)
            return true;
    }
    return false;
}

QString ParsedMessage::searchableText() const
{
    QString text = textPlain.isEmpty() ? HtmlToText::convert(textHtml) : textPlain;
    for (const EmbeddedMessage& m : embedded) {
        const QString inner = m.textPlain.isEmpty() ? HtmlToText::convert(m.textHtml) : m.textPlain;
        if (inner.isEmpty() && m.subject.isEmpty())
            continue;
        if (!text.isEmpty() && !text.endsWith(u'\n'))
            text.append(u'\n');
        text.append(m.subject);
        text.append(u'\n');
        text.append(inner);
    }
    return text;
}

} // namespace postbag::mime
