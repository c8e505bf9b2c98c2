// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/autoconfig/ProviderPresets.h"

#include <QSet>
#include <QTest>

using namespace postbag;
using namespace postbag::autoconfig;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(postbag::transport::Security)

class tst_ProviderPresets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bigProviders_data();
    void bigProviders();
    void gmailNotes();
    void outlookRefusesPasswords();
    void unknownDomainHasNoPreset();
    void domainMatchIsExactAndCaseInsensitive();
    void everyPresetIsWellFormed();
    void mxDomainOfAHostedDomain();
    void submissionServers_data();
    void submissionServers();
    void submissionKeepsOnlyTheNotesForSending();
    void submissionOfAHostedDomain();
    void everySubmissionEndpointIsWellFormed();
};

void tst_ProviderPresets::bigProviders_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("provider");
    QTest::newRow("gmail") << "ann@gmail.com"
                           << "pop.gmail.com" << 995 << "ann@gmail.com"
                           << "Gmail";
    QTest::newRow("googlemail") << "ann@googlemail.com"
                                << "pop.gmail.com" << 995 << "ann@googlemail.com"
                                << "Gmail";
    QTest::newRow("outlook") << "bo@outlook.com"
                             << "outlook.office365.com" << 995 << "bo@outlook.com"
                             << "Outlook.com";
    QTest::newRow("hotmail") << "bo@hotmail.com"
                             << "outlook.office365.com" << 995 << "bo@hotmail.com"
                             << "Outlook.com";
    QTest::newRow("live") << "bo@live.com"
                          << "outlook.office365.com" << 995 << "bo@live.com"
                          << "Outlook.com";
    QTest::newRow("msn") << "bo@msn.com"
                         << "outlook.office365.com" << 995 << "bo@msn.com"
                         << "Outlook.com";
    QTest::newRow("yahoo") << "cy@yahoo.com"
                           << "pop.mail.yahoo.com" << 995 << "cy@yahoo.com"
                           << "Yahoo Mail";
    QTest::newRow("aol") << "di@aol.com"
                         << "pop.aol.com" << 995 << "di@aol.com"
                         << "AOL Mail";
    QTest::newRow("gmx.net") << "ed@gmx.net"
                             << "pop.gmx.net" << 995 << "ed@gmx.net"
                             << "GMX";
    QTest::newRow("gmx.de") << "ed@gmx.de"
                            << "pop.gmx.net" << 995 << "ed@gmx.de"
                            << "GMX";
    QTest::newRow("gmx.com") << "ed@gmx.com"
                             << "pop.gmx.com" << 995 << "ed@gmx.com"
                             << "GMX";
    QTest::newRow("web.de local part") << "fe@web.de"
                                       << "pop3.web.de" << 995 << "fe"
                                       << "WEB.DE";
    QTest::newRow("yandex") << "gu@yandex.ru"
                            << "pop.yandex.com" << 995 << "gu@yandex.ru"
                            << "Yandex Mail";
    QTest::newRow("mail.ru") << "ha@mail.ru"
                             << "pop.mail.ru" << 995 << "ha@mail.ru"
                             << "Mail.ru";
    QTest::newRow("zoho") << "iv@zoho.com"
                          << "pop.zoho.com" << 995 << "iv@zoho.com"
                          << "Zoho Mail";
    QTest::newRow("fastmail") << "jo@fastmail.com"
                              << "pop.fastmail.com" << 995 << "jo@fastmail.com"
                              << "Fastmail";
}

void tst_ProviderPresets::bigProviders()
{
    QFETCH(QString, address);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, username);
    QFETCH(QString, provider);
    const auto c = presetFor(address);
    QVERIFY(c.has_value());
    QCOMPARE(c->host, host);
    QCOMPARE(int(c->port), port);
    QCOMPARE(c->security, transport::Security::ImplicitTls);
    QCOMPARE(c->username, username);
    QCOMPARE(c->providerName, provider);
    QCOMPARE(c->source, Source::Preset);
    QVERIFY(!c->sourceDetail.isEmpty());
    QVERIFY(!c->verified);
}

void tst_ProviderPresets::gmailNotes()
{
    const auto c = presetFor(QStringLiteral("x@gmail.com"));
    QVERIFY(c);
    QVERIFY(c->notes.contains(ProviderNote::EnablePopInWebSettings));
    QVERIFY(c->notes.contains(ProviderNote::AppPasswordRequired));
    QVERIFY(c->notes.contains(ProviderNote::GmailRecentMode));
    QVERIFY(!c->notes.contains(ProviderNote::OAuthOnly));
    QCOMPARE(gmailRecentModeUsername(c->username), QStringLiteral("recent:x@gmail.com"));
    QCOMPARE(gmailRecentModeUsername(QStringLiteral("recent:x@gmail.com")),
             QStringLiteral("recent:x@gmail.com"));
}

