// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/KeyringModule.h"

#include "core/account/KeychainCredentialStore.h"

extern "C" Q_DECL_EXPORT postbag::account::CredentialStore* postbag_keyring_create()
{
    return new postbag::account::KeychainCredentialStore();
}
