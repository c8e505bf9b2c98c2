// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestCertificate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace postbag::testing {

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

std::optional<TestCertificate> TestCertificate::generate(const QString& directory, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<TestCertificate> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return fail(QStringLiteral("openssl executable not found in PATH"));

    TestCertificate result;
    const QDir dir(directory);
    result.m_certificatePath = dir.absoluteFilePath(QStringLiteral("cert.pem"));
    result.m_keyPath = dir.absoluteFilePath(QStringLiteral("key.pem"));

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), result.m_keyPath, QStringLiteral("-out"),
                   result.m_certificatePath, QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        process.kill();
        return fail(QStringLiteral("openssl req failed: ") + process.errorString() + u'\n' +
                    QString::fromLocal8Bit(process.readAll()));
    }

    result.m_certificatePem = readAll(result.m_certificatePath);
    result.m_keyPem = readAll(result.m_keyPath);
    result.m_certificate = QSslCertificate(result.m_certificatePem, QSsl::Pem);
    result.m_key = QSslKey(result.m_keyPem, QSsl::Ec, QSsl::Pem);
    if (result.m_certificate.isNull() || result.m_key.isNull())
        return fail(QStringLiteral("openssl wrote a certificate or key Qt cannot read in ") +
                    directory);
    result.m_sha256 = result.m_certificate.digest(QCryptographicHash::Sha256);
    return result;
}

const TestCertificate& TestCertificate::shared()
{
    // Function-local statics: initialised once, thread-safe, destroyed at exit (the directory
    // last).
    static QTemporaryDir directory(QDir::tempPath() + QStringLiteral("/postbag-cert-XXXXXX"));
    static const TestCertificate certificate = [] {
        QString error;
        if (!directory.isValid())
            error =
                QStringLiteral("cannot create a temporary directory: ") + directory.errorString();
        else if (auto made = generate(directory.path(), &error))
            return *made;
        TestCertificate failed;
        failed.m_error = error;
        return failed;
    }();
    return certificate;
}

QList<QSslError> TestCertificate::expectedSslErrors() const
{
    return {QSslError(QSslError::SelfSignedCertificate, m_certificate),
            QSslError(QSslError::SelfSignedCertificateInChain, m_certificate),
            QSslError(QSslError::CertificateUntrusted, m_certificate)};
}

QSslConfiguration TestCertificate::trustingClientConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({m_certificate});
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

QSslConfiguration TestCertificate::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_certificate);
    configuration.setPrivateKey(m_key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace postbag::testing
