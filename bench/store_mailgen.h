// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Mail for the store benchmark: the SpamAssassin mbox split into messages, a deterministic
// generated mailbox of any size made from them, and a Maildir holding either, so that Postbag and
// notmuch read exactly the same bytes. Why here and not core/mailbox: the benchmark must not
// depend on the importer it may one day measure; this splitter is deliberately minimal (mboxrd:
// split on "From " after a blank line, unquote one level of ">From ").
namespace postbag::bench {

// Splits an mboxrd file into messages (the From_ line and the separating blank line removed).
[[nodiscard]] QList<QByteArray> splitMboxrd(const QByteArray& mbox);

// Reads the gzip-compressed mboxrd (through `gzip -dc`); empty on failure.
[[nodiscard]] QList<QByteArray> loadMboxrdGz(const QString& path);

// A few small hand-written messages, for --smoke when the shared corpus is absent.
[[nodiscard]] QList<QByteArray> builtinSeeds();

// One file of a Maildir written for the benchmark.
struct MaildirEntry
{
    QString path;
    qint64 size = 0;
    bool seen = false;
};

struct Maildir
{
    QString root; // holds cur/, new/, tmp/
    QList<MaildirEntry> entries;
    qint64 rawBytes = 0;
};

// Writes `messages` unchanged as a Maildir under `root`; about 70% are flagged seen (":2,S"),
// chosen deterministically. Returns an empty root on I/O failure.
[[nodiscard]] Maildir writeMaildir(const QString& root, const QList<QByteArray>& messages);

// Writes `count` messages generated from `seeds` as a Maildir: message i is seed (pseudo-random,
// fixed seed) with a new unique Message-ID, a date spread over 2001-06..2005-06, a sender taken
// from another seed 70% of the time, and a subject sometimes taken from another seed, sometimes
// prefixed "Re: "/"Fwd: ". Everything else (body, MIME structure, size) is the seed's.
[[nodiscard]] Maildir generateMaildir(const QString& root, const QList<QByteArray>& seeds,
                                      int count);

} // namespace postbag::bench
