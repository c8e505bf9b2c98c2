// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/SessionCredentialStore.h"

namespace postbag::account {

void SessionCredentialStore::read(const AccountSettings& account, Done done)
{
    std::optional<QString> secret;
    {
        const QMutexLocker lock(&m_mutex);
        if (const auto it = m_secrets.constFind(keyFor(account)); it != m_secrets.cend())
            secret = it.value();
    }
    if (!secret)
        return done(Error::make(ErrorCode::CredentialsUnavailable,
                                QStringLiteral("not entered in this session")));
    done(*secret);
}

void SessionCredentialStore::write(const AccountSettings& account, const QString& secret,
                                   StatusDone done)
{
    {
        const QMutexLocker lock(&m_mutex);
        m_secrets.insert(keyFor(account), secret);
    }
    done(Ok{});
}

void SessionCredentialStore::erase(const AccountSettings& account, StatusDone done)
{
    {
        const QMutexLocker lock(&m_mutex);
        m_secrets.remove(keyFor(account));
    }
    done(Ok{});
}

} // namespace postbag::account
