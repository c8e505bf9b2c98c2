// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every shipped language is complete for the sources as they are now: lupdate runs over today's
// sources into a copy of each .ts, so a new tr() string, a changed one or a removed one fails here
// until the translation is updated. Also: plural forms and placeholders are right, and the
// built program speaks the language of the locale.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList forms;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    m.source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    m.type = xml.attributes().value(QStringLiteral("type")).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement())
                            m.forms.append(xml.readElementText());
                    } else {
                        m.forms.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(m);
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    QSet<QString> found;
    for (const auto& m : re.globalMatch(text))
        found.insert(m.captured());
    return found;
}

// English is the source language: its file carries only the plural forms.
bool isSourceLanguage(const QString& language)
{
    return language == u"en";
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : QStringLiteral(POSTBAG_LANGUAGES).split(u','))
            QTest::newRow(qPrintable(language)) << language;
    }

    // lupdate over the current sources, into a copy: nothing unfinished, nothing vanished.
    void complete()
    {
        QFETCH(QString, language);
        const QString committed = QStringLiteral(POSTBAG_SOURCE_DIR "/translations/postbag_") +
                                  language + QStringLiteral(".ts");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("copy.ts"));
        QVERIFY(QFile::copy(committed, copy));
        QStringList args{QStringLiteral("-I"), QStringLiteral(POSTBAG_SOURCE_DIR),
                         QStringLiteral("-locations"), QStringLiteral("none")};
        if (isSourceLanguage(language))
            args << QStringLiteral("-pluralonly");
        for (const char* folder : {"app", "ui", "core"})
            args << QStringLiteral(POSTBAG_SOURCE_DIR "/") + QString::fromLatin1(folder);
        args << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(POSTBAG_LUPDATE), args);
        QVERIFY(lupdate.waitForFinished(180000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const QList<Message> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > (isSourceLanguage(language) ? 3 : 200));
        const int forms = 2; // German and English: singular and plural
        QStringList problems;
        for (const Message& m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + u'"';
            if (m.type == u"vanished" || m.type == u"obsolete") {
                problems << QStringLiteral("obsolete (no longer in the sources) ") + where;
                continue;
            }
            if (isSourceLanguage(language) && !m.numerus)
                continue;
            if (m.type == u"unfinished") {
                problems << QStringLiteral("unfinished ") + where;
                continue;
            }
            if (m.numerus && m.forms.size() != forms)
                problems << QStringLiteral("needs %1 plural forms ").arg(forms) + where;
            for (const QString& f : m.forms) {
                if (f.isEmpty())
                    problems << QStringLiteral("empty translation ") + where;
                else if (placeholders(f) != placeholders(m.source))
                    problems << QStringLiteral("placeholders differ in \"") + f +
                                    QStringLiteral("\" for ") + where;
            }
        }
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(
                QStringLiteral("postbag_") + language +
                QStringLiteral(
                    ".ts (run "
                    "'cmake --build <build> --target update_translations', then translate):\n  ") +
                problems.join(QStringLiteral("\n  "))));
    }

    // A context written by hand in translate("Context", ...) must be one lupdate files strings
    // under, or the translation is never found at run time.
    void handWrittenContextsExist()
    {
        QString error;
        const QList<Message> messages =
            readTs(QStringLiteral(POSTBAG_SOURCE_DIR "/translations/postbag_de.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> contexts;
        for (const Message& m : messages)
            contexts.insert(m.context);
        static const QRegularExpression translate(QStringLiteral("translate\\(\"([^\"]+)\""));
        int seen = 0;
        for (const char* folder : {"app", "ui", "core"}) {
            QDirIterator it(QStringLiteral(POSTBAG_SOURCE_DIR "/") + QString::fromLatin1(folder),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString code = QString::fromUtf8(file.readAll());
                for (const auto& m : translate.globalMatch(code)) {
                    ++seen;
                    QVERIFY2(contexts.contains(m.captured(1)),
                             qPrintable(path + QStringLiteral(": ") + m.captured(1)));
                }
            }
        }
        QVERIFY(seen > 5);
    }

    void englishPluralsAreWords()
    {
        QTranslator en;
        QVERIFY(en.load(QStringLiteral("postbag_en"), QStringLiteral(POSTBAG_QM_DIR)));
        QCOMPARE(en.translate("postbag::ui::MainWindow", "Saved %n attachment(s).", nullptr, 1),
                 QStringLiteral("Saved %n attachment."));
        QCOMPARE(en.translate("postbag::ui::MainWindow", "Saved %n attachment(s).", nullptr, 3),
                 QStringLiteral("Saved %n attachments."));
    }

    void germanPluralsAreWords()
    {
        QTranslator de;
        QVERIFY(de.load(QStringLiteral("postbag_de"), QStringLiteral(POSTBAG_QM_DIR)));
        QCOMPARE(de.translate("postbag::ui::TrayNotifier", "%n new message(s) for %1", nullptr, 1),
                 QStringLiteral("%n neue Nachricht für %1"));
        QCOMPARE(de.translate("postbag::ui::TrayNotifier", "%n new message(s) for %1", nullptr, 0),
                 QStringLiteral("%n neue Nachrichten für %1"));
        QCOMPARE(de.translate("postbag::models::FolderModel", "Trash"),
                 QStringLiteral("Papierkorb"));
    }

    // The program picks its language from the locale, for the command line as for the window.
    void followsTheLocale_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("German") << QStringLiteral("de_DE.UTF-8") << QString()
                                << QByteArray("Befehle:");
        QTest::newRow("Austrian German")
            << QStringLiteral("de_AT.UTF-8") << QString() << QByteArray("Befehle:");
        QTest::newRow("LANGUAGE first")
            << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("de") << QByteArray("Befehle:");
        QTest::newRow("English") << QStringLiteral("en_GB.UTF-8") << QString()
                                 << QByteArray("Commands:");
        QTest::newRow("C") << QStringLiteral("C") << QString() << QByteArray("Commands:");
        QTest::newRow("unshipped language")
            << QStringLiteral("fr_FR.UTF-8") << QString() << QByteArray("Commands:");
        QTest::newRow("English before German")
            << QStringLiteral("de_DE.UTF-8") << QStringLiteral("en:de") << QByteArray("Commands:");
    }
    void followsTheLocale()
    {
        QFETCH(QString, lang);
        QFETCH(QString, language);
        QFETCH(QByteArray, expected);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANG"), lang);
        if (!language.isEmpty())
            env.insert(QStringLiteral("LANGUAGE"), language);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(POSTBAG_EXECUTABLE), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(out.contains(expected), out.constData());
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_Translations.moc"
