// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QTcpServer>

class QTcpSocket;

namespace postbag::app {

// A small POP3 server (RFC 1939: USER/PASS, STAT, LIST, UIDL, RETR, TOP, DELE, RSET, NOOP, QUIT,
// CAPA) for `postbag --demo`, so the demo mail arrives through the real sync engine. Why in the
// product: a first look at Postbag needs no account. Guarantees: listens on 127.0.0.1 only (port
// chosen by the system); accepts only the given user and password; never deletes a message from
// its mailbox (DELE is honoured for the session only, as if every QUIT were a fresh start), so
// the demo can be synced again; lines are dot-stuffed and CRLF-terminated.
class DemoPop3Server : public QTcpServer
{
    Q_OBJECT

public:
    DemoPop3Server(QList<QByteArray> messages, QString user, QString password,
                   QObject* parent = nullptr);

    bool start(); // listen on 127.0.0.1, port 0
    [[nodiscard]] quint16 port() const { return serverPort(); }
    [[nodiscard]] int sessions() const { return m_sessions; }

private:
    struct Session
    {
        QByteArray buffer;
        QString user;
        bool authorized = false;
        QList<bool> deleted;
    };

    void accept();
    void readFrom(QTcpSocket* socket);
    void handle(QTcpSocket* socket, Session& session, const QByteArray& line);
    void transaction(QTcpSocket* socket, Session& session, const QByteArray& cmd,
                     const QList<QByteArray>& args);
    [[nodiscard]] int messageNumber(const Session& session, const QList<QByteArray>& args) const;
    [[nodiscard]] static QByteArray uidlOf(int index);
    static void sendMultiLine(QTcpSocket* socket, const QByteArray& first, const QByteArray& body);

    QList<QByteArray> m_messages;
    QString m_user;
    QString m_password;
    QHash<QTcpSocket*, Session> m_open;
    int m_sessions = 0;
};

} // namespace postbag::app
