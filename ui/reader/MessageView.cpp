// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reader/MessageView.h"

#include "core/mime/MessageParser.h"
#include "ui/reader/AttachmentFiles.h"
#include "ui/reader/AttachmentPane.h"
#include "ui/reader/HeaderPane.h"
#include "ui/reader/HtmlSanitizer.h"
#include "ui/reader/LinkCheck.h"
#include "ui/reader/MessageBrowser.h"
#include "ui/reader/NoticeBar.h"
#include "ui/reader/PlainTextRenderer.h"
#include "ui/reader/RemoteContentPolicy.h"
#include "ui/reader/SourceDialog.h"
#include "ui/text/ErrorText.h"

#include <QDesktopServices>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFrame>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace postbag::ui {

MessageView::MessageView(RemoteContentPolicy& policy, QWidget* parent)
    : QWidget(parent), m_policy(policy), m_header(new HeaderPane(this)),
      m_remoteBar(new NoticeBar(NoticeBar::Tone::Info, this)),
      m_headersOnlyBar(new NoticeBar(NoticeBar::Tone::Info, this)),
      m_errorBar(new NoticeBar(NoticeBar::Tone::Warning, this)), m_browser(new MessageBrowser(this)),
      m_attachmentPane(new AttachmentPane(this)),
      m_openUrl([](const QUrl& url) { QDesktopServices::openUrl(url); })
{
    m_confirmLink = [this](const QString& shown, const QUrl& target) {
        QMessageBox box(QMessageBox::Warning,
                        //: Title of the warning before opening a misleading link
                        tr("Link leads elsewhere"),
                        //: %1 the host the link's text shows, %2 the host it really leads to
                        tr("This link shows %1 but leads to %2. Mail that hides where a link goes "
                           "is often a fraud.")
                            .arg(shown, target.host()),
                        QMessageBox::NoButton, this);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(target.toDisplayString());
        //: Button of the misleading-link warning
        QPushButton* open =
            box.addButton(tr("Open %1").arg(target.host()), QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(QMessageBox::Cancel));
        box.exec();
        return box.clickedButton() == open;
    };
    m_chooseFolder = [this] {
        //: Title of the folder dialog when saving attachments
        return QFileDialog::getExistingDirectory(this, tr("Save attachments in"));
    };
    //: Reader bar: images and styles from the internet were not loaded (privacy)
    m_remoteBar->setText(tr("Remote content blocked"));
    //: Reader bar button: load remote content for the message shown only
    connect(m_remoteBar->addButton(tr("Show for this message")), &QPushButton::clicked, this,
            &MessageView::showRemoteContentOnce);
    //: Reader bar button: always load remote content in mail from this sender
    connect(m_remoteBar->addButton(tr("Always for this sender")), &QPushButton::clicked, this,
            &MessageView::allowRemoteContentFromSender);
    //: Reader bar button
    QPushButton* downloadRest =
        m_headersOnlyBar->addButton(tr("Download the rest of this message"));
    // Its progress shows with the account's sync; the reader shows the message again after it.
    connect(downloadRest, &QPushButton::clicked, this,
            [this] { Q_EMIT downloadRestRequested(m_summary.id); });
    connect(m_header, &HeaderPane::viewSourceRequested, this, &MessageView::showSource);
    connect(m_browser, &MessageBrowser::linkActivated, this, &MessageView::openLink);
    // What a link's text says may not be where it goes: the target shows before the click.
    connect(m_browser, qOverload<const QUrl&>(&QTextBrowser::highlighted), this,
            &MessageView::linkHovered);
    connect(m_attachmentPane, &AttachmentPane::saveRequested, this, &MessageView::saveWithChooser);
    connect(m_attachmentPane, &AttachmentPane::saveAllRequested, this, [this] {
        const QString folder = m_chooseFolder();
        if (!folder.isEmpty()) {
            if (auto saved = saveAllAttachments(folder); !saved) {
                showError(saved.error());
            }
        }
    });
    connect(m_attachmentPane, &AttachmentPane::openRequested, this, &MessageView::openAttachment);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    m_rule = line;
    auto* empty = new QLabel(tr("No message selected"), this);
    //: Accessible name of the placeholder the reader shows when no message is open
    empty->setAccessibleName(tr("No message selected"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty = empty;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_header);
    layout->addWidget(line);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_headersOnlyBar);
    layout->addWidget(m_remoteBar);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_attachmentPane);
    clear();
}

MessageView::~MessageView() = default;

void MessageView::clear()
{
    m_summary = {};
    m_raw.clear();
    m_parsed = {};
    m_attachments.clear();
    m_remoteAllowedOnce = false;
    m_hasRemote = false;
    if (!m_requestedUrls.isEmpty()) {
        m_requestedUrls.clear();
        Q_EMIT remoteContentWithdrawn();
    }
    m_header->clear();
    m_browser->clear();
    m_browser->setInlineImages({});
    m_attachmentPane->setAttachments({});
    m_attachmentPane->hide();
    for (NoticeBar* bar : {m_remoteBar, m_headersOnlyBar, m_errorBar}) {
        bar->hide();
    }
    showEmptyState(true);
}

