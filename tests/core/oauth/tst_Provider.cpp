// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/oauth/ClientRegistration.h"
#include "core/oauth/Provider.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace postbag;
using oauth::ClientRegistration;
using oauth::Provider;

class tst_Provider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void google()
    {
        const Provider* p = Provider::forHost(u"pop.gmail.com");
        QVERIFY(p);
        QCOMPARE(p->id, QStringLiteral("google"));
        QCOMPARE(p->scopes, QStringList{QStringLiteral("https://mail.google.com/")});
        QVERIFY(p->appliesTo(u"SMTP.gmail.com"));
        QCOMPARE(p->mechanism, auth::AuthMethod::XOAuth2);
        QCOMPARE(p->authorizationUrl.scheme(), QStringLiteral("https"));
        QCOMPARE(p->tokenUrl.host(), QStringLiteral("oauth2.googleapis.com"));
    }

    void microsoft()
    {
        const Provider* p = Provider::forHost(u"outlook.office365.com");
        QVERIFY(p);
        QCOMPARE(p->id, QStringLiteral("microsoft"));
        QCOMPARE(p, Provider::forHost(u"smtp.office365.com"));
        QCOMPARE(p->scopes,
                 (QStringList{QStringLiteral("https://outlook.office.com/POP.AccessAsUser.All"),
                              QStringLiteral("https://outlook.office.com/SMTP.Send"),
                              QStringLiteral("offline_access")}));
        // Personal and work accounts alike.
        QVERIFY(p->authorizationUrl.path().startsWith(u"/common/"));
        QVERIFY(p->tokenUrl.path().startsWith(u"/common/"));
    }

    void otherServersHaveNone()
    {
        QVERIFY(!Provider::forHost(u"pop.example.org"));
        QVERIFY(!Provider::forHost(u"gmail.com"));
        QVERIFY(Provider::byId(u"google"));
        QVERIFY(!Provider::byId(u"yahoo"));
    }

    void clientFromTheSettingsFile()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("postbag.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("oauth/microsoft/clientId"), QStringLiteral(" my-app "));
        const auto r = ClientRegistration::forProvider(*Provider::byId(u"microsoft"), &settings);
        QVERIFY(r.ok());
        QCOMPARE(r->clientId, QStringLiteral("my-app"));
        QVERIFY(r->clientSecret.isEmpty());
    }

    void noClientIsATypedAnswer()
    {
        // This test's build is configured without client ids (the default).
        if (!ClientRegistration::fromBuild(u"google").clientId.isEmpty())
            QSKIP("built with POSTBAG_GOOGLE_CLIENT_ID");
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("postbag.conf")), QSettings::IniFormat);
        const auto r = ClientRegistration::forProvider(*Provider::byId(u"google"), &settings);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::OAuthClientMissing);
        QCOMPARE(r.error().serverText, QStringLiteral("google"));
        QVERIFY(!ClientRegistration::forProvider(*Provider::byId(u"google"), nullptr).ok());
    }
};

QTEST_APPLESS_MAIN(tst_Provider)
#include "tst_Provider.moc"
