// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ModuleLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QStandardPaths>
#include <dlfcn.h>

namespace postbag::app {

QStringList ModuleLoader::candidates(const QString& binaryDir, const QString& fileName)
{
    const QDir dir(binaryDir);
    return {dir.filePath(fileName),
            QDir::cleanPath(dir.filePath(QStringLiteral("../" POSTBAG_MODULE_DIR "/") + fileName))};
}

QString ModuleLoader::binaryDirectory()
{
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    static const char anchor = 0;
    Dl_info info{};
    if (dladdr(&anchor, &info) == 0 || info.dli_fname == nullptr || *info.dli_fname == '\0')
        return {};
    const QString started = QFile::decodeName(info.dli_fname);
    const QString path = started.contains(u'/') ? started : QStandardPaths::findExecutable(started);
    const QString binary = QFileInfo(path).canonicalFilePath();
    return binary.isEmpty() ? QString() : QFileInfo(binary).absolutePath();
}

ModuleLoader::Entry ModuleLoader::resolve(const QString& fileName, const char* symbol)
{
    const QString binaryDir = binaryDirectory();
    if (binaryDir.isEmpty())
        return {nullptr, QStringLiteral("the running binary's directory is unknown")};
    const QStringList paths = candidates(binaryDir, fileName);
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
