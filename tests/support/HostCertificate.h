// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <optional>

namespace postbag::testing {

// A throwaway self-signed certificate for chosen DNS names (e.g. "autoconfig.example.test"),
// made at runtime with the openssl CLI. Why: an HTTPS test server must present a certificate
// valid for the test domain, which the test then trusts explicitly (as an extra CA of its own
// process), so the product's certificate checks stay on and are exercised.
struct HostCertificate
{
    QSslCertificate certificate;
    QSslKey key;

    // Writes into `directory` (which must exist). nullopt and *error on failure. The subject's
    // common name is `commonName`, or the first DNS name when it is empty.
    [[nodiscard]] static std::optional<HostCertificate> generate(const QString& directory,
                                                                 const QStringList& dnsNames,
                                                                 QString* error = nullptr,
                                                                 const QString& commonName = {});
};

} // namespace postbag::testing
