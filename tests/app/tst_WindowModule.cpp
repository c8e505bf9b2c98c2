// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window lives in a module the `postbag` binary loads only when no command is given: the
// window opens through it, and a binary without its module says so while its commands still work.
#include "tests/support/WindowProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_WindowModule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void windowOpensThroughTheModule()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const QString problem =
            postbag::testing::windowOpens(QStringLiteral(POSTBAG_EXECUTABLE), profile.path());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The binary is found where it really lies: started by a bare name through PATH, from another
    // directory, and through a symbolic link there (app/ModuleLoader.h, packaging/README.md).
    void windowOpensWhenStartedByNameThroughALink()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString linkDir = dir.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(linkDir));
        QVERIFY(QFile::link(QFileInfo(QStringLiteral(POSTBAG_EXECUTABLE)).absoluteFilePath(),
                            linkDir + QStringLiteral("/postbag")));
        // The shell looks the bare name up in PATH and passes it on as the program's name.
        const QString starter = dir.filePath(QStringLiteral("start-postbag"));
        QFile script(starter);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\ncd /\nPATH='" + QFile::encodeName(linkDir) +
                     "':\"$PATH\" exec postbag \"$@\"\n");
        script.close();
        QVERIFY(QFile::setPermissions(starter, QFileDevice::ReadOwner | QFileDevice::ExeOwner));

        const QString problem =
            postbag::testing::windowOpens(starter, dir.filePath(QStringLiteral("p")));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void binaryWithoutItsModuleSaysSoAndItsCommandsStillWork()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString lonely = dir.filePath(QStringLiteral("postbag"));
        QVERIFY(QFile::copy(QStringLiteral(POSTBAG_EXECUTABLE), lonely));
        QVERIFY(QFile::setPermissions(lonely, QFileDevice::ReadOwner | QFileDevice::ExeOwner));

        QProcess window;
        window.start(lonely, {QStringLiteral("--profile"), dir.filePath(QStringLiteral("p"))});
        QVERIFY(window.waitForFinished(30000));
        QCOMPARE(window.exitCode(), 1);
        const QString err = QString::fromLocal8Bit(window.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("cannot open the window")), qPrintable(err));
        QVERIFY2(err.contains(dir.filePath(QStringLiteral("postbag-window.so"))), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("postbag --help")), qPrintable(err));

        QProcess version;
        version.start(lonely, {QStringLiteral("--version")});
        QVERIFY(version.waitForFinished(30000));
        QCOMPARE(version.exitCode(), 0);
        QVERIFY(version.readAllStandardOutput().startsWith("postbag "));
    }
};

QTEST_GUILESS_MAIN(tst_WindowModule)
#include "tst_WindowModule.moc"
