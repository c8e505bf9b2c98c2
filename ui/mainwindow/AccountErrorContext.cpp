// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/AccountErrorContext.h"

#include "core/account/AccountRepository.h"
#include "core/store/AccountStore.h"

namespace postbag::ui {

ErrorContext accountErrorContext(store::Database& db, qint64 accountId)
{
    if (accountId <= 0) {
        return {};
    }
    ErrorContext context{QString::number(accountId), {}, 0};
    if (auto accounts = store::AccountStore(db).list()) {
        for (const store::Account& a : accounts.value()) {
            if (a.id == accountId) {
                context.account = a.name;
            }
        }
    }
    if (auto settings = account::AccountRepository(db).byId(accountId)) {
        context.host = settings->host;
        context.port = context.host.isEmpty() ? 0 : int(settings->port);
    }
    return context;
}

} // namespace postbag::ui
