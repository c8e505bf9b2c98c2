// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace postbag::app {

// Finds one of Postbag's own modules next to the running binary (in the build tree beside it,
// once installed in <prefix>/lib/postbag) and resolves its entry point. Why: what only some
// commands need (the window, the keyring) is kept out of every start of `postbag`. Guarantees: a
// module is never unloaded once loaded; a failure says where it looked and the loader's reason.
// The binary's directory, symbolic links resolved, comes from Qt when an application object
// exists (QCoreApplication::applicationDirPath(), as for the keyring), otherwise (the window module
// makes its own QApplication) from the dynamic loader: dladdr() on an object of the binary names
// the file it was started as, a path or a bare name that was found through PATH.
class ModuleLoader
{
public:
    struct Entry
    {
        QFunctionPointer function = nullptr;
        QString problem; // when `function` is null: the places searched or the loader's reasons
    };

    [[nodiscard]] static Entry resolve(const QString& fileName, const char* symbol);
    // The running binary's directory; empty when it cannot be told.
    [[nodiscard]] static QString binaryDirectory();
    // Where `fileName` is looked for, first match wins.
    [[nodiscard]] static QStringList candidates(const QString& binaryDir, const QString& fileName);
};

} // namespace postbag::app
