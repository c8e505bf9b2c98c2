// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs under tests/support/with-keyring: a real GNOME Keyring speaking Secret Service on a private
// D-Bus session, reached through QtKeychain exactly as the app reaches the user's keyring.
#include "core/account/KeychainCredentialStore.h"
#include "tests/support/Outcome.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace postbag;
using namespace postbag::account;
using postbag::testing::Outcome;

namespace {
AccountSettings accountFor(const QString& user)
{
    AccountSettings s;
    s.name = QStringLiteral("Work");
    s.host = QStringLiteral("pop.example.org");
    s.port = 995;
    s.username = user;
    return s;
}

template <typename T> bool wait(const Outcome<T>& outcome)
{
    return QTest::qWaitFor([&] { return outcome.done(); }, 20000);
}

// What the Secret Service itself holds, asked with libsecret's own tool: proves the secret went to
// the keyring and not somewhere else.
QString keyringLookup(const QString& key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), key});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}
} // namespace

class tst_KeychainCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring");
    }

    void writesReadsAndErases()
    {
        KeychainCredentialStore store(QStringLiteral("PostbagTest"));
        const AccountSettings a = accountFor(QStringLiteral("alice"));
        const QString secret = QStringLiteral("Pa55 wörd – with spaces");

        Outcome<Ok> written;
        store.write(a, secret, written.callback());
        QVERIFY(wait(written));
        QVERIFY2(written.ok(), written.result && !written.result->ok()
                                   ? qPrintable(written.error().serverText)
                                   : "no answer");

        Outcome<QString> read;
        store.read(a, read.callback());
        QVERIFY(wait(read));
        QVERIFY(read.ok());
        QCOMPARE(read.value(), secret);

        Outcome<Ok> erased;
        store.erase(a, erased.callback());
        QVERIFY(wait(erased));
        QVERIFY(erased.ok());

        Outcome<QString> gone;
        store.read(a, gone.callback());
        QVERIFY(wait(gone));
        QCOMPARE(gone.code(), ErrorCode::CredentialsUnavailable);
    }

    void accountsDoNotShareSecrets()
    {
        KeychainCredentialStore store(QStringLiteral("PostbagTest"));
        Outcome<Ok> w1, w2;
        store.write(accountFor(QStringLiteral("bob")), QStringLiteral("one"), w1.callback());
        QVERIFY(wait(w1));
        store.write(accountFor(QStringLiteral("carol")), QStringLiteral("two"), w2.callback());
        QVERIFY(wait(w2));
        QVERIFY(w1.ok() && w2.ok());
        Outcome<QString> r1, r2;
        store.read(accountFor(QStringLiteral("bob")), r1.callback());
        store.read(accountFor(QStringLiteral("carol")), r2.callback());
        QVERIFY(wait(r1) && wait(r2));
        QCOMPARE(r1.value(), QStringLiteral("one"));
        QCOMPARE(r2.value(), QStringLiteral("two"));
    }

    void secretLivesInTheSecretService()
    {
        KeychainCredentialStore store(QStringLiteral("PostbagTest"));
        const AccountSettings a = accountFor(QStringLiteral("dave"));
        Outcome<Ok> written;
        store.write(a, QStringLiteral("s3cret-in-keyring"), written.callback());
        QVERIFY(wait(written));
        QVERIFY(written.ok());
        const QString listing = keyringLookup(CredentialStore::keyFor(a));
        QVERIFY2(listing.contains(QStringLiteral("s3cret-in-keyring")), qPrintable(listing));
    }
};

QTEST_GUILESS_MAIN(tst_KeychainCredentialStore)
#include "tst_KeychainCredentialStore.moc"
