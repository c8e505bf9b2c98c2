// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demo/DemoPop3Server.h"

#include <QTcpSocket>

namespace postbag::app {

DemoPop3Server::DemoPop3Server(QList<QByteArray> messages, QString user, QString password,
                               QObject* parent)
    : QTcpServer(parent), m_messages(std::move(messages)), m_user(std::move(user)),
      m_password(std::move(password))
{
    connect(this, &QTcpServer::newConnection, this, &DemoPop3Server::accept);
}

bool DemoPop3Server::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QByteArray DemoPop3Server::uidlOf(int index)
{
    return "demo-" + QByteArray::number(index + 1).rightJustified(4, '0');
}

void DemoPop3Server::accept()
{
    while (QTcpSocket* socket = nextPendingConnection()) {
        ++m_sessions;
        Session session;
        session.deleted = QList<bool>(m_messages.size(), false);
        m_open.insert(socket, session);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_open.remove(socket);
            socket->deleteLater();
        });
        socket->write("+OK Postbag demo POP3 server ready\r\n");
    }
}

void DemoPop3Server::readFrom(QTcpSocket* socket)
{
    auto it = m_open.find(socket);
    if (it == m_open.end()) {
        return;
    }
    it->buffer += socket->readAll();
    qsizetype end;
    while ((end = it->buffer.indexOf('\n')) >= 0) {
        const QByteArray line = it->buffer.left(end).trimmed();
        it->buffer.remove(0, end + 1);
        handle(socket, *it, line);
        it = m_open.find(socket);
        if (it == m_open.end()) {
            return;
        }
    }
    if (it->buffer.size() > 4096) { // no POP3 command is that long
        socket->disconnectFromHost();
    }
}

void DemoPop3Server::handle(QTcpSocket* socket, Session& session, const QByteArray& line)
{
    QList<QByteArray> args = line.split(' ');
    const QByteArray cmd = args.takeFirst().toUpper();
    if (cmd == "CAPA") {
        sendMultiLine(socket, "+OK Capability list follows", "USER\r\nUIDL\r\nTOP\r\n");
    } else if (cmd == "QUIT") {
        socket->write("+OK Bye\r\n");
        socket->disconnectFromHost();
    } else if (cmd == "NOOP") {
        socket->write("+OK\r\n");
    } else if (!session.authorized) {
        if (cmd == "USER" && !args.isEmpty()) {
            session.user = QString::fromUtf8(args.first());
            socket->write("+OK\r\n");
        } else if (cmd == "PASS" && session.user == m_user &&
                   line.mid(5) == m_password.toUtf8()) {
            session.authorized = true;
            socket->write("+OK Mailbox ready\r\n");
        } else {
            socket->write("-ERR [AUTH] Wrong user name or password\r\n");
        }
    } else {
        transaction(socket, session, cmd, args);
    }
}

int DemoPop3Server::messageNumber(const Session& session, const QList<QByteArray>& args) const
{
    bool ok = false;
    const int n = args.isEmpty() ? 0 : args.first().toInt(&ok);
    if (!ok || n < 1 || n > m_messages.size() || session.deleted.at(n - 1)) {
        return 0;
    }
    return n;
}

void DemoPop3Server::transaction(QTcpSocket* socket, Session& session, const QByteArray& cmd,
                                 const QList<QByteArray>& args)
{
    const bool all = args.isEmpty();
    const int n = messageNumber(session, args);
    if (cmd == "STAT") {
        qint64 bytes = 0;
        int count = 0;
        for (int i = 0; i < m_messages.size(); ++i) {
            if (!session.deleted.at(i)) {
                ++count;
                bytes += m_messages.at(i).size();
            }
        }
        socket->write("+OK " + QByteArray::number(count) + ' ' + QByteArray::number(bytes) + "\r\n");
    } else if ((cmd == "LIST" || cmd == "UIDL") && all) {
        QByteArray body;
        for (int i = 0; i < m_messages.size(); ++i) {
            if (!session.deleted.at(i)) {
                body += QByteArray::number(i + 1) + ' ' +
                        (cmd == "LIST" ? QByteArray::number(m_messages.at(i).size()) : uidlOf(i)) + "\r\n";
            }
        }
        sendMultiLine(socket, "+OK", body);
    } else if (n == 0 && cmd != "RSET") {
        socket->write("-ERR No such message\r\n");
    } else if (cmd == "LIST") {
        socket->write("+OK " + QByteArray::number(n) + ' ' + QByteArray::number(m_messages.at(n - 1).size()) + "\r\n");
    } else if (cmd == "UIDL") {
        socket->write("+OK " + QByteArray::number(n) + ' ' + uidlOf(n - 1) + "\r\n");
    } else if (cmd == "RETR") {
        sendMultiLine(socket, "+OK", m_messages.at(n - 1));
    } else if (cmd == "TOP" && args.size() == 2) {
        const QByteArray& raw = m_messages.at(n - 1);
        const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
        QByteArray part = headerEnd < 0 ? raw : raw.left(headerEnd + 4);
        const QList<QByteArray> body = raw.mid(part.size()).split('\n');
        for (int i = 0; i < qMin<qsizetype>(args.at(1).toInt(), body.size()); ++i) {
            part += body.at(i) + '\n';
        }
        sendMultiLine(socket, "+OK", part);
    } else if (cmd == "DELE") {
        session.deleted[n - 1] = true;
        socket->write("+OK Marked\r\n");
    } else if (cmd == "RSET") {
        session.deleted.fill(false);
        socket->write("+OK\r\n");
    } else {
        socket->write("-ERR Unknown command\r\n");
    }
}

void DemoPop3Server::sendMultiLine(QTcpSocket* socket, const QByteArray& first, const QByteArray& body)
{
    QByteArray out = first + "\r\n";
    for (QByteArray line : body.split('\n')) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        out += (line.startsWith('.') ? "." + line : line) + "\r\n";
    }
    if (body.endsWith('\n')) {
        out.chop(2); // split() left an empty last line; drop its CRLF
    }
    out += ".\r\n";
    socket->write(out);
}

} // namespace postbag::app
