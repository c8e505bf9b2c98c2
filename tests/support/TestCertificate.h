// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QSslKey>
#include <QString>
#include <optional>

class QSslConfiguration;

namespace postbag::testing {

// A throwaway self-signed certificate (EC P-256, CN=localhost, SAN DNS:localhost + IP:127.0.0.1,
// valid 2 days) made at runtime with the openssl CLI, so no key material lives in the repository.
// Guarantees: on success both PEM files exist in the chosen directory and the fingerprint is the
// SHA-256 of the DER certificate. Only for tests: the key is unprotected.
class TestCertificate
{
public:
    // Writes cert.pem and key.pem into `directory` (which must exist). Returns nullopt and sets
    // *error (openssl's output included) on failure.
    [[nodiscard]] static std::optional<TestCertificate> generate(const QString& directory,
                                                                 QString* error = nullptr);
    // One certificate per test process, generated on first use into a private temporary directory
    // that lives until the process exits. isNull() (with errorString()) if generation failed.
    [[nodiscard]] static const TestCertificate& shared();

    [[nodiscard]] bool isNull() const { return m_certificate.isNull(); }
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] QString certificatePath() const { return m_certificatePath; }
    [[nodiscard]] QString keyPath() const { return m_keyPath; }
    [[nodiscard]] QByteArray certificatePem() const { return m_certificatePem; }
    [[nodiscard]] QByteArray keyPem() const { return m_keyPem; }
    [[nodiscard]] QSslCertificate certificate() const { return m_certificate; }
    [[nodiscard]] QSslKey key() const { return m_key; }
    // SHA-256 of the DER certificate: raw 32 bytes, and lower-case hex.
    [[nodiscard]] QByteArray sha256() const { return m_sha256; }
    [[nodiscard]] QByteArray sha256Hex() const { return m_sha256.toHex(); }

    // The verification errors a client sees for exactly this certificate (self-signed, hence
    // untrusted), for QSslSocket::ignoreSslErrors(QList<QSslError>): bound to this certificate,
    // so any other certificate still fails.
    [[nodiscard]] QList<QSslError> expectedSslErrors() const;
    // A client configuration that trusts this certificate as its only CA (no errors at all).
    [[nodiscard]] QSslConfiguration trustingClientConfiguration() const;
    // A server configuration presenting this certificate, TLS 1.2 or later.
    [[nodiscard]] QSslConfiguration serverConfiguration() const;

private:
    QString m_certificatePath;
    QString m_keyPath;
    QByteArray m_certificatePem;
    QByteArray m_keyPem;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QByteArray m_sha256;
    QString m_error;
};

} // namespace postbag::testing
