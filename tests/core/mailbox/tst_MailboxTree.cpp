// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mailbox/FileProblem.h"
#include "core/mailbox/MailboxTree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace postbag;
using namespace postbag::mailbox;
using Kind = MailboxSource::Kind;

namespace {

void put(const QString& path, const QByteArray& bytes)
{
    QVERIFY(QDir().mkpath(path.section(u'/', 0, -2)));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

const QByteArray mbox =
    "From - Thu Aug 22 12:36:23 2002\nX-Mozilla-Status: 0001\nSubject: s\n\nb\n\n";

QList<QStringList> paths(const QList<MailboxSource>& sources)
{
    QList<QStringList> out;
    for (const MailboxSource& s : sources) {
        out.append(s.path);
    }
    return out;
}

} // namespace

class tst_MailboxTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thunderbirdLocalFolders()
    {
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("Local Folders"));
        put(root + u"/Inbox", mbox);
        put(root + u"/Inbox.msf", "// <!-- <mdb:mork:z v=\"1.4\"/> -->");
        put(root + u"/Trash", ""); // empty folder
        put(root + u"/Unsent Messages", "");
        put(root + u"/Archives.sbd/2023", mbox);
        put(root + u"/Archives.sbd/2023.msf", "mork");
        put(root + u"/Archives.sbd/2024.sbd/Jan", mbox);
        put(root + u"/Inbox.sbd/Lists", mbox);
        put(root + u"/popstate.dat", "# POP3 State File");
        put(root + u"/msgFilterRules.dat", "version=\"9\"");
        put(root + u"/filterlog.html", "<html>");
        put(root + u"/notes.txt", "not an mbox");
        put(root + u"/Empty.sbd/notes.txt", "not an mbox either");

        const auto found = MailboxTree::discover(root);
        QVERIFY(found.ok());
        const QList<QStringList> expected = {
            {QStringLiteral("Archives")},
            {QStringLiteral("Archives"), QStringLiteral("2023")},
            {QStringLiteral("Archives"), QStringLiteral("2024")},
            {QStringLiteral("Archives"), QStringLiteral("2024"), QStringLiteral("Jan")},
            {QStringLiteral("Inbox")},
            {QStringLiteral("Inbox"), QStringLiteral("Lists")},
            {QStringLiteral("Trash")},
            {QStringLiteral("Unsent Messages")},
        };
        QCOMPARE(paths(found.value()), expected);
        QCOMPARE(found->at(0).kind, Kind::Folder); // Archives.sbd without an Archives file
        QCOMPARE(found->at(1).kind, Kind::Mbox);
        QCOMPARE(found->at(4).location, root + u"/Inbox");
    }

    void maildirPlusPlus()
    {
        QTemporaryDir tmp;
        for (const char* sub : {"cur", "new", "tmp", ".A/cur", ".A/new", ".A.B/cur", ".A.B/new"}) {
            QVERIFY(QDir().mkpath(tmp.path() + u'/' + QLatin1String(sub)));
        }
        const auto found = MailboxTree::discover(tmp.path());
        QVERIFY(found.ok());
        QCOMPARE(paths(found.value()),
                 (QList<QStringList>{
                     {}, {QStringLiteral("A")}, {QStringLiteral("A"), QStringLiteral("B")}}));
        QCOMPARE(found->at(2).kind, Kind::Maildir);
    }

    // Links back to the tree (two to ".", one to "..") and links out of it: each real folder is
    // walked once and nothing outside the tree is offered.
    void hostileTreeIsWalkedOnceAndStaysInside()
    {
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("tree"));
        const QString outside = tmp.filePath(QStringLiteral("outside"));
        put(root + u"/Inbox", mbox);
        put(root + u"/Sub/Notes", mbox);
        put(outside + u"/Private", mbox);
        put(outside + u"/id_rsa", "From -----BEGIN OPENSSH PRIVATE KEY-----\n");
        QVERIFY(QFile::link(QStringLiteral("."), root + u"/again"));
        QVERIFY(QFile::link(QStringLiteral("."), root + u"/and again"));
        QVERIFY(QFile::link(QStringLiteral(".."), root + u"/Sub/up"));
        QVERIFY(QFile::link(outside, root + u"/Elsewhere"));
        QVERIFY(QFile::link(outside + u"/id_rsa", root + u"/Keys"));
        QVERIFY(QFile::link(root + u"/Inbox", root + u"/Inbox copy")); // inside: fine
        const auto found = MailboxTree::discover(root);
        QVERIFY(found.ok());
        QCOMPARE(paths(found.value()),
                 (QList<QStringList>{{QStringLiteral("Inbox")},
                                     {QStringLiteral("Inbox copy")},
                                     {QStringLiteral("Sub")},
                                     {QStringLiteral("Sub"), QStringLiteral("Notes")}}));
        for (const MailboxSource& s : found.value())
            QVERIFY2(!QFileInfo(s.location).canonicalFilePath().startsWith(outside),
                     qPrintable(s.location));
    }

    void singleFileAndErrors()
    {
        QTemporaryDir tmp;
        put(tmp.filePath(QStringLiteral("one.mbox")), mbox);
        const auto one = MailboxTree::discover(tmp.filePath(QStringLiteral("one.mbox")));
        QCOMPARE(one->size(), 1);
        QVERIFY(one->front().path.isEmpty());
        const auto missing = MailboxTree::discover(tmp.filePath(QStringLiteral("missing")));
        QCOMPARE(problemOf(missing.error()), FileProblem::Missing);
        QVERIFY(QDir().mkpath(tmp.filePath(QStringLiteral("empty"))));
        const auto empty = MailboxTree::discover(tmp.filePath(QStringLiteral("empty")));
        QCOMPARE(problemOf(empty.error()), FileProblem::NotMailbox);
    }
};

QTEST_GUILESS_MAIN(tst_MailboxTree)
#include "tst_MailboxTree.moc"
