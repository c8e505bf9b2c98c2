// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mailbox/MboxFromLine.h"

#include <QList>

namespace postbag::mailbox {

namespace {

constexpr const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr const char* days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

int monthOf(QByteArrayView word)
{
    for (int i = 0; i < 12; ++i) {
        if (word.compare(QByteArrayView(months[i]), Qt::CaseInsensitive) == 0) {
            return i + 1;
        }
    }
    return 0;
}

// Parses "Thu Aug 22 12:36:23 2002" and variants with extra spaces or a zone before the year
// ("Mon Jun  3 12:50:27 +0000 1996"); the zone, when numeric, is applied.
QDateTime parseAsctime(QByteArrayView text)
{
    const QList<QByteArray> words = text.toByteArray().simplified().split(' ');
    int month = 0, day = 0, year = 0, offsetSecs = 0;
    QTime time;
    for (const QByteArray& w : words) {
        if (month == 0 && monthOf(w) > 0) {
            month = monthOf(w);
        } else if (month > 0 && day == 0 && w.size() <= 2 && w.toInt() > 0) {
            day = w.toInt();
        } else if (!time.isValid() && w.count(':') >= 1) {
            time = QTime::fromString(QString::fromLatin1(w), w.count(':') == 2
                                                                 ? QStringLiteral("H:mm:ss")
                                                                 : QStringLiteral("H:mm"));
        } else if ((w.startsWith('+') || w.startsWith('-')) && w.size() == 5) {
            const int hhmm = w.mid(1).toInt();
            offsetSecs = (w.startsWith('-') ? -1 : 1) * ((hhmm / 100) * 3600 + (hhmm % 100) * 60);
        } else if (w.size() == 4 && w.toInt() > 1900) {
            year = w.toInt();
        }
    }
    const QDate date(year, month, day);
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSecs);
}

} // namespace

MboxFromLine MboxFromLine::parse(QByteArrayView line)
{
    MboxFromLine out;
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    if (!isFromLine(line)) {
        return out;
    }
    QByteArrayView rest = line.sliced(5);
    while (rest.startsWith(' ')) {
        rest = rest.sliced(1);
    }
    const qsizetype space = rest.indexOf(' ');
    const QByteArrayView sender = space < 0 ? rest : rest.first(space);
    // "From Thu Aug 22 ..." (no sender): the first word is already the weekday.
    bool isDay = false;
    for (const char* d : days) {
        isDay = isDay || sender.compare(QByteArrayView(d), Qt::CaseInsensitive) == 0;
    }
    if (isDay && space >= 0) {
        out.date = parseAsctime(rest);
        if (out.date.isValid()) {
            return out;
        }
    }
    out.sender = sender.toByteArray();
    if (space >= 0) {
        out.date = parseAsctime(rest.sliced(space + 1));
    }
    return out;
}

QByteArray MboxFromLine::format(QByteArrayView sender, const QDateTime& date)
{
    QByteArray who = sender.trimmed().toByteArray();
    if (who.isEmpty() || who.contains(' ') || who.contains('\t') || who.contains('\n') ||
        who.contains('\r')) {
        who = "MAILER-DAEMON";
    }
    const QDateTime utc = date.isValid() ? date.toUTC() : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    const QDate d = utc.date();
    const QByteArray when = QByteArray(days[d.dayOfWeek() - 1]) + ' ' + months[d.month() - 1] +
                            ' ' + QByteArray::number(d.day()).rightJustified(2, ' ') + ' ' +
                            utc.time().toString(QStringLiteral("hh:mm:ss")).toLatin1() + ' ' +
                            QByteArray::number(d.year());
    return QByteArray("From " + who + ' ' + when);
}

} // namespace postbag::mailbox
