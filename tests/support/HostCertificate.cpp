// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/HostCertificate.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace postbag::testing {

std::optional<HostCertificate> HostCertificate::generate(const QString& directory,
                                                         const QStringList& dnsNames,
                                                         QString* error, const QString& commonName)
{
    auto fail = [error](const QString& message) -> std::optional<HostCertificate> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty() || dnsNames.isEmpty())
        return fail(QStringLiteral("openssl not found, or no names"));
    const QDir dir(directory);
    const QString certPath = dir.absoluteFilePath(QStringLiteral("host-cert.pem"));
    const QString keyPath = dir.absoluteFilePath(QStringLiteral("host-key.pem"));
    QStringList san;
    for (const QString& n : dnsNames)
        san << QStringLiteral("DNS:") + n;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath,
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=") + (commonName.isEmpty() ? dnsNames.first() : commonName),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + san.join(u','),
                   QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE")});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        process.kill();
        return fail(QStringLiteral("openssl req failed: ") +
                    QString::fromLocal8Bit(process.readAll()));
    }
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read what openssl wrote in ") + directory);
    HostCertificate result{QSslCertificate(certFile.readAll(), QSsl::Pem),
                           QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem)};
    if (result.certificate.isNull() || result.key.isNull())
        return fail(QStringLiteral("openssl wrote a certificate or key Qt cannot read"));
    return result;
}

} // namespace postbag::testing
