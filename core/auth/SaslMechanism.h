// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

namespace postbag::auth {

// What a login needs. `secret` is a password, or an OAuth 2 access token when `isOAuthToken`.
struct Credentials
{
    QString user;
    QString secret;
    bool isOAuthToken = false;
    QString host; // for OAUTHBEARER's gs2 header
    quint16 port = 0;
};

// One SASL mechanism's side of an AUTH exchange (POP3: RFC 5034, SMTP: RFC 4954). Works on raw
// bytes; the session does the base64 and decides whether the initial response fits its command
// line. Why a class per mechanism: each has its own message flow, tested alone.
class SaslMechanism
{
public:
    virtual ~SaslMechanism() = default;
    [[nodiscard]] virtual QByteArray name() const = 0;
    // Whether an eavesdropper on an unencrypted link would learn a reusable secret.
    [[nodiscard]] virtual bool revealsSecret() const = 0;
    // Whether every field the messages are built from passes checkArgument() (plus the
    // mechanism's own separators); the session sends AUTH only when they do.
    [[nodiscard]] virtual Status checkFields() const = 0;
    // The initial response (sent with AUTH when it fits the protocol's line), if the mechanism has one.
    [[nodiscard]] virtual std::optional<QByteArray> initialResponse() = 0;
    // The answer to a server challenge (already base64-decoded).
    [[nodiscard]] virtual Result<QByteArray> respond(const QByteArray& challenge) = 0;

    // PLAIN, LOGIN, CRAM-MD5, XOAUTH2, OAUTHBEARER; nullptr for anything else.
    [[nodiscard]] static std::unique_ptr<SaslMechanism> create(QStringView name,
                                                               const Credentials& credentials);
};

} // namespace postbag::auth
