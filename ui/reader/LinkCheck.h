// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace postbag::ui {

// The classic phishing link: text that shows one address ("https://bank.example/login") over a
// target on another host. Why a class of its own: the rule is pure and is tested as a table.
// Guarantees: only text that reads as a web address claims a host (words such as "Log in" never
// do); a target on the claimed host or below it (mail.bank.example for bank.example), with or
// without "www.", and in either Unicode or punycode spelling, is not misleading.
class LinkCheck
{
public:
    // The host the text shows, lower-case ASCII (punycode), or empty when it shows none.
    [[nodiscard]] static QString claimedHost(const QString& text);
    // Whether `text` shows a web address on another host than `target`'s.
    [[nodiscard]] static bool misleads(const QString& text, const QUrl& target);
};

} // namespace postbag::ui
