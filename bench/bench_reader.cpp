// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a message in the reader: parse (GMime) + sanitize + lay out, on a typical newsletter
// (multipart/alternative, ~40 KB of table-laid-out HTML, remote images, one inline cid: image)
// and on a typical plain-text reply. The target is under 50 ms per message. Prints the median
// and the slowest run of each stage; `--smoke` runs each once, for ctest. Either way it first checks
// that each stage did its work (the newsletter's pictures blocked, its text shown) and fails if not.
#include "core/mime/MessageParser.h"
#include "ui/reader/HtmlSanitizer.h"
#include "ui/reader/MessageBrowser.h"
#include "ui/reader/MessageView.h"
#include "ui/reader/RemoteContentPolicy.h"

#include <QApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace postbag;

namespace {

QByteArray newsletter()
{
    QByteArray html = "<html><head><style>td{font-family:Arial} .x{color:#333}</style></head>"
                      "<body><table width=600 align=center>";
    QByteArray text;
    for (int i = 0; i < 40; ++i) {
        const QByteArray n = QByteArray::number(i);
        html += "<tr><td><img src=\"https://img.example/p" + n + ".jpg\" width=120 height=80>"
                "</td><td class=x><h3>Offer " + n + "</h3><p style=\"margin:0;color:#555\">"
                "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
                "incididunt ut labore et dolore magna aliqua. <a href=\"https://shop.example/o/" +
                n + "?utm_source=mail\">Read more</a></p></td></tr>";
        text += "Offer " + n + ": Lorem ipsum dolor sit amet https://shop.example/o/" + n + "\r\n";
    }
    html += "<tr><td colspan=2><img src=\"cid:logo@bench\"></td></tr></table>"
            "<img src=\"http://t.example/open.gif\" width=1 height=1></body></html>";
    return "From: Shop <news@shop.example>\r\nTo: you@example.net\r\nSubject: Weekly offers\r\n"
           "Date: Wed, 13 May 2026 08:00:00 +0000\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/related; boundary=r\r\n\r\n--r\r\n"
           "Content-Type: multipart/alternative; boundary=a\r\n\r\n--a\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n" + text +
           "\r\n--a\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html +
           "\r\n--a--\r\n--r\r\nContent-Type: image/gif\r\nContent-ID: <logo@bench>\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\n"
           "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\r\n--r--\r\n";
}

QByteArray reply()
{
    QByteArray body;
    for (int i = 0; i < 60; ++i) {
        body += (i > 30 ? "> " : "") + QByteArray("Line of a typical reply, see https://example.org/") +
                QByteArray::number(i) + "\r\n";
    }
    return "From: Alice <alice@example.org>\r\nTo: bob@example.net\r\nSubject: Re: plans\r\n"
           "Date: Tue, 12 May 2026 09:41:00 +0200\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
           body;
}

void measure(const char* name, int runs, const std::function<void()>& work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-34s median %7.2f ms   slowest %7.2f ms   (%d runs)\n", name, ms.at(ms.size() / 2),
                ms.last(), runs);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const bool smoke = app.arguments().contains(QStringLiteral("--smoke"));
    const int runs = smoke ? 1 : 200;
    const QByteArray html = newsletter();
    const QByteArray plain = reply();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const mime::ParsedMessage parsed = mime::MessageParser::parse(html, now);
    ui::InMemoryRemoteContentPolicy policy;
    ui::MessageView view(policy);
    view.resize(900, 700);
    store::MessageSummary summary;
    std::printf("newsletter: %lld bytes raw, %lld chars of HTML\n", qint64(html.size()),
                qint64(parsed.textHtml.size()));
    // What is timed must be the real work: 41 remote pictures blocked, the cid: logo kept, and the
    // text on screen for both messages.
    const ui::SanitizedHtml safe =
        ui::HtmlSanitizer::sanitize(parsed.textHtml, ui::HtmlSanitizer::Remote::Block);
    view.showMessage(summary, html);
    const bool newsletterShown = view.browser()->toPlainText().contains(QStringLiteral("Offer 39"));
    view.showMessage(summary, plain);
    const bool replyShown = view.browser()->toPlainText().contains(QStringLiteral("example.org/59"));
    if (safe.remoteReferences != 41 || safe.contentIds != QStringList{QStringLiteral("logo@bench")} ||
        safe.html.contains(QStringLiteral("https://img.example")) || !newsletterShown || !replyShown) {
        std::fprintf(stderr, "bench_reader: the reader did not do its work (remote %d, shown %d/%d)\n",
                     safe.remoteReferences, int(newsletterShown), int(replyShown));
        return 1;
    }
    measure("parse newsletter", runs, [&] { (void)mime::MessageParser::parse(html, now); });
    measure("sanitize newsletter", runs, [&] {
        (void)ui::HtmlSanitizer::sanitize(parsed.textHtml, ui::HtmlSanitizer::Remote::Block);
    });
    measure("open newsletter (parse+sanitize+layout)", runs, [&] { view.showMessage(summary, html); });
    measure("open plain reply (parse+render+layout)", runs, [&] { view.showMessage(summary, plain); });
    std::printf("target: under 50 ms to open a message\n");
    return 0;
}
