// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store_mailgen.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <cstdio>

namespace postbag::bench {

namespace {

bool isBlankLine(QByteArrayView line)
{
    return line == "\n" || line == "\r\n";
}

// ">From ", ">>From " ...: quoted by mboxrd, one '>' to remove.
bool isQuotedFrom(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] == '>')
        ++i;
    return i > 0 && line.sliced(i).startsWith("From ");
}

struct HeaderField
{
    QByteArray name;  // lower case
    QByteArray value; // unfolded, without the name and colon
    QByteArray raw;   // as in the message, with line endings
};

struct SplitMessage
{
    QList<HeaderField> fields;
    QByteArray body; // from the blank line on
    QByteArray eol;
};

SplitMessage splitHeader(const QByteArray& msg)
{
    SplitMessage out;
    out.eol = "\n";
    qsizetype pos = 0;
    bool first = true;
    while (pos < msg.size()) {
        qsizetype nl = msg.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? msg.size() : nl + 1;
        const QByteArrayView line = QByteArrayView(msg).sliced(pos, end - pos);
        if (first) {
            out.eol = line.endsWith("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
            first = false;
        }
        if (isBlankLine(line)) {
            break;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !out.fields.isEmpty()) {
            out.fields.last().raw += line.toByteArray();
        } else {
            HeaderField f;
            f.raw = line.toByteArray();
            out.fields.append(f);
        }
        pos = end;
    }
    out.body = msg.mid(pos);
    for (HeaderField& f : out.fields) {
        const qsizetype colon = f.raw.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        f.name = f.raw.left(colon).trimmed().toLower();
        QByteArray v = f.raw.mid(colon + 1);
        v.replace("\r\n", "");
        v.replace('\n', "");
        f.value = v.trimmed();
    }
    return out;
}

QByteArray fieldValue(const SplitMessage& m, QByteArrayView name)
{
    for (const HeaderField& f : m.fields) {
        if (f.name == name) {
            return f.value;
        }
    }
    return {};
}

QByteArray rfc2822Date(QRandomGenerator& rng)
{
    static const char* const kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static const int kOffsets[] = {0, 60, 120, -300, -420, -240, 330, 540, -480, 0};
    const QDateTime from(QDate(2001, 6, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2005, 6, 1), QTime(0, 0), Qt::UTC);
    const qint64 span = from.secsTo(to);
    const QDateTime utc = from.addSecs(qint64(rng.bounded(quint64(span))));
    const int offset = kOffsets[rng.bounded(int(std::size(kOffsets)))];
    const QDateTime local = utc.addSecs(qint64(offset) * 60);
    const QDate d = local.date();
    const QTime t = local.time();
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d",
                  kDays[d.dayOfWeek() - 1], d.day(), kMonths[d.month() - 1], d.year(), t.hour(),
                  t.minute(), t.second(), offset < 0 ? '-' : '+', std::abs(offset) / 60,
                  std::abs(offset) % 60);
    return QByteArray(buf);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.flush();
}

bool makeMaildir(const QString& root)
{
    QDir dir;
    return dir.mkpath(root + QStringLiteral("/cur")) && dir.mkpath(root + QStringLiteral("/new")) &&
           dir.mkpath(root + QStringLiteral("/tmp"));
}

bool appendEntry(Maildir& md, int index, const QByteArray& bytes, bool seen)
{
    const QString name = QStringLiteral("%1/cur/%2.pb:2,%3")
                             .arg(md.root)
                             .arg(index, 7, 10, QLatin1Char('0'))
                             .arg(seen ? QStringLiteral("S") : QString());
    if (!writeFile(name, bytes)) {
        return false;
    }
    md.entries.append({name, qint64(bytes.size()), seen});
    md.rawBytes += bytes.size();
    return true;
}

} // namespace

QList<QByteArray> splitMboxrd(const QByteArray& mbox)
{
    QList<QByteArray> out;
    QByteArray current;
    bool inMessage = false;
    bool previousBlank = true;
    qsizetype pos = 0;
    auto finish = [&] {
        // The blank line before the next From_ line separates messages; it is not content.
        if (current.endsWith("\n\n")) {
            current.chop(1);
        } else if (current.endsWith("\n\r\n")) {
            current.chop(2);
        }
        out.append(current);
        current.clear();
    };
    while (pos < mbox.size()) {
        const qsizetype nl = mbox.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? mbox.size() : nl + 1;
        const QByteArrayView line = QByteArrayView(mbox).sliced(pos, end - pos);
        pos = end;
        if (previousBlank && line.startsWith("From ")) {
            if (inMessage) {
                finish();
            }
            inMessage = true;
            previousBlank = false;
            continue;
        }
        if (!inMessage) {
            continue;
        }
        if (isQuotedFrom(line)) {
            current += line.sliced(1);
        } else {
            current += line;
        }
        previousBlank = isBlankLine(line);
    }
    if (inMessage) {
        finish();
    }
    return out;
}

