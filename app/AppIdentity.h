// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace postbag::app {

// The application's name, organisation and version as Qt reports them (settings paths, --version,
// the XDG data location). Shared by the command line and the window module so both agree.
class AppIdentity
{
public:
    static void apply();
};

} // namespace postbag::app
