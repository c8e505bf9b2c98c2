// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/OutgoingServerForm.h"

#include "ui/wizard/ServerForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace postbag::ui {

using account::AuthPreference;
using account::Security;

OutgoingServerForm::OutgoingServerForm(QWidget* parent) : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_host = new QLineEdit(this);
    m_host->setAccessibleName(tr("Outgoing server"));
    //: Placeholder of the outgoing server name field
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_hostProblem = hiddenProblemLabel(this);
    form->addRow(tr("Ser&ver:"), m_host);
    form->addRow(QString(), m_hostProblem);

    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setAccessibleName(tr("Outgoing port"));
    form->addRow(tr("P&ort:"), m_port);

    m_security = securityChoices(this);
    form->addRow(tr("Sec&urity:"), m_security);
    m_insecureWarning = insecureWarning(this);
    m_confirmInsecure = insecureConfirmation(this);
    form->addRow(QString(), m_insecureWarning);
    form->addRow(QString(), m_confirmInsecure);

    m_auth = new QComboBox(this);
    m_auth->setAccessibleName(tr("Outgoing authentication"));
    // USER/PASS and APOP are POP3's own; a submission server offers SASL mechanisms.
    //: Authentication method choices of the outgoing server
    m_auth->addItem(tr("Automatic (the safest the server offers)"), int(AuthPreference::Automatic));
    m_auth->addItem(tr("CRAM-MD5"), int(AuthPreference::CramMd5));
    m_auth->addItem(tr("SASL PLAIN"), int(AuthPreference::Plain));
    m_auth->addItem(tr("SASL LOGIN"), int(AuthPreference::Login));
    form->addRow(tr("Au&thentication:"), m_auth);

    m_sameLogin =
        new QCheckBox(tr("Log in with the &incoming server's user name and password"), this);
    form->addRow(m_sameLogin);
    m_user = new QLineEdit(this);
    m_user->setAccessibleName(tr("Outgoing user name"));
    form->addRow(tr("User na&me:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Outgoing password"));
    form->addRow(tr("Pass&word:"), m_password);
    m_userProblem = hiddenProblemLabel(this);
    form->addRow(QString(), m_userProblem);

    connect(m_host, &QLineEdit::textChanged, this, &OutgoingServerForm::validate);
    connect(m_user, &QLineEdit::textChanged, this, &OutgoingServerForm::validate);
    connect(m_password, &QLineEdit::textChanged, this, &OutgoingServerForm::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &OutgoingServerForm::validate);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &OutgoingServerForm::validate);
    connect(m_confirmInsecure, &QCheckBox::toggled, this, &OutgoingServerForm::validate);
    connect(m_sameLogin, &QCheckBox::toggled, this, &OutgoingServerForm::validate);
    connect(m_security, &QComboBox::currentIndexChanged, this,
            &OutgoingServerForm::securityChanged);
    load(account::OutgoingServer{});
}

Security OutgoingServerForm::security() const
{
    return Security(m_security->currentData().toInt());
}

bool OutgoingServerForm::usesIncomingLogin() const
{
    return m_sameLogin->isChecked();
}

QString OutgoingServerForm::password() const
{
    return usesIncomingLogin() ? QString() : m_password->text();
}

void OutgoingServerForm::load(const account::OutgoingServer& s)
{
    const QSignalBlocker blocker(m_security);
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_security->setCurrentIndex(m_security->findData(int(s.security)));
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(int(s.auth))));
    m_sameLogin->setChecked(s.username.isEmpty());
    m_user->setText(s.username);
    m_password->clear();
    m_confirmInsecure->setChecked(s.security == Security::None && s.allowInsecureAuth);
    m_insecureWarning->setVisible(s.security == Security::None);
    m_confirmInsecure->setVisible(s.security == Security::None);
    validate();
}

void OutgoingServerForm::apply(account::OutgoingServer& s) const
{
    const QString host = m_host->text().trimmed();
    const auto port = quint16(m_port->value());
    if (s.host.compare(host, Qt::CaseInsensitive) != 0 || s.port != port)
        s.pinnedSha256.clear(); // a certificate trusted for another server says nothing here
    s.host = host;
    s.port = port;
    s.security = security();
    s.auth = AuthPreference(m_auth->currentData().toInt());
    s.username = usesIncomingLogin() ? QString() : m_user->text().trimmed();
    s.allowInsecureAuth = s.security == Security::None && m_confirmInsecure->isChecked();
}

void OutgoingServerForm::securityChanged()
{
    const Security now = security();
    // The port follows the security choice as long as it is one of the standard ones.
    if (m_port->value() == 465 || m_port->value() == 587)
        m_port->setValue(account::OutgoingServer::defaultPort(now));
    m_insecureWarning->setVisible(now == Security::None);
    m_confirmInsecure->setVisible(now == Security::None);
    if (now != Security::None)
        m_confirmInsecure->setChecked(false);
    validate();
}

void OutgoingServerForm::validate()
{
    const QString typed = m_host->text().trimmed();
    const QString host = typed.isEmpty()
                             ? tr("Enter the outgoing server name, for example smtp.example.com.")
                             : hostProblem(typed);
    m_hostProblem->setText(host);
    m_hostProblem->setVisible(!host.isEmpty() && !m_host->text().isEmpty());
    const bool own = !usesIncomingLogin();
    m_user->setEnabled(own);
    m_password->setEnabled(own);
    QString user;
    if (own && m_user->text().trimmed().isEmpty())
        user = tr("Enter the user name for sending, or log in as for incoming mail.");
    else if (own)
        user = credentialProblem(m_user->text());
    if (user.isEmpty() && own)
        user = credentialProblem(m_password->text());
    m_userProblem->setText(user);
    m_userProblem->setVisible(!user.isEmpty() && !m_user->text().isEmpty());
    const bool insecureOk = security() != Security::None || m_confirmInsecure->isChecked();
    m_valid = host.isEmpty() && user.isEmpty() && insecureOk;
    Q_EMIT changed();
}

} // namespace postbag::ui
