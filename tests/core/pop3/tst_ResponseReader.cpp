// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pop3/ResponseReader.h"

#include <QTest>

using namespace postbag;
using namespace postbag::pop3;

namespace {

// Records every event as text, so a whole read is one string to compare.
class Recorder final : public ResponseHandler
{
public:
    QByteArray events;
    QByteArray body;
    int chunks = 0;
    void onStatus(bool ok, QByteArrayView text) override
    {
        events += (ok ? "OK(" : "ERR(") + text.toByteArray() + ")";
    }
    void onContinuation(QByteArrayView text) override { events += "CONT(" + text.toByteArray() + ")"; }
    void onDataLine(QByteArrayView line) override { events += "LINE(" + line.toByteArray() + ")"; }
    void onOverlongDataLine() override { events += "OVERLONG"; }
    void onBodyChunk(QByteArrayView chunk) override
    {
        body += chunk;
        ++chunks;
    }
    void onEnd() override { events += "END[" + body + "]"; body.clear(); }
    void onProtocolError(ErrorCode code, QByteArrayView) override
    {
        events += "PROTO(" + codeName(code).toLatin1() + ")";
    }
};

QByteArray readAll(const QList<ResponseReader::Shape>& shapes, const QList<QByteArrayView>& parts)
{
    Recorder r;
    ResponseReader reader(r);
    qsizetype next = 0;
    // Expect the next shape whenever the reader becomes idle, as the session does.
    auto expectNext = [&] {
        if (!reader.inResponse() && next < shapes.size())
            reader.expect(shapes[next++]);
    };
    expectNext();
    for (QByteArrayView part : parts) {
        for (qsizetype i = 0; i < part.size();) {
            // Feed up to the point where a response may end, so expectations can follow.
            reader.feed(part.sliced(i, 1));
            ++i;
            expectNext();
        }
    }
    return r.events;
}

QByteArray readWhole(const QList<ResponseReader::Shape>& shapes, QByteArrayView wire)
{
    Recorder r;
    ResponseReader reader(r);
    // One read holding every response: the reader keeps what follows the first response until
    // the next expectation is set, as it is when the session queues the next command.
    reader.expect(shapes.first());
    reader.feed(wire);
    for (qsizetype i = 1; i < shapes.size(); ++i)
        reader.expect(shapes[i]);
    return r.events;
}

} // namespace

