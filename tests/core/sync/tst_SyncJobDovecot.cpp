// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync job against a real Dovecot: what arrives, what stays on the server, and when it goes.
#include "SyncFixture.h"

#include "core/store/UidlStore.h"

using namespace postbag;
using namespace postbag::testing;

namespace {
QByteArray mail(const QString& user, int i, int bodyBytes = 200)
{
    return "From: Sender <s@example.org>\r\nTo: " + user.toLatin1() + "@example.org\r\n"
           "Subject: message " + QByteArray::number(i) + "\r\nMessage-ID: <" + user.toLatin1() + '.' +
           QByteArray::number(i) + "@example.org>\r\nDate: Sun, 22 Nov 2026 10:00:00 +0000\r\n\r\n" +
           QByteArray(bodyBytes, 'b') + "\r\n";
}
// The report's error for failure messages (QVERIFY2 evaluates its message even on success).
QByteArray why(const sync::SyncReport& r)
{
    return r.error ? r.error->toLogString().toUtf8() : QByteArray();
}
} // namespace

class tst_SyncJobDovecot : public QObject
{
    Q_OBJECT
    DovecotServer m_dovecot;
    int m_users = 0;

    QString newUser(int messages, int bodyBytes = 200)
    {
        const QString user = QStringLiteral("sync%1").arg(++m_users);
        if (!m_dovecot.addUser(user, QStringLiteral("pw-") + user))
            qFatal("addUser");
        for (int i = 1; i <= messages; ++i)
            if (!m_dovecot.deliver(user, mail(user, i, bodyBytes)))
                qFatal("deliver");
        return user;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString())); }

    void leaveOnServerThenNothingNew()
    {
        const QString user = newUser(25);
        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(user);
        const auto first = f.run(f.request(m_dovecot, user, account, inbox));
        QVERIFY2(first.ok(), why(first).constData());
        QCOMPARE(first.onServer, 25);
        QCOMPARE(first.downloaded, 25);
        QCOMPARE(first.deletionsRequested, 0);
        QCOMPARE(f.countIn(inbox), 25);
        QCOMPARE(m_dovecot.messagesOnServer(user).size(), 25);
        // Byte-exact: what the store holds is what the server sent.
        const auto page = store::MessageStore(*f.db).page(inbox, store::SortKey::Subject, Qt::AscendingOrder, 0, 1);
        QCOMPARE(store::MessageStore(*f.db).raw(page.value().first().id).value(), mail(user, 1));

        const auto second = f.run(f.request(m_dovecot, user, account, inbox));
        QVERIFY2(second.ok(), why(second).constData());
        QCOMPARE(second.onServer, 25);
        QCOMPARE(second.newOnServer, 0);
        QCOMPARE(second.downloaded, 0);
        // The download recorded every listed UIDL and remembered the listing: recognised
        // without reading the records.
        QVERIFY(second.listingRecognised);
        QCOMPARE(f.countIn(inbox), 25);
    }

    void aRecognisedListingNeverHidesNewMail()
    {
        const QString user = newUser(3);
        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(user);
        QVERIFY(f.run(f.request(m_dovecot, user, account, inbox)).ok());
        QVERIFY(f.run(f.request(m_dovecot, user, account, inbox)).listingRecognised);

        // New mail changes the listing.
        QVERIFY(m_dovecot.deliver(user, mail(user, 4)));
        const auto withNew = f.run(f.request(m_dovecot, user, account, inbox));
        QVERIFY(!withNew.listingRecognised);
        QCOMPARE(withNew.newOnServer, 1);
        QCOMPARE(withNew.downloaded, 1);
        QVERIFY(f.run(f.request(m_dovecot, user, account, inbox)).listingRecognised);

        // A forgotten record is fetched again although the listing did not change.
        const QString first = store::UidlStore(*f.db).entries(account).value().first().uidl;
        QVERIFY(store::UidlStore(*f.db).markRemovedFromServer(account, {first}).ok());
        QCOMPARE(store::UidlStore(*f.db).forgetRemoved(account, {}).value(), 1);
        const auto refetch = f.run(f.request(m_dovecot, user, account, inbox));
        QVERIFY(!refetch.listingRecognised);
        QCOMPARE(refetch.newOnServer, 1);
        QCOMPARE(refetch.duplicates, 1); // the same bytes: recorded again, not stored twice
        QCOMPARE(f.countIn(inbox), 4);

        // A nothing-new check that compared every record remembers the listing too.
        QVERIFY(store::UidlStore(*f.db).setKnownListing(account, "stale").ok());
        const auto compared = f.run(f.request(m_dovecot, user, account, inbox));
        QVERIFY(!compared.listingRecognised);
        QCOMPARE(compared.newOnServer, 0);
        QVERIFY(f.run(f.request(m_dovecot, user, account, inbox)).listingRecognised);
    }

    void newMailOnlyIsFetched()
    {
        const QString user = newUser(3);
        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(user);
        QVERIFY(f.run(f.request(m_dovecot, user, account, inbox)).ok());
        QVERIFY(m_dovecot.deliver(user, mail(user, 4)));
        const auto again = f.run(f.request(m_dovecot, user, account, inbox));
        QCOMPARE(again.newOnServer, 1);
        QCOMPARE(again.downloaded, 1);
        QCOMPARE(f.countIn(inbox), 4);
    }

    void deleteAfterDownload()
    {
        const QString user = newUser(10);
        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(user);
        const auto r = f.run(f.request(m_dovecot, user, account, inbox, {false, 0, false}));
        QVERIFY2(r.ok(), why(r).constData());
        QCOMPARE(r.downloaded, 10);
        QCOMPARE(r.deletionsRequested, 10);
        QVERIFY(r.deletionsConfirmed);
        QCOMPARE(m_dovecot.messagesOnServer(user).size(), 0);
        QCOMPARE(f.countIn(inbox), 10);
    }

    void deleteAfterNDaysWithAnInjectedClock()
    {
        const QString user = newUser(4);
        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(user);
        const sync::DeletionPolicy sevenDays{true, 7, false};
        QVERIFY(f.run(f.request(m_dovecot, user, account, inbox, sevenDays)).ok());
        QCOMPARE(m_dovecot.messagesOnServer(user).size(), 4);
        f.now = f.now.addDays(3);
        QVERIFY(m_dovecot.deliver(user, mail(user, 5)));
        QVERIFY(f.run(f.request(m_dovecot, user, account, inbox, sevenDays)).ok());
        QCOMPARE(m_dovecot.messagesOnServer(user).size(), 5); // nothing is 7 days old yet
        f.now = f.now.addDays(4);                             // the first four are now
        const auto r = f.run(f.request(m_dovecot, user, account, inbox, sevenDays));
        QCOMPARE(r.deletionsRequested, 4);
        QVERIFY(r.deletionsConfirmed);
        QCOMPARE(m_dovecot.messagesOnServer(user), QList<QByteArray>{mail(user, 5)});
        f.now = f.now.addDays(3);
        QVERIFY(f.run(f.request(m_dovecot, user, account, inbox, sevenDays)).ok());
        QCOMPARE(m_dovecot.messagesOnServer(user).size(), 0);
        QCOMPARE(f.countIn(inbox), 5); // the local copies stay
    }

    void deleteWhenDeletedLocally()
    {
        const QString user = newUser(3);
        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(user);
        const sync::DeletionPolicy policy{true, 0, true};
        QVERIFY(f.run(f.request(m_dovecot, user, account, inbox, policy)).ok());
        store::MessageStore messages(*f.db);
        const auto page = messages.page(inbox, store::SortKey::Subject, Qt::AscendingOrder, 0, 10).value();
        QVERIFY(messages.moveToTrash({page[0].id}).ok());
        QVERIFY(f.run(f.request(m_dovecot, user, account, inbox, policy)).ok());
        QCOMPARE(m_dovecot.messagesOnServer(user).size(), 3); // in Trash is not deleted yet
        QVERIFY(messages.emptyTrash().ok());
        const auto r = f.run(f.request(m_dovecot, user, account, inbox, policy));
        QCOMPARE(r.deletionsRequested, 1);
        QCOMPARE(m_dovecot.messagesOnServer(user).size(), 2);
        QVERIFY(!m_dovecot.messagesOnServer(user).contains(mail(user, 1)));
        QCOMPARE(r.downloaded, 0); // and it is not downloaded again
    }

    void sizeLimitFetchesHeadersOnlyAndNeverDeletesThem()
    {
        const QString user = newUser(0);
        QVERIFY(m_dovecot.deliver(user, mail(user, 1, 100)));
        QVERIFY(m_dovecot.deliver(user, mail(user, 2, 300000)));
        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(user);
        auto request = f.request(m_dovecot, user, account, inbox, {false, 0, false});
        request.sizeLimitBytes = 100000;
        const auto r = f.run(request);
        QVERIFY2(r.ok(), why(r).constData());
        QCOMPARE(r.downloaded, 2);
        QCOMPARE(r.headersOnly, 1);
        QCOMPARE(r.deletionsRequested, 1); // only the complete one
        QCOMPARE(m_dovecot.messagesOnServer(user), QList<QByteArray>{mail(user, 2, 300000)});
        const auto page = store::MessageStore(*f.db).page(inbox, store::SortKey::Subject, Qt::AscendingOrder, 0, 10).value();
        QCOMPARE(page.size(), 2);
        QVERIFY(!page[0].headersOnly);
        QVERIFY(page[1].headersOnly);
        const QByteArray stored = store::MessageStore(*f.db).raw(page[1].id).value();
        const QByteArray full = mail(user, 2, 300000);
        QCOMPARE(stored, full.left(full.indexOf("\r\n\r\n") + 4));

        // Later the user asks for the rest: the same row gets the whole message, and with it
        // stored the policy may now remove it from the server.
        const QString uid = [&] {
            for (const store::UidlEntry& e : store::UidlStore(*f.db).entries(account).value())
                if (e.messageId == page[1].id)
                    return e.uidl;
            return QString();
        }();
        // Checks in between recognise the unchanged listing; asking for a body still fetches it.
        auto keep = request;
        keep.policy = {};
        QVERIFY(f.run(keep).ok()); // the listing changed (the complete one was deleted)
        QVERIFY(f.run(keep).listingRecognised);
        auto complete = request;
        complete.completeBodies.insert(uid, page[1].id);
        const auto rest = f.run(complete);
        QVERIFY2(rest.ok(), why(rest).constData());
        QCOMPARE(rest.completed, 1);
        QCOMPARE(rest.downloaded, 0);
        QCOMPARE(store::MessageStore(*f.db).raw(page[1].id).value(), full);
        QVERIFY(!store::MessageStore(*f.db).summary(page[1].id).value().headersOnly);
        QCOMPARE(f.countIn(inbox), 2);
        QCOMPARE(m_dovecot.messagesOnServer(user).size(), 0); // now complete, so delete-after-download applies
    }

    void aBodyAskedForOfAMessageDeletedMeanwhileIsSkipped()
    {
        const QString user = newUser(0);
        QVERIFY(m_dovecot.deliver(user, mail(user, 1, 300000)));
        QVERIFY(m_dovecot.deliver(user, mail(user, 2, 100)));
        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(user);
        auto request = f.request(m_dovecot, user, account, inbox, {true, 0, false});
        request.sizeLimitBytes = 100000;
        QVERIFY(f.run(request).ok());
        const store::UidlEntry big = [&] {
            for (const store::UidlEntry& e : store::UidlStore(*f.db).entries(account).value())
                if (e.headersOnly)
                    return e;
            return store::UidlEntry{};
        }();
        QVERIFY(big.messageId > 0);
        QVERIFY(m_dovecot.deliver(user, mail(user, 3, 100))); // new mail comes with the request
        // The user asked for the rest, then deleted the message for good before the sync ran.
        auto complete = request;
        complete.completeBodies.insert(big.uidl, big.messageId);
        QVERIFY(store::MessageStore(*f.db).deletePermanently({big.messageId}).ok());
        const auto r = f.run(complete);
        QVERIFY2(r.ok(), why(r).constData());
        QCOMPARE(r.completed, 0);
        QCOMPARE(r.downloaded, 1);
        QCOMPARE(f.countIn(inbox), 2);
    }

    void threeAccountsAtOnceIntoOneProfile()
    {
        SyncFixture f;
        QVERIFY(f.open());
        std::vector<std::unique_ptr<sync::SyncJob>> jobs;
        QList<qint64> inboxes;
        for (int a = 0; a < 3; ++a) {
            const QString user = newUser(30 + a);
            auto [account, inbox] = f.addAccount(user);
            inboxes.append(inbox);
            jobs.push_back(std::make_unique<sync::SyncJob>(*f.db, SyncFixture::transports(),
                                                        f.request(m_dovecot, user, account, inbox)));
        }
        QList<sync::SyncReport> reports(3);
        int finished = 0;
        for (int a = 0; a < 3; ++a) {
            connect(jobs[a].get(), &sync::SyncJob::finished, this,
                    [&finished, &reports, a](const sync::SyncReport& r) {
                        reports[a] = r;
                        ++finished;
                    });
            jobs[a]->start();
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 3, 60000);
        for (int a = 0; a < 3; ++a) {
            QVERIFY(reports[a].ok());
            QCOMPARE(f.countIn(inboxes[a]), 30 + a);
        }
    }

    void wrongPasswordIsReported()
    {
        const QString user = newUser(1);
        SyncFixture f;
        QVERIFY(f.open());
        auto [account, inbox] = f.addAccount(user);
        auto request = f.request(m_dovecot, user, account, inbox);
        request.login.credentials.secret = QStringLiteral("wrong");
        const auto r = f.run(request);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, ErrorCode::WrongCredentials);
        QCOMPARE(f.countIn(inbox), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SyncJobDovecot)
#include "tst_SyncJobDovecot.moc"
