// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: builds the parts, wires them and hands control to the command line.
#include "app/CommandLine.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("postbag"));
    QCoreApplication::setOrganizationName(QStringLiteral("Postbag"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTBAG_VERSION));
    return postbag::app::CommandLine::run(app);
}
