// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The "garbage must not crash or hang" table: hostile inputs generated here, each named after what
// it reproduces. Every one must parse within the time budget and leave a bounded result.
#include "MimeFixtures.h"
#include "core/mime/MessageParser.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace postbag::mime;
using namespace postbag::mime::test;

namespace {

// A hang detector, not a performance target (benchmarks measure speed): far above any normal
// parse even in a loaded sanitizer build, far below the minutes a quadratic blow-up takes.
constexpr qint64 kBudgetMs = 60000;

QByteArray deepMultipart(int depth)
{
    QByteArray m = "From: a@example.org\nContent-Type: multipart/mixed; boundary=b0\n\n";
    for (int i = 0; i < depth; ++i)
        m += "--b" + QByteArray::number(i) + "\nContent-Type: multipart/mixed; boundary=b" +
             QByteArray::number(i + 1) + "\n\n";
    m += "--b" + QByteArray::number(depth) + "\nContent-Type: text/plain\n\ninnermost\n";
    for (int i = depth; i >= 0; --i)
        m += "--b" + QByteArray::number(i) + "--\n";
    return m;
}

QByteArray deepRfc822(int depth)
{
    QByteArray m;
    for (int i = 0; i < depth; ++i)
        m += "From: level" + QByteArray::number(i) +
             "@example.org\nContent-Type: message/rfc822\n\n";
    m += "From: bottom@example.org\n\nbottom\n";
    return m;
}

QByteArray manyParts(int count)
{
    QByteArray m = "From: a@example.org\nContent-Type: multipart/mixed; boundary=p\n\n";
    m.reserve(count * 12);
    for (int i = 0; i < count; ++i)
        m += "--p\n\nx\n";
    m += "--p--\n";
    return m;
}

QByteArray manyEncodedWordsInTo(int count)
{
    QByteArray m = "From: a@example.org\nTo: ";
    for (int i = 0; i < count; ++i)
        m += "=?utf-8?b?w6k=?= ";
    m += "<x@example.org>\nSubject: many words\n\nbody\n";
    return m;
}

QByteArray manyAddresses(int count)
{
    QByteArray m = "From: a@example.org\nTo: ";
    for (int i = 0; i < count; ++i)
        m += "u" + QByteArray::number(i) + "@example.org, ";
    m += "last@example.org\n\nbody\n";
    return m;
}

QByteArray randomBytes(int size)
{
    QRandomGenerator rng(20260102); // fixed seed: reproducible
    QByteArray b(size, Qt::Uninitialized);
    for (char& c : b)
        c = char(rng.bounded(256));
    return b;
}

QByteArray manyRfc2231Continuations(int count)
{
    QByteArray m = "From: a@example.org\nContent-Type: multipart/mixed; boundary=m\n\n--m\n"
                   "Content-Type: application/octet-stream\nContent-Disposition: attachment";
    for (int i = 0; i < count; ++i)
        m += ";\n filename*" + QByteArray::number(i) + "*=utf-8''%C3%A9";
    m += "\n\ndata\n--m--\n";
    return m;
}

} // namespace

class tst_MimeHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostile_data();
    void hostile();
};

