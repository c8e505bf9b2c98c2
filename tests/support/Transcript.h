// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTest>

namespace postbag::testing {

// How the server's bytes reach the session in a transcript test. Every protocol test runs in all
// three so that no parser depends on read boundaries or on CRLF.
enum class Delivery
{
    Whole,
    ByteByByte,
    LfOnly
};

inline void addDeliveryRows()
{
    QTest::addColumn<Delivery>("delivery");
    QTest::newRow("whole") << Delivery::Whole;
    QTest::newRow("byte-by-byte") << Delivery::ByteByByte;
    QTest::newRow("lf-only") << Delivery::LfOnly;
}

// Plays a "S: / C:" transcript against a protocol Session (POP3's or SMTP's: anything with
// receive(QByteArrayView) and a sendRequested(QByteArray) signal). "S:" lines are fed to the
// session (consecutive ones together); each "C:" line must be exactly the next line the session
// sent by then. "S:" lines may contain \xHH escapes; a line "S! <bytes>" is fed without a line
// terminator, and "S= <file-key>" feeds raw bytes registered with addRaw().
template <typename Session> class Transcript
{
public:
    Transcript(Session& session, Delivery delivery) : m_session(session), m_delivery(delivery)
    {
        QObject::connect(&m_session, &Session::sendRequested, &m_session,
                         [this](const QByteArray& b) {
                             m_sent += b;
                             m_maxWaiting = qMax(m_maxWaiting, commandsWaiting());
                         });
    }

    void addRaw(const QByteArray& key, const QByteArray& bytes) { m_raw.insert(key, bytes); }

    // Returns an empty string on success, else what went wrong (use with QVERIFY2/QCOMPARE).
    QString play(const QByteArray& script)
    {
        QByteArray pending;
        const QList<QByteArray> lines = script.split('\n');
        for (const QByteArray& raw : lines) {
            QByteArray line = raw.trimmed().isEmpty() ? QByteArray() : raw;
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            if (line == "S:") // an empty server line
                line = "S: ";
            const QByteArray body = unescape(line.mid(3));
            if (line.startsWith("S: ")) {
                pending += body + (m_delivery == Delivery::LfOnly ? "\n" : "\r\n");
            } else if (line.startsWith("S! ")) {
                pending += body;
            } else if (line.startsWith("S= ")) {
                pending += m_raw.value(line.mid(3).trimmed());
            } else if (line.startsWith("C: ")) {
                feed(pending);
                pending.clear();
                const QByteArray want = body + "\r\n";
                if (!m_sent.startsWith(want))
                    return QStringLiteral("expected client line '%1', client sent '%2'")
                        .arg(QString::fromLatin1(body), QString::fromLatin1(m_sent.left(200)));
                m_sent.remove(0, want.size());
            } else {
                return QStringLiteral("bad transcript line: ") + QString::fromLatin1(line);
            }
        }
        feed(pending);
        return {};
    }

    // Bytes the session sent that no "C:" line consumed yet.
    [[nodiscard]] QByteArray unconsumed() const { return m_sent; }
    // Commands the session sent that the server side has not read yet: the server reads a
    // command (a "C:" line) before it answers, so this is the session's pipelining depth.
    [[nodiscard]] int commandsWaiting() const { return int(m_sent.count("\r\n")); }
    // The most commands that were ever waiting at once.
    [[nodiscard]] int maxCommandsWaiting() const { return m_maxWaiting; }

private:
    void feed(const QByteArray& bytes)
    {
        if (bytes.isEmpty())
            return;
        if (m_delivery == Delivery::ByteByByte) {
            for (char c : bytes)
                m_session.receive(QByteArrayView(&c, 1));
        } else {
            m_session.receive(bytes);
        }
    }

    static QByteArray unescape(const QByteArray& s)
    {
        QByteArray out;
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s[i] == '\\' && i + 3 < s.size() + 0 && s[i + 1] == 'x') {
                out += char(s.mid(i + 2, 2).toInt(nullptr, 16));
                i += 3;
            } else {
                out += s[i];
            }
        }
        return out;
    }

    Session& m_session;
    Delivery m_delivery;
    QByteArray m_sent;
    int m_maxWaiting = 0;
    QHash<QByteArray, QByteArray> m_raw;
};

} // namespace postbag::testing

Q_DECLARE_METATYPE(postbag::testing::Delivery)
