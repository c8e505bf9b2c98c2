// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mailbox/FileProblem.h"
#include "core/mailbox/MboxReader.h"
#include "core/mailbox/MboxWriter.h"
#include "core/store/FolderStore.h"
#include "core/store/MessageStore.h"
#include "core/transfer/Exporter.h"
#include "core/transfer/Importer.h"
#include "tests/core/store/StoreFixture.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace postbag;
using namespace postbag::store;
using namespace postbag::transfer;
using mailbox::FileProblem;

namespace {

void put(const QString& path, const QByteArray& bytes)
{
    QVERIFY(QDir().mkpath(path.section(u'/', 0, -2)));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray slurp(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A well-formed mboxrd file with the awkward cases: quoting at several depths, a blank line
// ending a message, CRLF, a message without Message-ID, Thunderbird and mutt status headers.
const QByteArray mboxrd =
    "From alice@example.org  Thu Aug 22 12:36:23 2002\n"
    "Message-ID: <a@x>\nSubject: one\nX-Mozilla-Status: 0001\n\n>From the start\n>>From two\n\n"
    ">From Russia with love\n\n"
    "From MAILER-DAEMON Thu Jan  1 00:00:00 1970\n"
    "Subject: two, no id\nStatus: RO\nX-Status: AF\n\nbody\n\n\n"
    "From bob@example.org Mon Jun  3 12:50:27 1996\r\n"
    "Message-ID: <c@x>\r\nSubject: three\r\n\r\ncrlf body\r\n\r\n";

} // namespace

class tst_ImportExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emlRoundTrip()
    {
        test::StoreFixture f;
        QVERIFY(f.setUp());
        const QByteArray eml = "Message-ID: <e@x>\r\nSubject: eml\r\n\r\nno final newline";
        put(f.dir.filePath(QStringLiteral("in/msg.eml")), eml);
        const auto report = Importer(*f.db).importPath(f.dir.filePath(QStringLiteral("in/msg.eml")),
                                                       QStringLiteral("Saved"), 0, {});
        STORE_OK(report);
        QCOMPARE(report->imported, 1);
        const auto ids = MessageStore(*f.db).ids(report->folderId).value();
        QCOMPARE(ids.size(), 1);
        const QString out = f.dir.filePath(QStringLiteral("out.eml"));
        STORE_OK(Exporter(*f.db).exportMessage(ids.front(), out));
        QCOMPARE(slurp(out), eml);
    }

    void mboxRoundTripAndFlags()
    {
        test::StoreFixture f;
        QVERIFY(f.setUp());
        const QString in = f.dir.filePath(QStringLiteral("in.mbox"));
        put(in, mboxrd);
        QList<qint64> progress;
        ImportOptions options;
        options.batchSize = 2; // several transactions
        options.progress = [&](const ImportProgress& p) {
            progress.append(p.messages);
            QCOMPARE(p.totalBytes, mboxrd.size());
        };
        const auto report = Importer(*f.db).importPath(in, QStringLiteral("Old mail"), 0, options);
        STORE_OK(report);
        QCOMPARE(report->messages, 3);
        QCOMPARE(report->imported, 3);
        QCOMPARE(progress, (QList<qint64>{2, 3}));
        MessageStore messages(*f.db);
        const auto ids = messages.ids(report->folderId).value();
        QCOMPARE(messages.raw(ids[0]).value(),
                 QByteArray("Message-ID: <a@x>\nSubject: one\nX-Mozilla-Status: 0001\n\nFrom the "
                            "start\n>From two\n\nFrom Russia with love\n"));
        QCOMPARE(messages.envelope(ids[0]).value(),
                 QByteArray("From alice@example.org  Thu Aug 22 12:36:23 2002"));
        const MessageSummary one = messages.summary(ids[0]).value();
        QCOMPARE(one.flags, Flags(Flag::Seen));
        QCOMPARE(one.receivedAt, QDateTime(QDate(2002, 8, 22), QTime(12, 36, 23), Qt::UTC));
        QCOMPARE(messages.summary(ids[1]).value().flags,
                 Flag::Seen | Flag::Answered | Flag::Flagged);
        QCOMPARE(messages.summary(ids[2]).value().flags, Flags());

        const QString out = f.dir.filePath(QStringLiteral("out.mbox"));
        const auto exported = Exporter(*f.db).exportFolder(report->folderId, out);
        STORE_OK(exported);
        QCOMPARE(exported->messages, 3);
        QCOMPARE(slurp(out), mboxrd);

        // Importing again into the same folder adds nothing with a Message-ID.
        const auto again = Importer(*f.db).importPath(in, QStringLiteral("Old mail"), 0, {});
        STORE_OK(again);
        QCOMPARE(again->folderId, report->folderId);
        QCOMPARE(again->duplicates, 2);
        QCOMPARE(again->imported, 1); // the one without Message-ID cannot be recognised
    }

    // A message stored as headers only is exported as it is, and the report counts it.
    void importedRepliesShareAThread()
    {
        // Imports write through the store like downloads: each message is threaded in the
        // transaction that stores it, a reply read before its parent included.
        test::StoreFixture f;
        QVERIFY(f.setUp());
        const QString in = f.dir.filePath(QStringLiteral("thread.mbox"));
        put(in, "From a@x Thu Aug 22 12:36:23 2002\nMessage-ID: <reply@x>\nReferences: <root@x>\n"
                "Subject: Re: Plan\n\nyes\n\n"
                "From b@x Thu Aug 22 12:36:24 2002\nMessage-ID: <other@x>\nSubject: Other\n\nx\n\n"
                "From c@x Thu Aug 22 12:36:25 2002\nMessage-ID: <root@x>\nSubject: Plan\n\nplan\n");
        ImportOptions options;
        options.batchSize = 2; // the parent comes in a later transaction than its reply
        const auto report = Importer(*f.db).importPath(in, QStringLiteral("Threads"), 0, options);
        STORE_OK(report);
        QCOMPARE(report->imported, 3);
        const auto threads = test::rows(
            *f.db, QStringLiteral("SELECT thread_id FROM messages WHERE folder_id = ? ORDER BY id"),
            1, {report->folderId});
        STORE_OK(threads);
        QCOMPARE(threads->size(), 3);
        QVERIFY(!threads->at(0).at(0).isNull());
        QCOMPARE(threads->at(2).at(0), threads->at(0).at(0));
        QVERIFY(threads->at(1).at(0) != threads->at(0).at(0));
    }

    void exportCountsHeadersOnlyMessages()
    {
        test::StoreFixture f;
        QVERIFY(f.setUp());
        NewMessage head;
        head.accountId = f.account.id;
        head.folderId = f.account.inboxId;
        head.uidl = QStringLiteral("big-1");
        head.raw = "Subject: big\r\nMessage-ID: <big@x>\r\n\r\n";
        head.subject = QStringLiteral("big");
        head.headersOnly = true;
        NewMessage whole = head;
        whole.uidl = QStringLiteral("small-1");
        whole.raw = "Subject: small\r\nMessage-ID: <small@x>\r\n\r\nbody\r\n";
        whole.headersOnly = false;
        STORE_OK(MessageStore(*f.db).insert(head));
        STORE_OK(MessageStore(*f.db).insert(whole));
        const auto exported = Exporter(*f.db).exportFolder(
            f.account.inboxId, f.dir.filePath(QStringLiteral("inbox.mbox")));
        STORE_OK(exported);
        QCOMPARE(exported->messages, 2);
        QCOMPARE(exported->headersOnly, 1);
    }

    // A message whose own bytes begin with a From_ line (an .eml saved by mutt) is written
    // quoted and read back as a message of its own, byte for byte.
    void aMessageStartingWithFromSurvivesARoundTrip()
    {
        test::StoreFixture f;
        QVERIFY(f.setUp());
        const QByteArray first = "Message-ID: <one@x>\nSubject: one\n\nfirst body\n";
        const QByteArray second =
            "From mutt@example.org Mon Jun  3 12:50:27 1996\nMessage-ID: <two@x>\nSubject: two\n"
            "\nsecond body\n";
        const qint64 saved = FolderStore(*f.db).create(0, QStringLiteral("Saved")).value();
        for (const QByteArray& raw : {first, second}) {
            NewMessage m;
            m.folderId = saved;
            m.raw = raw;
            m.subject = QStringLiteral("s");
            STORE_OK(MessageStore(*f.db).insert(m));
        }
        QCOMPARE(MessageStore(*f.db).ids(saved).value().size(), 2);
        const QString out = f.dir.filePath(QStringLiteral("out.mbox"));
        STORE_OK(Exporter(*f.db).exportFolder(saved, out));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        mailbox::MboxReader reader(file);
        QList<QByteArray> read;
        for (;;) {
            auto m = reader.next();
            STORE_OK(m);
            if (!m.value()) {
                break;
            }
            read.append(m.value()->raw);
        }
        QCOMPARE(read.size(), 2);
        QVERIFY(read.contains(first));
        QVERIFY(read.contains(second));
    }

    void maildirToMbox()
    {
        test::StoreFixture f;
        QVERIFY(f.setUp());
        const QString root = f.dir.filePath(QStringLiteral("Maildir"));
        for (const char* sub : {"cur", "new", "tmp", ".Lists.Qt/cur", ".Lists.Qt/new"}) {
            QVERIFY(QDir().mkpath(root + u'/' + QLatin1String(sub)));
        }
        const QList<QByteArray> bodies = {
            "Message-ID: <1@m>\nSubject: a\n\nFrom here\n>From there\n",
            "Message-ID: <2@m>\r\nSubject: b\r\n\r\ncrlf\r\n",
            "Message-ID: <3@m>\nSubject: c\n\nno final newline",
        };
        put(root + u"/cur/1700000001.a.h:2,S", bodies[0]);
        put(root + u"/cur/1700000002.b.h:2,RF", bodies[1]);
        put(root + u"/new/1700000003.c.h", bodies[2]);
        put(root + u"/cur/1700000004.d.h:2,ST", "Message-ID: <4@m>\n\ntrashed\n");
        put(root + u"/.Lists.Qt/cur/1700000005.e.h:2,", "Message-ID: <5@m>\n\nlist\n");
        const auto report = Importer(*f.db).importPath(root, QStringLiteral("Maildir"), 0, {});
        STORE_OK(report);
        QCOMPARE(report->imported, 4);
        QCOMPARE(report->skipped, 1);
        QCOMPARE(report->folderIds.size(), 3); // Maildir, Lists, Qt
        const Folder qt = FolderStore(*f.db).folder(report->folderIds.last()).value();
        QCOMPARE(qt.name, QStringLiteral("Qt"));
        QCOMPARE(qt.counts.total, 1);
        QCOMPARE(qt.counts.unread, 1);

        MessageStore messages(*f.db);
        const auto ids = messages.ids(report->folderId).value();
        QCOMPARE(ids.size(), 3);
        QCOMPARE(messages.summary(ids[1]).value().flags, Flag::Answered | Flag::Flagged);
        const QString out = f.dir.filePath(QStringLiteral("out.mbox"));
        STORE_OK(Exporter(*f.db).exportFolder(report->folderId, out));
        const QByteArray mbox = slurp(out);
        QVERIFY(mbox.startsWith("From MAILER-DAEMON "));
        for (const QByteArray& body : bodies) {
            QVERIFY2(mbox.contains(mailbox::MboxWriter::quoted(body)), body.constData());
        }
        // Read back: every file's bytes, exactly (plus the line end the unterminated one needs to
        // sit in an mbox).
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        mailbox::MboxReader reader(file);
        QCOMPARE(reader.next().value()->raw, bodies[0]);
        QCOMPARE(reader.next().value()->raw, bodies[1]);
        QCOMPARE(reader.next().value()->raw, bodies[2] + '\n');
        QVERIFY(!reader.next().value().has_value());
    }

    void thunderbirdTree()
    {
        test::StoreFixture f;
        QVERIFY(f.setUp());
        const QString root = f.dir.filePath(QStringLiteral("Local Folders"));
        const QByteArray one = "From - Thu Aug 22 12:36:23 2002\nX-Mozilla-Status: 0001\n"
                               "Message-ID: <t1@x>\n\nkept\n\n"
                               "From - Thu Aug 22 12:36:24 2002\nX-Mozilla-Status: 0009\n"
                               "Message-ID: <t2@x>\n\ndeleted, not yet compacted\n\n";
        put(root + u"/Inbox", one);
        put(root + u"/Inbox.msf", "mork");
        put(root + u"/Archives.sbd/2024", "From - Thu Aug 22 12:36:25 2002\nMessage-ID: <t3@x>\n\n"
                                          "archived\n\n");
        put(root + u"/Trash", "");
        const auto report = Importer(*f.db).importPath(root, QStringLiteral("Thunderbird"), 0, {});
        STORE_OK(report);
        QCOMPARE(report->imported, 2);
        QCOMPARE(report->skipped, 1);
        QStringList names;
        const auto folders = FolderStore(*f.db).list().value();
        for (const Folder& folder : folders) {
            if (report->folderIds.contains(folder.id)) {
                names.append(folder.name);
            }
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Thunderbird"), QStringLiteral("Archives"),
                                     QStringLiteral("2024"), QStringLiteral("Inbox"),
                                     QStringLiteral("Trash")}));
    }

    void cancellation()
    {
        test::StoreFixture f;
        QVERIFY(f.setUp());
        QByteArray big;
        for (int i = 0; i < 50; ++i) {
            big += "From a@b Thu Aug 22 12:36:23 2002\nMessage-ID: <" + QByteArray::number(i) +
                   "@x>\n\nbody\n\n";
        }
        put(f.dir.filePath(QStringLiteral("big.mbox")), big);
        ImportOptions options;
        options.batchSize = 10;
        int polls = 0;
        options.cancelled = [&] { return ++polls > 25; };
        const auto report = Importer(*f.db).importPath(f.dir.filePath(QStringLiteral("big.mbox")),
                                                       QStringLiteral("Big"), 0, options);
        STORE_OK(report);
        QVERIFY(report->cancelled);
        QCOMPARE(report->imported, 25);
        QCOMPARE(MessageStore(*f.db).counts(report->folderId).value().total, 25);
    }

    // A full disk partway: the import fails, and the last progress report says how many
    // messages its committed batches stored (the command line repeats it).
    void aFailedImportSaysWhatItStoredBefore()
    {
        test::StoreFixture f;
        QVERIFY(f.setUp());
        QByteArray big;
        quint32 seed = 7;
        for (int i = 0; i < 400; ++i) {
            QByteArray body; // words that neither compress nor repeat much
            for (int w = 0; w < 300; ++w) {
                seed = seed * 1664525u + 1013904223u;
                body += QByteArray::number(seed, 36) + (w % 12 == 11 ? "\n" : " ");
            }
            big += "From a@b Thu Aug 22 12:36:23 2002\nMessage-ID: <" + QByteArray::number(i) +
                   "@x>\n\n" + body + "\n\n";
        }
        put(f.dir.filePath(QStringLiteral("big.mbox")), big);
        const qint64 pages = f.db->scalar(QStringLiteral("PRAGMA page_count")).value().toLongLong();
        QVERIFY(f.db->setPageLimit(pages + 100).ok());
        ImportOptions options;
        options.batchSize = 20;
        ImportProgress last;
        options.progress = [&](const ImportProgress& p) { last = p; };
        const auto report = Importer(*f.db).importPath(f.dir.filePath(QStringLiteral("big.mbox")),
                                                       QStringLiteral("Big"), 0, options);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::DiskFull);
        QVERIFY(f.db->setPageLimit(0).ok());
        const qint64 stored =
            f.db->scalar(QStringLiteral("SELECT count(*) FROM messages")).value().toLongLong();
        QVERIFY(stored > 0 && stored < 400);
        QCOMPARE(last.imported, stored);
        QCOMPARE(last.duplicates, 0);
    }

    void typedErrors()
    {
        test::StoreFixture f;
        QVERIFY(f.setUp());
        Importer importer(*f.db);
        const auto missing = importer.importPath(f.dir.filePath(QStringLiteral("nope.mbox")),
                                                 QStringLiteral("X"), 0, {});
        QCOMPARE(mailbox::problemOf(missing.error()), FileProblem::Missing);
        put(f.dir.filePath(QStringLiteral("text.mbox")), "just some text\n");
        const auto notMbox = importer.importPath(f.dir.filePath(QStringLiteral("text.mbox")),
                                                 QStringLiteral("X"), 0, {});
        QCOMPARE(mailbox::problemOf(notMbox.error()), FileProblem::NotMailbox);

        QFile full(QStringLiteral("/dev/full"));
        if (!full.exists()) {
            QSKIP("no /dev/full here");
        }
        auto id = MessageStore(*f.db).insert(test::makeMessage(
            f.account.id, f.account.inboxId, QStringLiteral("u1"), QStringLiteral("s")));
        STORE_OK(id);
        QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const auto exported = Exporter(*f.db).exportFolder(f.account.inboxId, full);
        QCOMPARE(mailbox::problemOf(exported.error()), FileProblem::DiskFull);
        const Status unwritable = Exporter(*f.db).exportMessage(
            id->id, f.dir.filePath(QStringLiteral("no/such/dir/x.eml")));
        QCOMPARE(mailbox::problemOf(unwritable.error()), FileProblem::WriteFailed);
    }
};

QTEST_GUILESS_MAIN(tst_ImportExport)
#include "tst_ImportExport.moc"
