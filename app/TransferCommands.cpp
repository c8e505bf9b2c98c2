// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `postbag import FILE --folder FOLDER` and `postbag export FOLDER --mbox FILE | ID --eml FILE`.
#include "app/CliContext.h"
#include "app/FolderNames.h"
#include "core/transfer/Exporter.h"
#include "core/transfer/Importer.h"

#include <QFileInfo>
#include <QJsonObject>
#include <unistd.h>

namespace postbag::app {

namespace {
// lupdate files free tr() calls under the namespace as their context.
QString tr(const char* s)
{
    return QCoreApplication::translate("postbag::app", s);
}

QString tr(const char* s, const char* disambiguation, int n)
{
    return QCoreApplication::translate("postbag::app", s, disambiguation, n);
}
} // namespace

int runImportCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), tr("An mbox file, a Maildir, a Thunderbird folder tree or an .eml file."));
    p.addOption(QCommandLineOption(QStringLiteral("folder"), tr("The folder to import into (created if missing)."), QStringLiteral("FOLDER")));
    p.addOption(QCommandLineOption(QStringLiteral("mboxo"), tr("The mbox file uses mboxo quoting (default: mboxrd).")));
    p.addOption(QCommandLineOption(QStringLiteral("json"), tr("JSON output.")));
    int code = ExitOk;
    if (!ctx.parse(p, args, code))
        return code;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("folder")))
        return ctx.output->usage(tr("import needs a FILE and --folder FOLDER"));
    const QString path = p.positionalArguments().first();
    if (!QFileInfo::exists(path))
        return ctx.output->usage(tr("no such file: %1").arg(path));
    if (!ctx.openProfile(true))
        return ctx.openError();
    FolderNames names;
    if (!names.load(ctx.profile->db(), *ctx.output, code))
        return code;
    // An existing folder is imported into; otherwise the last part of the path is made, in the
    // folder the rest names (or at the top of Local Folders). Never a guess between folders.
    QString folderName = p.value(QStringLiteral("folder"));
    const FolderNames::Match match = names.match(folderName);
    if (match.id == 0 && !match.others.isEmpty()) {
        (void)names.resolve(folderName, *ctx.output, code);
        return code;
    }
    const std::optional<qint64> existing =
        match.id > 0 ? std::optional<qint64>(match.id) : std::nullopt;
    qint64 parentId = 0;
    QString newName = folderName;
    if (existing) {
        folderName = names.path(*existing);
    } else {
        const qsizetype slash = folderName.lastIndexOf(u'/');
        newName = folderName.mid(slash + 1);
        if (newName.trimmed().isEmpty() || folderName.split(u'/').contains(QString()))
            return ctx.output->usage(
                tr("'%1' is not a folder path (names separated by '/')").arg(folderName));
        if (slash > 0) {
            const auto parent = names.resolve(folderName.left(slash), *ctx.output, code);
            if (!parent)
                return code;
            parentId = *parent;
            folderName = names.path(parentId) + u'/' + newName;
        }
    }
    transfer::ImportOptions options;
    if (p.isSet(QStringLiteral("mboxo")))
        options.variant = mailbox::MboxVariant::MboxO;
    const bool terminal = ::isatty(STDERR_FILENO) && !ctx.output->json();
    transfer::ImportProgress committed;
    options.progress = [&](const transfer::ImportProgress& pr) {
        committed = pr;
        if (terminal) {
            ctx.output->err() << '\r' << tr("%n message(s) read", nullptr, int(pr.messages));
            ctx.output->err().flush();
        }
    };
    transfer::Importer importer(ctx.profile->db());
    auto report = existing ? importer.importPath(path, *existing, options)
                           : importer.importPath(path, newName, parentId, options);
    if (terminal)
        ctx.output->err() << '\r' << QString(40, u' ') << '\r';
    if (!report.ok()) {
        const int failed = ctx.output->fail(report.error());
        if (committed.imported > 0) {
            // Whole batches stay: importing the file again skips them by Message-ID, but stores
            // messages without one a second time.
            ctx.output->err() << "postbag: "
                              << tr("%n message(s) were imported into %1 before that.", nullptr,
                                    int(committed.imported))
                                     .arg(folderName)
                              << '\n';
            ctx.output->err().flush();
        }
        return failed;
    }
    const transfer::ImportReport& r = report.value();
    if (ctx.output->json()) {
        ctx.output->printJson(QJsonObject{{QStringLiteral("messages"), double(r.messages)},
                                          {QStringLiteral("imported"), double(r.imported)},
                                          {QStringLiteral("duplicates"), double(r.duplicates)},
                                          {QStringLiteral("skipped"), double(r.skipped)},
                                          {QStringLiteral("folderId"), double(r.folderId)}});
    } else {
        ctx.output->out() << tr("Imported %1 of %n message(s) into %2 (%3 already there, %4 marked deleted).", nullptr, int(r.messages))
                                 .arg(r.imported).arg(folderName).arg(r.duplicates).arg(r.skipped)
                          << '\n';
    }
    return ExitOk;
}

int runExportCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("WHAT"), tr("A folder (with --mbox) or a message id (with --eml)."));
    p.addOption(QCommandLineOption(QStringLiteral("mbox"), tr("Write the folder to this mbox file (mboxrd)."), QStringLiteral("FILE")));
    p.addOption(QCommandLineOption(QStringLiteral("eml"), tr("Write the message, exactly as received, to this file."), QStringLiteral("FILE")));
    int code = ExitOk;
    if (!ctx.parse(p, args, code))
        return code;
    if (p.positionalArguments().size() != 1 || p.isSet(QStringLiteral("mbox")) == p.isSet(QStringLiteral("eml")))
        return ctx.output->usage(tr("export needs FOLDER --mbox FILE, or ID --eml FILE"));
    if (!ctx.openProfile())
        return ctx.openError();
    transfer::Exporter exporter(ctx.profile->db());
    if (p.isSet(QStringLiteral("eml"))) {
        bool ok = false;
        const qint64 id = p.positionalArguments().first().toLongLong(&ok);
        if (!ok)
            return ctx.output->usage(tr("--eml needs a message id"));
        const bool replacing = QFileInfo::exists(p.value(QStringLiteral("eml")));
        if (Status s = exporter.exportMessage(id, p.value(QStringLiteral("eml"))); !s.ok()) {
            if (s.error().code == ErrorCode::NoSuchMessage)
                return ctx.output->usage(tr("no message %1").arg(id));
            return ctx.output->fail(s.error());
        }
        if (replacing)
            ctx.output->err()
                << "postbag: "
                << tr("replaced the file that was at %1").arg(p.value(QStringLiteral("eml")))
                << '\n';
        return ExitOk;
    }
    FolderNames names;
    if (!names.load(ctx.profile->db(), *ctx.output, code))
        return code;
    const auto folder = names.resolve(p.positionalArguments().first(), *ctx.output, code);
    if (!folder)
        return code;
    const bool replacing = QFileInfo::exists(p.value(QStringLiteral("mbox")));
    auto report = exporter.exportFolder(*folder, p.value(QStringLiteral("mbox")));
    if (!report.ok())
        return ctx.output->fail(report.error());
    if (replacing)
        ctx.output->err()
            << "postbag: "
            << tr("replaced the file that was at %1").arg(p.value(QStringLiteral("mbox"))) << '\n';
    if (report->headersOnly > 0)
        ctx.output->err() << "postbag: "
                          << tr("%n message(s) had only their headers downloaded and were exported "
                                "without their body (open each and download the rest first)",
                                nullptr, int(report->headersOnly))
                          << '\n';
    ctx.output->out() << tr("Exported %n message(s) to %1.", nullptr, int(report->messages)).arg(p.value(QStringLiteral("mbox"))) << '\n';
    return ExitOk;
}

} // namespace postbag::app
