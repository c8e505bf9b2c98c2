// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/transport/ProtocolSession.h"

namespace postbag::transport {

void ProtocolSession::sendLine(const QByteArray& line, ProtocolLog::Sensitivity sensitivity)
{
    if (m_log)
        m_log->client(line, sensitivity);
    Q_EMIT sendRequested(line + "\r\n");
}

} // namespace postbag::transport
