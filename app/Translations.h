// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace postbag::app {

// Installs the translation of the system locale's first UI language that Postbag ships (the
// window and the command line alike), with Qt's own for its standard dialogs. English is the
// source language: when it comes first in the user's list, only its plural forms are loaded.
class Translations
{
public:
    // Returns the language loaded ("de"), or an empty string for the source language.
    static QString install(QCoreApplication& app);
};

} // namespace postbag::app
