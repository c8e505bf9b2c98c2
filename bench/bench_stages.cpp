// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Where a downloaded message's CPU time goes: each stage of the ingest path (MIME parse, mapping,
// hash, zstd, search text, the store's batch transaction) timed on the SpamAssassin corpus, one
// thread, no network, in microseconds per message. The batch's two biggest parts are timed again
// alone (the FTS5 rows, the blob rows), and --variants times FTS5 and zstd settings side by side.
// It answers "how far can the sync go below its current time", next to bench_sync's floor.
#include "core/intake/MessageRecord.h"
#include "core/mime/MessageParser.h"
#include "core/store/AccountStore.h"
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/RawCodec.h"
#include "core/store/SearchText.h"
#include "core/store/SqlUtil.h"
#include "core/store/Transaction.h"
#include "store_mailgen.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QVariant>
#include <cstdio>
#include <zstd.h>

using namespace postbag;
using namespace Qt::Literals::StringLiterals;

namespace {

// Microseconds summed over the calls between start() and stop().
struct Clock
{
    QElapsedTimer timer;
    double us = 0;
    void start() { timer.start(); }
    void stop() { us += double(timer.nsecsElapsed()) / 1e3; }
};

const QString kColumns = QStringLiteral("subject, sender, recipients, body, attachments");
const QString kTokenizer = QStringLiteral("tokenize = 'unicode61 remove_diacritics 2'");

// Inserts the prepared search rows of `batch` into FTS5 table `table` in one transaction.
void insertSearchRows(store::Database& db, const QString& table,
                      const QList<store::NewMessage>& batch, qint64 firstRowid, Clock& clock)
{
    store::Transaction tx(db);
    (void)tx.begin();
    clock.start();
    const QString insert = u"INSERT INTO " + table +
                           u"(rowid, subject, sender, recipients, body, attachments) "
                           u"VALUES(?,?,?,?,?,?)";
    for (const store::NewMessage& m : batch) {
        (void)store::sql::run(db, insert,
                              {firstRowid++, m.prepared->subject, m.prepared->sender,
                               m.prepared->recipients, m.prepared->body, m.prepared->attachments});
    }
    (void)tx.commit();
    clock.stop();
}

void insertBlobRows(store::Database& db, const QList<store::NewMessage>& batch, Clock& clock)
{
    store::Transaction tx(db);
    (void)tx.begin();
    clock.start();
    for (const store::NewMessage& m : batch) {
        (void)store::sql::run(
            db,
            QStringLiteral("INSERT INTO blobs_alone(sha256, size, codec, data) VALUES(?,?,?,?)"),
            {m.prepared->sha256, qint64(m.raw.size()), m.prepared->codec, m.prepared->packed});
    }
    (void)tx.commit();
    clock.stop();
}

void zstdLevels(const QList<QByteArray>& messages)
{
    std::printf("\nzstd, each message alone (as RawCodec packs them):\n");
    ZSTD_CCtx* ctx = ZSTD_createCCtx();
    for (const int level : {3, 1, -1, -3, -10}) {
        QElapsedTimer t;
        t.start();
        qint64 in = 0;
        qint64 out = 0;
        QByteArray packed;
        for (const QByteArray& raw : messages) {
            packed.resize(qsizetype(ZSTD_compressBound(size_t(raw.size()))));
            out += qint64(ZSTD_compressCCtx(ctx, packed.data(), size_t(packed.size()),
                                            raw.constData(), size_t(raw.size()), level));
            in += raw.size();
        }
        std::printf("  level %3d  %6.1f us/msg  size %.3f of raw\n", level,
                    double(t.nsecsElapsed()) / 1e3 / double(messages.size()),
                    double(out) / double(in));
    }
    ZSTD_freeCCtx(ctx);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString corpus = QStringLiteral(POSTBAG_SOURCE_DIR "/../shared/corpus");
    int batchSize = 200; // SyncRequest::batchMessages
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--corpus")
            corpus = args[i + 1];
        else if (args[i] == u"--batch")
            batchSize = qMax(1, args[i + 1].toInt());
    }
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    const QList<QByteArray> messages =
        smoke
            ? bench::builtinSeeds()
            : bench::loadMboxrdGz(corpus + QStringLiteral("/spamassassin-public-corpus.mboxrd.gz"));
    if (messages.isEmpty()) {
        std::fprintf(stderr, "bench_stages: no corpus in %s (--corpus DIR, or --smoke)\n",
                     qPrintable(corpus));
        return 1;
    }
    QTemporaryDir dir;
    auto db = store::Database::open(dir.filePath(QStringLiteral("stages.sqlite")));
    if (!db)
        return 1;
    store::Database& d = *db.value();
    auto account = store::AccountStore(d).create(QStringLiteral("bench"));
    if (!account)
        return 1;
    const bool variants = args.contains(QStringLiteral("--variants"));
    struct Fts
    {
        const char* name;
        QString table;
        QString create;
        QString config;
        Clock clock;
    };
    QList<Fts> fts = {{"as the store has it", u"alone"_s, {}, {}, {}}};
    if (variants) {
        fts.append({"pgsz 16000", u"big_leaves"_s, {}, u"'pgsz', 16000"_s, {}});
        fts.append({"automerge 8", u"lazy_merge"_s, {}, u"'automerge', 8"_s, {}});
        fts.append({"detail=column", u"no_positions"_s, u", detail=column"_s, {}, {}});
        fts.append({"contentless", u"no_content"_s, u", content=''"_s, {}, {}});
    }
    for (const Fts& f : fts) {
        (void)d.execute(u"CREATE VIRTUAL TABLE " + f.table + u" USING fts5(" + kColumns + u", " +
                        kTokenizer + f.create + u')');
        if (!f.config.isEmpty())
            (void)d.execute(u"INSERT INTO " + f.table + u'(' + f.table + u", rank) VALUES(" +
                            f.config + u')');
    }
    (void)d.execute(QStringLiteral("CREATE TABLE blobs_alone(id INTEGER PRIMARY KEY, sha256 BLOB, "
                                   "size INTEGER, codec INTEGER, data BLOB)"));

