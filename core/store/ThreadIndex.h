// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/StoreTypes.h"
#include "core/threading/ThreadGraph.h"
#include "core/threading/Threader.h"

namespace postbag::store {

class Database;

// The conversation graph in the profile's tables (threads, thread_nodes and messages.thread_id,
// Migrations version 9), for core/threading's Threader to decide on. Why: a message's thread must
// be written in the same transaction as the message, by every writer; so it is placed by the
// store's write path itself (MessageWriter) and by the migration that threads older profiles
// (ThreadBackfill). Guarantees: never begins or commits (its rows land in the caller's
// transaction); every statement is an index lookup or an update by thread id, so placing a message
// never scans the messages table. Internal to core/store.
class ThreadIndex final : public threading::ThreadGraph
{
public:
    explicit ThreadIndex(Database& db) : m_db(db) {}

    // The thread `message` belongs to, merging and linking the graph as it must.
    [[nodiscard]] Result<qint64> place(const NewMessage& message, qint64 date);
    [[nodiscard]] Result<qint64> place(const threading::Threader::Message& message);

    [[nodiscard]] Result<QList<threading::Node>> nodes(const QStringList& ids) override;
    [[nodiscard]] Result<threading::Thread> thread(qint64 id) override;
    [[nodiscard]] Result<qint64> addThread(const threading::Thread& thread) override;
    [[nodiscard]] Status saveThread(const threading::Thread& thread) override;
    [[nodiscard]] Status mergeThread(qint64 from, qint64 into) override;
    [[nodiscard]] Status saveNode(const threading::Node& node) override;
    [[nodiscard]] Result<qint64> subjectOriginal(const QString& key, qint64 date) override;
    [[nodiscard]] Result<QList<qint64>> subjectReplies(const QString& key, qint64 date) override;

private:
    Database& m_db;
};

} // namespace postbag::store
