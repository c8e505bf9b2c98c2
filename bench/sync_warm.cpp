// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_warm.h"

#include <QDirIterator>
#include <QFile>

namespace postbag::bench {

qint64 warmFiles(const QString& dir)
{
    qint64 total = 0;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (qint64 n; (n = f.read(buffer.data(), buffer.size())) > 0;)
            total += n;
    }
    return total;
}

} // namespace postbag::bench
