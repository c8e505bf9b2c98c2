// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionCheck against the suite's real Dovecot (STLS and implicit TLS with the pinned
// certificate, a wrong password) and the scripted server for a STARTTLS port without STLS: each
// step is reported as it passes, a failure names its step, `finished` comes once.
#include "core/doctor/ConnectionCheck.h"
#include "core/net/SslTransport.h"
#include "tests/support/DovecotServer.h"
#include "tests/support/ScriptedPop3Server.h"

#include <QTest>
#include <memory>

using namespace postbag;
using namespace postbag::doctor;
using namespace postbag::testing;
using namespace Qt::StringLiterals;
using Step = ConnectionCheck::Step;

namespace {

struct Checked
{
    QList<ConnectionCheck::Outcome> outcomes;
    QList<std::pair<Step, QString>> passed;

    [[nodiscard]] QList<Step> steps() const
    {
        QList<Step> out;
        for (const auto& p : passed)
            out.append(p.first);
        return out;
    }
};

Checked runCheck(const transport::Endpoint& endpoint, const QString& user, const QString& secret)
{
    Checked out;
    ConnectionCheck check([] { return std::make_unique<net::SslTransport>(); });
    QObject::connect(&check, &ConnectionCheck::stepPassed, &check,
                     [&out](Step s, const QString& detail) {
                         out.passed.append({s, detail});
                     });
    QObject::connect(&check, &ConnectionCheck::finished, &check,
                     [&out](const ConnectionCheck::Outcome& o) { out.outcomes.append(o); });
    pop3::LoginOptions login;
    login.credentials.user = user;
    login.credentials.secret = secret;
    check.start(endpoint, login);
    if (!QTest::qWaitFor([&] { return !out.outcomes.isEmpty(); }, 30000))
        qWarning("the check did not finish");
    return out;
}

transport::Endpoint endpoint(const QString& host, quint16 port, transport::Security security,
                             const QByteArray& pin = {})
{
    transport::Endpoint e;
    e.host = host;
    e.port = port;
    e.security = security;
    e.pinnedSha256 = pin;
    return e;
}

} // namespace

class tst_ConnectionCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_dovecot = std::make_unique<DovecotServer>();
        QVERIFY(m_dovecot->addUser(u"alice"_s, u"secret"_s));
        QVERIFY(m_dovecot->start());
    }
    void cleanupTestCase() { m_dovecot.reset(); }

    void stlsWithThePinnedCertificate()
    {
        const Checked c =
            runCheck(endpoint(m_dovecot->host(), m_dovecot->plainPort(),
                              transport::Security::StartTls, m_dovecot->certificateSha256()),
                     u"alice"_s, u"secret"_s);
        QCOMPARE(c.outcomes.size(), 1);
        const ConnectionCheck::Outcome& o = c.outcomes.first();
        QVERIFY2(o.ok, qPrintable(o.error ? o.error->toLogString() : QString()));
        QCOMPARE(c.steps(), (QList<Step>{Step::Resolve, Step::Connect, Step::Tls,
                                         Step::Capabilities, Step::Login, Step::Done}));
        QCOMPARE(c.passed.at(0).second, u"127.0.0.1"_s);
        QCOMPARE(c.passed.at(1).second, u"127.0.0.1:%1"_s.arg(m_dovecot->plainPort()));
        QCOMPARE(c.passed.at(2).second, u"STARTTLS"_s);
        QCOMPARE(o.failedAt, Step::Done);
        QCOMPARE(o.addresses, QStringList{u"127.0.0.1"_s});
        QVERIFY(o.info.encrypted);
    }

    void implicitTlsWithThePinnedCertificate()
    {
        const Checked c =
            runCheck(endpoint(m_dovecot->host(), m_dovecot->tlsPort(),
                              transport::Security::ImplicitTls, m_dovecot->certificateSha256()),
                     u"alice"_s, u"secret"_s);
        QCOMPARE(c.outcomes.size(), 1);
        QVERIFY(c.outcomes.first().ok);
        QCOMPARE(c.steps(), (QList<Step>{Step::Resolve, Step::Connect, Step::Tls,
                                         Step::Capabilities, Step::Login, Step::Done}));
        QCOMPARE(c.passed.at(2).second, QString()); // TLS came with the connection
    }

    void wrongPasswordFailsAtLogin()
    {
        const Checked c =
            runCheck(endpoint(m_dovecot->host(), m_dovecot->plainPort(),
                              transport::Security::StartTls, m_dovecot->certificateSha256()),
                     u"alice"_s, u"wrong"_s);
        QCOMPARE(c.outcomes.size(), 1);
        const ConnectionCheck::Outcome& o = c.outcomes.first();
        QVERIFY(!o.ok);
        QCOMPARE(o.failedAt, Step::Login);
        QVERIFY(o.error);
        QCOMPARE(o.error->code, ErrorCode::WrongCredentials);
        QCOMPARE(c.steps(),
                 (QList<Step>{Step::Resolve, Step::Connect, Step::Tls, Step::Capabilities}));
    }

    void stlsMissingStopsBeforeTheLogin()
    {
        ScriptedPop3Server server;
        server.addConnection(u"S: +OK ready\nC: CAPA\nS: +OK\nS: USER\nS: .\n!expect-close");
        const Checked c =
            runCheck(endpoint(server.host(), server.port(), transport::Security::StartTls),
                     u"alice"_s, u"secret"_s);
        QCOMPARE(c.outcomes.size(), 1);
        const ConnectionCheck::Outcome& o = c.outcomes.first();
        QVERIFY(!o.ok);
        QCOMPARE(o.error->code, ErrorCode::StlsUnavailable);
        QCOMPARE(o.failedAt, Step::Tls);
        QCOMPARE(c.steps(), (QList<Step>{Step::Resolve, Step::Connect}));
        QTRY_VERIFY2(server.isDone(), qPrintable(server.transcript()));
        QCOMPARE(server.mismatches(), QStringList());
    }

private:
    std::unique_ptr<DovecotServer> m_dovecot;
};

QTEST_GUILESS_MAIN(tst_ConnectionCheck)
#include "tst_ConnectionCheck.moc"
