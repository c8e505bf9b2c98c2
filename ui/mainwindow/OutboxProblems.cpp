// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/OutboxProblems.h"

#include "core/account/AccountRepository.h"
#include "core/store/MessageStore.h"
#include "core/store/OutboxStore.h"
#include "ui/mainwindow/AccountErrorContext.h"
#include "ui/text/ErrorText.h"

#include <QLocale>

namespace postbag::ui {

namespace {
// The account's name with its outgoing server, which is where a sending error happened.
ErrorContext sendingContext(store::Database& db, qint64 accountId)
{
    ErrorContext context = accountErrorContext(db, accountId);
    context.host.clear();
    context.port = 0;
    if (auto server = account::AccountRepository(db).outgoingServer(accountId);
        server && server->has_value()) {
        context.host = server.value()->host;
        context.port = int(server.value()->port);
    }
    return context;
}
} // namespace

std::optional<OutboxProblems::Problem> OutboxProblems::first(store::Database& db)
{
    const auto items = store::OutboxStore(db).list();
    if (!items)
        return std::nullopt;
    const store::OutboxItem* pick = nullptr;
    for (const store::OutboxItem& item : items.value()) {
        if (item.state == store::OutboxState::Uncertain) {
            pick = &item;
            break;
        }
        if (item.state == store::OutboxState::Failed && !pick)
            pick = &item;
    }
    if (!pick)
        return std::nullopt;
    Problem p;
    p.itemId = pick->id;
    p.accountId = pick->accountId;
    p.uncertain = pick->state == store::OutboxState::Uncertain;
    p.waitsForUser = !p.uncertain && !pick->nextAttempt.isValid();
    QString subject;
    if (auto summary = store::MessageStore(db).summary(pick->messageRow))
        subject = summary->subject;
    if (subject.isEmpty())
        //: Stands for a message without a subject
        subject = tr("(no subject)");
    const Error error = store::OutboxStore::lastError(*pick);
    //: %1 a message's subject, %2 its recipients
    p.text = tr("“%1” to %2: ").arg(subject, pick->recipients.join(QStringLiteral(", ")));
    if (error.code == ErrorCode::NoOutgoingServer)
        // A profile from before sending: the settings offer to find the server.
        p.text += tr("it waits because this account has no outgoing server yet. Add it in the "
                     "account's settings (Edit Account…, Sending), where Postbag can also find "
                     "it for you; then choose Resend.");
    else
        p.text += ErrorText::describe(error, sendingContext(db, pick->accountId)).oneLine();
    if (!error.serverText.isEmpty() && error.kind == ErrorKind::Command)
        //: %1 is the server's own words
        p.text += u' ' + tr("The server said: %1").arg(error.serverText);
    if (!p.uncertain && !p.waitsForUser)
        //: %1 a time of day
        p.text += u' ' + tr("Postbag tries again at %1.")
                             .arg(QLocale().toString(pick->nextAttempt.toLocalTime().time(),
                                                     QLocale::ShortFormat));
    return p;
}

} // namespace postbag::ui
