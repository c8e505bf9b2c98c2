// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReaderMessages.h"
#include "ui/reader/MessageBrowser.h"
#include "ui/reader/MessageView.h"
#include "ui/reader/NoticeBar.h"
#include "ui/reader/RemoteContentPolicy.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace postbag;
using namespace postbag::ui;

// "Always for this sender" survives a restart: the choice lands in the profile's settings file
// and new objects over the same profile decide the same. Nothing is fetched: the reader only
// asks for the remote URLs (remoteContentRequested), which the app's fetcher would answer.
class tst_RemoteContentPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowedSenderSurvivesARestart()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const QString file = profile.filePath(QStringLiteral("postbag.ini"));
        {
            ProfileRemoteContentPolicy policy(file);
            MessageView view(policy);
            view.showMessage(test::summaryFor(1), test::hostileHtmlMessage());
            QVERIFY(view.remoteContentBlocked());
            QPushButton* always = nullptr;
            for (QPushButton* b : view.remoteBar()->findChildren<QPushButton*>()) {
                if (b->text() == QStringLiteral("Always for this sender")) {
                    always = b;
                }
            }
            QVERIFY(always);
            always->click();
            QVERIFY(!view.remoteContentBlocked());
        }
        QVERIFY(QFile::exists(file));

        ProfileRemoteContentPolicy policy(file); // the app started again on the same profile
        QVERIFY(policy.isAllowed(QStringLiteral("News@Shop.Example")));
        QVERIFY(!policy.isAllowed(QStringLiteral("other@shop.example")));
        QVERIFY(!policy.isAllowed(QString()));
        // Letters that only fold to the allowed ones (a long s) make another sender.
        QVERIFY(!policy.isAllowed(QStringLiteral("news@\u017Fhop.example")));
        QVERIFY(!policy.isAllowed(QStringLiteral("NEW\u017F@shop.example")));
        MessageView view(policy);
        QSignalSpy requested(&view, &MessageView::remoteContentRequested);
        view.showMessage(test::summaryFor(2), test::hostileHtmlMessage());
        QVERIFY(!view.remoteContentBlocked());
        QVERIFY(view.remoteBar()->isHidden());
        QCOMPARE(requested.size(), 1);
        const QStringList urls = requested.first().first().toStringList();
        QVERIFY2(urls.contains(QStringLiteral("https://images.example/hero.jpg")),
                 qPrintable(urls.join(u' ')));
        QVERIFY(!view.browser()->toHtml().contains(u"script", Qt::CaseInsensitive));
    }

    void otherProfilesAndUnallowedSendersStayBlocked()
    {
        QTemporaryDir a, b;
        ProfileRemoteContentPolicy first(a.filePath(QStringLiteral("postbag.ini")));
        first.allow(QStringLiteral("news@shop.example"));
        first.allow(QStringLiteral("  "));
        ProfileRemoteContentPolicy other(b.filePath(QStringLiteral("postbag.ini")));
        QVERIFY(!other.isAllowed(QStringLiteral("news@shop.example")));
        MessageView view(other);
        QSignalSpy requested(&view, &MessageView::remoteContentRequested);
        view.showMessage(test::summaryFor(1), test::hostileHtmlMessage());
        QVERIFY(view.remoteContentBlocked());
        QCOMPARE(requested.size(), 0);
        const ProfileRemoteContentPolicy again(a.filePath(QStringLiteral("postbag.ini")));
        QVERIFY(again.isAllowed(QStringLiteral("news@shop.example")));
        QVERIFY(!again.isAllowed(QStringLiteral("  ")));
    }
};

QTEST_MAIN(tst_RemoteContentPolicy)
#include "tst_RemoteContentPolicy.moc"
