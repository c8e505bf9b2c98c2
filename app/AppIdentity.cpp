// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppIdentity.h"

#include <QCoreApplication>

namespace postbag::app {

void AppIdentity::apply()
{
    QCoreApplication::setApplicationName(QStringLiteral("postbag"));
    QCoreApplication::setOrganizationName(QStringLiteral("Postbag"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTBAG_VERSION));
}

} // namespace postbag::app
