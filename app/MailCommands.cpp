// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `postbag folders | list FOLDER | search QUERY | show ID [--raw]`.
#include "app/CliContext.h"
#include "app/FolderNames.h"
#include "core/account/AccountRepository.h"
#include "core/mime/MessageParser.h"
#include "core/store/FolderStore.h"
#include "core/store/MessageSearch.h"
#include "core/store/MessageStore.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <unistd.h>

namespace postbag::app {

namespace {
// lupdate files free tr() calls under the namespace as their context.
QString tr(const char* s)
{
    return QCoreApplication::translate("postbag::app", s);
}

// --limit's value; 0 when it is not a whole number above 0.
int limitOf(const QCommandLineParser& p)
{
    bool ok = false;
    const int n = p.value(QStringLiteral("limit")).toInt(&ok);
    return ok && n > 0 ? n : 0;
}

// The query syntax excludes a word with "-word": for search, a single-dash argument other than
// -h is a word of the query, not an option. Long options stay options (a typo is an error).
QStringList queryAfterOptions(const QStringList& args)
{
    QStringList options = args.mid(0, 1);
    QStringList words;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == u"--") {
            words += args.mid(i + 1);
            break;
        }
        if (a == u"--limit" && i + 1 < args.size()) {
            options << a << args.at(++i);
        } else if (a.startsWith(u"--") || a == u"-h" || a == u"-?") {
            options << a;
        } else {
            words << a;
        }
    }
    return options << QStringLiteral("--") << words;
}

QString flagsText(store::Flags f)
{
    QString s;
    s += f.testFlag(store::Flag::Seen) ? u'-' : u'N';
    s += f.testFlag(store::Flag::Flagged) ? u'F' : u'-';
    s += f.testFlag(store::Flag::Answered) ? u'A' : u'-';
    return s;
}

QJsonObject toJson(const store::MessageSummary& m, const FolderNames& names)
{
    QJsonArray flags;
    if (m.flags.testFlag(store::Flag::Seen))
        flags.append(QStringLiteral("seen"));
    if (m.flags.testFlag(store::Flag::Flagged))
        flags.append(QStringLiteral("flagged"));
    if (m.flags.testFlag(store::Flag::Answered))
        flags.append(QStringLiteral("answered"));
    return {{QStringLiteral("id"), double(m.id)},
            {QStringLiteral("folder"), names.path(m.folderId)},
            {QStringLiteral("account"), names.accounts.value(m.accountId)},
            {QStringLiteral("from"), m.fromName.isEmpty() ? m.fromAddress : m.fromName + QStringLiteral(" <") + m.fromAddress + u'>'},
            {QStringLiteral("fromAddress"), m.fromAddress},
            {QStringLiteral("subject"), m.subject},
            {QStringLiteral("date"), m.date.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("size"), double(m.size)},
            {QStringLiteral("flags"), flags},
            {QStringLiteral("hasAttachments"), m.hasAttachments},
            {QStringLiteral("headersOnly"), m.headersOnly}};
}

void printRow(QTextStream& out, const store::MessageSummary& m)
{
    const QString from = m.fromName.isEmpty() ? m.fromAddress : m.fromName;
    out << m.id << '\t' << flagsText(m.flags) << '\t'
        << m.date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
        << Output::field(from.left(30)) << '\t' << Output::field(m.subject) << '\n';
}

int jsonOrText(CliContext& ctx, const QList<store::MessageSummary>& rows, const FolderNames& names)
{
    if (ctx.output->json()) {
        QJsonArray array;
        for (const auto& m : rows)
            array.append(toJson(m, names));
        ctx.output->printJson(array);
    } else {
        for (const auto& m : rows)
            printRow(ctx.output->out(), m);
    }
    return ExitOk;
}
} // namespace

int runFoldersCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(QCommandLineOption(QStringLiteral("json"), tr("JSON output.")));
    int code = ExitOk;
    if (!ctx.parse(p, args, code, 0))
        return code;
    if (!ctx.openProfile())
        return ctx.openError();
    FolderNames names;
    if (!names.load(ctx.profile->db(), *ctx.output, code))
        return code;
    auto folders = store::FolderStore(ctx.profile->db()).list();
    if (!folders.ok())
        return ctx.output->fail(folders.error());
    QJsonArray json;
    for (const store::Folder& f : folders.value()) {
        if (ctx.output->json())
            json.append(QJsonObject{{QStringLiteral("id"), double(f.id)}, {QStringLiteral("path"), names.path(f.id)},
                                    {QStringLiteral("unread"), double(f.counts.unread)},
                                    {QStringLiteral("total"), double(f.counts.total)}});
        else
            ctx.output->out() << Output::field(names.path(f.id)) << '\t' << f.counts.unread << '\t'
                              << f.counts.total << '\n';
    }
    if (ctx.output->json())
        ctx.output->printJson(json);
    return ExitOk;
}

int runListCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FOLDER"), tr("Folder id, path (Work/Inbox) or unique name."));
    p.addOption(QCommandLineOption(QStringLiteral("json"), tr("JSON output.")));
    p.addOption(QCommandLineOption(QStringLiteral("limit"), tr("At most N messages, newest first."), QStringLiteral("N"), QStringLiteral("100000")));
    int code = ExitOk;
    if (!ctx.parse(p, args, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.output->usage(tr("list needs exactly one folder"));
    const int limit = limitOf(p);
    if (limit <= 0)
        return ctx.output->usage(tr("--limit must be a number above 0"));
    if (!ctx.openProfile())
        return ctx.openError();
    FolderNames names;
    if (!names.load(ctx.profile->db(), *ctx.output, code))
        return code;
    const auto folder = names.resolve(p.positionalArguments().first(), *ctx.output, code);
    if (!folder)
        return code;
    auto rows = store::MessageStore(ctx.profile->db())
                    .page(*folder, store::SortKey::Date, Qt::DescendingOrder, 0, limit);
    if (!rows.ok())
        return ctx.output->fail(rows.error());
    return jsonOrText(ctx, rows.value(), names);
}

int runSearchCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("QUERY"), tr("Words, \"phrases\", prefix*, from:, to:, subject:, body:, has:attachment, is:unread, before:, after:, folder:, account:, OR, -word."));
    p.addOption(QCommandLineOption(QStringLiteral("json"), tr("JSON output.")));
    p.addOption(QCommandLineOption(QStringLiteral("limit"), tr("At most N results."), QStringLiteral("N"), QStringLiteral("100")));
    int code = ExitOk;
    if (!ctx.parse(p, queryAfterOptions(args), code))
        return code;
    if (p.positionalArguments().isEmpty())
        return ctx.output->usage(tr("search needs a query"));
    const int limit = limitOf(p);
    if (limit <= 0)
        return ctx.output->usage(tr("--limit must be a number above 0"));
    if (!ctx.openProfile())
        return ctx.openError();
    FolderNames names;
    if (!names.load(ctx.profile->db(), *ctx.output, code))
        return code;
    auto hits = store::MessageSearch(ctx.profile->db())
                    .search(p.positionalArguments().join(u' '), 0, limit);
    if (!hits.ok())
        return ctx.output->fail(hits.error());
    if (ctx.output->json()) {
        QJsonArray array;
        for (const store::SearchHit& h : hits.value()) {
            QJsonObject o = toJson(h.summary, names);
            QString snippet = h.snippet;
            snippet.replace(store::MessageSearch::kHighlightBegin, u'[').replace(store::MessageSearch::kHighlightEnd, u']');
            o.insert(QStringLiteral("snippet"), snippet);
            array.append(o);
        }
        ctx.output->printJson(array);
        return ExitOk;
    }
    for (const store::SearchHit& h : hits.value())
        printRow(ctx.output->out(), h.summary);
    return ExitOk;
}

int runShowCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), tr("The message id (from list or search)."));
    p.addOption(QCommandLineOption(QStringLiteral("raw"), tr("Write the stored bytes exactly as received.")));
    int code = ExitOk;
    if (!ctx.parse(p, args, code))
        return code;
    bool ok = false;
    const qint64 id = p.positionalArguments().value(0).toLongLong(&ok);
    if (p.positionalArguments().size() != 1 || !ok)
        return ctx.output->usage(tr("show needs one message id"));
    if (!ctx.openProfile())
        return ctx.openError();
    auto raw = store::MessageStore(ctx.profile->db()).raw(id);
    if (!raw.ok() && raw.error().code == ErrorCode::NoSuchMessage)
        return ctx.output->usage(tr("no message %1").arg(id));
    if (!raw.ok())
        return ctx.output->fail(raw.error());
    if (p.isSet(QStringLiteral("raw"))) {
        // Unbuffered: a write that fails (a full disk, a closed pipe) fails here, not unseen at
        // exit.
        QFile out;
        if (!out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered) ||
            out.write(raw.value()) != raw->size()) {
            ctx.output->err() << "postbag: "
                              << tr("the message could not be written: %1").arg(out.errorString())
                              << '\n';
            return ExitFailure;
        }
        return ExitOk;
    }
    const mime::ParsedMessage m = mime::MessageParser::parse(raw.value(), QDateTime::currentDateTimeUtc());
    QTextStream& out = ctx.output->out();
    auto addresses = [](const QList<mime::Address>& list) {
        QStringList parts;
        for (const auto& a : list)
            parts.append(a.name.isEmpty() ? a.address : a.name + QStringLiteral(" <") + a.address + u'>');
        return Output::field(parts.join(QStringLiteral(", ")));
    };
    out << tr("From: ") << addresses(m.from) << '\n' << tr("To: ") << addresses(m.to) << '\n';
    if (!m.cc.isEmpty())
        out << tr("Cc: ") << addresses(m.cc) << '\n';
    out << tr("Date: ") << m.date.toString(Qt::RFC2822Date) << '\n'
        << tr("Subject: ") << Output::field(m.subject) << "\n\n";
    out << Output::text(m.textPlain.isEmpty() ? m.searchableText() : m.textPlain) << '\n';
    for (const mime::Attachment& a : m.attachments)
        out << tr("[attachment: %1, %2, %3 bytes]")
                   .arg(Output::field(a.fileName), Output::field(a.mimeType))
                   .arg(a.size)
            << '\n';
    return ExitOk;
}

} // namespace postbag::app
