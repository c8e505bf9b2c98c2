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
    static const QRegularExpression risky(
        QStringLiteral(R"(\.(desktop|sh|bash|zsh|csh|run|bin|appimage|exe|com|bat|cmd|msi|scr|)"
                       R"(jar|py|pl|rb|js|vbs|ps1|deb|rpm|snap|flatpakref|lnk|url|jnlp)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return risky.match(fileName).hasMatch();
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
    static const QRegularExpression webNames(
        QStringLiteral(R"(\.(html?|xht|xhtml|shtml|svgz?|mht|mhtml|xml|xsl|xslt)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString type = mimeType.trimmed().toLower();
    if (isRiskyToOpen(fileName) || programTypes.contains(type))
        return OpenVerdict::Program;
    if (webNames.match(fileName).hasMatch() || webTypes.contains(type))
        return OpenVerdict::WebPage;
    // No extension, or one this desktop knows no type for: it would go by the bytes.
    if (QFileInfo(fileName).suffix().isEmpty() ||
        QMimeDatabase().mimeTypesForFileName(fileName).isEmpty())
        return OpenVerdict::Unknown;
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
