// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/CertificateInfo.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace postbag::net {

// Turns QtNetwork's certificate and error types into the plain CertificateInfo that crosses module
// boundaries (core/pop3 and above never see QtNetwork).
[[nodiscard]] CertificateInfo describeCertificate(const QString& host,
                                                  const QList<QSslCertificate>& chain,
                                                  const QList<QSslError>& errors);
[[nodiscard]] QString sslErrorName(QSslError::SslError error);
[[nodiscard]] QByteArray sha256Of(const QSslCertificate& certificate);

} // namespace postbag::net
