// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the package ships agrees with the build and with the freedesktop validators: the .desktop
// file and AppStream metainfo pass desktop-file-validate and appstreamcli, name the same id as
// CMake and the Flatpak manifest, the man page documents every command-line option, and
// `cmake --install` lays out a tree where the binary finds its translations, and no binary carries
// a library search path (RPATH).
#include "tests/support/WindowProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kSource = QStringLiteral(POSTBAG_SOURCE_DIR);
const QString kAppId = QStringLiteral(POSTBAG_APP_ID);

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString& program, const QStringList& args,
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(300000))
        return {-1, QStringLiteral("did not finish: ") + program};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAll())};
}

QString tool(const char* name, const char* package)
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    if (path.isEmpty())
        qWarning("%s is missing: install the Debian package %s (scripts/setup deps)", name,
                 package);
    return path;
}

QStringList matches(const QString& text, const QString& pattern)
{
    QStringList found;
    for (const auto& m : QRegularExpression(pattern).globalMatch(text))
        found << m.captured(1);
    return found;
}

// The RPATH and RUNPATH entries of an ELF file, as readelf prints them; empty when it has none.
QString librarySearchPath(const QString& elf)
{
    const QString readelf = tool("readelf", "binutils");
    if (readelf.isEmpty())
        return QStringLiteral("(readelf is missing)");
    const Run r = run(readelf, {QStringLiteral("--dynamic"), elf});
    if (r.exitCode != 0)
        return r.output;
    return matches(r.output, QStringLiteral(R"(\((?:RPATH|RUNPATH)\)\s+(.*))")).join(u'\n');
}

} // namespace

