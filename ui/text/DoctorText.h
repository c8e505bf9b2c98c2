// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/doctor/SubmissionCheck.h"

#include <QString>

namespace postbag::ui {

// The words for what the connection doctor advises after a failed check of the outgoing server,
// on top of ErrorText's words for the error itself. Why here: core/doctor decides the advice as a
// code, and the wizard and `postbag account test` must say the same thing. Guarantees: every
// Advice but None has a sentence; `stableName()` is untranslated, for JSON.
struct DoctorText
{
    [[nodiscard]] static QString advice(doctor::Advice advice);
    [[nodiscard]] static QString stableName(doctor::Advice advice);
};

} // namespace postbag::ui
