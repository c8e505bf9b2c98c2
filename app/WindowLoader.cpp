// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/WindowLoader.h"

#include "app/WindowModule.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <cstdio>

namespace postbag::app {

QStringList WindowLoader::candidates(const QString& binaryDir)
{
    const QDir dir(binaryDir);
    return {dir.filePath(QStringLiteral(POSTBAG_WINDOW_MODULE)),
            QDir::cleanPath(
                dir.filePath(QStringLiteral("../" POSTBAG_MODULE_DIR "/" POSTBAG_WINDOW_MODULE)))};
}

int WindowLoader::run(int& argc, char** argv)
{
    // No QCoreApplication may exist yet (the module creates the QApplication), so the binary's
    // own path comes from the kernel.
    const QString binary = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    const QStringList paths = candidates(QFileInfo(binary).absolutePath());
    QStringList problems;
    for (const QString& path : paths) {
        if (!QFileInfo::exists(path))
            continue;
        // Never unloaded: the window's objects live until the process ends.
        auto* library = new QLibrary(path);
        auto entry = reinterpret_cast<PostbagWindowMain>(library->resolve(POSTBAG_WINDOW_ENTRY));
        if (entry)
            return entry(&argc, argv);
        problems << library->errorString();
    }
    if (problems.isEmpty())
        problems << QStringLiteral("not found in %1").arg(paths.join(QStringLiteral(", ")));
    std::fprintf(stderr,
                 "postbag: cannot open the window: %s\n"
                 "The command line works without it: postbag --help\n",
                 qPrintable(problems.join(QStringLiteral("; "))));
    return 1;
}

} // namespace postbag::app