class tst_PackagingFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every library comes from the system's search path: an empty RUNPATH entry would make the
    // build tree's binary load libraries from whatever directory it is started in.
    void noLibrarySearchPath()
    {
        for (const char* elf :
             {POSTBAG_EXECUTABLE, POSTBAG_WINDOW_MODULE_FILE, POSTBAG_KEYRING_MODULE_FILE})
            QCOMPARE(librarySearchPath(QString::fromLatin1(elf)), QString());
    }

    void desktopFileIsValid()
    {
        const QString validate = tool("desktop-file-validate", "desktop-file-utils");
        QVERIFY(!validate.isEmpty());
        const QString desktop =
            kSource + QStringLiteral("/packaging/linux/") + kAppId + QStringLiteral(".desktop");
        const Run r = run(validate, {desktop});
        QVERIFY2(r.exitCode == 0 && r.output.trimmed().isEmpty(), qPrintable(r.output));
        const QString text = readText(desktop);
        QVERIFY(text.contains(QStringLiteral("\nExec=postbag\n")));
        QVERIFY(text.contains(QStringLiteral("\nIcon=") + kAppId + u'\n'));
        // Postbag has no composer: it must not claim mailto: links.
        QVERIFY(!text.contains(QStringLiteral("mailto")));
    }

    void metainfoIsValidAndAgrees()
    {
        const QString appstream = tool("appstreamcli", "appstream");
        QVERIFY(!appstream.isEmpty());
        const QString metainfo = kSource + QStringLiteral("/packaging/linux/") + kAppId +
                                 QStringLiteral(".metainfo.xml");
        const Run r = run(appstream, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                      QStringLiteral("--strict"), metainfo});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));

        const QString text = readText(metainfo);
        QCOMPARE(matches(text, QStringLiteral("<id>([^<]+)</id>")), QStringList{kAppId});
        QCOMPARE(
            matches(text, QStringLiteral("<launchable type=\"desktop-id\">([^<]+)</launchable>")),
            QStringList{kAppId + QStringLiteral(".desktop")});
        QCOMPARE(matches(text, QStringLiteral("<binary>([^<]+)</binary>")),
                 QStringList{QStringLiteral("postbag")});
        // The newest release is the version being built.
        const QStringList releases = matches(text, QStringLiteral("<release version=\"([^\"]+)\""));
        QVERIFY(!releases.isEmpty());
        QCOMPARE(releases.first(), QStringLiteral(POSTBAG_VERSION));
        // Every screenshot is one of docs/screenshots.
        const QStringList shots =
            matches(text, QStringLiteral("/docs/screenshots/([^<]+\\.png)</image>"));
        QVERIFY(shots.size() >= 2);
        for (const QString& shot : shots)
            QVERIFY2(QFile::exists(kSource + QStringLiteral("/docs/screenshots/") + shot),
                     qPrintable(shot));
    }

    void flatpakManifestAgrees()
    {
        const QString manifest = readText(kSource + QStringLiteral("/packaging/flatpak/") + kAppId +
                                          QStringLiteral(".yml"));
        QVERIFY(!manifest.isEmpty());
        QCOMPARE(matches(manifest, QStringLiteral("(?m)^app-id: (\\S+)$")), QStringList{kAppId});
        QCOMPARE(matches(manifest, QStringLiteral("(?m)^command: (\\S+)$")),
                 QStringList{QStringLiteral("postbag")});
        QCOMPARE(matches(manifest, QStringLiteral("(?m)^  - name: (\\S+)$")),
                 (QStringList{QStringLiteral("gmime"), QStringLiteral("qtkeychain"),
                              QStringLiteral("postbag")}));
        QVERIFY(manifest.contains(QStringLiteral("-DBUILD_WITH_QT6=ON")));
        QVERIFY(manifest.contains(QStringLiteral("--talk-name=org.freedesktop.secrets")));
        QVERIFY(manifest.contains(QStringLiteral("--share=network")));
        // Every POSTBAG_ option it sets still exists in the build.
        const QString cmake = readText(kSource + QStringLiteral("/CMakeLists.txt"));
        for (const QString& option : matches(manifest, QStringLiteral("-D(POSTBAG_[A-Z_]+)=")))
            QVERIFY2(cmake.contains(QStringLiteral("option(") + option + u' '), qPrintable(option));
        // Every archive is pinned.
        QCOMPARE(manifest.count(QStringLiteral("type: archive")),
                 manifest.count(QStringLiteral("sha256: ")));
    }

    // A new option or command must reach the man page.
    void manPageDocumentsTheCommandLine()
    {
        const QString man = readText(kSource + QStringLiteral("/packaging/man/postbag.1"));
        QVERIFY(!man.isEmpty());
        QVERIFY2(man.contains(QStringLiteral("\"Postbag " POSTBAG_VERSION "\"")),
                 "the .TH line names another version");
        QStringList options;
        for (const QString& file :
             QDir(kSource + QStringLiteral("/app")).entryList({QStringLiteral("*.cpp")})) {
            const QString code = readText(kSource + QStringLiteral("/app/") + file);
            options << matches(
                code, QStringLiteral("QCommandLineOption\\(QStringLiteral\\(\"([a-z0-9-]+)\"\\)"));
            options << matches(code, QStringLiteral("opt\\(\"([a-z0-9-]+)\""));
            options << matches(code, QStringLiteral("(?:option|flag)\\(p, \"([a-z0-9-]+)\""));
        }
        QVERIFY(options.size() > 15);
        for (QString option : options) {
            option.replace(u'-', QStringLiteral("\\-"));
            QVERIFY2(man.contains(QStringLiteral("\\-\\-") + option), qPrintable(option));
        }
        for (const char* command :
             {"account add", "account edit", "account list", "account remove", "account test",
              "sync", "folders", "list ", "search ", "show ", "import ", "export ", "send ",
              "outbox retry", "outbox discard", "outbox mark\\-sent"})
            QVERIFY2(man.contains(QString::fromLatin1(command)), command);
        for (int code = 0; code <= 8; ++code)
            QVERIFY(man.contains(QStringLiteral(".B %1\n").arg(code)));
    }

    void installTree()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString prefix = dir.filePath(QStringLiteral("usr"));
        const Run install = run(QStringLiteral(POSTBAG_CMAKE),
                                {QStringLiteral("--install"), QStringLiteral(POSTBAG_BINARY_DIR),
                                 QStringLiteral("--prefix"), prefix});
        QVERIFY2(install.exitCode == 0, qPrintable(install.output));
        const QStringList expected{
            QStringLiteral("bin/postbag"),
            QStringLiteral(POSTBAG_WINDOW_MODULE_PATH),
            QStringLiteral(POSTBAG_KEYRING_MODULE_PATH),
            QStringLiteral("share/applications/") + kAppId + QStringLiteral(".desktop"),
            QStringLiteral("share/metainfo/") + kAppId + QStringLiteral(".metainfo.xml"),
            QStringLiteral("share/icons/hicolor/scalable/apps/") + kAppId + QStringLiteral(".svg"),
            QStringLiteral("share/man/man1/postbag.1.gz"),
            QStringLiteral("share/postbag/translations/postbag_de.qm"),
            QStringLiteral("share/postbag/translations/postbag_en.qm"),
            QStringLiteral("share/doc/postbag/user-guide.md"),
        };
        for (const QString& path : expected)
            QVERIFY2(QFile::exists(prefix + u'/' + path), qPrintable(path));
        // Debian policy, and lintian's custom-library-search-path: no RPATH in a package.
        QCOMPARE(librarySearchPath(prefix + QStringLiteral("/bin/postbag")), QString());
        for (const char* module : {POSTBAG_WINDOW_MODULE_PATH, POSTBAG_KEYRING_MODULE_PATH})
            QCOMPARE(librarySearchPath(prefix + u'/' + QLatin1String(module)), QString());
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            const QString png = prefix +
                                QStringLiteral("/share/icons/hicolor/%1x%1/apps/").arg(size) +
                                kAppId + QStringLiteral(".png");
            QImageReader reader(png);
            QCOMPARE(reader.size(), QSize(size, size));
        }
        // The installed binary finds its translations relative to itself.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LC_ALL"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        const Run help =
            run(prefix + QStringLiteral("/bin/postbag"), {QStringLiteral("--help")}, env);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.output.contains(QStringLiteral("Befehle:")), qPrintable(help.output));
        // ... and its window module.
        const QString problem = postbag::testing::windowOpens(prefix + QStringLiteral("/bin/postbag"),
                                                              dir.filePath(QStringLiteral("profile")));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(tst_PackagingFiles)
#include "tst_PackagingFiles.moc"
