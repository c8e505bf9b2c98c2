// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync job against scripted servers that behave like ones in the wild at login: one that
// hides mail with UTF-8 headers from clients that do not send RFC 6856's UTF8, and one whose
// greeting offers APOP to a user it has no APOP secret for. The real message must arrive.
#include "SyncFixture.h"
#include "tests/support/ScriptedPop3Server.h"

using namespace postbag;
using namespace postbag::testing;

namespace {
// Courier's "Cannot display Unicode content" stands in for the message for a client that never
// said UTF8; the original is what must be stored.
const QByteArray kOriginal = "From: J\xc3\xb6rg <joerg@example.org>\r\n"
                             "To: Ren\xc3\xa9 <rene@example.org>\r\n"
                             "Subject: Gr\xc3\xbc\xc3\x9f"
                             "e aus K\xc3\xb6ln\r\n"
                             "Message-ID: <utf8-1@example.org>\r\n"
                             "Content-Type: text/plain; charset=utf-8\r\n"
                             "Content-Transfer-Encoding: 8bit\r\n\r\n"
                             "Sch\xc3\xb6ne Gr\xc3\xbc\xc3\x9f"
                             "e\r\n";

// After login: CAPA, STAT, UIDL, LIST and RETR of the one message, then QUIT.
Pop3Script oneMessage(Pop3Script s)
{
    s.expect("CAPA").line("+OK").line("USER").line("UIDL").line("UTF8").line(".");
    s.expect("STAT").line("+OK 1 " + QByteArray::number(kOriginal.size()));
    s.expect("UIDL").line("+OK").line("1 utf8-1").line(".");
    s.expect("LIST").line("+OK").line("1 " + QByteArray::number(kOriginal.size())).line(".");
    s.expect("RETR 1").line("+OK").send(kOriginal).line(".");
    return s.expect("QUIT").line("+OK");
}

sync::SyncRequest scripted(const ScriptedPop3Server& server, qint64 account, qint64 inbox)
{
    return SyncFixture::scriptedRequest(server.host(), server.port(), account, inbox);
}

QByteArray storedMessage(SyncFixture& f, qint64 inbox)
{
    store::MessageStore messages(*f.db);
    const auto ids = messages.ids(inbox);
    if (!ids.ok() || ids->size() != 1)
        return {};
    const auto raw = messages.raw(ids->first());
    return raw.ok() ? raw.value() : QByteArray();
}
} // namespace

class tst_SyncJobLogin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void utf8OfferedIsSentAndTheOriginalMessageIsStored()
    {
        ScriptedPop3Server server;
        Pop3Script s;
        s.line("+OK ready")
            .expect("CAPA")
            .line("+OK")
            .line("USER")
            .line("UIDL")
            .line("UTF8")
            .line(".");
        // A client that goes on without UTF8 gets the notice instead of the message: the script
        // has only the honest path, so leaving UTF8 out is a mismatch.
        s.expect("UTF8").line("+OK UTF8 enabled");
        s.expect("USER u").line("+OK").expect("PASS p").line("+OK");
        server.addConnection(oneMessage(s));

        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(QStringLiteral("utf8"));
        const auto r = f.run(scripted(server, account, inbox));
        QVERIFY2(r.ok(), qPrintable(server.transcript()));
        QCOMPARE(r.downloaded, 1);
        QCOMPARE(storedMessage(f, inbox), kOriginal);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }

    void apopRejectedStillDownloadsWithUserPass()
    {
        ScriptedPop3Server server;
        Pop3Script s;
        s.line("+OK POP3 ready <4711.1733580000@pop.example.net>").expect("CAPA").line("+OK");
        s.line("USER").line("UIDL").line("RESP-CODES").line("AUTH-RESP-CODE").line(".");
        s.expect("APOP u *").line("-ERR [AUTH] Bad login");
        s.expect("USER u").line("+OK").expect("PASS p").line("+OK");
        // The UTF8 listed after login still comes before the first RETR.
        s.expect("CAPA").line("+OK").line("USER").line("UIDL").line("UTF8").line(".");
        s.expect("UTF8").line("+OK UTF8 enabled");
        s.expect("STAT").line("+OK 1 " + QByteArray::number(kOriginal.size()));
        s.expect("UIDL").line("+OK").line("1 utf8-1").line(".");
        s.expect("LIST").line("+OK").line("1 " + QByteArray::number(kOriginal.size())).line(".");
        s.expect("RETR 1").line("+OK").send(kOriginal).line(".");
        server.addConnection(s.expect("QUIT").line("+OK"));

        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(QStringLiteral("apop"));
        const auto r = f.run(scripted(server, account, inbox));
        QVERIFY2(r.ok(), qPrintable((r.error ? r.error->toLogString() : QString()) + u'\n' +
                                    server.transcript()));
        QCOMPARE(r.downloaded, 1);
        QCOMPARE(storedMessage(f, inbox), kOriginal);
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.transcript()));
    }
};

QTEST_GUILESS_MAIN(tst_SyncJobLogin)
#include "tst_SyncJobLogin.moc"
