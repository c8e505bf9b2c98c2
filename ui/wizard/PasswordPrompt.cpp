// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/PasswordPrompt.h"

#include "core/account/AccountRepository.h"
#include "core/account/CredentialStore.h"
#include "core/localedit/LocalWriter.h"
#include "ui/text/ErrorText.h"
#include "ui/wizard/ServerForm.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QVBoxLayout>

namespace postbag::ui {

using account::PasswordSource;

PasswordPrompt::PasswordPrompt(AccountSetupContext context, account::AccountSettings account,
                               const Error& why, QWidget* parent)
    : QDialog(parent), m_context(std::move(context)), m_account(std::move(account))
{
    setWindowTitle(tr("Password for %1").arg(m_account.name));
    setWindowModality(Qt::WindowModal);
    auto* layout = new QVBoxLayout(this);
    const ErrorText reason = ErrorText::describe(why, m_account.host, m_account.port);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    //: %1 user name, %2 server
    QString text = tr("Enter the password of %1 on %2.").arg(m_account.username, m_account.host);
    if (why.code != ErrorCode::CredentialsUnavailable)
        text = reason.oneLine() + u'\n' + text;
    intro->setText(text);
    layout->addWidget(intro);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    layout->addWidget(m_password);
    m_remember = new QCheckBox(tr("&Remember it in the keyring"), this);
    m_remember->setChecked(m_account.passwordSource == PasswordSource::Keyring);
    m_remember->setVisible(m_context.keyring != nullptr &&
                           m_account.passwordSource != PasswordSource::Command);
    layout->addWidget(m_remember);
    m_problem = problemLabel(this);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordPrompt::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString PasswordPrompt::problemText() const
{
    return m_problem->text();
}

void PasswordPrompt::accept()
{
    const QString secret = m_password->text();
    if (secret.isEmpty()) {
        m_problem->setText(tr("Enter the password."));
        return;
    }
    if (const QString problem = credentialProblem(secret); !problem.isEmpty()) {
        m_problem->setText(problem);
        return;
    }
    const bool keyring = !m_remember->isHidden() && m_remember->isChecked() && m_context.keyring;
    account::CredentialStore* store = keyring ? m_context.keyring : m_context.session;
    if (!store) {
        m_problem->setText(
            ErrorText::describe(Error::make(ErrorCode::CredentialsUnavailable)).oneLine());
        return;
    }
    const PasswordSource wanted =
        keyring ? PasswordSource::Keyring : PasswordSource::AskEachSession;
    QPointer<PasswordPrompt> self(this);
    store->write(m_account, secret, [self, wanted, keyring](const Status& s) {
        if (!self)
            return;
        if (!s.ok()) {
            QString problem = ErrorText::describe(s.error()).oneLine();
            if (keyring)
                problem += u'\n' + tr("OK now keeps the password until Postbag quits.");
            self->m_problem->setText(problem);
            self->m_remember->setChecked(false);
            return;
        }
        if (self->m_account.passwordSource == wanted || !self->m_context.db)
            return self->finish(self->m_account);
        account::AccountSettings after = self->m_account;
        after.passwordSource = wanted;
        // On the writer's thread, in order with the window's other edits.
        self->m_context.writer->updateAccount(after, [self, after](const Status& saved) {
            if (!self)
                return;
            if (!saved)
                return self->m_problem->setText(ErrorText::describe(saved.error()).oneLine());
            // "Remember" unticked: the password the keyring kept goes too, unless another
            // account on the same mailbox still uses that entry.
            const account::AccountSettings before = self->m_account;
            const auto shared =
                account::AccountRepository(*self->m_context.db).keyringEntryShared(before);
            if (before.passwordSource == PasswordSource::Keyring && self->m_context.keyring &&
                shared.ok() && !shared.value())
                self->m_context.keyring->erase(before, [](const Status&) {});
            self->finish(after);
        });
    });
}

void PasswordPrompt::finish(const account::AccountSettings& stored)
{
    m_account = stored;
    Q_EMIT passwordStored(m_account.id);
    QDialog::accept();
}

} // namespace postbag::ui
