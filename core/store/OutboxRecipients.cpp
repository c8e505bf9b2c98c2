// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/OutboxRecipients.h"

namespace postbag::store {

namespace {

QString field(const QString& text)
{
    return QString::fromLatin1(text.toUtf8().toPercentEncoding());
}

QString unfield(const QString& text)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toLatin1()));
}

} // namespace

QList<OutboxRecipient> OutboxRecipients::decode(const QString& text)
{
    QList<OutboxRecipient> out;
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(u'\t');
        OutboxRecipient r;
        r.address = parts.first();
        bool known = false;
        const int state = parts.value(1).toInt(&known);
        if (known && state >= int(RecipientState::Owed) && state <= int(RecipientState::Dropped)) {
            r.state = RecipientState(state);
        }
        if (r.state == RecipientState::Refused && parts.size() >= 5) {
            r.refusal = storedError(unfield(parts.value(2)), unfield(parts.value(3)).toLatin1(),
                                    unfield(parts.value(4)));
        }
        out.append(r);
    }
    return out;
}

QString OutboxRecipients::encode(const QList<OutboxRecipient>& recipients)
{
    QStringList lines;
    for (const OutboxRecipient& r : recipients) {
        QString line = r.address;
        if (r.state != RecipientState::Owed) {
            line += u'\t' + QString::number(int(r.state));
        }
        if (r.state == RecipientState::Refused && r.refusal) {
            line += u'\t' + field(r.refusal->codeName()) + u'\t' +
                    field(QString::fromLatin1(r.refusal->responseCode)) + u'\t' +
                    field(r.refusal->serverText);
        }
        lines.append(line);
    }
    return lines.join(u'\n');
}

Error OutboxRecipients::storedError(const QString& code, const QByteArray& response,
                                    const QString& text)
{
    for (int c = 0; c <= int(ErrorCode::Cancelled); ++c) {
        if (codeName(ErrorCode(c)) == code) {
            Error e = Error::make(ErrorCode(c), text);
            e.responseCode = response;
            return e;
        }
    }
    return Error::make(ErrorCode::StoreCorrupt, code);
}

} // namespace postbag::store
