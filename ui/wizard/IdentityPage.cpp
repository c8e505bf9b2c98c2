// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/IdentityPage.h"

#include "ui/wizard/AccountWizard.h"
#include "ui/wizard/ServerForm.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace postbag::ui {

bool isPlausibleAddress(const QString& raw)
{
    const QString address = raw.trimmed();
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at == address.size() - 1 || address.contains(u' '))
        return false;
    return hostProblem(address.mid(at + 1)).isEmpty();
}

IdentityPage::IdentityPage(AccountWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Your mail account"));
    setSubTitle(tr("Postbag looks up the server settings from your address. Your password is sent "
                   "only to the server you confirm."));
    auto* form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Your name"));
    //: Placeholder of the name field
    m_name->setPlaceholderText(tr("Jane Doe"));
    form->addRow(tr("Your &name:"), m_name);
    m_address = new QLineEdit(this);
    m_address->setAccessibleName(tr("Email address"));
    //: Placeholder of the address field
    m_address->setPlaceholderText(tr("jane@example.com"));
    form->addRow(tr("&Email address:"), m_address);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&Password:"), m_password);
    m_problem = problemLabel(this);
    form->addRow(QString(), m_problem);
    connect(m_address, &QLineEdit::textChanged, this, &IdentityPage::showProblem);
    connect(m_password, &QLineEdit::textChanged, this, &IdentityPage::showProblem);
}

void IdentityPage::showProblem()
{
    const bool badAddress = !m_address->text().isEmpty() && !isPlausibleAddress(m_address->text());
    m_problem->setText(badAddress
                           ? tr("This does not look like an email address (name@example.com).")
                           : credentialProblem(m_password->text()));
    Q_EMIT completeChanged();
}

QString IdentityPage::problemText() const
{
    return m_problem->text();
}

bool IdentityPage::isComplete() const
{
    return isPlausibleAddress(m_address->text()) && !m_password->text().isEmpty() &&
           credentialProblem(m_password->text()).isEmpty();
}

bool IdentityPage::validatePage()
{
    account::AccountSettings& d = m_wizard->draft();
    const QString address = m_address->text().trimmed();
    if (d.address != address) {
        // A new address starts from fresh server guesses.
        d = account::AccountSettings{};
        const QString domain = address.section(u'@', -1).toLower();
        d.host = QStringLiteral("pop.") + domain;
        d.username = address;
    }
    d.address = address;
    d.displayName = m_name->text().trimmed();
    if (d.name.isEmpty())
        d.name = address;
    m_wizard->setPassword(m_password->text());
    return true;
}

} // namespace postbag::ui
