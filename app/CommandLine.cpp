// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CommandLine.h"

#include "app/CliContext.h"
#include "core/net/SslTransport.h"

#include <QCommandLineParser>

namespace postbag::app {

namespace {
//: The command list of postbag --help; keep the command words and options in English.
const char* const kHelp = QT_TRANSLATE_NOOP("CommandLine", R"(Commands:
  account add|list|remove|test   manage POP3 accounts
  sync [--account NAME]          download new mail from all (or one) accounts
  folders                        list folders with unread and total counts
  list FOLDER                    list the messages of a folder
  search QUERY                   search all mail (from:, subject:, has:attachment, ...)
  show ID [--raw]                print a message (--raw: the exact stored bytes)
  import FILE --folder FOLDER    import an mbox file, a Maildir or an .eml file
  export FOLDER --mbox FILE      write a folder to an mbox file (ID --eml FILE: one message)
Add --json to folders, list, search, sync, import and account list for output
meant for scripts.
Exit codes: 0 ok, 1 failure, 2 usage, 3 authentication, 4 connection or TLS, 5 server busy
(try later), 6 local storage.)");
//: The sending commands of postbag --help, after the other commands; keep the command words
//: and options in English.
const char* const kSendHelp = QT_TRANSLATE_NOOP("CommandLine", R"(Sending:
  account edit NAME [options]    change an account (any option of account add,
                                 e.g. --smtp-host HOST for its outgoing server)
  send --from ADDRESS --to ADDRESS --subject TEXT [--attach FILE]   (text from stdin)
  send --eml FILE                send a prepared message as it is
  outbox [--json]                list the outbox (retry|discard|mark-sent ID)
Exit codes of send and outbox retry: 7 queued but not yet sent, 8 may have been
sent (never sent again by itself).)");
} // namespace

bool CommandLine::isCommand(const QStringList& arguments)
{
    // The window takes only --profile DIR and --demo; anything else is for the command line,
    // which also turns an unknown command or option into a usage error.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == u"--profile") {
            ++i;
            continue;
        }
        if (a.startsWith(u"--profile="))
            continue;
        if (a == u"--demo")
            continue;
        return true;
    }
    return false;
}

int CommandLine::run(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("CommandLine", "Postbag, a desktop POP3 mail client.")
                                     + u'\n' + QCoreApplication::translate("CommandLine", kHelp) + u'\n'
                                     + QCoreApplication::translate("CommandLine", kSendHelp));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QCoreApplication::translate("CommandLine", "The profile folder (default: %1).")
                                         .arg(Profile::defaultDirectory()),
                                     QStringLiteral("DIR"));
    parser.addOption(profile);
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("CommandLine", "The command to run."));
    Output quiet(false);
    if (!parser.parse(app.arguments()))
        return quiet.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || rest.isEmpty())
        parser.showHelp(ExitOk);

    if (parser.isSet(profile) && parser.value(profile).isEmpty())
        return quiet.usage(QCoreApplication::translate("CommandLine", "--profile needs a folder"));
    const bool json = rest.contains(QStringLiteral("--json"));
    Output output(json);
    CliContext ctx;
    ctx.profileDir = parser.value(profile);
    ctx.output = &output;
    ctx.transports = [] { return std::make_unique<net::SslTransport>(); };
    QStringList args = rest;
    const QString command = args.first();
    args.first() = QStringLiteral("postbag ") + command;
    return output.finish(dispatch(ctx, command, args));
}

int CommandLine::dispatch(CliContext& ctx, const QString& command, const QStringList& args)
{
    if (command == u"account")
        return runAccountCommand(ctx, args);
    if (command == u"sync")
        return runSyncCommand(ctx, args);
    if (command == u"folders")
        return runFoldersCommand(ctx, args);
    if (command == u"list")
        return runListCommand(ctx, args);
    if (command == u"search")
        return runSearchCommand(ctx, args);
    if (command == u"show")
        return runShowCommand(ctx, args);
    if (command == u"import")
        return runImportCommand(ctx, args);
    if (command == u"export")
        return runExportCommand(ctx, args);
    if (command == u"send")
        return runSendCommand(ctx, args);
    if (command == u"outbox")
        return runOutboxCommand(ctx, args);
    return ctx.output->usage(
        QCoreApplication::translate("CommandLine", "unknown command '%1'").arg(command));
}

} // namespace postbag::app
