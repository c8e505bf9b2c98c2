// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "send_messages.h"

#include "core/mime/MessageBuilder.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>
#include <random>

namespace postbag::bench {

namespace {

const char* const kWords[] = {
    "the",     "meeting", "report", "draft",   "numbers", "tomorrow", "please",  "attached",
    "review",  "thanks",  "budget", "train",   "station", "weekend",  "project", "server",
    "invoice", "garden",  "letter", "holiday", "minutes", "question", "answer",  "schedule",
    "change",  "update",  "Zürich", "Grüße",   "café",    "naïve",    "Москва",  "東京",
    "and",     "of",      "to",     "in",      "we",      "will",     "could",   "should",
};
constexpr int kWordCount = int(sizeof(kWords) / sizeof(kWords[0]));

const QString kDomain = QStringLiteral("example.test");

QString address(const char* user)
{
    return QString::fromLatin1(user) + u'@' + kDomain;
}

class Generator
{
public:
    explicit Generator(quint32 seed) : m_random(seed) {}

    int uniform(int low, int high)
    {
        return std::uniform_int_distribution<int>(low, high)(m_random);
    }
    bool chance(int oneIn) { return uniform(1, oneIn) == 1; }

    QString words(int n)
    {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out.append(QString::fromUtf8(kWords[uniform(0, kWordCount - 1)]));
        return out.join(u' ');
    }

    // Paragraphs of wrapped-free lines; the total size follows a log-normal-ish spread, mostly
    // under 2 KB, a few up to ~12 KB.
    QString text()
    {
        const int paragraphs =
            std::min(40, 1 + int(std::lognormal_distribution<double>(1.0, 0.9)(m_random)));
        QStringList out;
        for (int p = 0; p < paragraphs; ++p) {
            QString para = words(uniform(8, 60));
            para[0] = para[0].toUpper();
            out.append(para + u'.');
        }
        return out.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n-- \nAlice\n");
    }

    mime::OutgoingAttachment attachment(int index)
    {
        mime::OutgoingAttachment a;
        const int size = uniform(2, 60) * 1024;
        if (chance(2)) {
            a.fileName = QStringLiteral("notes-%1.txt").arg(index);
            while (a.data.size() < size)
                a.data += words(12).toUtf8() + "\n";
            a.data.truncate(size);
        } else {
            a.fileName = QStringLiteral("scan-%1.pdf").arg(index);
            a.data.resize(size);
            for (char& c : a.data)
                c = char(uniform(0, 255));
            a.data.replace(0, 8, "%PDF-1.4");
        }
        return a;
    }

private:
    std::mt19937 m_random;
};

} // namespace

QString sendBenchSender()
{
    return address("alice");
}

QStringList sendBenchRecipients()
{
    return {address("bob"), address("carol"), address("dave")};
}

SendMessages buildSendMessages(int count, quint32 seed, const QString& dir, QString* error)
{
    Generator g(seed);
    SendMessages out;
    QDir().mkpath(dir);
    const QDateTime date(QDate(2026, 12, 1), QTime(9, 0), QTimeZone(3600));
    for (int i = 0; i < count; ++i) {
        mime::OutgoingMessage m;
        m.from = {QStringLiteral("Alice Example"), sendBenchSender()};
        m.to = {{QStringLiteral("Bob"), address("bob")}};
        if (g.chance(5))
            m.cc = {{QStringLiteral("Carol"), address("carol")}};
        if (g.chance(10))
            m.bcc = {{{}, address("dave")}};
        m.subject = (g.chance(3) ? QStringLiteral("Re: ") : QString()) + g.words(g.uniform(2, 8));
        m.date = date.addSecs(i * 97);
        m.text = g.text();
        if (g.chance(6)) {
            m.attachments.append(g.attachment(i));
            ++out.withAttachment;
        }
        m.messageId = QStringLiteral("send-bench-%1-%2@%3").arg(seed).arg(i).arg(kDomain);
        auto built = mime::MessageBuilder::build(m);
        if (!built) {
            *error = QStringLiteral("message %1: %2").arg(i).arg(built.error().toLogString());
            return {};
        }
        const QString path = QStringLiteral("%1/%2.eml").arg(dir).arg(i, 3, 10, QLatin1Char('0'));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(built->sendBytes) != built->sendBytes.size()) {
            *error = QStringLiteral("cannot write %1").arg(path);
            return {};
        }
        out.bytes += built->size();
        out.deliveries += int(built->recipients.size());
        out.files.append(path);
        out.messages.append(std::move(built.value()));
    }
    return out;
}

} // namespace postbag::bench