void tst_ProviderPresets::outlookRefusesPasswords()
{
    const auto c = presetFor(QStringLiteral("x@hotmail.co.uk"));
    QVERIFY(c);
    QVERIFY(c->notes.contains(ProviderNote::OAuthOnly));
    QCOMPARE(c->authentication, QStringList{QStringLiteral("OAuth2")});
    const auto zoho = presetFor(QStringLiteral("x@zohomail.com"));
    QVERIFY(zoho);
    QVERIFY(zoho->notes.contains(ProviderNote::PaidPlanOnly));
}

void tst_ProviderPresets::unknownDomainHasNoPreset()
{
    QVERIFY(!presetFor(QStringLiteral("user@example.test")));
    QVERIFY(!presetFor(QStringLiteral("no-at-sign")));
    QVERIFY(!presetFor(QString()));
    // A subdomain of a provider is somebody else's domain.
    QVERIFY(!presetFor(QStringLiteral("user@corp.gmail.com.example")));
    QVERIFY(!presetFor(QStringLiteral("user@notgmail.com")));
}

void tst_ProviderPresets::domainMatchIsExactAndCaseInsensitive()
{
    const auto c = presetFor(QStringLiteral("  Ann.Lee@GMail.COM "));
    QVERIFY(c);
    QCOMPARE(c->host, QStringLiteral("pop.gmail.com"));
    QCOMPARE(c->username, QStringLiteral("Ann.Lee@GMail.COM")); // as typed, trimmed
    const auto webde = presetFor(QStringLiteral("first.last@WEB.DE"));
    QVERIFY(webde);
    QCOMPARE(webde->username, QStringLiteral("first.last"));
}

void tst_ProviderPresets::everyPresetIsWellFormed()
{
    QSet<QString> ids;
    QSet<QString> domains;
    QVERIFY(allPresets().size() >= 10);
    for (const ProviderPreset& p : allPresets()) {
        QVERIFY2(!ids.contains(p.id), qPrintable(p.id));
        ids.insert(p.id);
        QVERIFY(!p.displayName.isEmpty());
        QVERIFY(!p.host.isEmpty());
        QVERIFY(p.port > 0);
        QVERIFY2(p.security != transport::Security::None, qPrintable(p.id));
        QVERIFY(p.usernamePattern.contains(u'%'));
        for (const QString& d : p.domains) {
            QCOMPARE(d, d.toLower());
            QVERIFY2(!domains.contains(d), qPrintable(d)); // each domain in one preset only
            domains.insert(d);
        }
    }
}

void tst_ProviderPresets::mxDomainOfAHostedDomain()
{
    const auto c = presetForMxDomain(QStringLiteral("google.com"), QStringLiteral("me@my.org"));
    QVERIFY(c);
    QCOMPARE(c->host, QStringLiteral("pop.gmail.com"));
    QCOMPARE(c->username, QStringLiteral("me@my.org"));
    QCOMPARE(c->source, Source::MxDomain);
    QVERIFY(!presetForMxDomain(QStringLiteral("example.net"), QStringLiteral("me@my.org")));
}

namespace {
// "host:port:tls|starttls|none user" per candidate, in the preset's order.
QStringList describe(const QList<ServerCandidate>& candidates)
{
    QStringList out;
    for (const ServerCandidate& c : candidates) {
        const QString security = c.security == transport::Security::ImplicitTls ? u"tls"_qs
                                 : c.security == transport::Security::StartTls  ? u"starttls"_qs
                                                                                : u"none"_qs;
        out.append(c.endpointKey() + u':' + security + u' ' + c.username);
    }
    return out;
}
} // namespace

