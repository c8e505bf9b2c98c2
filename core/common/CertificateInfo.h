// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace postbag {

// A server certificate that failed verification, described as plain data (no QtNetwork types) so
// that it can travel from core/net through sync to the UI, which asks the user whether to trust it.
struct CertificateInfo
{
    QString host;
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray sha256;        // of the DER leaf certificate, raw bytes
    QStringList errors;       // stable names of the verification errors, e.g. "SelfSignedCertificate"
    QList<QByteArray> chainPem; // leaf first

    [[nodiscard]] QString sha256Hex() const { return QString::fromLatin1(sha256.toHex(':')); }
};

} // namespace postbag
