// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowFixture.h"
#include "core/account/AccountRepository.h"
#include "core/models/MessageListModel.h"
#include "tests/support/Picture.h"
#include "ui/mainwindow/ErrorBanner.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/MessageActions.h"
#include "ui/mainwindow/MessageListView.h"
#include "ui/reader/MessageView.h"
#include "ui/reader/RemoteContentPolicy.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QStyleFactory>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace postbag;
using namespace postbag::ui;

// The main views with the demo mailbox, grabbed offscreen. Run with POSTBAG_SCREENSHOTS=<dir>
// (e.g. docs/screenshots) to keep them; otherwise they go to a temporary folder. Each checks
// that the picture shows something (not blank) and the state it was taken to show.
class tst_WindowScreenshots : public QObject
{
    Q_OBJECT

    test::WindowFixture m_fx;
    InMemoryRemoteContentPolicy m_policy;
    QString m_dir;
    QTranslator m_english;

    // The picture, saved; null (with the test failed) when it is blank.
    QImage grab(QWidget& w, const QString& name)
    {
        QApplication::processEvents();
        const QPixmap pixmap = w.grab();
        const QImage image = pixmap.toImage();
        [&] {
            QVERIFY(!pixmap.isNull());
            QCOMPARE(pixmap.size() / pixmap.devicePixelRatio(), w.size());
            QVERIFY2(testing::Picture::distinctColours(image) >= 16, qPrintable(name));
            QVERIFY(pixmap.save(QDir(m_dir).filePath(name)));
        }();
        return QTest::currentTestFailed() ? QImage() : image;
    }

    std::unique_ptr<MainWindow> window()
    {
        auto w = std::make_unique<MainWindow>(*m_fx.db, m_policy);
        w->resize(1280, 800);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get())) {
            return nullptr;
        }
        return w;
    }

    // Selects the message and checks the reader shows it.
    [[nodiscard]] bool open(MainWindow& w, const QString& subject)
    {
        auto* model = w.messageModel();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, models::MessageListModel::SubjectColumn).data().toString() ==
                subject) {
                w.messageList()->setCurrentIndex(
                    model->index(r, models::MessageListModel::SubjectColumn));
                return w.messageList()->currentMessageId() > 0 &&
                       QTest::qWaitFor([&] { return w.reader()->summary().subject == subject; });
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_dir = qEnvironmentVariable("POSTBAG_SCREENSHOTS");
        if (m_dir.isEmpty()) {
            m_dir = QDir::temp().filePath(QStringLiteral("postbag-screenshots"));
        }
        QVERIFY(QDir().mkpath(m_dir));
        // English plural forms, as the app installs them ("1 message", not "1 message(s)").
        QVERIFY(m_english.load(QStringLiteral("postbag_en"), QStringLiteral(POSTBAG_QM_DIR)));
        QApplication::installTranslator(&m_english);
        QVERIFY(m_fx.open());
        // Some mail already read, one flagged, one local folder: a mailbox in use.
        store::MessageStore messages(*m_fx.db);
        for (qint64 id = 5; id <= 14; ++id) {
            QVERIFY(messages.setFlags({id}, store::Flag::Seen, {}).ok());
        }
        QVERIFY(messages.setFlags({3}, store::Flag::Flagged, {}).ok());
        QVERIFY(store::FolderStore(*m_fx.db).create(0, QStringLiteral("Receipts")).ok());
        QSettings().setValue(QStringLiteral("reader/markReadDelayMs"), -1);
    }

    void mainWindow()
    {
        auto w = window();
        QVERIFY(w);
        QVERIFY(open(*w, QStringLiteral("Your weekly harvest: asparagus is back!")));
        const QImage shot = grab(*w, QStringLiteral("main-window.png"));
        QVERIFY(!shot.isNull());
        QVERIFY(testing::Picture::meanLightness(shot) > 128); // the light palette
        QVERIFY(w->messageModel()->rowCount() > 1);
    }

    void searchResults()
    {
        auto w = window();
        QVERIFY(w);
        w->search(QStringLiteral("release OR june"));
        QVERIFY(w->messageModel()->rowCount() > 0);
        w->messageList()->setCurrentIndex(w->messageModel()->index(0, 2));
        QVERIFY(w->messageList()->currentMessageId() > 0);
        QVERIFY(!grab(*w, QStringLiteral("search.png")).isNull());
    }

    void errorBanner()
    {
        auto w = window();
        QVERIFY(w);
        // A real server name and port, so the bar reads as it does for a user.
        account::AccountSettings work;
        work.id = m_fx.work.id;
        work.name = m_fx.work.name;
        work.host = QStringLiteral("pop.example.com");
        work.port = 995;
        work.username = QStringLiteral("sam");
        QVERIFY(account::AccountRepository(*m_fx.db).update(work).ok());
        sync::SyncReport report;
        report.error = Error::make(ErrorCode::ConnectTimeout);
        w->onSyncStarted(m_fx.work.id);
        w->onSyncStarted(m_fx.personal.id);
        w->onSyncFinished(m_fx.work.id, report);
        sync::SyncProgress progress;
        progress.phase = sync::SyncPhase::Fetching;
        progress.current = 7;
        progress.total = 19;
        w->onSyncProgress(m_fx.personal.id, progress);
        QVERIFY(open(*w, QStringLiteral("Trip to Lisbon in June")));
        QVERIFY(w->banner()->isVisible());
        QVERIFY(w->banner()->text().contains(QStringLiteral("pop.example.com")));
        QVERIFY(!grab(*w, QStringLiteral("error-banner.png")).isNull());
    }

    // The question Shift+Del asks (the product's own dialog), grabbed and answered No.
    void deletePermanentlyQuestion()
    {
        auto w = window();
        QVERIFY(w);
        QVERIFY(open(*w, QStringLiteral("Your weekly harvest: asparagus is back!")));
        const qint64 id = w->messageList()->currentMessageId();
        QVERIFY(id > 0);
        bool asked = false;
        bool defaultIsNo = false;
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = true;
            defaultIsNo =
                static_cast<QAbstractButton*>(box->defaultButton()) == box->button(QMessageBox::No);
            asked = !grab(*box, QStringLiteral("delete-permanently.png")).isNull();
            box->button(QMessageBox::No)->click();
        });
        w->messageActions()->deletePermanentlyAction->trigger();
        QVERIFY(asked);
        QVERIFY(defaultIsNo);                                    // Enter keeps the mail
        QVERIFY(store::MessageStore(*m_fx.db).summary(id).ok()); // No keeps it
    }

    void darkPalette()
    {
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x38));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc2));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9e));
        dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x38));
        dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xf0));
        // The bevel shades too, as a real dark theme sets them (else frames keep light edges).
        dark.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4e));
        dark.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x42));
        dark.setColor(QPalette::Mid, QColor(0x2a, 0x2a, 0x2c));
        dark.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
        dark.setColor(QPalette::Shadow, QColor(0x0e, 0x0e, 0x10));
        QApplication::setPalette(dark);
        auto w = window();
        QVERIFY(w);
        const bool opened = open(*w, QStringLiteral("Trip to Lisbon in June"));
        const QImage shot = grab(*w, QStringLiteral("main-window-dark.png"));
        QApplication::setPalette(light);
        QVERIFY(opened);
        QVERIFY(!shot.isNull());
        QVERIFY(testing::Picture::meanLightness(shot) < 100); // dark, frames and all
    }
};

QTEST_MAIN(tst_WindowScreenshots)
#include "tst_WindowScreenshots.moc"
