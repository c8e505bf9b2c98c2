// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace postbag::ui {

// Whose mail may show remote content (images, backgrounds). Why: remote content tells the sender
// that and when the mail was read; the user decides per sender, and the app persists the list
// (a small interface so the reader does not know where). Note: a From address can be forged, so
// this is a convenience for newsletters, not a security boundary - sanitizing still applies.
class RemoteContentPolicy
{
public:
    virtual ~RemoteContentPolicy();
    [[nodiscard]] virtual bool isAllowed(const QString& senderAddress) const = 0;
    virtual void allow(const QString& senderAddress) = 0;
};

// The policy kept in memory (until the app provides a persistent one). Addresses compare
// case-insensitively; an empty address is never allowed.
class InMemoryRemoteContentPolicy final : public RemoteContentPolicy
{
public:
    [[nodiscard]] bool isAllowed(const QString& senderAddress) const override;
    void allow(const QString& senderAddress) override;

private:
    QSet<QString> m_allowed;
};

// The policy kept in the profile: an INI file inside the profile folder (QSettings, IniFormat),
// so backing up the profile keeps the choices and another profile never sees them. Why not the
// store: the list is a preference, not mail, and needs no schema migration. Guarantees: every
// allow() is written to the file before it returns (QSettings::sync); a new object over the same
// file knows every sender allowed before; addresses compare case-insensitively; an empty address
// is never allowed; an unreadable file means nobody is allowed (remote content stays blocked).
class ProfileRemoteContentPolicy final : public RemoteContentPolicy
{
public:
    // `settingsFile`: e.g. "<profile>/postbag.ini".
    explicit ProfileRemoteContentPolicy(QString settingsFile);

    [[nodiscard]] bool isAllowed(const QString& senderAddress) const override;
    void allow(const QString& senderAddress) override;
    [[nodiscard]] const QString& settingsFile() const { return m_file; }

private:
    QString m_file;
    QSet<QString> m_allowed;
};

} // namespace postbag::ui
