// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/autoconfig/IspdbParser.h"
#include "tests/core/autoconfig/IspdbSamples.h"

#include <QTest>

using namespace postbag;
using namespace postbag::autoconfig;
using namespace Qt::StringLiterals;
using postbag::autoconfig::samples::kTypicalIspdb;

namespace {

const QString kAddress = QStringLiteral("jane.doe@example.test");

} // namespace

class tst_IspdbParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typicalDocument();
    void documents_data();
    void documents();
    void malformedKeepsWhatCameBefore();
    void entityExpansionDoesNotExplode();
    void outgoingServerOfTheTypicalDocument();
    void outgoingServers_data();
    void outgoingServers();
};

void tst_IspdbParser::typicalDocument()
{
    const IspdbResult r = parseIspdb(kTypicalIspdb, kAddress, Source::IspAutoconfig,
                                     QStringLiteral("https://autoconfig.example.test/x"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.providerName, QStringLiteral("Example Mail"));
    QCOMPARE(r.domains,
             (QStringList{QStringLiteral("example.test"), QStringLiteral("example.org")}));
    QCOMPARE(r.servers.size(), 2);
    const ServerCandidate& a = r.servers.at(0);
    QCOMPARE(a.host, QStringLiteral("pop.example.test"));
    QCOMPARE(a.port, quint16(995));
    QCOMPARE(a.security, transport::Security::ImplicitTls);
    QCOMPARE(a.username, QStringLiteral("jane.doe"));
    QCOMPARE(a.source, Source::IspAutoconfig);
    QCOMPARE(a.sourceDetail, QStringLiteral("https://autoconfig.example.test/x"));
    QCOMPARE(a.providerName, QStringLiteral("Example Mail"));
    QCOMPARE(a.authentication, QStringList{QStringLiteral("password-cleartext")});
    QVERIFY(a.notes.isEmpty());
    const ServerCandidate& b = r.servers.at(1);
    QCOMPARE(b.host, QStringLiteral("pop.example.test")); // %EMAILDOMAIN% substituted
    QCOMPARE(b.port, quint16(110));
    QCOMPARE(b.security, transport::Security::StartTls);
    QCOMPARE(b.username, kAddress);
    QCOMPARE(b.authentication.size(), 2);
    QVERIFY(!b.notes.contains(ProviderNote::OAuthOnly)); // a password method is offered too
}

void tst_IspdbParser::documents_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QStringList>("expected"); // "host:port:security:username"
    QTest::addColumn<bool>("wellFormed");

    auto server = [](const char* type, const char* host, const char* port, const char* socket,
                     const char* user = "%EMAILADDRESS%") -> QByteArray {
        return QByteArray("<incomingServer type=\"") + type + "\"><hostname>" + host +
               "</hostname><port>" + port + "</port><socketType>" + socket +
               "</socketType><username>" + user + "</username></incomingServer>";
    };
    auto doc = [](const QByteArray& servers) -> QByteArray {
        return QByteArray("<clientConfig version=\"1.1\"><emailProvider id=\"x\">"
                          "<displayName>X</displayName>") +
               servers + "</emailProvider></clientConfig>";
    };

    QTest::newRow("imap only gives nothing")
        << doc(server("imap", "imap.x.test", "993", "SSL")) << QStringList{} << true;
    QTest::newRow("exchange and imap only") << doc(server("exchange", "x.test", "443", "SSL") +
                                                   server("imap", "i.x.test", "143", "STARTTLS"))
                                            << QStringList{} << true;
    QTest::newRow("several pop3 servers in document order")
        << doc(server("pop3", "a.x.test", "995", "SSL") + server("imap", "i.x.test", "993", "SSL") +
               server("pop3", "b.x.test", "110", "STARTTLS") +
               server("POP3", "c.x.test", "110", "plain"))
        << QStringList{u"a.x.test:995:2:jane.doe@example.test"_s,
                       u"b.x.test:110:1:jane.doe@example.test"_s,
                       u"c.x.test:110:0:jane.doe@example.test"_s}
        << true;
    QTest::newRow("bad ports are skipped")
        << doc(server("pop3", "a.x.test", "0", "SSL") + server("pop3", "b.x.test", "65536", "SSL") +
               server("pop3", "c.x.test", "99x", "SSL") + server("pop3", "d.x.test", "", "SSL") +
               server("pop3", "e.x.test", "-995", "SSL") +
               server("pop3", "ok.x.test", " 995 ", "SSL"))
        << QStringList{u"ok.x.test:995:2:jane.doe@example.test"_s} << true;
    QTest::newRow("unknown socket type and missing host are skipped")
        << doc(server("pop3", "a.x.test", "995", "QUIC") + server("pop3", "", "995", "SSL") +
               server("pop3", "two words", "995", "SSL") +
               server("pop3", "ok.x.test", "110", "starttls"))
        << QStringList{u"ok.x.test:110:1:jane.doe@example.test"_s} << true;
    QTest::newRow("missing username means the address")
        << doc("<incomingServer type=\"pop3\"><hostname>p.x.test</hostname><port>995</port>"
               "<socketType>SSL</socketType></incomingServer>")
        << QStringList{u"p.x.test:995:2:jane.doe@example.test"_s} << true;
    QTest::newRow("unknown elements everywhere are tolerated")
        << QByteArray("<clientConfig version=\"1.1\"><future a=\"1\"><x><y/></x></future>"
                      "<emailProvider id=\"x\"><newThing>1</newThing>"
                      "<incomingServer type=\"pop3\"><hostname>p.x.test</hostname>"
                      "<extra><nested>deep</nested></extra><port>995</port>"
                      "<socketType>SSL</socketType><username>%EMAILLOCALPART%@x</username>"
                      "</incomingServer></emailProvider></clientConfig>")
        << QStringList{u"p.x.test:995:2:jane.doe@x"_s} << true;
    QTest::newRow("empty document") << QByteArray() << QStringList{} << false;
    QTest::newRow("not xml at all")
        << QByteArray("<html><body>404 Not Found</body></html>") << QStringList{} << true;
    QTest::newRow("binary garbage")
        << QByteArray("\x00\xff\xfe<\x01>", 6) << QStringList{} << false;
    QTest::newRow("truncated inside a server")
        << QByteArray("<clientConfig><emailProvider id=\"x\"><incomingServer type=\"pop3\">"
                      "<hostname>p.x.test</hostname><port>995")
        << QStringList{} << false;
    QTest::newRow("mismatched tags")
        << QByteArray("<clientConfig><emailProvider></clientConfig>") << QStringList{} << false;
    QTest::newRow("markup inside a value")
        << doc("<incomingServer type=\"pop3\"><hostname>p.x<b>.test</b></hostname><port>995</port>"
               "<socketType>SSL</socketType></incomingServer>")
        << QStringList{u"p.x:995:2:jane.doe@example.test"_s} << true;
    // A line break in a host or login would end a command early: such an entry is skipped.
    QTest::newRow("line breaks in the host or the login")
        << doc(server("pop3", "p.x.test&#10;QUIT", "995", "SSL") +
               server("pop3", "p.x.test", "995", "SSL", "jane&#13;&#10;QUIT") +
               server("pop3", "p.x.test", "995", "SSL", "jane"))
        << QStringList{u"p.x.test:995:2:jane"_s} << true;
}

