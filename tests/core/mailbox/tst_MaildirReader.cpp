// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mailbox/FileProblem.h"
#include "core/mailbox/MaildirReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace postbag;
using namespace postbag::mailbox;

namespace {

void makeMaildir(const QString& dir)
{
    for (const char* sub : {"cur", "new", "tmp"}) {
        QVERIFY(QDir().mkpath(dir + u'/' + QLatin1String(sub)));
    }
}

void put(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class tst_MaildirReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A message file that is a link out of the Maildir (to ~/.ssh/id_rsa), or a cur/ that is
    // one, is no message; a subfolder linked under two names is one folder.
    void linksOutOfTheMaildirAreNotMessages()
    {
        QTemporaryDir tmp;
        const QString box = tmp.filePath(QStringLiteral("Maildir"));
        const QString other = tmp.filePath(QStringLiteral("other"));
        makeMaildir(box);
        makeMaildir(box + u"/.Work");
        makeMaildir(other);
        put(box + u"/cur/1700000000.M1P1.host:2,S", "Subject: mine\n\nhello\n");
        put(tmp.filePath(QStringLiteral("id_rsa")), "-----BEGIN OPENSSH PRIVATE KEY-----\n");
        QVERIFY(QFile::link(tmp.filePath(QStringLiteral("id_rsa")),
                            box + u"/new/1700000001.M2P2.host"));
        QVERIFY(QFile::link(box + u"/cur/1700000000.M1P1.host:2,S",
                            box + u"/cur/1700000002.M3P3.host:2,"));
        put(other + u"/cur/1700000003.M4P4.host:2,", "Subject: not this box\n\n");
        QVERIFY(QFile::rename(box + u"/.Work/cur", box + u"/.Work/cur.gone"));
        QVERIFY(QFile::link(other + u"/cur", box + u"/.Work/cur"));
        QVERIFY(QFile::link(box + u"/.Work", box + u"/.Work2"));
        QVERIFY(QFile::link(QStringLiteral("."), box + u"/.Loop"));

        const auto entries = MaildirReader(box).entries();
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2); // the message and the link to it inside the Maildir
        for (const MaildirEntry& e : entries.value())
            QVERIFY2(e.path.contains(QStringLiteral("/cur/")), qPrintable(e.path));
        const auto folders = MaildirReader(box).subfolders();
        QCOMPARE(folders.size(), 1);
        QCOMPARE(folders.front().path, QStringList{QStringLiteral("Work")});
        const auto work = MaildirReader(folders.front().directory).entries();
        QVERIFY(work.ok());
        QVERIFY(work->isEmpty()); // its cur/ leads to another Maildir
    }

    void flagsFromNames()
    {
        const MaildirEntry e =
            MaildirReader::parseName(QStringLiteral("1700000000.M1P2.host:2,FRS"));
        QVERIFY(e.seen && e.flagged && e.answered && !e.trashed && !e.draft);
        QCOMPARE(e.deliveredAt, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        const MaildirEntry t = MaildirReader::parseName(QStringLiteral("1.x:2,DT"));
        QVERIFY(t.trashed && t.draft && !t.seen);
        const MaildirEntry none = MaildirReader::parseName(QStringLiteral("name-without-info"));
        QVERIFY(!none.seen && !none.flagged && !none.deliveredAt.isValid());
    }

    void entriesAndFolders()
    {
        QTemporaryDir tmp;
        const QString root = tmp.path();
        makeMaildir(root);
        put(root + u"/new/1700000003.N.host", "Subject: new\n\nunseen\n");
        put(root + u"/cur/1700000001.A.host:2,S", "Subject: a\r\n\r\nseen, CRLF\r\n");
        put(root + u"/cur/1700000002.B.host:2,FR", "Subject: b\n\nno final newline");
        put(root + u"/tmp/1700000000.T.host", "Subject: in delivery\n\n");
        put(root + u"/cur/.hidden", "not mail");
        makeMaildir(root + u"/.Work");
        makeMaildir(root + u"/.Work.Reports");
        QVERIFY(QDir().mkpath(root + u"/.Trash-not-maildir"));

        QVERIFY(MaildirReader::isMaildir(root));
        const auto entries = MaildirReader(root).entries();
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 3); // tmp/ and dot-files ignored
        QCOMPARE(QFileInfo(entries->at(0).path).fileName(),
                 QStringLiteral("1700000001.A.host:2,S"));
        QVERIFY(entries->at(0).seen);
        QVERIFY(entries->at(1).flagged && entries->at(1).answered && !entries->at(1).seen);
        QVERIFY(!entries->at(2).seen);
        QCOMPARE(MaildirReader::read(entries->at(0).path).value(),
                 QByteArray("Subject: a\r\n\r\nseen, CRLF\r\n"));
        QCOMPARE(MaildirReader::read(entries->at(1).path).value(),
                 QByteArray("Subject: b\n\nno final newline"));

        const QList<MaildirFolder> folders = MaildirReader(root).subfolders();
        QCOMPARE(folders.size(), 2);
        QCOMPARE(folders[0].path, QStringList{QStringLiteral("Work")});
        QCOMPARE(folders[1].path, (QStringList{QStringLiteral("Work"), QStringLiteral("Reports")}));
    }

    void notAMaildir()
    {
        QTemporaryDir tmp;
        const auto missing = MaildirReader(tmp.filePath(QStringLiteral("nope"))).entries();
        QCOMPARE(problemOf(missing.error()), FileProblem::Missing);
        const auto plain = MaildirReader(tmp.path()).entries();
        QCOMPARE(problemOf(plain.error()), FileProblem::NotMailbox);
    }
};

QTEST_GUILESS_MAIN(tst_MaildirReader)
#include "tst_MaildirReader.moc"
