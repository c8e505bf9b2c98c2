// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace postbag::ui {

// The classic phishing link: text that shows one address ("https://bank.example/login") over a
// target on another host. Why a class of its own: the rule is pure and is tested as a table.
// Guarantees: only words that read as a web address claim a host ("Log in", "invoice.pdf" or
// "Node.js" never do), wherever they stand in the text and whatever invisible characters hide
// them; a target on the claimed host or below it (mail.bank.com for bank.com), with or without
// "www.", and in either Unicode or punycode spelling, is not misleading.
class LinkCheck
{
public:
    // The first host the text shows, lower-case ASCII (punycode), or empty when it shows none.
    [[nodiscard]] static QString claimedHost(const QString& text);
    // A host the text shows that `target` is not on (the one to warn about), or empty.
    [[nodiscard]] static QString misleadingHost(const QString& text, const QUrl& target);
    // Whether `text` shows a web address on another host than `target`'s.
    [[nodiscard]] static bool misleads(const QString& text, const QUrl& target);
};

} // namespace postbag::ui
