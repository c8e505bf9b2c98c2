// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/demo/DemoPop3Server.h"
#include "core/account/AccountSettings.h"
#include "core/account/SessionCredentialStore.h"
#include "core/common/Result.h"

#include <QTemporaryDir>
#include <memory>

namespace postbag::store {
class Database;
}

namespace postbag::app {

// Everything `postbag --demo` needs: a throwaway profile folder, the sample POP3 server on
// 127.0.0.1 and an account pointing at it (plain POP3, insecure auth allowed only because the
// server is on loopback, password from the session-only store, mail left on the server).
// Guarantees: the profile folder is removed when this object goes; nothing is written to the
// user's real profile or keyring.
class DemoSetup
{
public:
    static constexpr const char* kUser = "sam";

    // Starts the server and creates the profile folder (not yet the account).
    [[nodiscard]] static Result<std::unique_ptr<DemoSetup>> start();

    [[nodiscard]] QString profileDirectory() const { return m_dir.path(); }
    [[nodiscard]] DemoPop3Server& server() { return *m_server; }
    [[nodiscard]] account::SessionCredentialStore& credentials() { return m_credentials; }
    // The demo account's settings (port filled in), not yet saved.
    [[nodiscard]] account::AccountSettings accountSettings() const;
    // Saves the demo account into `db`; returns it with its id.
    [[nodiscard]] Result<account::AccountSettings> addAccount(store::Database& db) const;

private:
    DemoSetup() = default;

    QTemporaryDir m_dir;
    QString m_password;
    std::unique_ptr<DemoPop3Server> m_server;
    account::SessionCredentialStore m_credentials;
};

} // namespace postbag::app
