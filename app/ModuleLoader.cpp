// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ModuleLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace postbag::app {

QStringList ModuleLoader::candidates(const QString& binaryDir, const QString& fileName)
{
    const QDir dir(binaryDir);
    return {dir.filePath(fileName),
            QDir::cleanPath(dir.filePath(QStringLiteral("../" POSTBAG_MODULE_DIR "/") + fileName))};
}

ModuleLoader::Entry ModuleLoader::resolve(const QString& fileName, const char* symbol)
{
    // The binary's own path comes from the kernel: no QCoreApplication may exist yet (the window
    // module creates a QApplication).
    const QString binary = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    const QStringList paths = candidates(QFileInfo(binary).absolutePath(), fileName);
    QStringList problems;
    for (const QString& path : paths) {
        if (!QFileInfo::exists(path))
            continue;
        // Stays loaded when `library` goes (QLibrary unloads only when told to): objects the
        // module made may live until the process ends.
        QLibrary library(path);
        if (const QFunctionPointer function = library.resolve(symbol))
            return {function, {}};
        problems << library.errorString();
    }
    if (problems.isEmpty())
        problems << QStringLiteral("not found in %1").arg(paths.join(QStringLiteral(", ")));
    return {nullptr, problems.join(QStringLiteral("; "))};
}

} // namespace postbag::app
