// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/threading/Ancestry.h"
#include "core/threading/BaseSubject.h"

#include <QTest>

using namespace postbag::threading;

class tst_Ancestry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void of_data();
    void of();
    void baseSubject_data();
    void baseSubject();
};

void tst_Ancestry::of_data()
{
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<QStringList>("references");
    QTest::addColumn<QString>("inReplyTo");
    QTest::addColumn<QString>("self");
    QTest::addColumn<QStringList>("chain");

    const QString a = QStringLiteral("a@x");
    const QString b = QStringLiteral("b@x");
    const QString m = QStringLiteral("m@x");
    QTest::newRow("references win")
        << m << QStringList{a, b} << QStringLiteral("q@x") << m << QStringList{a, b};
    QTest::newRow("in-reply-to fallback") << m << QStringList{} << a << m << QStringList{a};
    QTest::newRow("malformed references fall back")
        << m << QStringList{QStringLiteral("junk"), QStringLiteral("<x")} << b << m
        << QStringList{b};
    QTest::newRow("malformed dropped, valid kept")
        << m << QStringList{a, QStringLiteral("no at"), b} << QString() << m << QStringList{a, b};
    QTest::newRow("repeats keep the first")
        << m << QStringList{a, b, a} << QString() << m << QStringList{a, b};
    QTest::newRow("own id dropped")
        << m << QStringList{a, m, b} << QString() << m << QStringList{a, b};
    QTest::newRow("only itself") << m << QStringList{m} << m << m << QStringList{};
    QTest::newRow("malformed own id")
        << QStringLiteral("nope") << QStringList{a} << QString() << QString() << QStringList{a};
    QTest::newRow("spaces trimmed")
        << QStringLiteral(" m@x ") << QStringList{QStringLiteral(" a@x")} << QString() << m
        << QStringList{a};
}

void tst_Ancestry::of()
{
    QFETCH(QString, messageId);
    QFETCH(QStringList, references);
    QFETCH(QString, inReplyTo);
    QFETCH(QString, self);
    QFETCH(QStringList, chain);
    const Ancestry got = Ancestry::of(messageId, references, inReplyTo);
    QCOMPARE(got.self, self);
    QCOMPARE(got.chain, chain);
    QCOMPARE(got.parent(), chain.isEmpty() ? QString() : chain.last());
}

void tst_Ancestry::baseSubject_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("reply");

    QTest::newRow("plain") << QStringLiteral("Lunch") << QStringLiteral("lunch") << false;
    QTest::newRow("re") << QStringLiteral("Re: Lunch") << QStringLiteral("lunch") << true;
    QTest::newRow("RE counted") << QStringLiteral("RE[2]: Lunch") << QStringLiteral("lunch")
                                << true;
    QTest::newRow("AW") << QStringLiteral("AW: Lunch") << QStringLiteral("lunch") << true;
    QTest::newRow("SV") << QStringLiteral("SV: Lunch") << QStringLiteral("lunch") << true;
    QTest::newRow("VS") << QStringLiteral("VS: Lunch") << QStringLiteral("lunch") << true;
    QTest::newRow("Antw") << QStringLiteral("Antw: Lunch") << QStringLiteral("lunch") << true;
    QTest::newRow("Fwd is no reply")
        << QStringLiteral("Fwd: Lunch") << QStringLiteral("lunch") << false;
    QTest::newRow("WG is no reply")
        << QStringLiteral("WG: Lunch") << QStringLiteral("lunch") << false;
    QTest::newRow("reply of a forward")
        << QStringLiteral("Re: Fwd: Lunch") << QStringLiteral("lunch") << true;
    QTest::newRow("prefix needs its colon")
        << QStringLiteral("Rework") << QStringLiteral("rework") << false;
    QTest::newRow("only a prefix") << QStringLiteral("Re: ") << QString() << true;
}

void tst_Ancestry::baseSubject()
{
    QFETCH(QString, subject);
    QFETCH(QString, key);
    QFETCH(bool, reply);
    const BaseSubject got = BaseSubject::of(subject);
    QCOMPARE(got.key, key);
    QCOMPARE(got.reply, reply);
}

QTEST_GUILESS_MAIN(tst_Ancestry)
#include "tst_Ancestry.moc"