    store::MessageStore store(d);
    Clock parse, map, sha, pack, text, insert, blobs;
    QList<store::NewMessage> batch;
    const QDateTime received0(QDate(2006, 1, 1), QTime(0, 0), Qt::UTC);
    qint64 bytes = 0;
    qint64 bodyChars = 0;
    for (int i = 0; i < messages.size(); ++i) {
        QByteArray raw = messages[i];
        bytes += raw.size();
        const intake::Origin origin{account->id, account->inboxId, QString::number(i),
                                    received0.addSecs(i), false};
        parse.start();
        const mime::ParsedMessage parsed = mime::MessageParser::parse(raw, origin.receivedAt);
        parse.stop();
        map.start();
        store::NewMessage m = intake::toNewMessage(parsed, std::move(raw), origin);
        map.stop();
        // The three parts of MessageStore::prepare, timed one by one; prepare() then does them
        // again for the batch (that time is not counted).
        sha.start();
        (void)store::RawCodec::sha256(m.raw);
        sha.stop();
        pack.start();
        (void)store::RawCodec::encode(m.raw);
        pack.stop();
        text.start();
        (void)store::SearchText::forIndex(m.bodyText);
        (void)store::SearchText::forIndex(m.subject);
        text.stop();
        bodyChars += m.bodyText.size();
        store::MessageStore::prepare(m);
        batch.append(std::move(m));
        if (batch.size() == batchSize || i + 1 == messages.size()) {
            const qint64 firstRowid = i + 2 - batch.size();
            for (Fts& f : fts)
                insertSearchRows(d, f.table, batch, firstRowid, f.clock);
            insertBlobRows(d, batch, blobs);
            insert.start();
            const auto r = store.insertBatch(batch);
            insert.stop();
            if (!r) {
                std::fprintf(stderr, "bench_stages: %s\n", qPrintable(r.error().toLogString()));
                return 1;
            }
            batch.clear();
        }
    }
    const double n = double(messages.size());
    std::printf("%d messages, %.1f MB, %lld body characters each on average, batches of %d\n",
                int(messages.size()), double(bytes) / 1e6, qint64(double(bodyChars) / n),
                batchSize);
    std::printf("microseconds per message, one thread:\n");
    std::printf("  MIME parse          %7.1f\n", parse.us / n);
    std::printf("  map to rows         %7.1f\n", map.us / n);
    std::printf("  sha256              %7.1f\n", sha.us / n);
    std::printf("  zstd                %7.1f\n", pack.us / n);
    std::printf("  search text         %7.1f\n", text.us / n);
    std::printf("  insertBatch         %7.1f  (transaction, all rows, commit)\n", insert.us / n);
    std::printf("    FTS5 rows alone   %7.1f\n", fts.first().clock.us / n);
    std::printf("    blob rows alone   %7.1f\n", blobs.us / n);
    const double total = parse.us + map.us + sha.us + pack.us + text.us + insert.us;
    std::printf("  total               %7.1f\n", total / n);
    if (variants) {
        std::printf("\nFTS5 rows alone, by setting (same rows, same batches):\n");
        for (const Fts& f : fts)
            std::printf("  %-20s %7.1f us/msg\n", f.name, f.clock.us / n);
        zstdLevels(messages);
    }
    return 0;
}
