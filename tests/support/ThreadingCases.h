// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <algorithm>

namespace postbag::test {

// One message of a threading case: what its headers say.
struct ThreadMail
{
    QString label;
    QString messageId;
    QString references; // space-separated, as the store keeps them
    QString inReplyTo;
    QString subject;
    qint64 date = 0;
};

// A JWZ case: messages and the threads they must form (labels), whatever order they are written in.
struct ThreadCase
{
    const char* name;
    QList<ThreadMail> mails;
    QList<QStringList> threads; // each sorted, sorted
};

inline QList<ThreadCase> threadingCases()
{
    const auto m = [](const char* label, const char* id, const char* refs, const char* irt,
                      const char* subject, qint64 date) {
        return ThreadMail{QString::fromUtf8(label),   QString::fromUtf8(id),
                          QString::fromUtf8(refs),    QString::fromUtf8(irt),
                          QString::fromUtf8(subject), date};
    };
    const auto l = [](std::initializer_list<const char*> labels) {
        QStringList out;
        for (const char* s : labels) {
            out.append(QString::fromUtf8(s));
        }
        return out;
    };
    return {
        {"reply chain",
         {m("A", "a@x", "", "", "Plan", 100), m("B", "b@x", "a@x", "a@x", "Re: Plan", 200),
          m("C", "c@x", "a@x b@x", "b@x", "Re: Plan", 300)},
         {l({"A", "B", "C"})}},
        {"missing middle parent",
         {m("A", "a@x", "", "", "Plan", 100), m("C", "c@x", "a@x b@x", "", "Re: Plan", 300),
          m("D", "d@x", "b@x", "", "Other", 400)},
         {l({"A", "C", "D"})}},
        {"siblings of a parent never stored",
         {m("D", "d@x", "gone@x", "", "x", 100), m("E", "e@x", "gone@x", "", "y", 200),
          m("F", "f@x", "", "", "z", 300)},
         {l({"D", "E"}), l({"F"})}},
        {"parent after children",
         {m("B", "b@x", "a@x", "", "Re: Plan", 200), m("C", "c@x", "a@x", "", "Re: Plan", 300),
          m("E", "e@x", "c@x", "", "Re: Plan", 400), m("A", "a@x", "", "", "Plan", 100)},
         {l({"A", "B", "C", "E"})}},
        {"two threads joined by a later message",
         {m("A", "a@x", "", "", "One", 100), m("Q", "q@x", "", "", "Two", 100),
          m("J", "j@x", "a@x q@x", "", "Both", 300)},
         {l({"A", "J", "Q"})}},
        {"duplicate message ids",
         {m("X1", "dup@x", "", "", "First", 100), m("X2", "dup@x", "y@x", "", "Second", 200),
          m("Y", "y@x", "", "", "Why", 50), m("Z", "z@x", "dup@x", "", "Re: First", 300)},
         {l({"X1", "X2", "Y", "Z"})}},
        {"loops broken",
         {m("A", "a@x", "b@x", "", "a", 100), m("B", "b@x", "a@x", "", "b", 200),
          m("S", "s@x", "s@x", "s@x", "self", 300), m("R", "r@x", "q@x r@x q@x", "", "r", 400)},
         {l({"A", "B"}), l({"R"}), l({"S"})}},
        {"References wins over In-Reply-To",
         {m("A", "a@x", "", "", "a", 100), m("Q", "q@x", "", "", "q", 100),
          m("C", "c@x", "a@x", "q@x", "c", 300)},
         {l({"A", "C"}), l({"Q"})}},
        {"In-Reply-To when References names nothing valid",
         {m("A", "a@x", "", "", "a", 100), m("B", "b@x", "not-an-id <junk", "a@x", "b", 200),
          m("N", "", "a@x", "", "no id", 300)},
         {l({"A", "B", "N"})}},
        {"malformed own ids stay apart",
         {m("G", "junk", "", "", "g", 100), m("H", "junk", "", "", "h", 200),
          m("K", "two words@x", "", "", "k", 300)},
         {l({"G"}), l({"H"}), l({"K"})}},
        {"subject only",
         {m("O", "o@x", "", "", "Lunch", 100), m("R1", "r1@x", "", "", "Re: Lunch", 200),
          m("R2", "r2@x", "", "", "AW: lunch", 210), m("R3", "r3@x", "", "", "SV: Lunch", 220),
          m("R4", "r4@x", "", "", "Antw: Lunch", 230),
          m("R5", "", "", "", "RE[2]: VS: Lunch", 240)},
         {l({"O", "R1", "R2", "R3", "R4", "R5"})}},
        {"Re: without a parent stays alone",
         {m("R", "r@x", "", "", "Re: Nobody", 200), m("O", "o@x", "", "", "Later", 300),
          m("E", "e@x", "", "", "Re: Early", 100), m("L", "l@x", "", "", "Early", 150),
          m("F", "f@x", "", "", "Fwd: Later", 400)},
         {l({"E"}), l({"F"}), l({"L"}), l({"O"}), l({"R"})}},
        {"subject never overrides references",
         {m("O", "o@x", "", "", "Lunch", 100), m("R", "r@x", "elsewhere@x", "", "Re: Lunch", 200)},
         {l({"O"}), l({"R"})}},
    };
}

// Names grouped by thread id as the cases state threads: each group sorted, the groups sorted.
inline QList<QStringList> sortedGroups(const QMap<qint64, QStringList>& byThread)
{
    QList<QStringList> out;
    for (QStringList g : byThread) {
        g.sort();
        out.append(g);
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Every order of `n` items when there are few, else a handful (given, reversed, rotations).
inline QList<QList<int>> writeOrders(int n)
{
    QList<int> order;
    for (int i = 0; i < n; ++i) {
        order.append(i);
    }
    QList<QList<int>> out;
    if (n <= 5) {
        do {
            out.append(order);
        } while (std::next_permutation(order.begin(), order.end()));
        return out;
    }
    for (int r = 0; r < n; ++r) {
        out.append(order);
        QList<int> reversed(order.rbegin(), order.rend());
        out.append(reversed);
        order.append(order.takeFirst());
    }
    return out;
}

} // namespace postbag::test
