// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/KeyringLoader.h"

#include "app/KeyringModule.h"
#include "app/ModuleLoader.h"

namespace postbag::app {

KeyringLoader::KeyringLoader() = default;
KeyringLoader::~KeyringLoader() = default;

account::CredentialStore* KeyringLoader::store()
{
    if (!m_store && m_problem.isEmpty()) {
        const ModuleLoader::Entry entry =
            ModuleLoader::resolve(QStringLiteral(POSTBAG_KEYRING_MODULE), POSTBAG_KEYRING_ENTRY);
        if (entry.function)
            m_store.reset(reinterpret_cast<PostbagKeyringCreate>(entry.function)());
        else
            m_problem = entry.problem;
    }
    return m_store.get();
}

Error KeyringLoader::unavailable(ErrorCode code) const
{
    return Error::make(code,
                       QStringLiteral("the keyring module cannot be loaded: %1").arg(m_problem));
}

void KeyringLoader::read(const account::AccountSettings& account, Done done)
{
    if (account::CredentialStore* s = store())
        return s->read(account, std::move(done));
    done(unavailable());
}

void KeyringLoader::write(const account::AccountSettings& account, const QString& secret,
                          StatusDone done)
{
    if (account::CredentialStore* s = store())
        return s->write(account, secret, std::move(done));
    done(unavailable(ErrorCode::CredentialsNotStored));
}

void KeyringLoader::erase(const account::AccountSettings& account, StatusDone done)
{
    if (account::CredentialStore* s = store())
        return s->erase(account, std::move(done));
    done(unavailable());
}

} // namespace postbag::app
