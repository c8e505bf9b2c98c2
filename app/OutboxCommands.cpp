// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `postbag outbox [--json] | retry ID | discard ID | mark-sent ID`, and sending an account's due
// items now, which `send` shares.
#include "app/CliContext.h"
#include "core/account/AccountRepository.h"
#include "core/outbox/OutboxSender.h"
#include "core/outbox/SubmissionSource.h"
#include "core/store/MessageStore.h"
#include "core/store/OutboxStore.h"
#include "ui/text/ErrorText.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace postbag::app {

namespace {
// lupdate files free tr() calls under the namespace as their context.
QString tr(const char* s)
{
    return QCoreApplication::translate("postbag::app", s);
}

QString stateName(store::OutboxState state)
{
    static const char* const kNames[] = {"queued", "sending", "sent", "failed", "uncertain"};
    return QString::fromLatin1(kNames[int(state)]);
}

// The sender's verdict on one item, in words and an exit code.
int report(CliContext& ctx, const store::OutboxItem& item, const outbox::SendReport& run)
{
    Output& out = *ctx.output;
    const Error last =
        item.errorCode.isEmpty() && run.error ? *run.error : store::OutboxStore::lastError(item);
    switch (item.state) {
    case store::OutboxState::Sent:
        out.out() << tr("Sent %1 (outbox item %2).").arg(Output::field(item.messageId)).arg(item.id)
                  << '\n';
        return ExitOk;
    case store::OutboxState::Uncertain:
        out.fail(last);
        out.err() << "postbag: "
                  << tr("Message %1 may already have been delivered: the connection ended after "
                        "it was handed over. It is not sent again by itself; check with a "
                        "recipient, then 'postbag outbox retry %1' to send it again or 'postbag "
                        "outbox mark-sent %1'.")
                         .arg(item.id)
                  << '\n';
        out.err().flush();
        return ExitUncertain;
    case store::OutboxState::Failed:
        if (!item.nextAttempt.isValid()) {
            const int code = out.fail(last);
            out.err() << "postbag: "
                      << tr("Message %1 stays in the outbox; after fixing this, 'postbag outbox "
                            "retry %1' sends it, 'postbag outbox discard %1' drops it.")
                             .arg(item.id)
                      << '\n';
            out.err().flush();
            return code;
        }
        break;
    case store::OutboxState::Queued:
    case store::OutboxState::Sending:
        break;
    }
    if (run.error || !item.errorCode.isEmpty())
        out.fail(last);
    out.err() << "postbag: "
              << tr("Message %1 is queued, not yet sent: 'postbag outbox retry %1' sends it.")
                     .arg(item.id)
              << '\n';
    out.err().flush();
    return ExitQueued;
}

Result<store::OutboxItem> itemArgument(CliContext& ctx, const QCommandLineParser& p, int& code)
{
    bool ok = false;
    const qint64 id = p.positionalArguments().value(0).toLongLong(&ok);
    if (p.positionalArguments().size() != 1 || !ok) {
        code = ctx.output->usage(tr("give the outbox item's number (see 'postbag outbox')"));
        return Error::make(ErrorCode::InvalidSetting);
    }
    if (!ctx.openProfile()) {
        code = ctx.openError();
        return Error::make(ErrorCode::InvalidSetting);
    }
    auto item = store::OutboxStore(ctx.profile->db()).item(id);
    if (!item)
        code = ctx.output->usage(tr("no outbox item %1").arg(id));
    return item;
}

int list(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(QCommandLineOption(QStringLiteral("json"), tr("JSON output.")));
    int code = ExitOk;
    if (!ctx.parse(p, args, code, 0))
        return code;
    if (!ctx.openProfile())
        return ctx.openError();
    store::Database& db = ctx.profile->db();
    const auto items = store::OutboxStore(db).list();
    if (!items)
        return ctx.output->fail(items.error());
    const auto accounts = account::AccountRepository(db).list();
    if (!accounts)
        return ctx.output->fail(accounts.error());
    QJsonArray json;
    for (const store::OutboxItem& item : items.value()) {
        QString accountName;
        for (const account::AccountSettings& a : accounts.value())
            accountName = a.id == item.accountId ? a.name : accountName;
        const auto summary = store::MessageStore(db).summary(item.messageRow);
        const QString subject = summary ? summary->subject : QString();
        const QString error =
            item.errorCode.isEmpty()
                ? QString()
                : ui::ErrorText::describe(store::OutboxStore::lastError(item)).what;
        if (ctx.output->json()) {
            QJsonObject o{
                {QStringLiteral("id"), item.id},
                {QStringLiteral("account"), accountName},
                {QStringLiteral("state"), stateName(item.state)},
                {QStringLiteral("subject"), subject},
                {QStringLiteral("messageId"), item.messageId},
                {QStringLiteral("recipients"), QJsonArray::fromStringList(item.recipients)},
                {QStringLiteral("attempts"), item.attempts},
                {QStringLiteral("queuedAt"), item.queuedAt.toString(Qt::ISODate)}};
            if (item.sentAt.isValid())
                o.insert(QStringLiteral("sentAt"), item.sentAt.toString(Qt::ISODate));
            if (item.nextAttempt.isValid())
                o.insert(QStringLiteral("nextAttempt"), item.nextAttempt.toString(Qt::ISODate));
            if (!item.errorCode.isEmpty()) {
                o.insert(QStringLiteral("error"), item.errorCode);
                o.insert(QStringLiteral("message"), error);
                o.insert(QStringLiteral("serverText"), item.errorText);
            }
            json.append(o);
            continue;
        }
        ctx.output->out() << item.id << '\t' << stateName(item.state) << '\t'
                          << Output::field(accountName) << '\t' << Output::field(subject) << '\t'
                          << Output::field(item.recipients.join(u", "))
                          << (error.isEmpty() ? QString() : u'\t' + Output::field(error)) << '\n';
    }
    if (ctx.output->json())
        ctx.output->printJson(json);
    return ExitOk;
}

int retry(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), tr("The outbox item to send again."));
    int code = ExitOk;
    if (!ctx.parse(p, args, code))
        return code;
    const auto item = itemArgument(ctx, p, code);
    if (!item)
        return code;
    store::OutboxStore outbox(ctx.profile->db());
    switch (item->state) {
    case store::OutboxState::Sent:
        return ctx.output->usage(tr("outbox item %1 was sent already").arg(item->id));
    case store::OutboxState::Sending:
        return ctx.output->usage(
            tr("outbox item %1 is being sent by another Postbag right now").arg(item->id));
    case store::OutboxState::Failed:
    case store::OutboxState::Uncertain:
        if (const Status s = outbox.resend(item->id); !s)
            return ctx.output->fail(s.error());
        break;
    case store::OutboxState::Queued:
        break;
    }
    return sendQueued(ctx, item->accountId, item->id);
}

