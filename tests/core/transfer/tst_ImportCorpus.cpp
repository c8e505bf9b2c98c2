// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/MessageStore.h"
#include "core/transfer/Exporter.h"
#include "core/transfer/Importer.h"
#include "tests/core/store/StoreFixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace postbag;
using namespace postbag::store;
using namespace postbag::transfer;

// The shared SpamAssassin corpus as one 32 MB mboxrd file: import, then export, then compare.
class tst_ImportCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spamAssassinRoundTrip()
    {
        const QString corpus = qEnvironmentVariable("POSTBAG_CORPUS");
        const QString gz = corpus + u"/spamassassin-public-corpus.mboxrd.gz";
        if (corpus.isEmpty() || !QFile::exists(gz)) {
            QSKIP("POSTBAG_CORPUS with spamassassin-public-corpus.mboxrd.gz is not available");
        }
        test::StoreFixture f;
        QVERIFY(f.setUp());
        const QString mbox = f.dir.filePath(QStringLiteral("spamassassin.mbox"));
        QProcess gunzip;
        gunzip.setStandardOutputFile(mbox);
        gunzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), gz});
        QVERIFY(gunzip.waitForFinished(120000));
        QCOMPARE(gunzip.exitCode(), 0);

        qint64 lastBytes = 0;
        ImportOptions options;
        options.progress = [&](const ImportProgress& p) {
            QVERIFY(p.bytes >= lastBytes);
            lastBytes = p.bytes;
        };
        const auto report =
            Importer(*f.db).importPath(mbox, QStringLiteral("SpamAssassin"), 0, options);
        STORE_OK(report);
        QCOMPARE(report->messages, 6046);
        QCOMPARE(report->imported, 6046); // the corpus has no two identical messages
        QCOMPARE(report->duplicates, 0);
        QCOMPARE(MessageStore(*f.db).counts(report->folderId).value().total, 6046);

        // The file is exactly mboxrd: every From_ line kept as the envelope, '>'-quoting undone
        // on import and redone on export, one blank line after each message. The one message
        // whose original file lacked a final newline was written with "\n\n" after it, so it is
        // stored with that newline (an mbox cannot say otherwise) and the file still round-trips.
        const QString out = f.dir.filePath(QStringLiteral("export.mbox"));
        const auto exported = Exporter(*f.db).exportFolder(report->folderId, out);
        STORE_OK(exported);
        QCOMPARE(exported->messages, 6046);
        auto sha = [](const QString& path) {
            QFile file(path);
            QCryptographicHash h(QCryptographicHash::Sha256);
            return file.open(QIODevice::ReadOnly) && h.addData(&file) ? h.result() : QByteArray();
        };
        QCOMPARE(QFileInfo(out).size(), QFileInfo(mbox).size());
        QCOMPARE(sha(out).toHex(), sha(mbox).toHex());
    }
};

QTEST_GUILESS_MAIN(tst_ImportCorpus)
#include "tst_ImportCorpus.moc"
