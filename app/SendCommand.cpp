// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `postbag send`: a message built from options (or a prepared .eml) queued in the outbox and sent
// at once, waiting for the server's answer.
#include "app/CliContext.h"
#include "core/account/AccountRepository.h"
#include "core/autoconfig/ProviderPresets.h"
#include "core/mime/MessageBuilder.h"
#include "core/mime/PreparedMessage.h"
#include "core/outbox/OutboxQueue.h"
#include "core/store/IdentityStore.h"
#include "ui/text/ErrorText.h"

#include <QFile>
#include <QFileInfo>

namespace postbag::app {

namespace {
// lupdate files free tr() calls under the namespace as their context.
QString tr(const char* s)
{
    return QCoreApplication::translate("postbag::app", s);
}

// "Name <address>" or a bare address, as typed after --to, --cc or --bcc.
mime::Address addressArgument(const QString& given)
{
    const QString s = given.trimmed();
    const qsizetype open = s.lastIndexOf(u'<');
    if (open < 0 || !s.endsWith(u'>'))
        return {QString(), s};
    QString name = s.left(open).trimmed();
    if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
        name = name.mid(1, name.size() - 2);
    return {name, s.mid(open + 1, s.size() - open - 2).trimmed()};
}

QList<mime::Address> addresses(const QCommandLineParser& p, const char* option)
{
    QList<mime::Address> out;
    for (const QString& value : p.values(QString::fromLatin1(option)))
        out.append(addressArgument(value));
    return out;
}

// The identity to send as: --from's address among every account's identities (within --account
// when both are given), else --account's default one, else the only account's.
Result<store::Identity> identityFor(CliContext& ctx, const QString& from,
                                    const QString& accountName, int& code)
{
    Output& out = *ctx.output;
    store::Database& db = ctx.profile->db();
    const auto accounts = account::AccountRepository(db).list();
    if (!accounts) {
        code = out.fail(accounts.error());
        return accounts.error();
    }
    QList<account::AccountSettings> candidates;
    for (const account::AccountSettings& a : accounts.value()) {
        if (accountName.isEmpty() || a.name == accountName)
            candidates.append(a);
    }
    const Error none = Error::make(ErrorCode::InvalidSetting);
    if (candidates.isEmpty()) {
        code = out.usage(accountName.isEmpty()
                             ? tr("no accounts yet: add one with 'postbag account add'")
                             : tr("no account named '%1'").arg(accountName));
        return none;
    }
    if (from.isEmpty() && candidates.size() > 1) {
        code = out.usage(tr("send needs --from ADDRESS or --account NAME"));
        return none;
    }
    store::IdentityStore identities(db);
    for (const account::AccountSettings& a : std::as_const(candidates)) {
        const auto own = identities.list(a.id);
        if (!own) {
            code = out.fail(own.error());
            return own.error();
        }
        for (const store::Identity& identity : own.value()) {
            if (from.isEmpty() || identity.address.compare(from, Qt::CaseInsensitive) == 0)
                return identity;
        }
    }
    if (from.isEmpty())
        code = out.usage(tr("account %1 has no address to send from: 'postbag account edit %1 "
                            "--address ADDRESS'")
                             .arg(candidates.first().name));
    else
        code = out.usage(tr("no account sends as %1 (the addresses are those of 'postbag account "
                            "add --address')")
                             .arg(from));
    return none;
}

// The account has no outgoing server: nothing is queued; the way to add one, with the server a
// provider documents for the address when Postbag knows it.
int noOutgoingServer(Output& out, const account::AccountSettings& a, const QString& address)
{
    const Error e = Error::make(ErrorCode::NoOutgoingServer, a.name);
    out.err() << "postbag: " << Output::field(a.name) << ": " << ui::ErrorText::describe(e).what
              << '\n'
              << "  "
              << tr("Nothing was queued. Add it with: postbag account edit %1 --smtp-host HOST "
                    "[--smtp-port N] [--smtp-security none|starttls|tls]")
                     .arg(a.name)
              << '\n';
    const QList<autoconfig::ServerCandidate> known = autoconfig::submissionPresetsFor(address);
    if (!known.isEmpty()) {
        const autoconfig::ServerCandidate& c = known.first();
        const QString security =
            c.security == transport::Security::ImplicitTls ? QStringLiteral("tls")
            : c.security == transport::Security::StartTls  ? QStringLiteral("starttls")
                                                           : QStringLiteral("none");
        out.err() << "  "
                  << tr("%1 documents this one: postbag account edit %2 --smtp-host %3 "
                        "--smtp-port %4 --smtp-security %5")
                         .arg(c.providerName.isEmpty() ? c.host : c.providerName, a.name, c.host)
                         .arg(c.port)
                         .arg(security)
                  << '\n';
    }
    out.err().flush();
    return Output::exitCodeFor(e);
}

Result<QString> bodyText(const QCommandLineParser& p)
{
    QFile file;
    bool opened = false;
    if (p.isSet(QStringLiteral("body-file"))) {
        file.setFileName(p.value(QStringLiteral("body-file")));
        opened = file.open(QIODevice::ReadOnly);
    } else {
        opened = file.open(stdin, QIODevice::ReadOnly);
    }
    if (!opened)
        return Error::make(ErrorCode::InvalidSetting, file.fileName());
    return QString::fromUtf8(file.readAll());
}
} // namespace

int runSendCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    auto opt = [&p](const char* name, const char* value, const char* help) {
        p.addOption(
            QCommandLineOption(QString::fromLatin1(name), tr(help), QString::fromLatin1(value)));
    };
    opt("from", "ADDRESS",
        QT_TRANSLATE_NOOP("postbag::app", "Send as this address (one of an account's)."));
    opt("account", "NAME", QT_TRANSLATE_NOOP("postbag::app", "Send from this account's address."));
    opt("to", "ADDRESS", QT_TRANSLATE_NOOP("postbag::app", "A recipient (repeat for more)."));
    opt("cc", "ADDRESS",
        QT_TRANSLATE_NOOP("postbag::app", "A recipient in copy (repeat for more)."));
    opt("bcc", "ADDRESS",
        QT_TRANSLATE_NOOP("postbag::app", "A hidden recipient (repeat for more)."));
    opt("subject", "TEXT", QT_TRANSLATE_NOOP("postbag::app", "The subject."));
    opt("attach", "FILE", QT_TRANSLATE_NOOP("postbag::app", "Attach a file (repeat for more)."));
    opt("body-file", "FILE",
        QT_TRANSLATE_NOOP("postbag::app", "The text, from a file (default: standard input)."));
    opt("eml", "FILE",
        QT_TRANSLATE_NOOP("postbag::app",
                          "Send this prepared message as it is (Bcc not transmitted)."));
    int code = ExitOk;
    if (!ctx.parse(p, args, code, 0))
        return code;
    Output& out = *ctx.output;
    const bool eml = p.isSet(QStringLiteral("eml"));
    if (eml) {
        for (const char* other : {"from", "to", "cc", "bcc", "subject", "attach", "body-file"}) {
            if (p.isSet(QString::fromLatin1(other)))
                return out.usage(tr("--eml sends the file as it is: --%1 does not go with it")
                                     .arg(QString::fromLatin1(other)));
        }
    } else {
        if (!p.isSet(QStringLiteral("to")) && !p.isSet(QStringLiteral("cc")) &&
            !p.isSet(QStringLiteral("bcc")))
            return out.usage(tr("send needs --to (or --cc, --bcc)"));
        if (!p.isSet(QStringLiteral("subject")))
            return out.usage(tr("send needs --subject"));
        for (const QString& path : p.values(QStringLiteral("attach"))) {
            const QFileInfo file(path);
            if (!file.isFile() || !file.isReadable())
                return out.usage(tr("cannot read the file to attach: %1").arg(path));
        }
    }
    QByteArray prepared;
    if (eml) {
        QFile file(p.value(QStringLiteral("eml")));
        if (!file.open(QIODevice::ReadOnly))
            return out.usage(tr("cannot read %1").arg(file.fileName()));
        prepared = file.readAll();
    }
    if (!ctx.openProfile())
        return ctx.openError();
    store::Database& db = ctx.profile->db();