QList<QByteArray> loadMboxrdGz(const QString& path)
{
    QProcess gzip;
    gzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
    if (!gzip.waitForStarted()) {
        return {};
    }
    gzip.closeWriteChannel();
    QByteArray data;
    while (gzip.state() != QProcess::NotRunning || gzip.bytesAvailable() > 0) {
        gzip.waitForReadyRead(5000);
        data += gzip.readAllStandardOutput();
        if (gzip.state() == QProcess::NotRunning) {
            data += gzip.readAllStandardOutput();
            break;
        }
    }
    if (gzip.exitStatus() != QProcess::NormalExit || gzip.exitCode() != 0) {
        return {};
    }
    return splitMboxrd(data);
}

QList<QByteArray> builtinSeeds()
{
    return {
        QByteArray("From: Alice Example <alice@example.org>\r\n"
                   "To: Bob <bob@example.net>\r\n"
                   "Subject: Linux kernel build on the new server\r\n"
                   "Date: Mon, 02 Sep 2002 10:00:00 +0000\r\n"
                   "Message-ID: <seed1@example.org>\r\n"
                   "\r\n"
                   "The linux build finished; perl and python tests pass. Security update next.\r\n"
                   "See the mailing list for details.\r\n"),
        QByteArray("From: \"Deals\" <offers@hotmail.com>\n"
                   "To: you@example.com\n"
                   "Subject: Make money fast - click here\n"
                   "Date: Tue, 17 Sep 2002 08:30:00 -0500\n"
                   "Message-ID: <seed2@hotmail.com>\n"
                   "MIME-Version: 1.0\n"
                   "Content-Type: text/plain; charset=us-ascii\n"
                   "\n"
                   "Lower your mortgage and earn money from home. Click here to unsubscribe.\n"),
        QByteArray("From: razor-users-admin@example.sourceforge.net\n"
                   "To: razor-users@example.sourceforge.net\n"
                   "Subject: Re: [Razor-users] free software spam filters\n"
                   "Date: Wed, 21 Aug 2002 19:05:00 +0100\n"
                   "Message-ID: <seed3@sourceforge.net>\n"
                   "\n"
                   "Razor and SpamAssassin are free software; BSD ports exist as well.\n"),
    };
}

Maildir writeMaildir(const QString& root, const QList<QByteArray>& messages)
{
    Maildir md;
    md.root = root;
    if (!makeMaildir(root)) {
        return {};
    }
    QRandomGenerator rng(7);
    for (int i = 0; i < messages.size(); ++i) {
        if (!appendEntry(md, i, messages.at(i), rng.bounded(10) < 7)) {
            return {};
        }
    }
    return md;
}

Maildir generateMaildir(const QString& root, const QList<QByteArray>& seeds, int count)
{
    Maildir md;
    md.root = root;
    if (seeds.isEmpty() || !makeMaildir(root)) {
        return {};
    }
    QList<QByteArray> senders, subjects;
    for (const QByteArray& s : seeds) {
        const SplitMessage m = splitHeader(s);
        if (const QByteArray f = fieldValue(m, "from"); !f.isEmpty()) {
            senders.append(f);
        }
        if (const QByteArray f = fieldValue(m, "subject"); !f.isEmpty()) {
            subjects.append(f);
        }
    }
    if (senders.isEmpty()) {
        senders.append("Bench <bench@example.org>");
    }
    if (subjects.isEmpty()) {
        subjects.append("bench");
    }
    QRandomGenerator rng(20260101);
    for (int i = 0; i < count; ++i) {
        const SplitMessage m = splitHeader(seeds.at(rng.bounded(int(seeds.size()))));
        QByteArray from = fieldValue(m, "from");
        if (from.isEmpty() || rng.bounded(10) < 7) {
            from = senders.at(rng.bounded(int(senders.size())));
        }
        QByteArray subject = fieldValue(m, "subject");
        if (subject.isEmpty() || rng.bounded(10) < 3) {
            subject = subjects.at(rng.bounded(int(subjects.size())));
        }
        const int prefix = rng.bounded(20);
        if (prefix < 5) {
            subject.prepend("Re: ");
        } else if (prefix == 5) {
            subject.prepend("Fwd: ");
        }
        const QByteArray messageId = "<pb." + QByteArray::number(i) + '.' +
                                     QByteArray::number(rng.generate(), 16) +
                                     "@bench.postbag.example>";
        const QByteArray date = rfc2822Date(rng);
        const bool seen = rng.bounded(10) < 7;

        QByteArray out;
        out.reserve(m.body.size() + 2048);
        out += "Message-ID: " + messageId + m.eol;
        out += "Date: " + date + m.eol;
        out += "From: " + from + m.eol;
        out += "Subject: " + subject + m.eol;
        for (const HeaderField& f : m.fields) {
            if (f.name == "message-id" || f.name == "date" || f.name == "from" ||
                f.name == "subject") {
                continue;
            }
            out += f.raw;
        }
        out += m.body;
        if (!appendEntry(md, i, out, seen)) {
            return {};
        }
    }
    return md;
}

} // namespace postbag::bench
