// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Output.h"

#include "core/mailbox/FileProblem.h"
#include "ui/text/ErrorText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace postbag::app {

void Output::printJson(const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int Output::exitCodeFor(const Error& e)
{
    // A file given to import that is missing, unreadable or not a mailbox is a bad argument.
    switch (mailbox::problemOf(e)) {
    case mailbox::FileProblem::Missing:
    case mailbox::FileProblem::Unreadable:
    case mailbox::FileProblem::NotMailbox:
        return ExitUsage;
    default:
        break;
    }
    // A server that asks to wait, or a store another program is writing to: try later. A dropped
    // connection is also worth a retry, but a script needs to know it was the connection.
    if (e.isTemporary() && (e.kind == ErrorKind::Command || e.code == ErrorCode::StoreBusy))
        return ExitTemporary;
    switch (e.kind) {
    case ErrorKind::Auth:
        return ExitAuth;
    case ErrorKind::Transport:
    case ErrorKind::Tls:
    case ErrorKind::Protocol:
        return ExitConnection;
    case ErrorKind::Storage:
        return ExitStorage;
    case ErrorKind::Config:
        return ExitUsage;
    default:
        return ExitFailure;
    }
}

int Output::fail(const Error& error, const QString& host, int port, const QString& about)
{
    const ui::ErrorText text = ui::ErrorText::describe(error, host, port);
    m_out.flush();
    m_err << "postbag: ";
    if (!about.isEmpty())
        m_err << field(about) << ": ";
    // The words can quote a server ("The server said: …"): no control character of its reaches
    // the terminal.
    m_err << field(text.what);
    // Our own words (never a password or a server's): which setting, or why no password came.
    // For a file: its path and the system's reason.
    const bool ownDetail = error.code == ErrorCode::InvalidSetting ||
                           error.code == ErrorCode::CredentialsUnavailable ||
                           error.code == ErrorCode::CredentialsNotStored ||
                           mailbox::problemOf(error) != mailbox::FileProblem::None;
    if (ownDetail && !error.serverText.isEmpty())
        m_err << " (" << field(error.serverText) << ')';
    m_err << '\n';
    if (!text.advice.isEmpty())
        m_err << "  " << field(text.advice) << '\n';
    m_err.flush();
    return exitCodeFor(error);
}

int Output::finish(int code)
{
    m_out.flush();
    if (m_out.status() == QTextStream::Ok)
        return code;
    m_err << "postbag: "
          << QCoreApplication::translate("CommandLine", "the output could not be written: %1")
                 .arg(m_out.device() ? m_out.device()->errorString() : QString())
          << '\n';
    m_err.flush();
    return code == ExitOk ? ExitFailure : code;
}

namespace {
QString safe(const QString& s, bool keepLines)
{
    QString out = s;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f);
        if (!control)
            continue;
        if (u == u'\n' || u == u'\t')
            c = keepLines ? c : QChar(u' ');
        else if (u == u'\r')
            c = QChar(u' ');
        else
            c = QChar::ReplacementCharacter;
    }
    return out;
}
} // namespace

QString Output::field(const QString& s)
{
    return safe(s, false);
}

QString Output::text(const QString& s)
{
    // "\r\n" from a decoded body is one line break, not a space before it; a lone "\r" (old
    // Mac mail) is a line break too.
    QString t = s;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    return safe(t, true);
}

int Output::usage(const QString& message)
{
    m_err << "postbag: " << message << '\n'
          << QCoreApplication::translate("CommandLine", "Try 'postbag --help'.") << '\n';
    m_err.flush();
    return ExitUsage;
}

} // namespace postbag::app