void tst_ProviderPresets::submissionServers_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("gmail") << u"ann@gmail.com"_qs
                           << QStringList{u"smtp.gmail.com:465:tls ann@gmail.com"_qs,
                                          u"smtp.gmail.com:587:starttls ann@gmail.com"_qs};
    QTest::newRow("outlook") << u"bo@hotmail.com"_qs
                             << QStringList{u"smtp.office365.com:587:starttls bo@hotmail.com"_qs};
    QTest::newRow("yahoo") << u"cy@ymail.com"_qs
                           << QStringList{u"smtp.mail.yahoo.com:465:tls cy@ymail.com"_qs,
                                          u"smtp.mail.yahoo.com:587:starttls cy@ymail.com"_qs};
    QTest::newRow("aol") << u"di@aol.com"_qs << QStringList{u"smtp.aol.com:465:tls di@aol.com"_qs};
    QTest::newRow("gmx.de") << u"ed@gmx.de"_qs
                            << QStringList{u"mail.gmx.net:465:tls ed@gmx.de"_qs,
                                           u"mail.gmx.net:587:starttls ed@gmx.de"_qs};
    QTest::newRow("gmx.com") << u"ed@gmx.com"_qs
                             << QStringList{u"mail.gmx.com:465:tls ed@gmx.com"_qs,
                                            u"mail.gmx.com:587:starttls ed@gmx.com"_qs};
    // WEB.DE's submission login is the local part, like its POP3 login.
    QTest::newRow("web.de") << u"fe@web.de"_qs
                            << QStringList{u"smtp.web.de:465:tls fe"_qs,
                                           u"smtp.web.de:587:starttls fe"_qs};
    QTest::newRow("yandex") << u"gu@ya.ru"_qs
                            << QStringList{u"smtp.yandex.com:465:tls gu@ya.ru"_qs};
    QTest::newRow("mail.ru") << u"ha@bk.ru"_qs
                             << QStringList{u"smtp.mail.ru:465:tls ha@bk.ru"_qs,
                                            u"smtp.mail.ru:587:starttls ha@bk.ru"_qs};
    QTest::newRow("zoho") << u"iv@zoho.com"_qs
                          << QStringList{u"smtp.zoho.com:465:tls iv@zoho.com"_qs,
                                         u"smtp.zoho.com:587:starttls iv@zoho.com"_qs};
    QTest::newRow("fastmail") << u"jo@fastmail.fm"_qs
                              << QStringList{u"smtp.fastmail.com:465:tls jo@fastmail.fm"_qs};
    QTest::newRow("unknown domain") << u"user@example.test"_qs << QStringList{};
    QTest::newRow("no address") << QString() << QStringList{};
}

void tst_ProviderPresets::submissionServers()
{
    QFETCH(QString, address);
    QFETCH(QStringList, expected);
    const QList<ServerCandidate> found = submissionPresetsFor(address);
    QCOMPARE(describe(found), expected);
    for (const ServerCandidate& c : found) {
        QCOMPARE(c.service, Service::Submission);
        QCOMPARE(c.source, Source::Preset);
        QVERIFY(!c.providerName.isEmpty());
        QVERIFY(!c.sourceDetail.isEmpty());
        QVERIFY(!c.verified);
    }
    // The POP3 preset is unchanged by them.
    if (const auto pop3 = presetFor(address))
        QCOMPARE(pop3->service, Service::Pop3);
}

void tst_ProviderPresets::submissionKeepsOnlyTheNotesForSending()
{
    const QList<ServerCandidate> gmail = submissionPresetsFor(u"x@gmail.com"_qs);
    QVERIFY(!gmail.isEmpty());
    for (const ServerCandidate& c : gmail) {
        QCOMPARE(c.notes, QList<ProviderNote>{ProviderNote::AppPasswordRequired});
        QCOMPARE(c.authentication, QStringList{u"password-cleartext"_qs});
    }
    const QList<ServerCandidate> outlook = submissionPresetsFor(u"x@outlook.com"_qs);
    QCOMPARE(outlook.size(), 1);
    QCOMPARE(outlook[0].notes, QList<ProviderNote>{ProviderNote::OAuthOnly});
    QCOMPARE(outlook[0].authentication, QStringList{u"OAuth2"_qs});
}

void tst_ProviderPresets::submissionOfAHostedDomain()
{
    const QList<ServerCandidate> found =
        submissionPresetsForMxDomain(u"Google.com"_qs, u"me@my.org"_qs);
    QCOMPARE(describe(found), (QStringList{u"smtp.gmail.com:465:tls me@my.org"_qs,
                                           u"smtp.gmail.com:587:starttls me@my.org"_qs}));
    for (const ServerCandidate& c : found) {
        QCOMPARE(c.source, Source::MxDomain);
        QCOMPARE(c.sourceDetail, u"gmail (MX in google.com)"_qs);
    }
    QVERIFY(submissionPresetsForMxDomain(u"example.net"_qs, u"me@my.org"_qs).isEmpty());
}

void tst_ProviderPresets::everySubmissionEndpointIsWellFormed()
{
    int withSubmission = 0;
    for (const ProviderPreset& p : allPresets()) {
        withSubmission += p.submission.isEmpty() ? 0 : 1;
        for (const SubmissionEndpoint& e : p.submission) {
            QVERIFY2(!e.host.isEmpty() && e.host == e.host.toLower(), qPrintable(p.id));
            // Only the submission ports: never port 25, never unencrypted.
            QVERIFY2(e.port == 465 || e.port == 587, qPrintable(p.id));
            QCOMPARE(e.security, e.port == 465 ? transport::Security::ImplicitTls
                                               : transport::Security::StartTls);
        }
    }
    QVERIFY(withSubmission >= 10);
}

QTEST_GUILESS_MAIN(tst_ProviderPresets)
#include "tst_ProviderPresets.moc"
