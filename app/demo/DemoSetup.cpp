// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demo/DemoSetup.h"

#include "app/demo/DemoMailbox.h"
#include "core/account/AccountRepository.h"

#include <QUuid>

namespace postbag::app {

Result<std::unique_ptr<DemoSetup>> DemoSetup::start()
{
    std::unique_ptr<DemoSetup> setup(new DemoSetup);
    if (!setup->m_dir.isValid()) {
        return Error::make(ErrorCode::StorageFailed, setup->m_dir.errorString());
    }
    // A fresh random password per run: nothing else on this machine can log in meanwhile.
    setup->m_password = QUuid::createUuid().toString(QUuid::WithoutBraces);
    setup->m_server = std::make_unique<DemoPop3Server>(
        DemoMailbox::messages(), QString::fromLatin1(kUser), setup->m_password);
    if (!setup->m_server->start()) {
        return Error::make(ErrorCode::NetworkError, setup->m_server->errorString());
    }
    // The demo account keeps its password like any "ask once per session" account.
    setup->m_credentials.write(setup->accountSettings(), setup->m_password, [](Status) {});
    return setup;
}

account::AccountSettings DemoSetup::accountSettings() const
{
    account::AccountSettings s;
    s.name = QStringLiteral("Demo");
    s.address = QStringLiteral("sam@demo.postbag.test");
    s.displayName = QStringLiteral("Sam Taylor");
    s.host = QStringLiteral("127.0.0.1");
    s.port = m_server ? m_server->port() : 110;
    s.security = account::Security::None;
    s.auth = account::AuthPreference::UserPass;
    s.username = QString::fromLatin1(kUser);
    s.allowInsecureAuth = true; // loopback only: the password never leaves this machine
    s.passwordSource = account::PasswordSource::AskEachSession;
    s.checkIntervalMinutes = 0;
    s.checkAtStartup = true;
    s.leaveOnServer = true;
    return s;
}

Result<account::AccountSettings> DemoSetup::addAccount(store::Database& db) const
{
    return account::AccountRepository(db).add(accountSettings());
}

} // namespace postbag::app
