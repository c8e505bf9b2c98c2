// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demo/DemoMailbox.h"

#include <QDir>
#include <QFile>

namespace postbag::app {

QList<QByteArray> DemoMailbox::messages()
{
    QList<QByteArray> out;
    const QDir dir(QStringLiteral(":/demo"));
    const QStringList names = dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        QByteArray bytes = file.readAll();
        bytes.replace("\r\n", "\n");
        bytes.replace("\n", "\r\n");
        out.append(bytes);
    }
    return out;
}

} // namespace postbag::app
