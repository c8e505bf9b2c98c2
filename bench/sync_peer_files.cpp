// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_peer_files.h"

#include "sync_contenders.h"

#include <QFile>
#include <QFileInfo>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace postbag::bench {

bool writeText(const QString& path, const QString& text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(text.toUtf8());
    return f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString fetchmailRc(const Mailbox& box)
{
    // fetchmail matches the host against the certificate's names only, not its IP addresses.
    const QString security =
        box.tls ? QStringLiteral("ssl sslcertck sslcertfile \"%1\" sslcommonname localhost")
                      .arg(box.certificatePath)
                : QStringLiteral("sslproto ''"); // no opportunistic STLS
    return QStringLiteral("set no bouncemail\nset no syslog\n"
                          "poll %1 port %2 proto POP3 uidl\n"
                          "  user \"%3\" there with password \"%4\" is \"bench\" here %5\n")
        .arg(box.host)
        .arg(box.port)
        .arg(box.user, box.password, security);
}

QString getmailUser(const QString& runDir, const QString& maildir)
{
    if (::geteuid() != 0)
        return {};
    const passwd* nobody = ::getpwnam("nobody");
    if (!nobody)
        return {};
    for (const QString& dir : {QFileInfo(runDir).path(), runDir})
        ::chmod(QFile::encodeName(dir).constData(), 0711);
    for (const char* sub : {"", "/cur", "/new", "/tmp"}) {
        if (::chown(QFile::encodeName(maildir + QLatin1String(sub)).constData(), nobody->pw_uid,
                    nobody->pw_gid) != 0)
            return {};
    }
    return QStringLiteral("user = nobody\n");
}

QString getmailRc(const Mailbox& box, const QString& maildir, const QString& deliverAs)
{
    QString retriever = box.tls ? QStringLiteral("type = SimplePOP3SSLRetriever\nca_certs = %1\n")
                                      .arg(box.certificatePath)
                                : QStringLiteral("type = SimplePOP3Retriever\n");
    return QStringLiteral("[retriever]\n%1server = %2\nport = %3\nusername = %4\npassword = %5\n\n"
                          "[destination]\ntype = Maildir\npath = %6/\n%7\n"
                          "[options]\nread_all = true\ndelete = false\nverbose = 0\n"
                          "delivered_to = false\nreceived = false\nmessage_log_syslog = false\n")
        .arg(retriever, box.host)
        .arg(box.port)
        .arg(box.user, box.password, maildir, deliverAs);
}

int countBsmtp(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    int count = 0;
    bool afterRcpt = false;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (afterRcpt && line == "DATA")
            ++count;
        afterRcpt = line.startsWith("RCPT TO:");
    }
    return count;
}
} // namespace postbag::bench
