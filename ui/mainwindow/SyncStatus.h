// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/SyncTypes.h"

#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QProgressBar;

namespace postbag::ui {

// The status bar's sync area: one entry per account that is syncing - its name, what it is
// doing, a progress bar and a cancel button. Why: several accounts sync at once and each can
// be stopped on its own. Guarantees: an entry exists exactly from started() to finished(); the
// widget is hidden when nothing syncs; cancel only emits cancelRequested (the engine decides).
class SyncStatus : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatus(QWidget* parent = nullptr);

    [[nodiscard]] int activeCount() const { return int(m_entries.size()); }
    [[nodiscard]] QString textOf(qint64 accountId) const;

    void started(qint64 accountId, const QString& accountName);
    void progress(qint64 accountId, const sync::SyncProgress& progress);
    void finished(qint64 accountId);

    [[nodiscard]] static QString describe(const sync::SyncProgress& progress);

Q_SIGNALS:
    void cancelRequested(qint64 accountId);

private:
    struct Entry
    {
        QWidget* box = nullptr;
        QLabel* label = nullptr;
        QProgressBar* bar = nullptr;
        QString name;
    };

    QHBoxLayout* m_layout;
    QHash<qint64, Entry> m_entries;
};

} // namespace postbag::ui
