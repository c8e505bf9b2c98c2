// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/CertificateDescription.h"

#include <QCryptographicHash>

namespace postbag::net {

QByteArray sha256Of(const QSslCertificate& certificate)
{
    return certificate.digest(QCryptographicHash::Sha256);
}

QString sslErrorName(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
        return QStringLiteral("SelfSignedCertificate");
    case QSslError::SelfSignedCertificateInChain:
        return QStringLiteral("SelfSignedCertificateInChain");
    case QSslError::CertificateExpired:
        return QStringLiteral("CertificateExpired");
    case QSslError::CertificateNotYetValid:
        return QStringLiteral("CertificateNotYetValid");
    case QSslError::HostNameMismatch:
        return QStringLiteral("HostNameMismatch");
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
        return QStringLiteral("UnknownIssuer");
    case QSslError::UnableToVerifyFirstCertificate:
        return QStringLiteral("UnableToVerifyFirstCertificate");
    case QSslError::CertificateUntrusted:
        return QStringLiteral("CertificateUntrusted");
    case QSslError::CertificateRevoked:
        return QStringLiteral("CertificateRevoked");
    case QSslError::CertificateRejected:
        return QStringLiteral("CertificateRejected");
    case QSslError::InvalidPurpose:
        return QStringLiteral("InvalidPurpose");
    default:
        return QStringLiteral("SslError%1").arg(int(error));
    }
}

CertificateInfo describeCertificate(const QString& host, const QList<QSslCertificate>& chain,
                                    const QList<QSslError>& errors)
{
    CertificateInfo info;
    info.host = host;
    if (!chain.isEmpty()) {
        const QSslCertificate& leaf = chain.first();
        info.subject = leaf.subjectDisplayName();
        info.issuer = leaf.issuerDisplayName();
        info.notBefore = leaf.effectiveDate();
        info.notAfter = leaf.expiryDate();
        info.sha256 = sha256Of(leaf);
    }
    for (const QSslCertificate& c : chain)
        info.chainPem.append(c.toPem());
    for (const QSslError& e : errors) {
        const QString name = sslErrorName(e.error());
        if (!info.errors.contains(name))
            info.errors.append(name);
    }
    return info;
}

} // namespace postbag::net
