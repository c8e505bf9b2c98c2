// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/threading/BaseSubject.h"

#include <QRegularExpression>

namespace postbag::threading {

BaseSubject BaseSubject::of(const QString& subject)
{
    static const QRegularExpression prefix(
        QStringLiteral(R"(^\s*(?:(re|aw|sv|vs|antw)|fwd?|wg|tr)\s*(\[\d+\])?\s*:\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    BaseSubject out;
    QStringView rest(subject);
    for (int i = 0; i < 10; ++i) {
        const auto match = prefix.match(rest);
        if (!match.hasMatch()) {
            break;
        }
        out.reply = out.reply || match.capturedLength(1) > 0;
        rest = rest.mid(match.capturedLength());
    }
    out.key = rest.trimmed().toString().toCaseFolded();
    return out;
}

} // namespace postbag::threading
