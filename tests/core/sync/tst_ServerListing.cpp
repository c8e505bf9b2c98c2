// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ServerListing.h"

#include <QCryptographicHash>
#include <QTest>

using namespace postbag;
using namespace postbag::sync;

namespace {
pop3::UidlEntry entry(int n, const char* uid)
{
    return {n, QByteArray(uid)};
}

QByteArray sha1(const QByteArray& b)
{
    return QCryptographicHash::hash(b, QCryptographicHash::Sha1);
}

QString topId(const QByteArray& headers)
{
    return QStringLiteral("top-") + QString::fromLatin1(sha1(headers).toHex());
}
} // namespace

class tst_ServerListing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aUidlListedOnceKeepsItsIdentity()
    {
        // Existing profiles recorded plain UIDLs: those must not change, or old mail comes again.
        const ServerListing l = ServerListing::fromUidl({entry(1, "a"), entry(2, "b")});
        QCOMPARE(l.repeatedUidls(), 0);
        QVERIFY(l.needingHeaders().isEmpty());
        QCOMPARE(l.messages().at(0).uid, QStringLiteral("a"));
        QCOMPARE(l.messages().at(1).uid, QStringLiteral("b"));
    }

    void repeatedUidlsAreToldApartByTheirHeadersTheSameWayEverySync()
    {
        for (int sync = 0; sync < 2; ++sync) {
            ServerListing l =
                ServerListing::fromUidl({entry(1, "x"), entry(2, "solo"), entry(3, "x")});
            QCOMPARE(l.repeatedUidls(), 2);
            QCOMPARE(l.needingHeaders(), (QList<qsizetype>{0, 2}));
            l.setHeaderDigest(0, sha1("Subject: one\r\n\r\n"));
            l.setHeaderDigest(2, sha1("Subject: two\r\n\r\n"));
            l.finish();
            QCOMPARE(l.messages().at(0).uid, u"x "_qs + topId("Subject: one\r\n\r\n"));
            QCOMPARE(l.messages().at(1).uid, QStringLiteral("solo"));
            QCOMPARE(l.messages().at(2).uid, u"x "_qs + topId("Subject: two\r\n\r\n"));
            QVERIFY(l.messages().at(0).group.isEmpty());
        }
    }

    void identicalHeadersGetAnOrderAndFormAGroupDeletedOnlyWhenAllAreHeld()
    {
        ServerListing l = ServerListing::fromUidl({entry(1, "x"), entry(2, "x"), entry(3, "y")});
        l.setHeaderDigest(0, sha1("same"));
        l.setHeaderDigest(1, sha1("same"));
        l.finish();
        const QString first = l.messages().at(0).uid;
        const QString second = l.messages().at(1).uid;
        QCOMPARE(second, first + u" #2"_qs);
        QCOMPARE(l.messages().at(0).group, l.messages().at(1).group);
        QCOMPARE(l.deletable({first, u"y"_qs}), (QSet<QString>{u"y"_qs}));
        QCOMPARE(l.deletable({first, second, u"y"_qs}), (QSet<QString>{first, second, u"y"_qs}));
        QCOMPARE(l.numbers().value(second), 2);
    }

    void withoutTopTheBytesDecideAndTwinsAreNeverDeleted()
    {
        ServerListing l = ServerListing::unnamed(2);
        QCOMPARE(l.needingHeaders().size(), 2);
        l.identifyRestByBytes();
        l.finish();
        QVERIFY(l.identitiesFollowFetch());
        const QString a = l.identifyFetched(0, "same bytes");
        const QString b = l.identifyFetched(1, "same bytes");
        QCOMPARE(a, QStringLiteral("msg-") + QString::fromLatin1(sha1("same bytes").toHex()));
        QCOMPARE(a, b);
        QVERIFY(l.deletable({a}).isEmpty()); // a DELE by number could hit either
    }

    void aMessageWhoseHeadersWereRefusedHasNoIdentityAndIsNeverDeleted()
    {
        ServerListing l = ServerListing::fromUidl({entry(1, "x"), entry(2, "x")});
        l.setHeaderDigest(0, sha1("one"));
        l.setUnreadable(1);
        l.finish();
        QVERIFY(l.messages().at(1).unreadable);
        QVERIFY(l.messages().at(1).uid.isEmpty());
        QCOMPARE(l.deletable({l.messages().at(0).uid}), (QSet<QString>{l.messages().at(0).uid}));
    }
};

QTEST_GUILESS_MAIN(tst_ServerListing)
#include "tst_ServerListing.moc"
