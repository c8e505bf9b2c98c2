// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/OutgoingServerForm.h"

#include "ui/wizard/ServerFields.h"
#include "ui/wizard/ServerForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace postbag::ui {

using account::AuthPreference;

OutgoingServerForm::OutgoingServerForm(QWidget* parent) : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_fields = new ServerFields(this, form,
                                {tr("Se&rver:"), tr("Outgoing server"),
                                 //: Placeholder of the outgoing server name field
                                 tr("smtp.example.com"), tr("Por&t:"), tr("Outgoing port"),
                                 tr("Secur&ity:")},
                                &account::OutgoingServer::defaultPort, {465, 587});

    m_auth = new QComboBox(this);
    m_auth->setAccessibleName(tr("Outgoing authentication"));
    // USER/PASS and APOP are POP3's own; a submission server offers SASL mechanisms.
    //: Authentication method choices of the outgoing server
    m_auth->addItem(tr("Automatic (the safest the server offers)"), int(AuthPreference::Automatic));
    m_auth->addItem(tr("CRAM-MD5"), int(AuthPreference::CramMd5));
    m_auth->addItem(tr("SASL PLAIN"), int(AuthPreference::Plain));
    m_auth->addItem(tr("SASL LOGIN"), int(AuthPreference::Login));
    form->addRow(tr("Aut&hentication:"), m_auth);

    m_sameLogin =
        new QCheckBox(tr("&Log in with the incoming server's user name and password"), this);
    form->addRow(m_sameLogin);
    m_user = new QLineEdit(this);
    m_user->setAccessibleName(tr("Outgoing user name"));
    form->addRow(tr("User na&me:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Outgoing password"));
    form->addRow(tr("Passwor&d:"), m_password);
    m_userProblem = hiddenProblemLabel(this);
    form->addRow(QString(), m_userProblem);

    connect(m_fields, &ServerFields::changed, this, &OutgoingServerForm::validate);
    connect(m_user, &QLineEdit::textChanged, this, &OutgoingServerForm::validate);
    connect(m_password, &QLineEdit::textChanged, this, &OutgoingServerForm::validate);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &OutgoingServerForm::validate);
    connect(m_sameLogin, &QCheckBox::toggled, this, &OutgoingServerForm::validate);
    load(account::OutgoingServer{});
}

QLineEdit* OutgoingServerForm::hostEdit() const
{
    return m_fields->hostEdit();
}

QSpinBox* OutgoingServerForm::portSpin() const
{
    return m_fields->portSpin();
}

QComboBox* OutgoingServerForm::securityCombo() const
{
    return m_fields->securityCombo();
}

QCheckBox* OutgoingServerForm::insecureConfirm() const
{
    return m_fields->insecureConfirm();
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
    m_fields->load(s.host, s.port, s.security, s.allowInsecureAuth);
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(int(s.auth))));
    m_sameLogin->setChecked(s.username.isEmpty());
    m_user->setText(s.username);
    m_password->clear();
    validate();
}

void OutgoingServerForm::apply(account::OutgoingServer& s) const
{
    const QString host = m_fields->host();
    const quint16 port = m_fields->port();
    if (s.host.compare(host, Qt::CaseInsensitive) != 0 || s.port != port)
        s.pinnedSha256.clear(); // a certificate trusted for another server says nothing here
    s.host = host;
    s.port = port;
    s.security = m_fields->security();
    s.auth = AuthPreference(m_auth->currentData().toInt());
    s.username = usesIncomingLogin() ? QString() : m_user->text().trimmed();
    s.allowInsecureAuth = m_fields->allowInsecure();
}

void OutgoingServerForm::validate()
{
    const bool fields =
        m_fields->check(tr("Enter the outgoing server name, for example smtp.example.com."));
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
    m_valid = fields && user.isEmpty();
    Q_EMIT changed();
}

} // namespace postbag::ui
