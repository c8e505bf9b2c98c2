// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/OptionsForm.h"

#include "core/account/AccountRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace postbag::ui {

namespace {
constexpr int kAccountRole = Qt::UserRole + 1;

QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

OptionsForm::OptionsForm(store::Database* db, QWidget* parent) : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    m_leave = new QCheckBox(tr("&Leave messages on the server"), this);
    form->addRow(m_leave);
    form->addRow(
        explanation(tr("Keeps a copy on the server so that webmail or another device still sees "
                       "your mail. Without it, messages are removed from the server once they "
                       "are safely stored here."),
                    this));

    m_days = new QSpinBox(this);
    m_days->setRange(0, 3650);
    //: Delete from server after N days: the value 0
    m_days->setSpecialValueText(tr("never"));
    connect(m_days, &QSpinBox::valueChanged, this, [this](int days) {
        //: Suffix after a number of days (the number itself is shown before it)
        m_days->setSuffix(tr(" day(s)", nullptr, days));
    });
    m_days->setAccessibleName(tr("Remove from the server after"));
    form->addRow(tr("Remove from the server &after:"), m_days);
    form->addRow(
        explanation(tr("Old messages are removed from the server after this many days, so the "
                       "mailbox there does not fill up."),
                    this));

    m_deleteHere = new QCheckBox(tr("&Remove from the server when I delete a message here"), this);
    form->addRow(m_deleteHere);

    m_interval = new QSpinBox(this);
    m_interval->setRange(0, 24 * 60);
    //: Check interval: the value 0
    m_interval->setSpecialValueText(tr("only when I ask"));
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int minutes) {
        //: Suffix after a number of minutes (the number itself is shown before it)
        m_interval->setSuffix(tr(" minute(s)", nullptr, minutes));
    });
    m_interval->setAccessibleName(tr("Check for new mail every"));
    form->addRow(tr("Check for new mail &every:"), m_interval);
    m_startup = new QCheckBox(tr("Check when Postbag &starts"), this);
    form->addRow(m_startup);

    m_sizeLimit = new QSpinBox(this);
    m_sizeLimit->setRange(0, 1024 * 1024);
    m_sizeLimit->setSingleStep(512);
    //: Size limit: the value 0
    m_sizeLimit->setSpecialValueText(tr("no limit"));
    m_sizeLimit->setSuffix(QStringLiteral(" KiB"));
    m_sizeLimit->setAccessibleName(tr("Download only headers of messages larger than"));
    form->addRow(tr("Only &headers above:"), m_sizeLimit);
    form->addRow(explanation(tr("Larger messages show their sender and subject first; the rest is "
                                "downloaded when you open them. Useful on slow connections."),
                             this));

    m_inbox = new QComboBox(this);
    m_inbox->setAccessibleName(tr("Inbox"));
    m_inbox->addItem(tr("Its own Inbox"), qint64(0));
    if (db) {
        account::AccountRepository repo(*db);
        if (auto accounts = repo.list()) {
            for (const account::AccountSettings& a : accounts.value()) {
                if (auto inbox = repo.inboxOf(a); inbox && a.destinationFolderId == 0) {
                    //: Shared inbox choice; %1 is another account's name
                    m_inbox->addItem(tr("The Inbox of %1").arg(a.name), inbox.value());
                    m_inbox->setItemData(m_inbox->count() - 1, a.id, kAccountRole);
                }
            }
        }
    }
    form->addRow(tr("&Deliver to:"), m_inbox);
    form->addRow(
        explanation(tr("Every account appears in the Unified Inbox anyway; sharing an Inbox "
                       "puts this account's mail into another account's folder."),
                    this));

    connect(m_leave, &QCheckBox::toggled, this, &OptionsForm::updateEnabled);
    load(account::AccountSettings{});
}

void OptionsForm::load(const account::AccountSettings& s)
{
    // An account cannot deliver into its own Inbox as if it were another's.
    for (int i = m_inbox->count() - 1; i > 0; --i) {
        if (s.id != 0 && m_inbox->itemData(i, kAccountRole).toLongLong() == s.id)
            m_inbox->removeItem(i);
    }
    m_leave->setChecked(s.leaveOnServer);
    m_days->setValue(s.deleteAfterDays);
    m_deleteHere->setChecked(s.deleteWhenDeletedLocally);
    m_interval->setValue(s.checkIntervalMinutes);
    m_startup->setChecked(s.checkAtStartup);
    m_sizeLimit->setValue(int(s.sizeLimitBytes / 1024));
    const int inbox = m_inbox->findData(s.destinationFolderId);
    m_inbox->setCurrentIndex(std::max(0, inbox));
    updateEnabled();
}

void OptionsForm::apply(account::AccountSettings& s) const
{
    s.leaveOnServer = m_leave->isChecked();
    s.deleteAfterDays = s.leaveOnServer ? m_days->value() : 0;
    s.deleteWhenDeletedLocally = s.leaveOnServer && m_deleteHere->isChecked();
    s.checkIntervalMinutes = m_interval->value();
    s.checkAtStartup = m_startup->isChecked();
    s.sizeLimitBytes = qint64(m_sizeLimit->value()) * 1024;
    s.destinationFolderId = m_inbox->currentData().toLongLong();
}

void OptionsForm::updateEnabled()
{
    m_days->setEnabled(m_leave->isChecked());
    m_deleteHere->setEnabled(m_leave->isChecked());
}

} // namespace postbag::ui
