// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/Confirm.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace postbag::ui {

bool confirmDestructive(QWidget* parent, const QString& question)
{
    return QMessageBox::question(parent, QCoreApplication::translate("postbag::ui", "Postbag"),
                                 question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

} // namespace postbag::ui