void tst_IspdbParser::documents()
{
    QFETCH(QByteArray, xml);
    QFETCH(QStringList, expected);
    QFETCH(bool, wellFormed);
    const IspdbResult r = parseIspdb(xml, kAddress);
    QStringList got;
    for (const ServerCandidate& c : r.servers)
        got << QStringLiteral("%1:%2:%3:%4")
                   .arg(c.host)
                   .arg(c.port)
                   .arg(int(c.security))
                   .arg(c.username);
    QCOMPARE(got, expected);
    QCOMPARE(r.error.isEmpty(), wellFormed);
}

void tst_IspdbParser::malformedKeepsWhatCameBefore()
{
    QByteArray xml = kTypicalIspdb;
    xml.truncate(xml.indexOf("<outgoingServer"));
    xml += "<outgoingServer type=\"smtp\"><hostname>&bogus;</hostname>";
    const IspdbResult r = parseIspdb(xml, kAddress);
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(r.servers.size(), 2);
    QCOMPARE(r.servers.at(0).providerName, QStringLiteral("Example Mail"));
}

void tst_IspdbParser::entityExpansionDoesNotExplode()
{
    QByteArray xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">";
    QByteArray previous = "lol";
    for (int i = 1; i <= 9; ++i) {
        const QByteArray name = "lol" + QByteArray::number(i);
        xml += "<!ENTITY " + name + " \"" + QByteArray("&" + previous + ";").repeated(10) + "\">";
        previous = name;
    }
    xml += "]><clientConfig><emailProvider><displayName>&lol9;</displayName>"
           "<incomingServer type=\"pop3\"><hostname>p.x.test</hostname><port>995</port>"
           "<socketType>SSL</socketType></incomingServer></emailProvider></clientConfig>";
    const IspdbResult r = parseIspdb(xml, kAddress);
    QVERIFY(!r.error.isEmpty()); // refused, not expanded to a billion "lol"s
    QVERIFY(r.providerName.size() < 100000);
}

