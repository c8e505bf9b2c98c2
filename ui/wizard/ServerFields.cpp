// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/ServerFields.h"

#include "ui/wizard/ServerForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace postbag::ui {

using account::Security;

ServerFields::ServerFields(QWidget* owner, QFormLayout* form, const Words& words,
                           std::function<quint16(Security)> defaultPort, QList<int> standardPorts)
    : QObject(owner), m_defaultPort(std::move(defaultPort)),
      m_standardPorts(std::move(standardPorts))
{
    m_host = new QLineEdit(owner);
    m_host->setAccessibleName(words.hostName);
    m_host->setPlaceholderText(words.hostPlaceholder);
    m_hostProblem = hiddenProblemLabel(owner);
    form->addRow(words.hostLabel, m_host);
    form->addRow(QString(), m_hostProblem);

    m_port = new QSpinBox(owner);
    m_port->setRange(1, 65535);
    m_port->setAccessibleName(words.portName);
    form->addRow(words.portLabel, m_port);

    // The words of the incoming server's form, where they were first written.
    m_security = new QComboBox(owner);
    m_security->setAccessibleName(ServerForm::tr("Security"));
    //: Connection security choices
    m_security->addItem(ServerForm::tr("SSL/TLS"), int(Security::ImplicitTls));
    m_security->addItem(ServerForm::tr("STARTTLS"), int(Security::StartTls));
    m_security->addItem(ServerForm::tr("None (unencrypted)"), int(Security::None));
    form->addRow(words.securityLabel, m_security);
    m_insecureWarning =
        new QLabel(ServerForm::tr("Without encryption, anyone on the network between you and "
                                  "the server can read your password and your mail."),
                   owner);
    m_insecureWarning->setWordWrap(true);
    m_confirmInsecure =
        new QCheckBox(ServerForm::tr("I understand: send my password and mail unencrypted"), owner);
    form->addRow(QString(), m_insecureWarning);
    form->addRow(QString(), m_confirmInsecure);

    connect(m_host, &QLineEdit::textChanged, this, &ServerFields::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerFields::changed);
    connect(m_confirmInsecure, &QCheckBox::toggled, this, &ServerFields::changed);
    connect(m_security, &QComboBox::currentIndexChanged, this, &ServerFields::securityChanged);
}

void ServerFields::load(const QString& host, quint16 port, Security security, bool allowInsecure)
{
    const QSignalBlocker blocker(m_security);
    m_host->setText(host);
    m_port->setValue(port);
    m_security->setCurrentIndex(m_security->findData(int(security)));
    m_confirmInsecure->setChecked(security == Security::None && allowInsecure);
    showInsecure(security == Security::None);
}

QString ServerFields::host() const
{
    return m_host->text().trimmed();
}

quint16 ServerFields::port() const
{
    return quint16(m_port->value());
}

Security ServerFields::security() const
{
    return Security(m_security->currentData().toInt());
}

bool ServerFields::allowInsecure() const
{
    return security() == Security::None && m_confirmInsecure->isChecked();
}

void ServerFields::showInsecure(bool shown)
{
    m_insecureWarning->setVisible(shown);
    m_confirmInsecure->setVisible(shown);
}

void ServerFields::securityChanged()
{
    const Security now = security();
    // Follow the security choice with the port as long as the port is one of the standard ones.
    if (m_standardPorts.contains(m_port->value()))
        m_port->setValue(m_defaultPort(now));
    showInsecure(now == Security::None);
    if (now != Security::None)
        m_confirmInsecure->setChecked(false);
    Q_EMIT changed();
}

bool ServerFields::check(const QString& emptyHostProblem)
{
    const QString problem = host().isEmpty() ? emptyHostProblem : hostProblem(m_host->text());
    m_hostProblem->setText(problem);
    m_hostProblem->setVisible(!problem.isEmpty() && !m_host->text().isEmpty());
    return problem.isEmpty() && (security() != Security::None || m_confirmInsecure->isChecked());
}

} // namespace postbag::ui
