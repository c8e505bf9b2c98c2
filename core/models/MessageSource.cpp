// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/MessageSource.h"

namespace postbag::models {

MessageSource::~MessageSource() = default;

} // namespace postbag::models
