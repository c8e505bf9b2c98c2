// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smtp/MessageData.h"

namespace postbag::smtp {

MessageData::MessageData(QByteArrayView message)
{
    m_wire.reserve(message.size() + message.size() / 50 + 3);
    bool lineStart = true;
    qint64 stuffed = 0;
    for (qsizetype i = 0; i < message.size(); ++i) {
        const char c = message[i];
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < message.size() && message[i + 1] == '\n')
                ++i;
            m_wire += "\r\n";
            lineStart = true;
            continue;
        }
        if (lineStart && c == '.') {
            m_wire += '.';
            ++stuffed;
        }
        if (static_cast<unsigned char>(c) >= 0x80)
            m_eightBit = true;
        m_wire += c;
        lineStart = false;
    }
    if (!lineStart)
        m_wire += "\r\n";
    m_canonicalSize = m_wire.size() - stuffed;
}

} // namespace postbag::smtp
