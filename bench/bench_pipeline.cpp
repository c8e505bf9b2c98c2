// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Picks the pipelining window: retrieves the same mailbox from a real Dovecot with windows of
// 1 (no pipelining) to 64 commands, directly on loopback and through a relay that adds a round
// trip of 20 ms (both on 127.0.0.1). Prints seconds per window side by side. `--smoke`: tiny run.
#include "core/net/SslTransport.h"
#include "core/pop3/Client.h"
#include "sync_relay.h"
#include "tests/support/DovecotServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <cstdio>
#include <cstring>

using namespace postbag;
using namespace postbag::pop3;

namespace {

double retrieveAll(quint16 port, int window, int count)
{
    Client client(std::make_unique<net::SslTransport>());
    Endpoint e;
    e.host = QStringLiteral("127.0.0.1");
    e.port = port;
    e.security = Security::None;
    LoginOptions o;
    o.credentials.user = QStringLiteral("bench");
    o.credentials.secret = QStringLiteral("pw");
    o.auth.allowInsecure = true;
    o.auth.preference = AuthMethod::UserPass;
    o.allowPipelining = window > 1;
    o.pipelineWindow = window;
    QEventLoop loop;
    bool ok = false;
    client.connectAndLogin(e, o, [&](Result<LoginInfo> r) {
        ok = r.ok();
        loop.quit();
    });
    loop.exec();
    if (!ok)
        return -1;
    QElapsedTimer t;
    t.start();
    int done = 0;
    qint64 bytes = 0;
    for (int n = 1; n <= count; ++n) {
        client.session().retr(
            n, [&](QByteArrayView c) { bytes += c.size(); },
            [&](Result<qint64>) {
                if (++done == count)
                    loop.quit();
            });
    }
    loop.exec();
    const double secs = double(t.nsecsElapsed()) / 1e9;
    client.quit([&](Status) { loop.quit(); });
    loop.exec();
    return secs;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
    const int count = smoke ? 20 : 400;
    testing::DovecotServer dovecot;
    if (!dovecot.addUser(QStringLiteral("bench"), QStringLiteral("pw")) || !dovecot.start()) {
        std::fprintf(stderr, "cannot start Dovecot: %s\n", qPrintable(dovecot.errorString()));
        return 1;
    }
    for (int i = 0; i < count; ++i) {
        QByteArray m = "Subject: bench " + QByteArray::number(i) + "\r\n\r\n";
        const int lines = 20 + (i * 37) % 80; // 1.5 to 6 KB, typical mail
        for (int l = 0; l < lines; ++l)
            m += QByteArray(70, char('a' + (i + l) % 26)) + "\r\n";
        if (!dovecot.deliver(QStringLiteral("bench"), m))
            return 1;
    }
    bench::DelayRelay relay(dovecot.plainPort(), 20);
    const QList<int> windows = smoke ? QList<int>{1, 16} : QList<int>{1, 2, 4, 8, 16, 32, 64};
    std::printf("RETR of %d messages from Dovecot, seconds (lower is better)\n", count);
    std::printf("  %-8s %12s %16s\n", "window", "loopback", "20 ms round trip");
    for (int w : windows) {
        const double direct = retrieveAll(dovecot.plainPort(), w, count);
        const double delayed = retrieveAll(relay.port(), w, count);
        std::printf("  %-8d %12.3f %16.3f\n", w, direct, delayed);
    }
    return 0;
}
