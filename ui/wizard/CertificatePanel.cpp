// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/CertificatePanel.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace postbag::ui {

QString certificateProblemText(const QString& name)
{
    if (name == u"SelfSignedCertificate" || name == u"SelfSignedCertificateInChain")
        return CertificatePanel::tr("It is self-signed: no certificate authority vouches for it.");
    if (name == u"UnableToGetLocalIssuerCertificate" || name == u"UnableToGetIssuerCertificate" ||
        name == u"UnableToVerifyFirstCertificate" || name == u"CertificateUntrusted")
        return CertificatePanel::tr("It was issued by an authority this computer does not know.");
    if (name == u"CertificateExpired")
        return CertificatePanel::tr("It has expired.");
    if (name == u"CertificateNotYetValid")
        return CertificatePanel::tr("It is not valid yet (check this computer's clock).");
    if (name == u"HostNameMismatch")
        return CertificatePanel::tr("It was issued for a different server name.");
    if (name == u"CertificateRevoked")
        return CertificatePanel::tr("It has been revoked by its issuer.");
    //: %1 is a technical error name from the TLS library
    return CertificatePanel::tr("It failed a check (%1).").arg(name);
}

CertificatePanel::CertificatePanel(QWidget* parent) : QGroupBox(tr("Certificate details"), parent)
{
    auto* layout = new QVBoxLayout(this);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setTextFormat(Qt::PlainText);
    layout->addWidget(m_details);
    auto* advice =
        new QLabel(tr("Trust it only if you expected this server to use its own certificate and "
                      "the fingerprint matches the one your provider or administrator "
                      "published. Postbag will then accept this certificate, and only this "
                      "one, for this account."),
                   this);
    advice->setWordWrap(true);
    layout->addWidget(advice);
    m_trust = new QPushButton(tr("&Trust this certificate"), this);
    layout->addWidget(m_trust, 0, Qt::AlignLeft);
    connect(m_trust, &QPushButton::clicked, this, [this] { Q_EMIT trustRequested(m_sha256); });
    hide();
}

void CertificatePanel::present(const CertificateInfo& c)
{
    m_sha256 = c.sha256;
    QStringList lines;
    //: Certificate details; %1 is a distinguished name
    lines << tr("Issued to: %1").arg(c.subject);
    lines << tr("Issued by: %1").arg(c.issuer);
    const QLocale locale;
    //: Certificate validity; %1 and %2 are dates
    lines << tr("Valid from %1 until %2")
                 .arg(locale.toString(c.notBefore.toLocalTime(), QLocale::ShortFormat),
                      locale.toString(c.notAfter.toLocalTime(), QLocale::ShortFormat));
    lines << tr("SHA-256 fingerprint: %1").arg(c.sha256Hex().toUpper());
    for (const QString& e : c.errors)
        lines << QStringLiteral("• ") + certificateProblemText(e);
    m_details->setText(lines.join(u'\n'));
    m_trust->setEnabled(!c.sha256.isEmpty());
    setVisible(true);
}

QString CertificatePanel::text() const
{
    return m_details->text();
}

} // namespace postbag::ui
