// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/autoconfig/Autodetector.h"
#include "core/sync/SyncTypes.h"

#include <functional>

namespace postbag::store {
class Database;
}
namespace postbag::account {
class CredentialStore;
}
namespace postbag::localedit {
class LocalWriter;
}

namespace postbag::ui {

// What setting accounts up needs from the app, handed in by the composition root. Why a struct:
// the wizard, the settings dialog and the password prompt need the same few things, and tests
// hand in a private Dovecot's ports, a loopback DNS server and their own keyring.
struct AccountSetupContext
{
    store::Database* db = nullptr; // read on the GUI thread
    // Where account edits are written, in order with the window's other edits (the window's).
    localedit::LocalWriter* writer = nullptr;
    account::CredentialStore* keyring = nullptr;         // PasswordSource::Keyring
    account::CredentialStore* passwordCommand = nullptr; // PasswordSource::Command
    account::CredentialStore* session = nullptr;         // PasswordSource::AskEachSession
    sync::TransportFactory transports;
    std::function<void(qint64 accountId)> cancelSync; // this process's sync of the account
    autoconfig::DetectOptions detect;
};

} // namespace postbag::ui
