// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SortKeys.h"

#include "core/threading/BaseSubject.h"

namespace postbag::store {

namespace {

template <typename T> int compare3(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

QString SortKeys::subject(const QString& subject)
{
    return threading::BaseSubject::of(subject).key;
}

QString SortKeys::from(const QString& name, const QString& address)
{
    const QString display = name.trimmed().isEmpty() ? address.trimmed() : name.trimmed();
    return display.toCaseFolded();
}

bool SortKeys::before(const MessageSummary& a, const MessageSummary& b, SortKey key)
{
    int c = 0;
    switch (key) {
    case SortKey::Date:
        c = compare3(a.date.toSecsSinceEpoch(), b.date.toSecsSinceEpoch());
        break;
    case SortKey::Received:
        c = compare3(a.receivedAt.toSecsSinceEpoch(), b.receivedAt.toSecsSinceEpoch());
        break;
    case SortKey::Subject:
        c = compare3(subject(a.subject).toUtf8(), subject(b.subject).toUtf8());
        break;
    case SortKey::From:
        c = compare3(from(a.fromName, a.fromAddress).toUtf8(),
                     from(b.fromName, b.fromAddress).toUtf8());
        break;
    case SortKey::Size:
        c = compare3(a.size, b.size);
        break;
    }
    return c != 0 ? c < 0 : a.id < b.id;
}

} // namespace postbag::store
