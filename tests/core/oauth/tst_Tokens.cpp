// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/oauth/Tokens.h"

#include <QTest>

using namespace postbag;
using oauth::Tokens;

Q_DECLARE_METATYPE(postbag::ErrorCode)

class tst_Tokens : public QObject
{
    Q_OBJECT
    const QDateTime m_now = QDateTime(QDate(2026, 12, 8), QTime(1, 0), Qt::UTC);

private Q_SLOTS:
    void answer()
    {
        const auto t = Tokens::fromResponse(
            200,
            R"({"access_token":"ya29.a","token_type":"Bearer","expires_in":3599,)"
            R"("refresh_token":"1//r","scope":"https://mail.google.com/"})",
            Tokens::Grant::AuthorizationCode, m_now);
        QVERIFY(t.ok());
        QCOMPARE(t->accessToken, QStringLiteral("ya29.a"));
        QCOMPARE(t->refreshToken, QStringLiteral("1//r"));
        QCOMPARE(t->expiresAt, m_now.addSecs(3599));
    }

    void refreshWithoutNewRefreshTokenOrExpiry()
    {
        const auto t = Tokens::fromResponse(200, R"({"access_token":"a","token_type":"bearer"})",
                                            Tokens::Grant::RefreshToken, m_now);
        QVERIFY(t.ok());
        QVERIFY(t->refreshToken.isEmpty());
        QVERIFY(!t->expiresAt.isValid());
    }

    void expiresInAsString()
    {
        const auto t = Tokens::fromResponse(200, R"({"access_token":"a","expires_in":"60"})",
                                            Tokens::Grant::RefreshToken, m_now);
        QVERIFY(t.ok());
        QCOMPARE(t->expiresAt, m_now.addSecs(60));
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("refresh");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QByteArray>("providerError");
        QTest::addColumn<QString>("description");
        QTest::newRow("revoked refresh token")
            << 400 << QByteArray(R"({"error":"invalid_grant","error_description":"revoked"})")
            << true << ErrorCode::SignInAgain << QByteArray("invalid_grant")
            << QStringLiteral("revoked");
        QTest::newRow("invalid_grant to a code is the provider's refusal")
            << 400 << QByteArray(R"({"error":"invalid_grant"})") << false
            << ErrorCode::ProviderError << QByteArray("invalid_grant") << QString();
        QTest::newRow("invalid_client")
            << 401 << QByteArray(R"({"error":"invalid_client","error_description":"no such"})")
            << true << ErrorCode::ProviderError << QByteArray("invalid_client")
            << QStringLiteral("no such");
        QTest::newRow("error in a 200")
            << 200 << QByteArray(R"({"error":"server_error"})") << true << ErrorCode::ProviderError
            << QByteArray("server_error") << QString();
        QTest::newRow("not JSON") << 200 << QByteArray("{\"access_token\": ") << true
                                  << ErrorCode::MalformedResponse << QByteArray() << QString();
        QTest::newRow("JSON array") << 200 << QByteArray("[]") << true
                                    << ErrorCode::MalformedResponse << QByteArray() << QString();
        QTest::newRow("no access token")
            << 200 << QByteArray(R"({"token_type":"Bearer"})") << true
            << ErrorCode::MalformedResponse << QByteArray() << QString();
        QTest::newRow("not a bearer token")
            << 200 << QByteArray(R"({"access_token":"a","token_type":"mac"})") << true
            << ErrorCode::MalformedResponse << QByteArray() << QString();
        QTest::newRow("negative expiry")
            << 200 << QByteArray(R"({"access_token":"a","expires_in":"soon"})") << true
            << ErrorCode::MalformedResponse << QByteArray() << QString();
        QTest::newRow("empty error code")
            << 400 << QByteArray(R"({"error":""})") << true << ErrorCode::MalformedResponse
            << QByteArray() << QString();
        QTest::newRow("400 without an error")
            << 400 << QByteArray("{}") << true << ErrorCode::MalformedResponse << QByteArray()
            << QString();
        QTest::newRow("server down") << 503 << QByteArray("<html>") << true
                                     << ErrorCode::ServerTemporary << QByteArray() << QString();
    }

    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, refresh);
        QFETCH(ErrorCode, code);
        QFETCH(QByteArray, providerError);
        QFETCH(QString, description);
        const auto t = Tokens::fromResponse(
            status, body, refresh ? Tokens::Grant::RefreshToken : Tokens::Grant::AuthorizationCode,
            m_now);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, code);
        QCOMPARE(t.error().responseCode, providerError);
        if (!providerError.isEmpty())
            QCOMPARE(t.error().serverText, description);
    }

    void signInAgainNeedsTheUserAndIsNeverRetried()
    {
        const Error e = Error::make(ErrorCode::SignInAgain);
        QVERIFY(e.needsUser());
        QVERIFY(!e.isTemporary());
        QCOMPARE(e.kind, ErrorKind::Auth);
        QCOMPARE(Error::make(ErrorCode::OAuthClientMissing).kind, ErrorKind::Config);
    }
};

QTEST_APPLESS_MAIN(tst_Tokens)
#include "tst_Tokens.moc"