    Result<mime::BuiltMessage> built = Error::make(ErrorCode::InvalidSetting);
    QString from = p.value(QStringLiteral("from"));
    if (eml) {
        built = mime::PreparedMessage::take(prepared);
        if (!built)
            return out.fail(built.error());
        from = p.isSet(QStringLiteral("account")) ? QString() : built->envelopeSender;
    }
    const auto identity = identityFor(ctx, from, p.value(QStringLiteral("account")), code);
    if (!identity)
        return code;
    account::AccountRepository repo(db);
    const auto account = repo.byId(identity->accountId);
    if (!account)
        return out.fail(account.error());
    const auto server = repo.outgoingServer(account->id, identity->outgoingServerId);
    if (!server)
        return out.fail(server.error());
    if (!server->has_value())
        return noOutgoingServer(out, account.value(), identity->address);

    if (!eml) {
        const auto text = bodyText(p);
        if (!text)
            return out.usage(tr("cannot read %1").arg(text.error().serverText));
        mime::OutgoingMessage m;
        m.from = {identity->name, identity->address};
        m.to = addresses(p, "to");
        m.cc = addresses(p, "cc");
        m.bcc = addresses(p, "bcc");
        if (!identity->replyTo.isEmpty())
            m.replyTo = {{QString(), identity->replyTo}};
        m.subject = p.value(QStringLiteral("subject"));
        m.date = QDateTime::currentDateTime();
        m.text = text.value();
        if (!identity->signature.isEmpty())
            m.text += QStringLiteral("\n-- \n") + identity->signature;
        for (const QString& path : p.values(QStringLiteral("attach")))
            m.attachments.append(
                {QFileInfo(path).fileName(), {}, QFileInfo(path).absoluteFilePath(), {}});
        built = mime::MessageBuilder::build(m);
        if (!built)
            return out.fail(built.error());
    }
    const auto queued = outbox::OutboxQueue::enqueue(db, account->id, identity->id, built.value());
    if (!queued)
        return out.fail(queued.error());
    out.out() << tr("Queued as outbox item %1.").arg(queued.value()) << '\n';
    out.out().flush();
    return sendQueued(ctx, account->id, queued.value());
}

} // namespace postbag::app
