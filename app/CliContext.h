// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/KeyringLoader.h"
#include "app/Output.h"
#include "app/Profile.h"
#include "core/account/CommandCredentialStore.h"
#include "core/sync/SyncTypes.h"

#include <QCommandLineParser>
#include <QDir>

namespace postbag::app {

// What every command gets: the parsed profile option, the output, and the real parts wired by the
// composition root (transport factory, credential stores).
struct CliContext
{
    QString profileDir;
    Output* output = nullptr;
    sync::TransportFactory transports;
    KeyringLoader keyring;
    account::CommandCredentialStore passwordCommand;
    std::unique_ptr<Profile> profile;

    // Opens the profile on first use; prints the error and returns nullptr when it cannot. Only
    // commands that bring mail or accounts in (`make`) create a profile that is not there.
    Profile* openProfile(bool make = false)
    {
        if (!profile && !make && !Profile::exists(profileDir)) {
            m_openError = output->usage(
                QCoreApplication::translate("postbag::app",
                                            "no profile in %1 (made by 'account add', 'import' or "
                                            "the window)")
                    .arg(QDir(profileDir.isEmpty() ? Profile::defaultDirectory() : profileDir)
                             .absolutePath()));
            return nullptr;
        }
        if (!profile) {
            auto p = Profile::open(profileDir);
            if (!p.ok()) {
                m_openError = output->fail(p.error());
                return nullptr;
            }
            profile = std::move(p).value();
        }
        return profile.get();
    }
    [[nodiscard]] int openError() const { return m_openError; }

    // Parses a command's own arguments (args[0] is the command path for messages); more than
    // `maxPositionals` arguments besides the options (-1: any number) is a usage error.
    bool parse(QCommandLineParser& parser, const QStringList& args, int& exitCode,
               int maxPositionals = -1)
    {
        parser.addHelpOption();
        if (!parser.parse(args)) {
            exitCode = output->usage(parser.errorText());
            return false;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            output->out() << parser.helpText();
            exitCode = ExitOk;
            return false;
        }
        if (maxPositionals >= 0 && parser.positionalArguments().size() > maxPositionals) {
            exitCode = output->usage(
                QCoreApplication::translate("postbag::app", "unexpected argument '%1'")
                    .arg(parser.positionalArguments().value(maxPositionals)));
            return false;
        }
        return true;
    }

private:
    int m_openError = ExitFailure;
};

int runAccountCommand(CliContext& ctx, const QStringList& args);
int runAccountTest(CliContext& ctx, const QStringList& args);
int runSyncCommand(CliContext& ctx, const QStringList& args);
int runFoldersCommand(CliContext& ctx, const QStringList& args);
int runListCommand(CliContext& ctx, const QStringList& args);
int runSearchCommand(CliContext& ctx, const QStringList& args);
int runShowCommand(CliContext& ctx, const QStringList& args);
int runImportCommand(CliContext& ctx, const QStringList& args);
int runExportCommand(CliContext& ctx, const QStringList& args);
int runSendCommand(CliContext& ctx, const QStringList& args);
int runOutboxCommand(CliContext& ctx, const QStringList& args);
// Sends the account's due outbox items now and reports how item `itemId` ended (the exit code).
int sendQueued(CliContext& ctx, qint64 accountId, qint64 itemId);

} // namespace postbag::app
