// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for tst_DovecotServer: a "test" that starts a DovecotServer, prints
// "FIXTURE <master pid> <directory>" and then, depending on POSTBAG_FIXTURE_MODE, fails
// deliberately ("fail") or waits to be SIGKILLed by the parent ("wait"). The parent then checks
// that nothing of that Dovecot instance is left behind.
#include "tests/support/DovecotServer.h"

#include <QCoreApplication>
#include <QTest>
#include <QTimer>
#include <cstdio>

using postbag::testing::DovecotServer;

class FixtureChild : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliberatelyFailing()
    {
        DovecotServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        std::printf("FIXTURE %lld %s\n", server.masterPid(), qPrintable(server.directory()));
        std::fflush(stdout);
        if (qgetenv("POSTBAG_FIXTURE_MODE") == "fail")
            QFAIL("deliberate failure with a running DovecotServer");
        // "wait": the parent kills us; give up on our own after a minute.
        QEventLoop loop;
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        QFAIL("was not killed");
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    FixtureChild test;
    return QTest::qExec(&test, argc, argv);
}

#include "dovecot_fixture_child.moc"
