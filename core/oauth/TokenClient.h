// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/oauth/ClientRegistration.h"
#include "core/oauth/Tokens.h"

#include <QHash>
#include <QObject>
#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace postbag::oauth {

// Talks to a provider's token endpoint (RFC 6749 sections 4.1.3 and 6): a code for tokens, with
// the PKCE verifier, and a refresh token for a new access token. Why not
// QOAuth2AuthorizationCodeFlow: in Qt 6.4 it sends no PKCE verifier and drops the endpoint's error
// answers, so invalid_grant (a revoked sign-in) could not be told from a network fault. Guarantees:
// every request is answered exactly once through its callback (Tokens::fromResponse's errors;
// network faults as HostNotFound, ConnectionRefused, TlsHandshakeFailed or NetworkError; no answer
// within the timeout ResponseTimeout; cancel() Cancelled), never after the client is destroyed;
// nothing it sends or receives is logged.
class TokenClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<Tokens>)>;

    explicit TokenClient(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~TokenClient() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void exchangeCode(const QUrl& tokenUrl, const ClientRegistration& client, const QString& code,
                      const QByteArray& verifier, const QString& redirectUri, Done done);
    void refresh(const QUrl& tokenUrl, const ClientRegistration& client,
                 const QString& refreshToken, Done done);
    // Every request still waiting ends with Cancelled.
    void cancel();

private:
    struct Pending
    {
        Tokens::Grant grant;
        Done done;
        QTimer* timer;
    };

    void post(const QUrl& tokenUrl, const QList<std::pair<QString, QString>>& form,
              Tokens::Grant grant, Done done);
    void finish(QNetworkReply* reply, const std::optional<Error>& abortedWith);

    QNetworkAccessManager* m_network;
    std::chrono::milliseconds m_timeout{30000};
    QHash<QNetworkReply*, Pending> m_pending;
};

} // namespace postbag::oauth