void MessageView::showEmptyState(bool empty)
{
    m_empty->setVisible(empty);
    for (QWidget* w : {static_cast<QWidget*>(m_header), m_rule, static_cast<QWidget*>(m_browser)})
        w->setVisible(!empty);
}

void MessageView::showMessage(const store::MessageSummary& summary, const QByteArray& raw)
{
    QElapsedTimer timer;
    timer.start();
    clear();
    m_summary = summary;
    m_raw = raw;
    showEmptyState(false);
    // The one parse of this display: the pictures the HTML may show come with it.
    m_parsed =
        mime::MessageParser::parse(m_raw, summary.receivedAt, mime::MessageParser::Pictures::Keep);
    m_header->setMessage(m_parsed);
    //: Reader bar: only the headers of a large message have been downloaded so far
    m_headersOnlyBar->setText(tr("Only the headers of this message have been downloaded."));
    m_headersOnlyBar->setVisible(summary.headersOnly);
    render();
    m_renderUs = timer.nsecsElapsed() / 1000;
}

void MessageView::bodyUnavailable()
{
    if (!m_summary.headersOnly)
        return;
    //: Reader bar: "Download the rest" was pressed, but the server sent nothing (deleted there?)
    m_headersOnlyBar->setText(tr("The server did not send the rest of this message. It may "
                                 "no longer have it."));
}

QString MessageView::senderAddress() const
{
    return m_parsed.from.isEmpty() ? m_summary.fromAddress : m_parsed.from.first().address;
}

bool MessageView::remoteContentBlocked() const
{
    return m_hasRemote && !m_remoteAllowedOnce && !m_policy.isAllowed(senderAddress());
}

void MessageView::render()
{
    m_browser->resetCounters();
    QStringList referenced;
    if (!m_parsed.textHtml.isEmpty()) {
        const bool allowed = m_remoteAllowedOnce || m_policy.isAllowed(senderAddress());
        const SanitizedHtml clean = HtmlSanitizer::sanitize(
            m_parsed.textHtml, allowed ? HtmlSanitizer::Remote::Allow : HtmlSanitizer::Remote::Block);
        m_hasRemote = clean.remoteReferences > 0;
        referenced = clean.contentIds;
        QHash<QString, QImage> images;
        m_imageBudget.reset();
        for (const mime::Attachment& a : std::as_const(m_parsed.attachments)) {
            if (!a.contentId.isEmpty() && referenced.contains(a.contentId) &&
                a.mimeType.startsWith(u"image/") && !images.contains(a.contentId)) {
                images.insert(a.contentId, m_imageBudget.decode(a.pictureData));
            }
        }
        m_browser->setInlineImages(std::move(images));
        m_browser->setHtml(clean.html);
        m_remoteBar->setVisible(m_hasRemote && !allowed);
        if (m_hasRemote && allowed) {
            for (const QString& url : clean.remoteUrls) {
                m_requestedUrls.insert(QUrl(url));
            }
            Q_EMIT remoteContentRequested(clean.remoteUrls);
        }
    } else {
        m_browser->setHtml(PlainTextRenderer::toHtml(m_parsed.textPlain));
    }
    // Inline images shown in the text are not listed again as attachments.
    m_attachments.clear();
    for (const mime::Attachment& a : std::as_const(m_parsed.attachments)) {
        if (!(a.isInline && referenced.contains(a.contentId))) {
            m_attachments.append(a);
        }
    }
    m_attachmentPane->setAttachments(m_attachments);
    m_attachmentPane->setVisible(!m_attachments.isEmpty());
    m_browser->document()->setTextWidth(m_browser->viewport()->width());
    (void)m_browser->document()->size(); // lay out now: the measured time includes it
}

void MessageView::showRemoteContentOnce()
{
    m_remoteAllowedOnce = true;
    render();
}

void MessageView::allowRemoteContentFromSender()
{
    m_policy.allow(senderAddress());
    render();
}

void MessageView::addRemoteContent(const QUrl& url, const QByteArray& data)
{
    const QImage image = m_imageBudget.decode(data);
    if (!image.isNull()) {
        addRemoteImage(url, image);
    }
}

void MessageView::addRemoteImage(const QUrl& url, const QImage& image)
{
    if (!remoteContentBlocked() && m_requestedUrls.contains(url) && !image.isNull()) {
        m_browser->document()->addResource(QTextDocument::ImageResource, url, image);
        m_browser->document()->markContentsDirty(0, m_browser->document()->characterCount());
    }
}

