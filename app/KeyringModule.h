// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one symbol the keyring module exports. Why a module: QtKeychain brings QtDBus, libdbus,
// libsystemd and libgcrypt, whose loading and relocation were an eighth of the start of every
// `postbag` command, while only a few commands touch the keyring (and none of a `sync` whose
// accounts use a password command). KeyringLoader loads it on first use.
#define POSTBAG_KEYRING_ENTRY "postbag_keyring_create"

namespace postbag::account {
class CredentialStore;
}

extern "C" {
// A new store for passwords in the desktop keyring; the caller owns it.
using PostbagKeyringCreate = postbag::account::CredentialStore* (*)();
}