class tst_ResponseReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusLines_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QByteArray>("events");
        QTest::newRow("ok") << QByteArray("+OK hello\r\n") << QByteArray("OK(hello)");
        QTest::newRow("ok bare") << QByteArray("+OK\r\n") << QByteArray("OK()");
        QTest::newRow("err with code") << QByteArray("-ERR [IN-USE] locked\r\n") << QByteArray("ERR([IN-USE] locked)");
        QTest::newRow("lf only") << QByteArray("+OK hi\n") << QByteArray("OK(hi)");
        QTest::newRow("lower case") << QByteArray("+ok fine\r\n") << QByteArray("OK(fine)");
        QTest::newRow("8-bit text") << QByteArray("-ERR \xe9t\xe9\r\n") << QByteArray("ERR(\xe9t\xe9)");
        QTest::newRow("garbage") << QByteArray("HTTP/1.1 400\r\n") << QByteArray("PROTO(MalformedResponse)");
        QTest::newRow("okay is not ok") << QByteArray("+OKAY\r\n") << QByteArray("PROTO(MalformedResponse)");
    }
    void statusLines()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QByteArray, events);
        QCOMPARE(readAll({ResponseReader::Shape::Status}, {wire}), events);
    }

    void multiLineListIsUnstuffedAtEverySplit()
    {
        const QByteArray wire = "+OK 2 messages\r\n1 abc\r\n..2 dotted\r\n.\r\n";
        const QByteArray want = "OK(2 messages)LINE(1 abc)LINE(.2 dotted)END[]";
        for (qsizetype split = 0; split <= wire.size(); ++split) {
            Recorder r;
            ResponseReader reader(r);
            reader.expect(ResponseReader::Shape::Lines);
            reader.feed(QByteArrayView(wire).first(split));
            reader.feed(QByteArrayView(wire).sliced(split));
            QCOMPARE(r.events, want);
        }
        QCOMPARE(readAll({ResponseReader::Shape::Lines}, {wire}), want);
    }

    void errEndsMultiLine()
    {
        QCOMPARE(readAll({ResponseReader::Shape::Lines, ResponseReader::Shape::Status},
                         {"-ERR no CAPA\r\n+OK next\r\n"}),
                 QByteArray("ERR(no CAPA)OK(next)"));
    }

    void bodyIsUnstuffedAndEndingsKept_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("crlf") << QByteArray("+OK\r\nSubject: x\r\n\r\n..dot\r\n.\r\n")
                              << QByteArray("Subject: x\r\n\r\n.dot\r\n");
        QTest::newRow("lf only") << QByteArray("+OK\nSubject: x\n\n..dot\n.\n")
                                 << QByteArray("Subject: x\n\n.dot\n");
        QTest::newRow("lone dot-cr-x is content") << QByteArray("+OK\r\n.\rx\r\n.\r\n")
                                                   << QByteArray("\rx\r\n");
        QTest::newRow("dot inside line") << QByteArray("+OK\r\na.b\r\n.\r\n") << QByteArray("a.b\r\n");
        QTest::newRow("empty body") << QByteArray("+OK\r\n.\r\n") << QByteArray();
        QTest::newRow("binary and NUL") << QByteArray("+OK\r\n\x00\xff\x80\r\n.\r\n", 14)
                                        << QByteArray("\x00\xff\x80\r\n", 5);
        QTest::newRow("double dot line") << QByteArray("+OK\r\n..\r\n.\r\n") << QByteArray(".\r\n");
        QTest::newRow("bare cr inside") << QByteArray("+OK\r\na\rb\r\n.\r\n") << QByteArray("a\rb\r\n");
    }
    void bodyIsUnstuffedAndEndingsKept()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QByteArray, body);
        const QByteArray want = "OK()END[" + body + "]";
        QCOMPARE(readAll({ResponseReader::Shape::Body}, {wire}), want);
        for (qsizetype a = 0; a <= wire.size(); ++a) {
            for (qsizetype b = a; b <= wire.size(); ++b) {
                Recorder r;
                ResponseReader reader(r);
                reader.expect(ResponseReader::Shape::Body);
                reader.feed(QByteArrayView(wire).first(a));
                reader.feed(QByteArrayView(wire).sliced(a, b - a));
                reader.feed(QByteArrayView(wire).sliced(b));
                QCOMPARE(r.events, want);
            }
        }
    }

    void bodyArrivesInFewChunks()
    {
        QByteArray wire = "+OK\r\n";
        for (int i = 0; i < 1000; ++i)
            wire += "line " + QByteArray::number(i) + "\r\n";
        wire += ".\r\n";
        Recorder r;
        ResponseReader reader(r);
        reader.expect(ResponseReader::Shape::Body);
        reader.feed(wire);
        QCOMPARE(r.chunks, 1); // no stuffed dots: one contiguous chunk, no per-line work
    }

    void saslContinuations()
    {
        QCOMPARE(readAll({ResponseReader::Shape::Sasl}, {"+ PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2U+\r\n+\r\n+OK welcome\r\n"}),
                 QByteArray("CONT(PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2U+)CONT()OK(welcome)"));
    }

    void overlongStatusIsAProtocolError()
    {
        const QByteArray wire = "+OK " + QByteArray(ResponseReader::kMaxStatusLine + 10, 'a');
        QCOMPARE(readAll({ResponseReader::Shape::Status}, {wire}), QByteArray("PROTO(LineTooLong)"));
    }

    void overlongDataLineIsSkippedAndReadingStaysInStep()
    {
        const QByteArray wire = "+OK\r\n1 a\r\n" + QByteArray(ResponseReader::kMaxDataLine + 5, 'x')
                                + "\r\n2 b\r\n.\r\n+OK after\r\n";
        const QByteArray want = "OK()LINE(1 a)OVERLONGLINE(2 b)END[]OK(after)";
        QCOMPARE(readWhole({ResponseReader::Shape::Lines, ResponseReader::Shape::Status}, wire), want);
        QCOMPARE(readAll({ResponseReader::Shape::Lines, ResponseReader::Shape::Status}, {wire}), want);
    }

    void unaskedFloodIsAProtocolError()
    {
        Recorder r;
        ResponseReader reader(r);
        reader.feed(QByteArray(ResponseReader::kMaxStatusLine + 1, 'z'));
        QCOMPARE(r.events, QByteArray("PROTO(MalformedResponse)"));
    }

    void resetDropsBufferedBytes()
    {
        Recorder r;
        ResponseReader reader(r);
        reader.feed("+OK injected\r\n");
        reader.reset();
        reader.expect(ResponseReader::Shape::Status);
        reader.feed("+OK real\r\n");
        QCOMPARE(r.events, QByteArray("OK(real)"));
    }
};

QTEST_GUILESS_MAIN(tst_ResponseReader)
#include "tst_ResponseReader.moc"