void tst_MimeHostile::hostile_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("expectWarnings");

    QTest::newRow("empty-input") << QByteArray() << true;
    QTest::newRow("only-newlines") << QByteArray("\n\n\n\r\n") << true;
    QTest::newRow("no-headers-at-all") << QByteArray("just some text\nand more\n") << true;
    QTest::newRow("only-a-boundary") << QByteArray("--boundary\n") << true;
    QTest::newRow("only-a-closing-boundary") << QByteArray("--boundary--") << true;
    QTest::newRow("nul-bytes-everywhere")
        << QByteArray("From: a\0b@example.org\nSubject: x\0y\n\nbody\0with\0nuls\n", 45) << false;
    QTest::newRow("nul-bytes-in-header-name")
        << QByteArray("Fr\0m: a@example.org\n\0\n\nbody\n", 28) << true;
    QTest::newRow("unterminated-multipart")
        << QByteArray("From: a@example.org\nContent-Type: multipart/mixed; boundary=b\n\n"
                      "--b\nContent-Type: text/plain\n\nhello, never closed")
        << true;
    QTest::newRow("multipart-without-boundary")
        << QByteArray("From: a@example.org\nContent-Type: multipart/mixed\n\n--x\n\nbody\n--x--\n")
        << true;
    QTest::newRow("multipart-no-children")
        << QByteArray("From: a@example.org\nContent-Type: multipart/mixed; boundary=q\n\nnothing\n")
        << true;
    QTest::newRow("nesting-depth-10000-multipart") << deepMultipart(10000) << true;
    QTest::newRow("nesting-depth-10000-rfc822") << deepRfc822(10000) << true;
    QTest::newRow("100000-parts") << manyParts(100000) << true;
    QTest::newRow("2mb-header-line")
        << ("From: a@example.org\nSubject: " + QByteArray(2 << 20, 'a') + "\n\nbody\n") << false;
    QTest::newRow("2mb-header-no-colon")
        << ("From: a@example.org\n" + QByteArray(2 << 20, 'h') + "\n\nbody\n") << true;
    // GMime grows its header buffer in 64-byte steps: harmless with glibc's in-place realloc
    // (3 MB of folded lines parse in ~30 ms in a release build), quadratic under ASan, whose
    // realloc always copies. 256 KB keeps the sanitizer run short and still exercises the path.
    QTest::newRow("256k-folded-header-lines")
        << ("From: a@example.org\nX-Long: " + QByteArray("z\n ").repeated(90000) + "\n\nbody\n")
        << false;
    QTest::newRow("thousands-of-encoded-words-in-to") << manyEncodedWordsInTo(50000) << false;
    QTest::newRow("100000-addresses-in-to") << manyAddresses(100000) << true;
    QTest::newRow("broken-base64-body")
        << QByteArray("From: a@example.org\nContent-Type: text/plain; charset=utf-8\n"
                      "Content-Transfer-Encoding: base64\n\n!!!@@@===abc*\n=====\n\xff\xfe\n")
        << false;
    QTest::newRow("broken-quoted-printable")
        << QByteArray("From: a@example.org\nContent-Transfer-Encoding: quoted-printable\n\n"
                      "=\n=Z=\n=4\n=E9=C3=\n")
        << true;
    QTest::newRow("broken-encoded-words")
        << QByteArray("From: =?utf-8?b?====?= <a@example.org>\nSubject: =?utf-8?q?=ZZ=?= "
                      "=?bogus?b?!!!?= =?utf-8??x?= =?=?=?=\n\nx\n")
        << false;
    QTest::newRow("2mb-random-bytes") << randomBytes(2 << 20) << true;
    QTest::newRow("2mb-body-line-no-newline")
        << ("From: a@example.org\n\n" + QByteArray(2 << 20, 'b')) << false;
    QTest::newRow("uuencode-begin-without-end")
        << ("From: a@example.org\n\nbegin 644 x.bin\n" + QByteArray(100000, 'M') + "\n") << true;
    QTest::newRow("thousand-uuencode-begins")
        << ("From: a@example.org\n\n" + QByteArray("begin 644 f\nend\n").repeated(1000)) << false;
    QTest::newRow("html-unterminated-comment")
        << ("From: a@example.org\nContent-Type: text/html\n\n<p>x<!--" + QByteArray(1 << 20, '-'))
        << false;
    QTest::newRow("html-100000-open-tags") << ("From: a@example.org\nContent-Type: text/html\n\n" +
                                               QByteArray("<div><b>&#").repeated(100000))
                                           << false;
    QTest::newRow("flowed-1mb-of-soft-breaks")
        << ("From: a@example.org\nContent-Type: text/plain; format=flowed; delsp=yes\n\n" +
            QByteArray(">> a \n").repeated(200000))
        << false;
    QTest::newRow("10000-rfc2231-continuations") << manyRfc2231Continuations(10000) << false;
    QTest::newRow("bad-date-garbage")
        << QByteArray("From: a@example.org\nDate: 99 Foo 99999999999 99:99:99 +9999\n\nx\n")
        << true;
    QTest::newRow("utf16-declared-odd-length")
        << QByteArray("From: a@example.org\nContent-Type: text/plain; charset=utf-16le\n\nabc")
        << false;
    QTest::newRow("iso-2022-jp-truncated-escape")
        << QByteArray("From: a@example.org\nContent-Type: text/plain; charset=iso-2022-jp\n\n"
                      "\x1b$B\x46\x1b\x1b(")
        << true;
    QTest::newRow("message-rfc822-empty")
        << QByteArray("From: a@example.org\nContent-Type: message/rfc822\n\n") << true;
    QTest::newRow("mbox-from-line-first")
        << QByteArray("From someone Thu Jan  1 00:00:00 1970\nFrom: a@example.org\n\nx\n") << true;
}

void tst_MimeHostile::hostile()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, expectWarnings);

    QElapsedTimer timer;
    timer.start();
    const ParsedMessage m = MessageParser::parse(raw, receivedAt());
    const qint64 parseMs = timer.elapsed();
    QVERIFY2(parseMs < kBudgetMs, qPrintable(QStringLiteral("parse took %1 ms").arg(parseMs)));

    QVERIFY(m.date.isValid());
    QVERIFY(m.parts.size() <= MessageParser::MaxParts);
    QVERIFY(m.attachments.size() <= MessageParser::MaxParts * 2);
    QVERIFY(m.textPlain.size() + m.textHtml.size() <= MessageParser::MaxTextChars);
    QVERIFY(m.to.size() <= MessageParser::MaxAddressesPerHeader);
    QVERIFY(m.warnings.size() <= 64);
    if (expectWarnings)
        QVERIFY2(!m.warnings.isEmpty(), "expected at least one warning");
    (void)m.searchableText();

    // Fetching parts of hostile input must be just as safe.
    timer.restart();
    for (const QByteArray& path : {QByteArray(), QByteArray("1"), QByteArray("2.1.u1")})
        (void)MessageParser::attachmentData(raw, path);
    QVERIFY2(timer.elapsed() < 3 * kBudgetMs, "attachmentData too slow");
    qDebug("%s: %lld ms, %lld warnings", QTest::currentDataTag(), parseMs,
           qint64(m.warnings.size()));
}

QTEST_GUILESS_MAIN(tst_MimeHostile)
#include "tst_MimeHostile.moc"
