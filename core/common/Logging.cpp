// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Logging.h"

Q_LOGGING_CATEGORY(lcPop3, "postbag.pop3", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "postbag.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "postbag.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMime, "postbag.mime", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "postbag.sync", QtWarningMsg)
