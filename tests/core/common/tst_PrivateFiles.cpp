// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/PrivateFiles.h"
#include "core/common/ProtocolLog.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace postbag;

namespace {
const auto kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                     QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

bool privateTo(const QString& path)
{
    return QFileInfo::exists(path) && (QFileInfo(path).permissions() & kOthers) == 0;
}
} // namespace

// Whatever the umask, what Postbag makes is its owner's only.
class tst_PrivateFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    mode_t m_umask = 0;

private Q_SLOTS:
    void init() { m_umask = ::umask(022); }
    void cleanup() { ::umask(m_umask); }

    void foldersAreMadePrivateAtEveryLevel()
    {
        const QString deep = m_dir.filePath(QStringLiteral("a/b/c"));
        QVERIFY(PrivateFiles::makeFolder(deep));
        for (const QString& level :
             {QStringLiteral("a"), QStringLiteral("a/b"), QStringLiteral("a/b/c")})
            QVERIFY2(privateTo(m_dir.filePath(level)), qPrintable(level));
        QVERIFY(PrivateFiles::makeFolder(deep)); // already there
        QVERIFY(PrivateFiles::makeFile(m_dir.filePath(QStringLiteral("a/file"))));
        QVERIFY(!PrivateFiles::makeFolder(m_dir.filePath(QStringLiteral("a/file/below"))));
    }

    void filesAreMadeOrNarrowedPrivate()
    {
        const QString fresh = m_dir.filePath(QStringLiteral("fresh"));
        QVERIFY(PrivateFiles::makeFile(fresh));
        QVERIFY(privateTo(fresh));
        const QString open = m_dir.filePath(QStringLiteral("open"));
        QFile f(open);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("kept");
        f.close();
        QVERIFY(!privateTo(open));
        QVERIFY(PrivateFiles::makeFile(open));
        QVERIFY(privateTo(open));
        QCOMPARE(QFileInfo(open).size(), 4); // narrowed, not emptied
        QVERIFY(PrivateFiles::narrowIfPresent(m_dir.filePath(QStringLiteral("absent"))));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("absent"))));
    }

    void theProtocolLogIsPrivate()
    {
        const QString path = m_dir.filePath(QStringLiteral("pop3.log"));
        ProtocolLog log;
        QVERIFY(log.addFileSink(path));
        QVERIFY(privateTo(path));
    }
};

QTEST_GUILESS_MAIN(tst_PrivateFiles)
#include "tst_PrivateFiles.moc"
