// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/AccountSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace postbag::store {
class Database;
}

namespace postbag::ui {

// How an account behaves once it works: what stays on the server, how often to look, how big a
// message may be before only its headers come first, and which Inbox receives it. Each option has
// one sentence under it saying what it means. Shared by the wizard and the settings dialog.
class OptionsForm : public QWidget
{
    Q_OBJECT
public:
    // `db` lists the other accounts' inboxes for the shared-inbox choice; it may be null.
    explicit OptionsForm(store::Database* db, QWidget* parent = nullptr);

    void load(const account::AccountSettings& settings);
    void apply(account::AccountSettings& settings) const;

    QCheckBox* leaveOnServer() const { return m_leave; }
    QSpinBox* deleteAfterDays() const { return m_days; }
    QCheckBox* deleteWhenDeletedHere() const { return m_deleteHere; }
    QSpinBox* checkInterval() const { return m_interval; }
    QCheckBox* checkAtStartup() const { return m_startup; }
    QSpinBox* sizeLimitKiB() const { return m_sizeLimit; }
    QComboBox* inbox() const { return m_inbox; }

private:
    void updateEnabled();

    QCheckBox* m_leave = nullptr;
    QSpinBox* m_days = nullptr;
    QCheckBox* m_deleteHere = nullptr;
    QSpinBox* m_interval = nullptr;
    QCheckBox* m_startup = nullptr;
    QSpinBox* m_sizeLimit = nullptr;
    QComboBox* m_inbox = nullptr;
};

} // namespace postbag::ui
