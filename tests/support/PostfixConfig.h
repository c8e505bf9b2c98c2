// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace postbag::testing {

// The configuration files of one PostfixServer instance: main.cf, master.cf and the two lookup
// tables. Exists so the fixture's settings are in one readable place. Guarantees: queue, data,
// log, certificate and tables live under `directory`; nothing in /etc/postfix is read; every
// listener is on 127.0.0.1 at the given ports; mail is only ever delivered into `mailRoot`
// (virtual mailboxes for `users` of `domain`), never relayed or sent elsewhere; no daemon is
// chrooted (a temporary directory cannot be a chroot).
struct PostfixConfig
{
    QString directory;
    QString mailRoot;   // Dovecot's mail_location root: mailRoot/USER is USER's Maildir
    QString authSocket; // Dovecot's auth-client socket
    QString domain;
    QString hostName;
    qint64 mailUid = 0; // owns the Maildirs (Dovecot's server user)
    qint64 mailGid = 0;
    quint16 submissionPort = 0;  // STARTTLS, TLS required before AUTH
    quint16 submissionsPort = 0; // implicit TLS
    qint64 messageSizeLimit = 0;
    int recipientLimit = 1000; // Postfix's default
    QStringList users;
    QList<QPair<QString, QString>> extraSenders; // (login, address) beyond LOGIN@domain

    [[nodiscard]] QByteArray mainCf() const;
    [[nodiscard]] QByteArray masterCf() const;
    // "USER@domain USER/": the recipients that exist; any other gets 550 5.1.1.
    [[nodiscard]] QByteArray mailboxes() const;
    // "ADDRESS LOGIN": the From addresses each login may use; any other gets 553 5.7.1.
    [[nodiscard]] QByteArray senders() const;
};

} // namespace postbag::testing
