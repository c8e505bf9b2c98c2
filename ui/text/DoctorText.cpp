// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/text/DoctorText.h"

#include <QCoreApplication>

namespace postbag::ui {

namespace {
// The context lupdate gives tr() calls in DoctorText's member functions.
QString tr(const char* text)
{
    return QCoreApplication::translate("postbag::ui::DoctorText", text);
}
} // namespace

using doctor::Advice;

QString DoctorText::advice(Advice advice)
{
    switch (advice) {
    case Advice::None:
        return {};
    case Advice::UseEncryption:
        return tr("The outgoing server wants an encrypted connection before the login: choose "
                  "SSL/TLS (usually port 465) or STARTTLS (usually port 587).");
    case Advice::EncryptionRefused:
        return tr("The outgoing server did not accept STARTTLS. If your provider says it offers "
                  "STARTTLS, someone on the network may be removing it: try SSL/TLS on port 465 "
                  "rather than an unencrypted connection.");
    case Advice::UseAppPassword:
        return tr("This provider needs an app password for sending: create one in its web "
                  "settings and use it instead of your usual password.");
    case Advice::UseOAuth:
        return tr("This provider no longer accepts a password for sending: sign in through its "
                  "own page (OAuth) instead.");
    case Advice::CheckPassword:
        return tr("Check the user name and password of the outgoing server; passwords are "
                  "case-sensitive.");
    case Advice::TrustCertificate:
        return tr("Compare the certificate's fingerprint with the one your provider publishes, "
                  "and trust exactly that certificate only if they match.");
    }
    return {};
}

QString DoctorText::stableName(Advice advice)
{
    switch (advice) {
    case Advice::None:
        return QStringLiteral("none");
    case Advice::UseEncryption:
        return QStringLiteral("use-encryption");
    case Advice::EncryptionRefused:
        return QStringLiteral("encryption-refused");
    case Advice::UseAppPassword:
        return QStringLiteral("use-app-password");
    case Advice::UseOAuth:
        return QStringLiteral("use-oauth");
    case Advice::CheckPassword:
        return QStringLiteral("check-password");
    case Advice::TrustCertificate:
        return QStringLiteral("trust-certificate");
    }
    return {};
}

} // namespace postbag::ui
