// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/SyncStatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace postbag::ui {

SyncStatus::SyncStatus(QWidget* parent) : QWidget(parent), m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch(1); // entries stay together at the right edge
    //: Accessible name of the status bar area that shows downloads in progress
    setAccessibleName(tr("Sync progress"));
    hide();
}

QString SyncStatus::describe(const sync::SyncProgress& p)
{
    switch (p.phase) {
    case sync::SyncPhase::Connecting:
        return tr("Connecting…");
    case sync::SyncPhase::Listing:
        return tr("Checking for new mail…");
    case sync::SyncPhase::Fetching:
        //: Sync progress: message %1 of %2 is being downloaded
        return tr("Downloading %1 of %2…").arg(p.current).arg(p.total);
    case sync::SyncPhase::Deleting:
        //: Sync progress: removing downloaded messages from the server
        return tr("Cleaning up the server…");
    case sync::SyncPhase::Quitting:
        return tr("Finishing…");
    case sync::SyncPhase::Done:
        return tr("Done");
    case sync::SyncPhase::Failed:
        return tr("Failed");
    case sync::SyncPhase::Cancelled:
        return tr("Cancelled");
    case sync::SyncPhase::Idle:
        break;
    }
    return tr("Waiting…");
}

void SyncStatus::started(qint64 accountId, const QString& accountName)
{
    if (m_entries.contains(accountId)) {
        return;
    }
    Entry e;
    e.name = accountName;
    e.box = new QWidget(this);
    auto* row = new QHBoxLayout(e.box);
    row->setContentsMargins(6, 0, 6, 0);
    e.label = new QLabel(e.box);
    e.bar = new QProgressBar(e.box);
    e.bar->setRange(0, 0);
    e.bar->setMaximumWidth(120);
    e.bar->setMaximumHeight(14);
    e.bar->setTextVisible(false);
    //: Accessible name of a sync progress bar; %1 is the account name
    e.bar->setAccessibleName(tr("Progress of %1").arg(accountName));
    auto* cancel = new QToolButton(e.box);
    cancel->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    //: Button text (usually shown as an icon): stop downloading mail of this account
    cancel->setText(tr("Cancel"));
    cancel->setToolTip(tr("Stop getting messages for %1").arg(accountName));
    cancel->setAccessibleName(cancel->toolTip());
    cancel->setAutoRaise(true);
    connect(cancel, &QToolButton::clicked, this, [this, accountId] { Q_EMIT cancelRequested(accountId); });
    row->addWidget(e.label);
    row->addWidget(e.bar);
    row->addWidget(cancel);
    m_layout->addWidget(e.box);
    m_entries.insert(accountId, e);
    progress(accountId, {});
    show();
}

void SyncStatus::progress(qint64 accountId, const sync::SyncProgress& p)
{
    auto it = m_entries.find(accountId);
    if (it == m_entries.end()) {
        return;
    }
    //: Status bar: %1 account name, %2 what it is doing ("Downloading 3 of 20…")
    it->label->setText(tr("%1: %2").arg(it->name, describe(p)));
    if (p.phase == sync::SyncPhase::Fetching && p.total > 0) {
        it->bar->setRange(0, p.total);
        it->bar->setValue(p.current);
    } else {
        it->bar->setRange(0, 0);
    }
}

QString SyncStatus::textOf(qint64 accountId) const
{
    const auto it = m_entries.find(accountId);
    return it == m_entries.end() ? QString() : it->label->text();
}

void SyncStatus::finished(qint64 accountId)
{
    const Entry e = m_entries.take(accountId);
    if (e.box) {
        e.box->hide();
        e.box->deleteLater();
    }
    setVisible(!m_entries.isEmpty());
}

} // namespace postbag::ui
