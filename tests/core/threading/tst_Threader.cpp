// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/threading/Ancestry.h"
#include "core/threading/Threader.h"
#include "tests/support/MemoryThreadGraph.h"
#include "tests/support/ThreadingCases.h"

#include <QTest>

using namespace postbag;
using namespace postbag::threading;
using postbag::test::MemoryThreadGraph;
using postbag::test::ThreadMail;

namespace {

Threader::Message toMessage(const ThreadMail& mail)
{
    return {mail.messageId, mail.references.split(u' ', Qt::SkipEmptyParts), mail.inReplyTo,
            mail.subject, mail.date};
}

// Every node reaches a top node (one without parent) by following parents: no loop anywhere.
bool acyclic(const MemoryThreadGraph& graph)
{
    const auto& nodes = graph.allNodes();
    for (const Node& start : nodes) {
        QString current = start.id;
        int steps = 0;
        while (!nodes.value(current).parent.isEmpty()) {
            current = nodes.value(current).parent;
            if (++steps > nodes.size()) {
                return false;
            }
        }
    }
    return true;
}

} // namespace

class tst_Threader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cases_data();
    void cases();
    void parentsFollowJwz();
    void threadKeepsNewestDateAndRoot();
    void mergeMovesTheSmallerThread();
    void deepChainStaysBounded();
};

void tst_Threader::cases_data()
{
    QTest::addColumn<int>("index");
    const auto all = test::threadingCases();
    for (int i = 0; i < all.size(); ++i) {
        QTest::newRow(all.at(i).name) << i;
    }
}

void tst_Threader::cases()
{
    QFETCH(int, index);
    const test::ThreadCase c = test::threadingCases().at(index);
    for (const QList<int>& order : test::writeOrders(int(c.mails.size()))) {
        MemoryThreadGraph graph;
        QStringList written;
        for (const int i : order) {
            const ThreadMail& mail = c.mails.at(i);
            written.append(mail.label);
            QVERIFY(graph.place(mail.label, toMessage(mail)).ok());
        }
        if (graph.groups() != c.threads) {
            qWarning() << "order" << written << "gave" << graph.groups();
        }
        QCOMPARE(graph.groups(), c.threads);
        QVERIFY(acyclic(graph));
    }
}

void tst_Threader::parentsFollowJwz()
{
    MemoryThreadGraph graph;
    // C names a, b: b is a placeholder under a, and C's parent is b.
    const auto c = graph.place(QStringLiteral("C"), {QStringLiteral("c@x"),
                                                     {QStringLiteral("a@x"), QStringLiteral("b@x")},
                                                     {},
                                                     QStringLiteral("Re: x"),
                                                     300});
    QVERIFY(c.ok());
    QCOMPARE(c->parent, QStringLiteral("b@x"));
    QCOMPARE(graph.allNodes().value(QStringLiteral("b@x")).parent, QStringLiteral("a@x"));
    // B arrives naming only a: its own References say its parent is a (JWZ 1C).
    const auto b = graph.place(QStringLiteral("B"),
                               {QStringLiteral("b@x"), {QStringLiteral("a@x")}, {}, {}, 200});
    QVERIFY(b.ok());
    QCOMPARE(b->parent, QStringLiteral("a@x"));
    QCOMPARE(b->thread, c->thread);
    // A names nothing: it keeps no parent. D names z then a: a has no parent yet, so JWZ 1B puts
    // it under z, and D under a. E names y then a: a is linked already, and links are set once.
    const auto a = graph.place(QStringLiteral("A"), {QStringLiteral("a@x"), {}, {}, {}, 100});
    QVERIFY(a.ok());
    QCOMPARE(a->parent, QString());
    for (const char* first : {"z@x", "y@x"}) {
        const auto r = graph.place(QString::fromLatin1(first),
                                   {QStringLiteral("r%1").arg(QLatin1StringView(first)),
                                    {QString::fromLatin1(first), QStringLiteral("a@x")},
                                    {},
                                    {},
                                    400});
        QVERIFY(r.ok());
        QCOMPARE(r->parent, QStringLiteral("a@x"));
        QCOMPARE(graph.allNodes().value(QStringLiteral("a@x")).parent, QStringLiteral("z@x"));
    }
    QCOMPARE(graph.groups().size(), 1);
}

void tst_Threader::threadKeepsNewestDateAndRoot()
{
    MemoryThreadGraph graph;
    QVERIFY(graph
                .place(QStringLiteral("B"),
                       {QStringLiteral("b@x"), {QStringLiteral("a@x")}, {}, {}, 500})
                .ok());
    const auto a = graph.place(QStringLiteral("A"), {QStringLiteral("a@x"), {}, {}, {}, 100});
    QVERIFY(a.ok());
    const Thread t = graph.allThreads().value(a->thread);
    QCOMPARE(t.newest, 500);
    QCOMPARE(t.root, QStringLiteral("a@x"));
    QCOMPARE(t.size, 2); // a (a placeholder, then the message) and b
}

void tst_Threader::mergeMovesTheSmallerThread()
{
    MemoryThreadGraph graph;
    qint64 big = 0;
    for (int i = 0; i < 5; ++i) {
        const auto r =
            graph.place(QStringLiteral("B%1").arg(i),
                        {QStringLiteral("b%1@x").arg(i), {QStringLiteral("big@x")}, {}, {}, 100});
        QVERIFY(r.ok());
        big = r->thread;
    }
    QVERIFY(graph.place(QStringLiteral("S"), {QStringLiteral("s@x"), {}, {}, {}, 100}).ok());
    const auto j = graph.place(
        QStringLiteral("J"),
        {QStringLiteral("j@x"), {QStringLiteral("s@x"), QStringLiteral("big@x")}, {}, {}, 100});
    QVERIFY(j.ok());
    QCOMPARE(j->thread, big); // the five-message thread kept its id; the single one moved
    QCOMPARE(graph.groups().size(), 1);
}

void tst_Threader::deepChainStaysBounded()
{
    // A References header of 2,000 ids (a hostile or broken message) is cut to Ancestry::MaxChain.
    QStringList refs;
    for (int i = 0; i < 2000; ++i) {
        refs.append(QStringLiteral("r%1@x").arg(i));
    }
    MemoryThreadGraph graph;
    QVERIFY(graph.place(QStringLiteral("M"), {QStringLiteral("m@x"), refs, {}, {}, 1}).ok());
    QCOMPARE(graph.allNodes().size(), int(Ancestry::MaxChain) + 1);
    QCOMPARE(graph.allNodes().value(QStringLiteral("m@x")).parent, QStringLiteral("r1999@x"));
    QVERIFY(acyclic(graph));
}

QTEST_GUILESS_MAIN(tst_Threader)
#include "tst_Threader.moc"