int settle(CliContext& ctx, const QStringList& args, bool sent)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), sent ? tr("The outbox item that was delivered.")
                                                       : tr("The outbox item to drop."));
    int code = ExitOk;
    if (!ctx.parse(p, args, code))
        return code;
    const auto item = itemArgument(ctx, p, code);
    if (!item)
        return code;
    store::OutboxStore outbox(ctx.profile->db());
    const Status s = sent ? outbox.markSentByUser(item->id, QDateTime::currentDateTimeUtc())
                          : outbox.discard(item->id);
    if (!s) {
        if (s.error().code == ErrorCode::InvalidSetting)
            return ctx.output->usage(
                (sent ? tr("outbox item %1 is %2: only a failed or uncertain one can be marked "
                           "sent")
                      : tr("outbox item %1 is %2 and cannot be discarded now"))
                    .arg(item->id)
                    .arg(stateName(item->state)));
        return ctx.output->fail(s.error());
    }
    ctx.output->out() << (sent ? tr("Outbox item %1 marked as sent; its copy is in Sent.")
                               : tr("Outbox item %1 discarded; its copy is in the Trash."))
                             .arg(item->id)
                      << '\n';
    return ExitOk;
}
} // namespace

int sendQueued(CliContext& ctx, qint64 accountId, qint64 itemId)
{
    store::Database& db = ctx.profile->db();
    outbox::SubmissionSource source(db, [&ctx](account::PasswordSource from) {
        switch (from) {
        case account::PasswordSource::Keyring:
            return static_cast<account::CredentialStore*>(&ctx.keyring);
        case account::PasswordSource::Command:
            return static_cast<account::CredentialStore*>(&ctx.passwordCommand);
        case account::PasswordSource::AskEachSession:
            break;
        }
        return static_cast<account::CredentialStore*>(nullptr);
    });
    std::optional<Status> prepared;
    QEventLoop loop;
    source.prepare(accountId, [&](Status s) {
        prepared = s;
        loop.quit();
    });
    if (!prepared)
        loop.exec();
    outbox::SendReport run;
    if (!*prepared) {
        // No password, nothing sent: the message waits, queued, until it can be read.
        run.error = prepared->error();
    } else {
        outbox::OutboxSender sender(db, ctx.transports, source.resolver());
        std::optional<outbox::SendReport> finished;
        QObject::connect(&sender, &outbox::OutboxSender::finished, &sender,
                         [&](const outbox::SendReport& r) {
                             finished = r;
                             loop.quit();
                         });
        sender.run(accountId);
        if (!finished)
            loop.exec();
        run = *finished;
    }
    const auto item = store::OutboxStore(db).item(itemId);
    if (!item)
        return ctx.output->fail(item.error());
    if (!*prepared && item->state == store::OutboxState::Queued) {
        const int code = ctx.output->fail(*run.error);
        ctx.output->err() << "postbag: "
                          << tr("Message %1 is queued, not yet sent: 'postbag outbox retry %1' "
                                "sends it.")
                                 .arg(itemId)
                          << '\n';
        ctx.output->err().flush();
        return run.error->needsUser() ? code : ExitQueued;
    }
    return report(ctx, item.value(), run);
}

int runOutboxCommand(CliContext& ctx, const QStringList& args)
{
    const QString sub = args.size() > 1 ? args[1] : QString();
    if (sub.isEmpty() || sub.startsWith(u'-'))
        return list(ctx, args);
    QStringList rest = args.mid(1);
    rest.first() = args.first() + u' ' + sub;
    if (sub == u"retry")
        return retry(ctx, rest);
    if (sub == u"discard")
        return settle(ctx, rest, false);
    if (sub == u"mark-sent")
        return settle(ctx, rest, true);
    return ctx.output->usage(tr("outbox takes one of: retry, discard, mark-sent (or nothing, "
                                "to list it)"));
}

} // namespace postbag::app
