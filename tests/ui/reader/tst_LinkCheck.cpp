// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reader/LinkCheck.h"

#include <QElapsedTimer>
#include <QTest>

using namespace postbag::ui;
using namespace Qt::StringLiterals;

// The misleading-link rule as a table: what a link's text shows against where it leads.
class tst_LinkCheck : public QObject
{
    Q_OBJECT

    static void row(const QString& text, const QString& target, const QString& claimed,
                    bool misleads)
    {
        QTest::addRow("%s -> %s", qPrintable(text), qPrintable(target))
            << text << target << claimed << misleads;
    }

private Q_SLOTS:
    void misleads_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("claimed");
        QTest::addColumn<bool>("misleads");
        // Text that is not an address claims nothing.
        row(u"Log in"_s, u"https://evil.example/"_s, QString(), false);
        row(u"Unsubscribe"_s, u"https://evil.example/"_s, QString(), false);
        row(u"v1.2"_s, u"https://evil.example/"_s, QString(), false);
        row(u"e.g."_s, u"https://evil.example/"_s, QString(), false);
        row(QString(), u"https://evil.example/"_s, QString(), false);
        row(u"help@bank.com"_s, u"https://evil.example/"_s, QString(), false);
        // File and product names are not hosts.
        row(u"invoice.pdf"_s, u"https://files.example/x"_s, QString(), false);
        row(u"README.md"_s, u"https://git.example/r"_s, QString(), false);
        row(u"Node.js"_s, u"https://nodejs.example/"_s, QString(), false);
        row(u"report-2026.docx"_s, u"https://files.example/x"_s, QString(), false);
        // The same host, with or without www, or below the shown one.
        row(u"https://bank.example/login"_s, u"https://bank.example/x"_s, u"bank.example"_s, false);
        row(u"www.bank.example"_s, u"https://bank.example/"_s, u"bank.example"_s, false);
        row(u"bank.com"_s, u"https://mail.bank.com/"_s, u"bank.com"_s, false);
        row(u"BANK.Com."_s, u"https://bank.com/"_s, u"bank.com"_s, false);
        row(u"bücher.de"_s, u"https://xn--bcher-kva.de/"_s, u"xn--bcher-kva.de"_s, false);
        row(u"Visit shop.com today!"_s, u"https://shop.com/sale"_s, u"shop.com"_s, false);
        // Another host.
        row(u"https://bank.example/login"_s, u"https://evil.example/login"_s, u"bank.example"_s,
            true);
        row(u"bank.com/login"_s, u"http://evil.example/"_s, u"bank.com"_s, true);
        row(u"paypal.com"_s, u"https://paypal.com.evil.example/"_s, u"paypal.com"_s, true);
        row(u"pаypal.com"_s /* Cyrillic а */, u"https://paypal.com/"_s, u"xn--pypal-4ve.com"_s,
            true);
        row(u"mail.bank.com"_s, u"https://bank.com/"_s, u"mail.bank.com"_s, true);
        row(u"bank.de:8443/x"_s, u"https://evil.example/"_s, u"bank.de"_s, true);
        // Hidden in a sentence, behind punctuation or invisible characters.
        row(u"Log in at www.paypal.com."_s, u"https://evil.example/"_s, u"paypal.com"_s, true);
        row(u"(https://paypal.com/login)"_s, u"https://evil.example/"_s, u"paypal.com"_s, true);
        row(u"pay\u00ADpal.com"_s, u"https://evil.example/"_s, u"paypal.com"_s, true);
        row(u"paypal\u200B.com"_s, u"https://evil.example/"_s, u"paypal.com"_s, true);
        // Dots that only look like one.
        row(u"www.paypal\u2024com"_s, u"https://evil.example/"_s, u"paypal.com"_s, true);
        row(u"paypal\uFF0Ecom"_s, u"https://evil.example/"_s, u"paypal.com"_s, true);
        row(u"paypal\u3002com"_s, u"https://evil.example/"_s, u"paypal.com"_s, true);
        // Invisible characters after the host (a combining grapheme joiner, a variation
        // selector, Hangul fillers, a blank Braille pattern, a tag character).
        row(u"paypal.com\u034F"_s, u"https://evil.example/"_s, u"paypal.com"_s, true);
        row(u"paypal.com\uFE0F/login"_s, u"https://evil.example/"_s, u"paypal.com"_s, true);
        row(u"paypal.com\u3164"_s, u"https://evil.example/"_s, u"paypal.com"_s, true);
        row(u"pay\u3164pal.com\uFFA0"_s, u"https://evil.example/"_s, u"paypal.com"_s, true);
        row(u"paypal.com\u2800"_s, u"https://evil.example/"_s, u"paypal.com"_s, true);
        row(u"paypal.com\U000E0020"_s, u"https://evil.example/"_s, u"paypal.com"_s, true);
        row(u"paypal.com\u180E"_s, u"https://paypal.com/"_s, u"paypal.com"_s, false);
        // A right-to-left override shows "moc.lapyap" as "paypal.com".
        row(u"\u202Emoc.lapyap"_s, u"https://evil.example/"_s, u"paypal.com"_s, true);
        row(u"Log in: \u202Emoc.lapyap\u202C now"_s, u"https://evil.example/"_s, u"paypal.com"_s,
            true);
        // Any top-level domain the Public Suffix List names, not only a few common ones.
        row(u"login.microsoft.support"_s, u"https://evil.example/"_s, u"login.microsoft.support"_s,
            true);
        row(u"wellsfargo.insurance/claim"_s, u"https://evil.example/"_s, u"wellsfargo.insurance"_s,
            true);
        row(u"bank.co.uk"_s, u"https://www.bank.co.uk/"_s, u"bank.co.uk"_s, false);
        row(u"co.uk"_s, u"https://evil.co.uk/"_s, u"co.uk"_s, true); // a suffix holds no one's site
        row(u"notes.notatld"_s, u"https://evil.example/"_s, QString(), false);
    }

    // Link text holding any bidi control hides the order of what it shows: it always warns, and
    // the warning names what is shown without the control characters.
    void bidiControlsAlwaysWarn()
    {
        for (const QString& text : {u"\u202Emoc.lapyap"_s, u"Bank\u200F"_s, u"\u2067Login\u2069"_s,
                                    u"Pay\u202Bhere\u202C"_s, u"x\u061Cy"_s}) {
            const QString shown = LinkCheck::misleadingHost(text, QUrl(u"https://paypal.com/"_s));
            QVERIFY2(!shown.isEmpty(), qPrintable(text));
            for (const QChar c : shown) {
                QVERIFY(c.category() != QChar::Other_Format);
            }
        }
        QCOMPARE(LinkCheck::misleadingHost(u"Bank\u200F"_s, QUrl(u"https://bank.example/"_s)),
                 u"Bank"_s);
        QVERIFY(!LinkCheck::misleads(u"Bank"_s, QUrl(u"https://paypal.com/"_s)));
    }

    // The text is read in one pass: a long link text of punctuation or labels costs linear time.
    void longTextIsReadInLinearTime()
    {
        for (const QString& piece : {u")"_s, u"a."_s, u"a-"_s, u"(("_s}) {
            const QString text = u"x"_s + piece.repeated(50'000) + u"x"_s;
            QElapsedTimer timer;
            timer.start();
            (void)LinkCheck::misleads(text, QUrl(u"https://evil.example/"_s));
            QVERIFY2(timer.elapsed() < 3000, qPrintable(piece));
        }
    }

    void misleads()
    {
        QFETCH(QString, text);
        QFETCH(QString, target);
        QFETCH(QString, claimed);
        QFETCH(bool, misleads);
        QCOMPARE(LinkCheck::claimedHost(text), claimed);
        QCOMPARE(LinkCheck::misleads(text, QUrl(target)), misleads);
        QCOMPARE(LinkCheck::misleadingHost(text, QUrl(target)), misleads ? claimed : QString());
    }
};

QTEST_APPLESS_MAIN(tst_LinkCheck)
#include "tst_LinkCheck.moc"
