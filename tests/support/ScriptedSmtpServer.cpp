// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ScriptedSmtpServer.h"

namespace postbag::testing {

LineScript ScriptedSmtpServer::greeting()
{
    return LineScript().line(QByteArray("220 ") + kHostName + " ESMTP scripted");
}

LineScript ScriptedSmtpServer::ehlo(const QList<QByteArray>& capabilities)
{
    LineScript script;
    script.expect("EHLO *");
    QList<QByteArray> lines{kHostName};
    lines.append(capabilities);
    for (qsizetype i = 0; i < lines.size(); ++i)
        script.line((i + 1 < lines.size() ? "250-" : "250 ") + lines[i]);
    return script;
}

QList<QByteArray> ScriptedSmtpServer::capabilitiesBeforeTls()
{
    return {"PIPELINING",          "SIZE 26214400", "VRFY", "ETRN",     "STARTTLS",
            "ENHANCEDSTATUSCODES", "8BITMIME",      "DSN",  "SMTPUTF8", "CHUNKING"};
}

QList<QByteArray> ScriptedSmtpServer::capabilitiesAfterTls()
{
    return {"PIPELINING",          "SIZE 26214400", "VRFY", "ETRN",     "AUTH PLAIN LOGIN",
            "ENHANCEDSTATUSCODES", "8BITMIME",      "DSN",  "SMTPUTF8", "CHUNKING"};
}

LineScript ScriptedSmtpServer::startTls(const QByteArray& injected)
{
    return LineScript()
        .expect("STARTTLS")
        .send("220 2.0.0 Ready to start TLS\r\n" + injected)
        .startTls();
}

LineScript ScriptedSmtpServer::authPlain(const QByteArray& user, const QByteArray& password)
{
    const QByteArray response = QByteArray('\0' + user + '\0' + password).toBase64();
    return LineScript()
        .expect("AUTH PLAIN " + response)
        .line("235 2.7.0 Authentication successful");
}

LineScript ScriptedSmtpServer::transaction(const QByteArray& from,
                                           const QList<QByteArray>& recipients)
{
    LineScript script;
    script.expect("MAIL FROM:<" + from + ">*").line("250 2.1.0 Ok");
    for (const QByteArray& recipient : recipients)
        script.expect("RCPT TO:<" + recipient + ">*").line("250 2.1.5 Ok");
    return script.expect("DATA").line("354 End data with <CR><LF>.<CR><LF>").expectData();
}

LineScript ScriptedSmtpServer::queued()
{
    return LineScript().line("250 2.0.0 Ok: queued as 4F2A1C0E7B");
}

QByteArray ScriptedSmtpServer::xoauth2Failure(const QByteArray& status)
{
    const QByteArray json =
        R"({"status":")" + status + R"(","schemes":"Bearer","scope":"https://mail.google.com/"})";
    return "334 " + json.toBase64();
}

} // namespace postbag::testing
