// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace postbag::app {

namespace {

// Installed: <prefix>/bin/postbag and <prefix>/share/postbag/translations. In the build tree:
// <build>/app/postbag and <build>/translations.
QStringList searchDirectories()
{
    const QString bin = QCoreApplication::applicationDirPath();
    return {QDir::cleanPath(bin + QStringLiteral("/../share/postbag/translations")),
            QDir::cleanPath(bin + QStringLiteral("/../translations"))};
}

bool loadFrom(QTranslator& translator, const QString& file, const QStringList& dirs)
{
    for (const QString& dir : dirs) {
        if (translator.load(file, dir, QString(), QStringLiteral(".qm")))
            return true;
    }
    return false;
}

} // namespace

QString Translations::install(QCoreApplication& app)
{
    const QStringList dirs = searchDirectories();
    for (QString language : QLocale::system().uiLanguages()) {
        language.replace(u'-', u'_');
        // English is the source language; its file holds only the plural forms ("1 message").
        const bool english = language == u"C" || language.startsWith(QStringLiteral("en"));
        if (english)
            language = QStringLiteral("en");
        auto own = new QTranslator(&app);
        // QTranslator::load falls back from "postbag_de_AT" to "postbag_de" by itself.
        if (!loadFrom(*own, QStringLiteral("postbag_") + language, dirs)) {
            delete own;
            if (english)
                return {};
            continue;
        }
        QCoreApplication::installTranslator(own);
        if (english)
            return {};
        auto qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_") + language,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
        return own->language();
    }
    return {};
}

} // namespace postbag::app
