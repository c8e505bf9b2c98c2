// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/autoconfig/IspdbParser.h"

#include "core/autoconfig/DomainNames.h"

#include <QXmlStreamReader>
#include <algorithm>

namespace postbag::autoconfig {

namespace {

struct RawServer
{
    QString hostname;
    QString port;
    QString socketType;
    QString username;
    QStringList authentication;
};

std::optional<transport::Security> securityOf(const QString& socketType)
{
    const QString s = socketType.trimmed();
    if (s.compare(u"SSL", Qt::CaseInsensitive) == 0 || s.compare(u"TLS", Qt::CaseInsensitive) == 0)
        return transport::Security::ImplicitTls;
    if (s.compare(u"STARTTLS", Qt::CaseInsensitive) == 0)
        return transport::Security::StartTls;
    if (s.compare(u"plain", Qt::CaseInsensitive) == 0)
        return transport::Security::None;
    return std::nullopt;
}

bool hasControlCharacters(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar ch) { return ch.unicode() < 0x20; });
}

// Reads one <incomingServer> or <outgoingServer> element up to its end tag; unknown children are
// skipped whole.
RawServer readServer(QXmlStreamReader& xml)
{
    RawServer server;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"hostname")
            server.hostname = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        else if (name == u"port")
            server.port = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        else if (name == u"socketType")
            server.socketType = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        else if (name == u"username")
            server.username = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        else if (name == u"authentication")
            server.authentication.append(
                xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed());
        else
            xml.skipCurrentElement();
    }
    return server;
}

std::optional<ServerCandidate> toCandidate(const RawServer& raw, const QString& emailAddress)
{
    const QString host = substitutePlaceholders(raw.hostname, emailAddress);
    if (!isPlausibleHostName(host))
        return std::nullopt;
    bool ok = false;
    const uint port = raw.port.toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    const auto security = securityOf(raw.socketType);
    if (!security)
        return std::nullopt;
    ServerCandidate c;
    c.host = host;
    c.port = quint16(port);
    c.security = *security;
    c.username = raw.username.isEmpty() ? emailAddress.trimmed()
                                        : substitutePlaceholders(raw.username, emailAddress);
    if (hasControlCharacters(c.username))
        return std::nullopt; // a line break would end the login command early
    c.authentication = raw.authentication;
    for (const QString& method : raw.authentication) {
        // "OAuth2" alone means the provider refuses passwords.
        if (method.compare(u"OAuth2", Qt::CaseInsensitive) == 0 && raw.authentication.size() == 1)
            c.notes.append(ProviderNote::OAuthOnly);
    }
    return c;
}

} // namespace

IspdbResult parseIspdb(QByteArrayView bytes, const QString& emailAddress, Source source,
                       const QString& sourceDetail)
{
    IspdbResult result;
    QString shortName;
    QXmlStreamReader xml(bytes.toByteArray());
    bool inProvider = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"emailProvider") {
            inProvider = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"emailProvider") {
            inProvider = true;
        } else if (!inProvider) {
            if (name != u"clientConfig")
                xml.skipCurrentElement(); // oAuth2, webMail, clientConfigUpdate, ...
        } else if (name == u"incomingServer" || name == u"outgoingServer") {
            const Service service = name == u"outgoingServer" ? Service::Submission : Service::Pop3;
            const bool wanted = xml.attributes()
                                    .value(QLatin1StringView("type"))
                                    .compare(service == Service::Pop3 ? u"pop3" : u"smtp",
                                             Qt::CaseInsensitive) == 0;
            const RawServer raw = readServer(xml);
            if (!wanted || xml.hasError())
                continue;
            if (auto c = toCandidate(raw, emailAddress)) {
                c->service = service;
                c->source = source;
                c->sourceDetail = sourceDetail;
                (service == Service::Pop3 ? result.servers : result.outgoing).append(*c);
            }
        } else if (name == u"displayName") {
            result.providerName =
                xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        } else if (name == u"displayShortName") {
            shortName = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        } else if (name == u"domain") {
            result.domains.append(
                xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed().toLower());
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        result.error = xml.errorString();
    if (result.providerName.isEmpty())
        result.providerName = shortName;
    for (ServerCandidate& c : result.servers)
        c.providerName = result.providerName;
    for (ServerCandidate& c : result.outgoing)
        c.providerName = result.providerName;
    return result;
}

} // namespace postbag::autoconfig
