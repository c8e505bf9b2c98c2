// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/ServerForm.h"

#include "core/transport/CommandArgument.h"
#include "ui/text/ErrorText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace postbag::ui {

using account::AuthPreference;
using account::Security;

QString hostProblem(const QString& rawHost)
{
    const QString host = rawHost.trimmed();
    if (host.isEmpty())
        return ServerForm::tr("Enter the server name, for example pop.example.com.");
    if (host.contains(QStringLiteral("://")))
        return ServerForm::tr("Enter only the server name, without %1.")
            .arg(host.section(u':', 0, 0) + QStringLiteral("://"));
    if (QHostAddress(host).isNull() == false)
        return {};
    if (host.contains(u':'))
        return ServerForm::tr("Enter the port in the port field, not after the server name.");
    static const QRegularExpression name(QStringLiteral(
        R"(^(?=.{1,253}$)([A-Za-z0-9\x{80}-\x{10FFFF}]([A-Za-z0-9\x{80}-\x{10FFFF}-]{0,61}[A-Za-z0-9\x{80}-\x{10FFFF}])?)(\.[A-Za-z0-9\x{80}-\x{10FFFF}]([A-Za-z0-9\x{80}-\x{10FFFF}-]{0,61}[A-Za-z0-9\x{80}-\x{10FFFF}])?)*\.?$)"));
    if (!name.match(host).hasMatch())
        return ServerForm::tr("A server name has only letters, digits, dots and hyphens.");
    return {};
}

QString credentialProblem(const QString& value)
{
    const Status check = transport::checkArgument(value, "credentials");
    return check.ok() ? QString() : ErrorText::describe(check.error()).what;
}

QLabel* problemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    // A red that stays readable on light and dark palettes.
    label->setStyleSheet(QStringLiteral("color: #d0413a;"));
    return label;
}

QLabel* hiddenProblemLabel(QWidget* parent)
{
    QLabel* label = problemLabel(parent);
    label->hide();
    return label;
}

QComboBox* securityChoices(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(ServerForm::tr("Security"));
    //: Connection security choices
    combo->addItem(ServerForm::tr("SSL/TLS"), int(Security::ImplicitTls));
    combo->addItem(ServerForm::tr("STARTTLS"), int(Security::StartTls));
    combo->addItem(ServerForm::tr("None (unencrypted)"), int(Security::None));
    return combo;
}

QLabel* insecureWarning(QWidget* parent)
{
    auto* label = new QLabel(
        ServerForm::tr("Without encryption, anyone on the network between you and the server "
                       "can read your password and your mail."),
        parent);
    label->setWordWrap(true);
    return label;
}

QCheckBox* insecureConfirmation(QWidget* parent)
{
    return new QCheckBox(ServerForm::tr("I understand: send my password and mail unencrypted"),
                         parent);
}

ServerForm::ServerForm(QWidget* parent) : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    m_host = new QLineEdit(this);
    m_host->setAccessibleName(tr("Server"));
    //: Placeholder of the server name field
    m_host->setPlaceholderText(tr("pop.example.com"));
    m_hostProblem = hiddenProblemLabel(this);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(QString(), m_hostProblem);

    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setAccessibleName(tr("Port"));
    form->addRow(tr("&Port:"), m_port);

    m_security = securityChoices(this);
    form->addRow(tr("S&ecurity:"), m_security);
    m_insecureWarning = insecureWarning(this);
    m_confirmInsecure = insecureConfirmation(this);
    form->addRow(QString(), m_insecureWarning);
    form->addRow(QString(), m_confirmInsecure);

    m_auth = new QComboBox(this);
    m_auth->setAccessibleName(tr("Authentication"));
    //: Authentication method choices
    m_auth->addItem(tr("Automatic (the safest the server offers)"), int(AuthPreference::Automatic));
    m_auth->addItem(tr("Normal password (USER/PASS)"), int(AuthPreference::UserPass));
    m_auth->addItem(tr("APOP"), int(AuthPreference::Apop));
    m_auth->addItem(tr("CRAM-MD5"), int(AuthPreference::CramMd5));
    m_auth->addItem(tr("SASL PLAIN"), int(AuthPreference::Plain));
    m_auth->addItem(tr("SASL LOGIN"), int(AuthPreference::Login));
    form->addRow(tr("&Authentication:"), m_auth);

    m_user = new QLineEdit(this);
    m_user->setAccessibleName(tr("User name"));
    m_userProblem = hiddenProblemLabel(this);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(QString(), m_userProblem);

    connect(m_host, &QLineEdit::textChanged, this, &ServerForm::validate);
    connect(m_user, &QLineEdit::textChanged, this, &ServerForm::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerForm::validate);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ServerForm::validate);
    connect(m_confirmInsecure, &QCheckBox::toggled, this, &ServerForm::validate);
    connect(m_security, &QComboBox::currentIndexChanged, this, &ServerForm::securityChanged);
    load(account::AccountSettings{});
}

Security ServerForm::security() const
{
    return Security(m_security->currentData().toInt());
}

void ServerForm::load(const account::AccountSettings& s)
{
    const QSignalBlocker blocker(m_security);
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_security->setCurrentIndex(m_security->findData(int(s.security)));
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(int(s.auth))));
    m_user->setText(s.username);
    m_confirmInsecure->setChecked(s.security == Security::None && s.allowInsecureAuth);
    m_insecureWarning->setVisible(s.security == Security::None);
    m_confirmInsecure->setVisible(s.security == Security::None);
    validate();
}

void ServerForm::apply(account::AccountSettings& s) const
{
    const QString host = m_host->text().trimmed();
    const auto port = quint16(m_port->value());
    if (s.host.compare(host, Qt::CaseInsensitive) != 0 || s.port != port)
        s.pinnedSha256.clear(); // a certificate trusted for another server says nothing here
    s.host = host;
    s.port = port;
    s.security = security();
    s.auth = AuthPreference(m_auth->currentData().toInt());
    s.username = m_user->text().trimmed();
    s.allowInsecureAuth = s.security == Security::None && m_confirmInsecure->isChecked();
}

bool ServerForm::isValid() const
{
    return m_valid;
}

void ServerForm::securityChanged()
{
    const Security now = security();
    // Follow the security choice with the port as long as the port is one of the standard ones.
    if (m_port->value() == 995 || m_port->value() == 110)
        m_port->setValue(account::AccountSettings::defaultPort(now));
    m_insecureWarning->setVisible(now == Security::None);
    m_confirmInsecure->setVisible(now == Security::None);
    if (now != Security::None)
        m_confirmInsecure->setChecked(false);
    validate();
}

void ServerForm::validate()
{
    const QString host = hostProblem(m_host->text());
    m_hostProblem->setText(host);
    m_hostProblem->setVisible(!host.isEmpty() && !m_host->text().isEmpty());
    QString user;
    if (m_user->text().trimmed().isEmpty())
        user = tr("Enter the user name your provider gave you (often your full address).");
    else
        user = credentialProblem(m_user->text());
    m_userProblem->setText(user);
    m_userProblem->setVisible(!user.isEmpty() && !m_user->text().isEmpty());
    const bool insecureOk = security() != Security::None || m_confirmInsecure->isChecked();
    m_valid = host.isEmpty() && user.isEmpty() && insecureOk;
    Q_EMIT changed();
}

} // namespace postbag::ui
