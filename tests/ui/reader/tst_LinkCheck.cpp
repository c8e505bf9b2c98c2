// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reader/LinkCheck.h"

#include <QTest>

using namespace postbag::ui;
using namespace Qt::StringLiterals;

// The misleading-link rule as a table: what a link's text shows against where it leads.
class tst_LinkCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void misleads_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("claimed");
        QTest::addColumn<bool>("misleads");
        // Text that is not an address claims nothing.
        QTest::newRow("words") << u"Log in"_s << u"https://evil.example/"_s << QString() << false;
        QTest::newRow("one word") << u"Unsubscribe"_s << u"https://evil.example/"_s << QString()
                                  << false;
        QTest::newRow("version") << u"v1.2"_s << u"https://evil.example/"_s << QString() << false;
        QTest::newRow("e.g.") << u"e.g."_s << u"https://evil.example/"_s << QString() << false;
        QTest::newRow("empty") << QString() << u"https://evil.example/"_s << QString() << false;
        QTest::newRow("mail address")
            << u"help@bank.example"_s << u"https://evil.example/"_s << QString() << false;
        // The same host, with or without www, or below the shown one.
        QTest::newRow("same") << u"https://bank.example/login"_s << u"https://bank.example/x"_s
                              << u"bank.example"_s << false;
        QTest::newRow("www") << u"www.bank.example"_s << u"https://bank.example/"_s
                             << u"bank.example"_s << false;
        QTest::newRow("subdomain")
            << u"bank.example"_s << u"https://mail.bank.example/"_s << u"bank.example"_s << false;
        QTest::newRow("case and dot")
            << u"BANK.Example."_s << u"https://bank.example/"_s << u"bank.example"_s << false;
        QTest::newRow("idn both ways") << u"bücher.example"_s << u"https://xn--bcher-kva.example/"_s
                                       << u"xn--bcher-kva.example"_s << false;
        // Another host.
        QTest::newRow("other host") << u"https://bank.example/login"_s
                                    << u"https://evil.example/login"_s << u"bank.example"_s << true;
        QTest::newRow("bare with path")
            << u"bank.example/login"_s << u"http://evil.example/"_s << u"bank.example"_s << true;
        QTest::newRow("suffix trick")
            << u"paypal.example"_s << u"https://paypal.example.evil.test/"_s << u"paypal.example"_s
            << true;
        QTest::newRow("look-alike")
            << u"pаypal.example"_s // Cyrillic а
            << u"https://paypal.example/"_s << u"xn--pypal-4ve.example"_s << true;
        QTest::newRow("parent of target only")
            << u"mail.bank.example"_s << u"https://bank.example/"_s << u"mail.bank.example"_s
            << true;
        QTest::newRow("with port")
            << u"bank.example:8443/x"_s << u"https://evil.example/"_s << u"bank.example"_s << true;
    }

    void misleads()
    {
        QFETCH(QString, text);
        QFETCH(QString, target);
        QFETCH(QString, claimed);
        QFETCH(bool, misleads);
        QCOMPARE(LinkCheck::claimedHost(text), claimed);
        QCOMPARE(LinkCheck::misleads(text, QUrl(target)), misleads);
    }
};

QTEST_APPLESS_MAIN(tst_LinkCheck)
#include "tst_LinkCheck.moc"
