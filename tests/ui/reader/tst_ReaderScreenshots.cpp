// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReaderMessages.h"
#include "ui/reader/MessageView.h"
#include "ui/reader/RemoteContentPolicy.h"

#include <QDir>
#include <QTest>

using namespace postbag;
using namespace postbag::ui;

// Grabs the reader at a realistic size. Run with POSTBAG_SCREENSHOTS=<dir> (e.g. docs/screenshots)
// to keep the pictures; without it they go to a temporary folder and the test only checks that
// the widgets render to a non-empty image.
class tst_ReaderScreenshots : public QObject
{
    Q_OBJECT

    QString m_dir;

    void grab(MessageView& view, const QString& name)
    {
        view.resize(900, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPixmap pixmap = view.grab();
        QVERIFY(!pixmap.isNull());
        QVERIFY(pixmap.save(QDir(m_dir).filePath(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("POSTBAG_SCREENSHOTS");
        if (m_dir.isEmpty()) {
            m_dir = QDir::temp().filePath(QStringLiteral("postbag-screenshots"));
        }
        QVERIFY(QDir().mkpath(m_dir));
    }

    void plain()
    {
        InMemoryRemoteContentPolicy policy;
        MessageView view(policy);
        view.showMessage(test::summaryFor(1), test::plainMessage());
        grab(view, QStringLiteral("reader-plain.png"));
    }

    void htmlBlocked()
    {
        InMemoryRemoteContentPolicy policy;
        MessageView view(policy);
        view.showMessage(test::summaryFor(2), test::hostileHtmlMessage());
        grab(view, QStringLiteral("reader-html-blocked.png"));
    }

    void headersOnly()
    {
        InMemoryRemoteContentPolicy policy;
        MessageView view(policy);
        const QByteArray raw = test::plainMessage();
        view.showMessage(test::summaryFor(3, true), raw.left(raw.indexOf("\r\n\r\n") + 4));
        grab(view, QStringLiteral("reader-headers-only.png"));
    }
};

QTEST_MAIN(tst_ReaderScreenshots)
#include "tst_ReaderScreenshots.moc"
