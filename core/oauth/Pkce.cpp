// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/oauth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace postbag::oauth {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

Pkce Pkce::generate()
{
    Pkce p;
    p.verifier = randomToken(32);
    p.challenge = challengeOf(p.verifier);
    return p;
}

QByteArray Pkce::challengeOf(const QByteArray& verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

QByteArray Pkce::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return raw.toBase64(kBase64Url);
}

} // namespace postbag::oauth