namespace {
// A mailto: link with only the fields RFC 6068 defines: some mail programs honour "attach=" and
// the like, which would put a file of the user's into a message a stranger wrote.
QUrl withStandardMailtoFields(const QUrl& url)
{
    static const QStringList allowed = {QStringLiteral("to"),   QStringLiteral("cc"),
                                        QStringLiteral("bcc"),  QStringLiteral("subject"),
                                        QStringLiteral("body"), QStringLiteral("in-reply-to")};
    if (!url.hasQuery())
        return url;
    QStringList kept;
    for (const QString& field : url.query(QUrl::FullyEncoded).split(u'&', Qt::SkipEmptyParts)) {
        const QString name =
            QUrl::fromPercentEncoding(field.section(u'=', 0, 0).toUtf8()).toLower();
        if (allowed.contains(name))
            kept.append(field);
    }
    QUrl out = url;
    out.setQuery(kept.isEmpty() ? QString() : kept.join(u'&'), QUrl::StrictMode);
    return out;
}
} // namespace

void MessageView::openLink(const QUrl& url, const QString& text)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https") {
        if (const QString shown = LinkCheck::misleadingHost(text, url);
            !shown.isEmpty() && !m_confirmLink(shown, url)) {
            return;
        }
        m_openUrl(url);
        Q_EMIT linkOpened(url);
    } else if (scheme == u"mailto") {
        const QUrl mail = withStandardMailtoFields(url);
        m_openUrl(mail);
        Q_EMIT linkOpened(mail);
    }
}

void MessageView::showError(const Error& error)
{
    m_errorBar->setText(ErrorText::describe(error).oneLine());
    m_errorBar->show();
}

SourceDialog* MessageView::showSource()
{
    auto* dialog = new SourceDialog(m_raw, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

Result<QString> MessageView::saveAttachment(int index, const QString& folder)
{
    if (index < 0 || index >= m_attachments.size()) {
        return Error::make(ErrorCode::MimeUnparseable);
    }
    const mime::Attachment& a = m_attachments.at(index);
    const auto data = mime::MessageParser::attachmentData(m_raw, a.partPath);
    if (!data) {
        return data.error();
    }
    return AttachmentFiles::saveInto(folder, a.fileName, data.value());
}

Result<QStringList> MessageView::saveAllAttachments(const QString& folder)
{
    QStringList paths;
    for (int i = 0; i < m_attachments.size(); ++i) {
        auto saved = saveAttachment(i, folder);
        if (!saved) {
            return saved.error();
        }
        paths.append(saved.value());
    }
    return paths;
}

void MessageView::saveWithChooser(int index)
{
    const QString folder = m_chooseFolder();
    if (folder.isEmpty()) {
        return;
    }
    if (auto saved = saveAttachment(index, folder); !saved) {
        showError(saved.error());
    }
}

void MessageView::openAttachment(int index)
{
    if (index < 0 || index >= m_attachments.size()) {
        return;
    }
    const mime::Attachment& a = m_attachments.at(index);
    const QString name =
        AttachmentFiles::nameForOpening(AttachmentFiles::safeFileName(a.fileName), a.mimeType);
    switch (AttachmentFiles::openVerdict(name, a.mimeType)) {
    case AttachmentFiles::OpenVerdict::Open:
        break;
    case AttachmentFiles::OpenVerdict::Program:
        //: Reader bar: the attachment could run as a program, so Postbag does not open it
        m_errorBar->setText(tr("This attachment could be a program, so it is not opened. Save it "
                               "and open it yourself if you trust the sender."));
        m_errorBar->show();
        return;
    case AttachmentFiles::OpenVerdict::WebPage:
        //: Reader bar: opening an HTML attachment in a browser would load its remote content
        m_errorBar->setText(
            tr("This attachment is a web page, so it is not opened: a browser "
               "would load its pictures from the internet and tell the sender "
               "you read it. Save it and open it yourself if you trust the sender."));
        m_errorBar->show();
        return;
    case AttachmentFiles::OpenVerdict::SaveOnly:
        //: Reader bar: the attachment is not a document, picture, audio or video file
        m_errorBar->setText(tr("Postbag opens only documents, pictures, audio and video. Save "
                               "this attachment and open it yourself if you trust the sender."));
        m_errorBar->show();
        return;
    case AttachmentFiles::OpenVerdict::Unknown:
        //: Reader bar: the attachment has no file type Postbag can tell
        m_errorBar->setText(tr("Postbag cannot tell what kind of file this attachment is, so it "
                               "is not opened. Save it and open it yourself if you trust the "
                               "sender."));
        m_errorBar->show();
        return;
    }
    if (!m_openDir) {
        m_openDir = std::make_unique<QTemporaryDir>();
    }
    const auto data = mime::MessageParser::attachmentData(m_raw, a.partPath);
    if (!data) {
        showError(data.error());
        return;
    }
    auto saved = AttachmentFiles::saveInto(m_openDir->path(), name, data.value());
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_openUrl(QUrl::fromLocalFile(saved.value()));
}

} // namespace postbag::ui
