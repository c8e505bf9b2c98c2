// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/PublicSuffix.h"

#include <QTest>

using namespace Qt::StringLiterals;
using postbag::PublicSuffix;

class tst_PublicSuffix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registrableDomain_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("domain");
        QTest::newRow("plain") << u"pop.example.org"_s << u"example.org"_s;
        QTest::newRow("two-label suffix") << u"mx1.mail.example.co.uk"_s << u"example.co.uk"_s;
        QTest::newRow("private suffix") << u"alice.github.io"_s << u"alice.github.io"_s;
        QTest::newRow("upper case, final dot") << u"MX.Example.COM."_s << u"example.com"_s;
        QTest::newRow("unicode") << u"pop.bücher.de"_s << u"xn--bcher-kva.de"_s;
        QTest::newRow("suffix itself") << u"co.uk"_s << QString();
        QTest::newRow("top-level label") << u"com"_s << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("empty label") << u"a..example.com"_s << QString();
    }
    void registrableDomain()
    {
        QFETCH(QString, host);
        QFETCH(QString, domain);
        QCOMPARE(PublicSuffix::registrableDomain(host), domain);
    }

    void insideDomain_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("inside");
        QTest::newRow("below") << u"pop.example.org"_s << u"example.org"_s << true;
        QTest::newRow("same") << u"example.org"_s << u"Example.ORG."_s << true;
        QTest::newRow("other domain") << u"pop.attacker.net"_s << u"example.org"_s << false;
        QTest::newRow("suffix trick") << u"pop.evilexample.org"_s << u"example.org"_s << false;
        QTest::newRow("domain as label")
            << u"example.org.attacker.net"_s << u"example.org"_s << false;
        QTest::newRow("public suffix as domain") << u"pop.example.co.uk"_s << u"co.uk"_s << false;
        QTest::newRow("unicode vs ace") << u"pop.xn--bcher-kva.de"_s << u"bücher.de"_s << true;
    }
    void insideDomain()
    {
        QFETCH(QString, host);
        QFETCH(QString, domain);
        QFETCH(bool, inside);
        QCOMPARE(PublicSuffix::isInsideDomain(host, domain), inside);
    }

    void listedSuffix_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("listed");
        QTest::newRow("com") << u"paypal.com"_s << true;
        QTest::newRow("new gTLD") << u"example.photography"_s << true;
        QTest::newRow("country") << u"example.co.uk"_s << true;
        QTest::newRow("unknown") << u"example.notatld"_s << false;
        QTest::newRow("file name") << u"invoice.pdf"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void listedSuffix()
    {
        QFETCH(QString, host);
        QFETCH(bool, listed);
        QCOMPARE(PublicSuffix::hasListedSuffix(host), listed);
    }

    void publicSuffix()
    {
        QVERIFY(PublicSuffix::isPublicSuffix(u"co.uk"_s));
        QVERIFY(PublicSuffix::isPublicSuffix(u"github.io"_s));
        QVERIFY(!PublicSuffix::isPublicSuffix(u"example.com"_s));
    }
};

QTEST_GUILESS_MAIN(tst_PublicSuffix)
#include "tst_PublicSuffix.moc"
