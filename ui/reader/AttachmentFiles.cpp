// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reader/AttachmentFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QMimeType>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace postbag::ui {

namespace {

// Cuts to at most `maxBytes` of UTF-8 without splitting a character.
QString cutUtf8(const QString& s, int maxBytes)
{
    QString out;
    int bytes = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const bool pair = s.at(i).isHighSurrogate() && i + 1 < s.size();
        const QString ch = s.mid(i, pair ? 2 : 1);
        const int n = int(ch.toUtf8().size());
        if (bytes + n > maxBytes) {
            break;
        }
        bytes += n;
        out += ch;
        i += pair ? 1 : 0;
    }
    return out;
}

// Documents, pictures, audio and video, which the desktop opens in a viewer or player. Every
// other type is only saved: the allow-list is what keeps an unforeseen launcher out.
bool opensSafely(const QString& mimeType)
{
    static const QSet<QString> allowed = {
        u"application/pdf"_s,
        u"text/plain"_s,
        u"text/csv"_s,
        u"text/calendar"_s,
        u"text/vcard"_s,
        u"application/rtf"_s,
        u"application/epub+zip"_s,
        u"application/msword"_s,
        u"application/vnd.ms-excel"_s,
        u"application/vnd.ms-powerpoint"_s,
        u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s,
        u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"_s,
        u"application/vnd.openxmlformats-officedocument.presentationml.presentation"_s,
        u"application/vnd.oasis.opendocument.text"_s,
        u"application/vnd.oasis.opendocument.spreadsheet"_s,
        u"application/vnd.oasis.opendocument.presentation"_s,
        u"application/vnd.oasis.opendocument.graphics"_s,
        u"image/png"_s,
        u"image/jpeg"_s,
        u"image/gif"_s,
        u"image/webp"_s,
        u"image/bmp"_s,
        u"image/tiff"_s,
        u"image/heif"_s,
        u"image/avif"_s,
        u"audio/mpeg"_s,
        u"audio/mp4"_s,
        u"audio/aac"_s,
        u"audio/ogg"_s,
        u"audio/x-vorbis+ogg"_s,
        u"audio/x-opus+ogg"_s,
        u"audio/x-flac+ogg"_s,
        u"audio/x-speex+ogg"_s,
        u"video/x-theora+ogg"_s,
        u"audio/flac"_s,
        u"audio/x-flac"_s,
        u"audio/x-wav"_s,
        u"audio/vnd.wave"_s,
        u"audio/webm"_s,
        u"video/mp4"_s,
        u"video/webm"_s,
        u"video/ogg"_s,
        u"video/mpeg"_s,
        u"video/quicktime"_s,
        u"video/x-matroska"_s,
        u"video/x-msvideo"_s};
    return allowed.contains(mimeType);
}

} // namespace

QString AttachmentFiles::safeFileName(const QString& proposed)
{
    // Only the last path component counts, whichever separator the sender used.
    QString name = proposed.section(QRegularExpression(QStringLiteral(R"([/\\])")), -1);
    QString clean;
    for (const QChar c : std::as_const(name)) {
        const auto cat = c.category();
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || cat == QChar::Other_Control ||
            cat == QChar::Other_Format || cat == QChar::Separator_Line ||
            cat == QChar::Separator_Paragraph) {
            continue; // control characters, bidi overrides, zero-width characters
        }
        clean += QStringView(u"<>:\"|?*").contains(c) ? QChar(u'_') : c;
    }
    // No hidden files, no "." or "..", no trailing dots or spaces.
    while (!clean.isEmpty() && (clean.front() == u'.' || clean.front().isSpace())) {
        clean.remove(0, 1);
    }
    while (!clean.isEmpty() && (clean.back() == u'.' || clean.back().isSpace())) {
        clean.chop(1);
    }
    static const QRegularExpression reserved(
        QStringLiteral(R"(^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(clean).hasMatch()) {
        clean.prepend(u'_');
    }
    if (clean.isEmpty()) {
        //: Default file name for an attachment that has no usable name
        clean = QCoreApplication::translate("postbag::ui::AttachmentFiles", "attachment");
    }
    if (clean.toUtf8().size() > kMaxBytes) {
        const qsizetype dot = clean.lastIndexOf(u'.');
        const QString ext = dot > 0 && clean.size() - dot <= 16 ? clean.mid(dot) : QString();
        clean = cutUtf8(clean.left(clean.size() - ext.size()),
                        kMaxBytes - int(ext.toUtf8().size())) +
                ext;
    }
    return clean;
}

QString AttachmentFiles::numbered(const QString& fileName, int n)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    const QString base = dot > 0 ? fileName.left(dot) : fileName;
    const QString ext = dot > 0 ? fileName.mid(dot) : QString();
    return base + u" (" + QString::number(n) + u')' + ext;
}

