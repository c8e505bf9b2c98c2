// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of the POP3 response reader on multi-megabyte dot-stuffed RETR data, side by side
// with the classic line-at-a-time reader most clients use (readLine, check for ".", unstuff,
// append). Prints MB/s and the ratio; `--smoke` runs a tiny input once, for ctest.
#include "core/pop3/ResponseReader.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace postbag;
using namespace postbag::pop3;

namespace {

// Realistic mail lines: mostly 60-78 characters, a few long ones, 3% starting with a dot.
QByteArray makeWireMessage(qsizetype bytes)
{
    QRandomGenerator rng(42);
    QByteArray wire = "+OK message follows\r\n";
    wire.reserve(bytes + 1024);
    while (wire.size() < bytes) {
        const int len = rng.bounded(100) < 2 ? 900 : 60 + int(rng.bounded(19));
        QByteArray line(len, 'x');
        for (int i = 0; i < len; i += 7)
            line[i] = char('a' + rng.bounded(26));
        if (rng.bounded(100) < 3)
            line.prepend(".."); // a stuffed dot
        wire += line + "\r\n";
    }
    wire += ".\r\n";
    return wire;
}

class Sink final : public ResponseHandler
{
public:
    qint64 bytes = 0;
    bool ended = false;
    void onStatus(bool, QByteArrayView) override {}
    void onContinuation(QByteArrayView) override {}
    void onDataLine(QByteArrayView) override {}
    void onOverlongDataLine() override {}
    void onBodyChunk(QByteArrayView c) override { bytes += c.size(); }
    void onEnd() override { ended = true; }
    void onProtocolError(ErrorCode, QByteArrayView) override {}
};

qint64 runPostbag(const QByteArray& wire, qsizetype chunk)
{
    Sink sink;
    ResponseReader reader(sink);
    reader.expect(ResponseReader::Shape::Body);
    for (qsizetype i = 0; i < wire.size(); i += chunk)
        reader.feed(QByteArrayView(wire).sliced(i, std::min(chunk, wire.size() - i)));
    return sink.ended ? sink.bytes : -1;
}

// The baseline: buffer the read, take one line at a time, copy it out.
qint64 runLineByLine(const QByteArray& wire, qsizetype chunk)
{
    QByteArray buffer, message;
    bool status = true;
    for (qsizetype i = 0; i < wire.size(); i += chunk) {
        buffer.append(QByteArrayView(wire).sliced(i, std::min(chunk, wire.size() - i)));
        qsizetype pos = 0;
        for (;;) {
            const qsizetype nl = buffer.indexOf('\n', pos);
            if (nl < 0)
                break;
            QByteArray line = buffer.mid(pos, nl + 1 - pos);
            pos = nl + 1;
            if (status) {
                status = false;
                continue;
            }
            if (line == ".\r\n")
                return message.size();
            if (line.startsWith('.'))
                line.remove(0, 1);
            message += line;
        }
        buffer.remove(0, pos);
    }
    return -1;
}

template<typename F>
double medianMBps(F run, const QByteArray& wire, int rounds)
{
    std::vector<double> rates;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        const qint64 n = run(wire, 64 * 1024);
        const double secs = double(t.nsecsElapsed()) / 1e9;
        if (n < 0) {
            std::fprintf(stderr, "reader did not reach the terminator\n");
            return 0;
        }
        rates.push_back(double(wire.size()) / 1e6 / secs);
    }
    std::sort(rates.begin(), rates.end());
    return rates[rates.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
    const qsizetype size = smoke ? 256 * 1024 : 64 * 1024 * 1024;
    const int rounds = smoke ? 1 : 7;
    const QByteArray wire = makeWireMessage(size);
    if (runPostbag(wire, 64 * 1024) != runLineByLine(wire, 64 * 1024)) {
        std::fprintf(stderr, "readers disagree on the message\n");
        return 1;
    }
    const double ours = medianMBps(runPostbag, wire, rounds);
    const double base = medianMBps(runLineByLine, wire, rounds);
    std::printf("POP3 RETR reader, %.0f MB dot-stuffed input in 64 KiB reads (median of %d)\n",
                double(wire.size()) / 1e6, rounds);
    std::printf("  %-28s %10.0f MB/s\n", "postbag ResponseReader", ours);
    std::printf("  %-28s %10.0f MB/s\n", "line-at-a-time baseline", base);
    std::printf("  ratio                        %10.1fx\n", base > 0 ? ours / base : 0.0);
    std::printf("  target >= 1000 MB/s: %s\n", ours >= 1000 ? "met" : "NOT met");
    return 0;
}
