// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/oauth/Pkce.h"

#include <QRegularExpression>
#include <QTest>

using postbag::oauth::Pkce;

class tst_Pkce : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc7636AppendixB()
    {
        // The worked example of RFC 7636, Appendix B.
        QCOMPARE(Pkce::challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void verifierIsUnreservedAndLongEnough()
    {
        const Pkce p = Pkce::generate();
        // Section 4.1: 43 to 128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~".
        QCOMPARE(p.verifier.size(), 43);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9._~-]+$"))
                    .match(QString::fromLatin1(p.verifier))
                    .hasMatch());
        QCOMPARE(p.challenge, Pkce::challengeOf(p.verifier));
        QCOMPARE(p.challenge.size(), 43);
    }

    void everySignInHasItsOwnVerifierAndState()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 50; ++i) {
            seen.insert(Pkce::generate().verifier);
            seen.insert(Pkce::randomToken());
        }
        QCOMPARE(seen.size(), 100);
    }
};

QTEST_APPLESS_MAIN(tst_Pkce)
#include "tst_Pkce.moc"
