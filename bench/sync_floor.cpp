// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_floor.h"

#include "core/net/SslTransport.h"
#include "core/pop3/Client.h"

#include <QEventLoop>
#include <cstdio>

namespace postbag::bench {

using namespace postbag::pop3;

int runFloorClient(const QStringList& args)
{
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: --floor-client HOST PORT none|tls PIN USER PASSWORD\n");
        return 1;
    }
    Client client(std::make_unique<net::SslTransport>());
    Endpoint e;
    e.host = args.at(0);
    e.port = quint16(args.at(1).toUInt());
    e.security = args.at(2) == QStringLiteral("tls") ? Security::ImplicitTls : Security::None;
    e.pinnedSha256 = QByteArray::fromHex(args.at(3).toLatin1());
    LoginOptions o;
    o.credentials.user = args.at(4);
    o.credentials.secret = args.at(5);
    o.auth.allowInsecure = true;
    o.allowPipelining = true;
    o.pipelineWindow = 1 << 24;

    QEventLoop loop;
    QString failure;
    int count = 0;
    int done = 0;
    qint64 bytes = 0;
    auto fail = [&](const Error& error) {
        if (failure.isEmpty())
            failure = error.toLogString();
        loop.quit();
    };
    client.connectAndLogin(e, o, [&](Result<LoginInfo> login) {
        if (!login.ok())
            return fail(login.error());
        client.session().stat([&](Result<StatInfo> stat) {
            if (!stat.ok())
                return fail(stat.error());
            count = stat.value().count;
            if (count == 0)
                return loop.quit();
            for (int n = 1; n <= count; ++n) {
                client.session().retr(
                    n, [&](QByteArrayView chunk) { bytes += chunk.size(); },
                    [&](Result<qint64> r) {
                        if (!r.ok())
                            return fail(r.error());
                        if (++done == count)
                            loop.quit();
                    });
            }
        });
    });
    loop.exec();
    if (failure.isEmpty()) {
        client.quit([&](Status s) {
            if (!s.ok())
                failure = s.error().toLogString();
            loop.quit();
        });
        loop.exec();
    }
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "floor client: %s\n", qPrintable(failure));
        return 1;
    }
    std::printf("%d %lld\n", done, static_cast<long long>(bytes));
    return 0;
}

} // namespace postbag::bench
