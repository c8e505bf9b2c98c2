// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/ServerForm.h"

#include "core/transport/CommandArgument.h"
#include "ui/text/ErrorText.h"
#include "ui/wizard/ServerFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

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

QVBoxLayout* scrolledLayout(QWidget* page, QWidget* content)
{
    auto* scroll = new QScrollArea(page);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    return layout;
}

ServerForm::ServerForm(QWidget* parent) : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    m_fields = new ServerFields(this, form,
                                {tr("&Server:"), tr("Server"),
                                 //: Placeholder of the server name field
                                 tr("pop.example.com"), tr("&Port:"), tr("Port"), tr("S&ecurity:")},
                                &account::AccountSettings::defaultPort, {995, 110});

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

    connect(m_fields, &ServerFields::changed, this, &ServerForm::validate);
    connect(m_user, &QLineEdit::textChanged, this, &ServerForm::validate);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ServerForm::validate);
    load(account::AccountSettings{});
}

QLineEdit* ServerForm::hostEdit() const
{
    return m_fields->hostEdit();
}

QSpinBox* ServerForm::portSpin() const
{
    return m_fields->portSpin();
}

QComboBox* ServerForm::securityCombo() const
{
    return m_fields->securityCombo();
}

QCheckBox* ServerForm::insecureConfirm() const
{
    return m_fields->insecureConfirm();
}

void ServerForm::load(const account::AccountSettings& s)
{
    m_fields->load(s.host, s.port, s.security, s.allowInsecureAuth);
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(int(s.auth))));
    m_user->setText(s.username);
    validate();
}

void ServerForm::apply(account::AccountSettings& s) const
{
    const QString host = m_fields->host();
    const quint16 port = m_fields->port();
    if (s.host.compare(host, Qt::CaseInsensitive) != 0 || s.port != port)
        s.pinnedSha256.clear(); // a certificate trusted for another server says nothing here
    s.host = host;
    s.port = port;
    s.security = m_fields->security();
    s.auth = AuthPreference(m_auth->currentData().toInt());
    s.username = m_user->text().trimmed();
    s.allowInsecureAuth = m_fields->allowInsecure();
}

bool ServerForm::isValid() const
{
    return m_valid;
}

void ServerForm::validate()
{
    const bool fields = m_fields->check(hostProblem(QString()));
    QString user;
    if (m_user->text().trimmed().isEmpty())
        user = tr("Enter the user name your provider gave you (often your full address).");
    else
        user = credentialProblem(m_user->text());
    m_userProblem->setText(user);
    m_userProblem->setVisible(!user.isEmpty() && !m_user->text().isEmpty());
    m_valid = fields && user.isEmpty();
    Q_EMIT changed();
}

} // namespace postbag::ui
