// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/ProtocolLog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace postbag;
using S = ProtocolLog::Sensitivity;

class tst_ProtocolLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redaction_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("secret");
        QTest::addColumn<QByteArray>("logged");
        QTest::newRow("user is kept") << QByteArray("USER bob\r\n") << false << QByteArray("USER bob");
        QTest::newRow("pass unmarked") << QByteArray("PASS hunter2\r\n") << false << QByteArray("PASS <redacted>");
        QTest::newRow("pass lower case") << QByteArray("pass hunter2") << false << QByteArray("pass <redacted>");
        QTest::newRow("pass with spaces") << QByteArray("PASS a b c") << false << QByteArray("PASS <redacted>");
        QTest::newRow("apop") << QByteArray("APOP bob c4c9334bac560ecc979e58001b3e22fb") << false << QByteArray("APOP bob <redacted>");
        QTest::newRow("auth with initial response") << QByteArray("AUTH PLAIN AGJvYgBodW50ZXIy") << false << QByteArray("AUTH PLAIN <redacted>");
        QTest::newRow("auth without") << QByteArray("AUTH CRAM-MD5") << false << QByteArray("AUTH CRAM-MD5");
        QTest::newRow("sasl continuation") << QByteArray("dGltIGI5MTNhNjAy") << true << QByteArray("<redacted>");
        QTest::newRow("retr is kept") << QByteArray("RETR 1") << false << QByteArray("RETR 1");
    }
    void redaction()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, secret);
        QFETCH(QByteArray, logged);
        QCOMPARE(ProtocolLog::redactClientLine(line, secret ? S::Secret : S::Plain), logged);
    }

    void fileSinkIsPrivateAndRedacted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pop3.log"));
        ProtocolLog log;
        QVERIFY(!log.isEnabled());
        QVERIFY(log.addFileSink(path));
        log.client("USER bob");
        log.client("PASS hunter2");
        log.server("+OK fine");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("C: USER bob"));
        QVERIFY(text.contains("S: +OK fine"));
        QVERIFY(!text.contains("hunter2"));
        QCOMPARE(f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    }

    void disabledLogDoesNothing()
    {
        ProtocolLog log;
        int calls = 0;
        log.client("USER x");
        QCOMPARE(calls, 0);
        log.addSink([&](const ProtocolLog::Entry&) { ++calls; });
        log.client("USER x");
        QCOMPARE(calls, 1);
    }
};

QTEST_GUILESS_MAIN(tst_ProtocolLog)
#include "tst_ProtocolLog.moc"