Result<QString> AttachmentFiles::saveInto(const QString& folder, const QString& proposed,
                                          const QByteArray& data)
{
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists()) {
        return Error::make(ErrorCode::StorageFailed, folder);
    }
    const QString name = safeFileName(proposed);
    for (int n = 0; n < 10000; ++n) {
        const QString path = dir.absoluteFilePath(n == 0 ? name : numbered(name, n));
        if (QFileInfo(path).absolutePath() != dir.absolutePath()) {
            return Error::make(ErrorCode::StorageFailed, path); // cannot happen: one component
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (QFileInfo(path).exists() || QFileInfo(path).isSymLink()) {
                continue; // taken: try the next number
            }
            return Error::make(ErrorCode::StorageFailed, file.errorString());
        }
        if (file.write(data) != data.size() || !file.flush()) {
            const bool full = file.error() == QFileDevice::ResourceError;
            file.close();
            file.remove();
            return Error::make(full ? ErrorCode::DiskFull : ErrorCode::StorageFailed, path);
        }
        file.close();
        return path;
    }
    return Error::make(ErrorCode::StorageFailed, folder);
}

bool AttachmentFiles::isRiskyToOpen(const QString& fileName)
{
    // Launchers, scripts, installers and the files common helpers run as code (HTML
    // applications, help files with scripts, registry files, PostScript, repository definitions).
    static const QSet<QString> risky = {
        u"desktop"_s, u"sh"_s,     u"bash"_s,    u"zsh"_s,        u"csh"_s,         u"ksh"_s,
        u"fish"_s,    u"run"_s,    u"bin"_s,     u"appimage"_s,   u"exe"_s,         u"com"_s,
        u"bat"_s,     u"cmd"_s,    u"msi"_s,     u"msp"_s,        u"msc"_s,         u"scr"_s,
        u"cpl"_s,     u"pif"_s,    u"hta"_s,     u"chm"_s,        u"hlp"_s,         u"wsf"_s,
        u"wsh"_s,     u"wsc"_s,    u"sct"_s,     u"reg"_s,        u"inf"_s,         u"scf"_s,
        u"jar"_s,     u"jnlp"_s,   u"py"_s,      u"pyw"_s,        u"pyz"_s,         u"pyzw"_s,
        u"pyc"_s,     u"pyo"_s,    u"pl"_s,      u"rb"_s,         u"php"_s,         u"lua"_s,
        u"tcl"_s,     u"js"_s,     u"jse"_s,     u"mjs"_s,        u"vbs"_s,         u"vbe"_s,
        u"ps1"_s,     u"psm1"_s,   u"psd1"_s,    u"ps"_s,         u"eps"_s,         u"deb"_s,
        u"rpm"_s,     u"snap"_s,   u"flatpak"_s, u"flatpakref"_s, u"flatpakrepo"_s, u"lnk"_s,
        u"url"_s,     u"webloc"_s, u"command"_s, u"tool"_s,       u"app"_s,         u"apk"_s,
        u"elf"_s,     u"so"_s,     u"ko"_s,      u"xpi"_s,        u"crx"_s,         u"oxt"_s,
        u"iso"_s,     u"img"_s,    u"vhd"_s,     u"vhdx"_s};
    return risky.contains(QFileInfo(fileName).suffix().toLower());
}

AttachmentFiles::OpenVerdict AttachmentFiles::openVerdict(const QString& fileName,
                                                          const QString& mimeType)
{
    static const QStringList programTypes = {
        QStringLiteral("application/x-desktop"),
        QStringLiteral("application/x-executable"),
        QStringLiteral("application/x-sharedlib"),
        QStringLiteral("application/x-shellscript"),
        QStringLiteral("application/x-sh"),
        QStringLiteral("application/x-msdownload"),
        QStringLiteral("application/x-ms-dos-executable"),
        QStringLiteral("application/java-archive"),
        QStringLiteral("application/x-java-archive"),
        QStringLiteral("application/vnd.microsoft.portable-executable")};
    static const QStringList webTypes = {
        QStringLiteral("text/html"), QStringLiteral("application/xhtml+xml"),
        QStringLiteral("image/svg+xml"), QStringLiteral("multipart/related"),
        QStringLiteral("application/x-mimearchive")};
    static const QSet<QString> webNames = {u"htm"_s,   u"html"_s, u"xht"_s,  u"xhtml"_s,
                                           u"shtml"_s, u"svg"_s,  u"svgz"_s, u"mht"_s,
                                           u"mhtml"_s, u"xml"_s,  u"xsl"_s,  u"xslt"_s};
    const QString type = mimeType.trimmed().toLower();
    if (isRiskyToOpen(fileName) || programTypes.contains(type))
        return OpenVerdict::Program;
    if (webNames.contains(QFileInfo(fileName).suffix().toLower()) || webTypes.contains(type))
        return OpenVerdict::WebPage;
    // No extension, or one this desktop knows no type for: it would go by the bytes.
    const QList<QMimeType> byName = QMimeDatabase().mimeTypesForFileName(fileName);
    if (QFileInfo(fileName).suffix().isEmpty() || byName.isEmpty())
        return OpenVerdict::Unknown;
    // Whatever type the desktop takes the name for must be a document or media type.
    for (const QMimeType& t : byName) {
        if (!opensSafely(t.name()))
            return OpenVerdict::SaveOnly;
    }
    return OpenVerdict::Open;
}

QString AttachmentFiles::nameForOpening(const QString& fileName, const QString& mimeType)
{
    if (!QFileInfo(fileName).suffix().isEmpty())
        return fileName;
    const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType.trimmed().toLower());
    if (!type.isValid() || type.isDefault() || type.preferredSuffix().isEmpty())
        return fileName; // application/octet-stream says nothing: the bytes would decide
    return safeFileName(fileName + u'.' + type.preferredSuffix());
}

} // namespace postbag::ui