void tst_IspdbParser::outgoingServerOfTheTypicalDocument()
{
    const IspdbResult r = parseIspdb(kTypicalIspdb, kAddress, Source::WellKnown, u"detail"_s);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.servers.size(), 2); // the POP3 servers, as before
    QCOMPARE(r.outgoing.size(), 1);
    const ServerCandidate& c = r.outgoing.first();
    QCOMPARE(c.service, Service::Submission);
    QCOMPARE(c.host, u"smtp.example.test"_s);
    QCOMPARE(c.port, quint16(465));
    QCOMPARE(c.security, transport::Security::ImplicitTls);
    QCOMPARE(c.username, kAddress); // no <username>: the address
    QCOMPARE(c.source, Source::WellKnown);
    QCOMPARE(c.sourceDetail, u"detail"_s);
    QCOMPARE(c.providerName, u"Example Mail"_s);
    QVERIFY(c.authentication.isEmpty());
    for (const ServerCandidate& pop3 : r.servers)
        QCOMPARE(pop3.service, Service::Pop3);
}

void tst_IspdbParser::outgoingServers_data()
{
    QTest::addColumn<QByteArray>("servers");
    QTest::addColumn<QStringList>("expected"); // host:port:security:user[:auth...]
    QTest::addColumn<bool>("wellFormed");
    const QByteArray ssl465 = "<outgoingServer type=\"smtp\"><hostname>smtp.a.test</hostname>"
                              "<port>465</port><socketType>SSL</socketType>"
                              "<username>%EMAILLOCALPART%</username>"
                              "<authentication>password-cleartext</authentication>"
                              "<addThisServer>true</addThisServer></outgoingServer>";
    QTest::newRow("whole, with Thunderbird's extra elements")
        << ssl465 << QStringList{u"smtp.a.test:465:2:jane.doe:password-cleartext"_s} << true;
    QTest::newRow("STARTTLS, plain and placeholders in the host")
        << QByteArray("<outgoingServer type=\"SMTP\"><hostname>smtp.%EMAILDOMAIN%</hostname>"
                      "<port> 587 </port><socketType>starttls</socketType>"
                      "<username>%EMAILADDRESS%</username><authentication>OAuth2</authentication>"
                      "<authentication>password-encrypted</authentication></outgoingServer>"
                      "<outgoingServer type=\"smtp\"><hostname>relay.a.test</hostname>"
                      "<port>25</port><socketType>plain</socketType>"
                      "<authentication>none</authentication></outgoingServer>")
        << QStringList{u"smtp.example.test:587:1:jane.doe@example.test:OAuth2:password-encrypted"_s,
                       u"relay.a.test:25:0:jane.doe@example.test:none"_s}
        << true;
    QTest::newRow("fields in any order, unknown children skipped")
        << QByteArray("<outgoingServer type=\"smtp\"><socketType>TLS</socketType>"
                      "<useGlobalPreferredServer>false</useGlobalPreferredServer>"
                      "<port>465</port><x><hostname>decoy.test</hostname></x>"
                      "<hostname>smtp.b.test</hostname></outgoingServer>")
        << QStringList{u"smtp.b.test:465:2:jane.doe@example.test"_s} << true;
    QTest::newRow("missing fields are skipped")
        << QByteArray("<outgoingServer type=\"smtp\"><port>465</port>"
                      "<socketType>SSL</socketType></outgoingServer>"
                      "<outgoingServer type=\"smtp\"><hostname>smtp.c.test</hostname>"
                      "<socketType>SSL</socketType></outgoingServer>"
                      "<outgoingServer type=\"smtp\"><hostname>smtp.c.test</hostname>"
                      "<port>465</port></outgoingServer>"
                      "<outgoingServer><hostname>smtp.c.test</hostname><port>465</port>"
                      "<socketType>SSL</socketType></outgoingServer>")
        << QStringList{} << true;
    QTest::newRow("hostile values are skipped")
        << QByteArray("<outgoingServer type=\"smtp\"><hostname>evil host</hostname><port>465</port>"
                      "<socketType>SSL</socketType></outgoingServer>"
                      "<outgoingServer type=\"smtp\"><hostname>smtp.d.test&#10;QUIT</hostname>"
                      "<port>465</port><socketType>SSL</socketType></outgoingServer>"
                      "<outgoingServer type=\"smtp\"><hostname>smtp.d.test</hostname>"
                      "<port>65536</port><socketType>SSL</socketType></outgoingServer>"
                      "<outgoingServer type=\"smtp\"><hostname>smtp.d.test</hostname>"
                      "<port>-465</port><socketType>SSL</socketType></outgoingServer>"
                      "<outgoingServer type=\"smtp\"><hostname>smtp.d.test</hostname>"
                      "<port>465</port><socketType>SSLv2</socketType></outgoingServer>"
                      "<outgoingServer type=\"smtp\"><hostname>%UNKNOWN%.d.test</hostname>"
                      "<port>465</port><socketType>SSL</socketType></outgoingServer>"
                      "<outgoingServer type=\"smtp\"><hostname>smtp.d.test</hostname>"
                      "<port>465</port><socketType>SSL</socketType>"
                      "<username>jane&#13;&#10;MAIL FROM:&lt;x&gt;</username></outgoingServer>"
                      "<outgoingServer type=\"exchange\"><hostname>ews.d.test</hostname>"
                      "<port>443</port><socketType>SSL</socketType></outgoingServer>"
                      "<outgoingServer type=\"smtp\"><hostname>ok.d.test</hostname>"
                      "<port>587</port><socketType>STARTTLS</socketType></outgoingServer>")
        << QStringList{u"ok.d.test:587:1:jane.doe@example.test"_s} << true;
    QTest::newRow("an outgoing server inside an incoming one is not one")
        << QByteArray("<incomingServer type=\"imap\"><outgoingServer type=\"smtp\">"
                      "<hostname>smtp.e.test</hostname><port>465</port>"
                      "<socketType>SSL</socketType></outgoingServer></incomingServer>")
        << QStringList{} << true;
    QTest::newRow("malformed after the first keeps the first")
        << ssl465 + "<outgoingServer type=\"smtp\"><hostname>smtp.f.test</hostname><port>"
        << QStringList{u"smtp.a.test:465:2:jane.doe:password-cleartext"_s} << false;
}

void tst_IspdbParser::outgoingServers()
{
    QFETCH(QByteArray, servers);
    QFETCH(QStringList, expected);
    QFETCH(bool, wellFormed);
    const QByteArray xml = "<?xml version=\"1.0\"?><clientConfig version=\"1.1\">"
                           "<emailProvider id=\"a.test\"><displayName>A</displayName>" +
                           servers + (wellFormed ? "</emailProvider></clientConfig>" : "");
    const IspdbResult r = parseIspdb(xml, kAddress);
    QStringList got;
    for (const ServerCandidate& c : r.outgoing) {
        QCOMPARE(c.service, Service::Submission);
        QStringList parts{c.host, QString::number(c.port), QString::number(int(c.security)),
                          c.username};
        got << (parts + c.authentication).join(u':');
    }
    QCOMPARE(got, expected);
    QVERIFY(r.servers.isEmpty()); // never a POP3 server
    QCOMPARE(r.error.isEmpty(), wellFormed);
}

QTEST_GUILESS_MAIN(tst_IspdbParser)
#include "tst_IspdbParser.moc"
