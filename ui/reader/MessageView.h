// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mime/ParsedMessage.h"
#include "core/store/StoreTypes.h"
#include "ui/reader/ImageBudget.h"

#include <QSet>
#include <QUrl>
#include <QWidget>
#include <functional>
#include <memory>

class QTemporaryDir;

namespace postbag::ui {

class AttachmentPane;
class HeaderPane;
class MessageBrowser;
class NoticeBar;
class RemoteContentPolicy;
class SourceDialog;

// The reader: headers, notices (remote content blocked, headers only, errors), the message text
// and the attachments of one message. Why: it is the one place where hostile mail is turned into
// pixels, so it owns the rules for that. Guarantees: HTML only ever reaches the browser through
// HtmlSanitizer; nothing is loaded from the network or disk by the document (MessageBrowser);
// remote content stays blocked unless allowed for this message or for the sender by the policy;
// links open only after a click, only http/https/mailto, through the URL opener, and one whose
// text shows another web address than its target only after a warning; attachments are
// saved only inside the chosen folder under a safe name and never overwrite (AttachmentFiles);
// errors appear in a bar as ErrorText sentences. A message is parsed once per display, in
// showMessage() (not in paint): its inline pictures come from that parse.
class MessageView : public QWidget
{
    Q_OBJECT

public:
    explicit MessageView(RemoteContentPolicy& policy, QWidget* parent = nullptr);
    ~MessageView() override;

    // The GUI's store read gives the summary (headersOnly, id) and the raw bytes.
    void showMessage(const store::MessageSummary& summary, const QByteArray& raw);
    void clear();
    // The rest of the headers-only message shown was asked for, and a sync did not bring it.
    void bodyUnavailable();

    // Hooks with desktop defaults (QDesktopServices::openUrl, a folder dialog); tests replace them.
    void setUrlOpener(std::function<void(const QUrl&)> opener) { m_openUrl = std::move(opener); }
    void setFolderChooser(std::function<QString()> chooser) { m_chooseFolder = std::move(chooser); }
    // Asked before opening a link whose text shows another host (`shown`) than it leads to.
    void setLinkConfirmer(std::function<bool(const QString& shown, const QUrl& target)> confirm)
    {
        m_confirmLink = std::move(confirm);
    }

    Result<QString> saveAttachment(int index, const QString& folder);
    Result<QStringList> saveAllAttachments(const QString& folder);
    // An image fetched by the app for the shown message, one of the URLs it asked for.
    void addRemoteImage(const QUrl& url, const QImage& image);
    // What is left for decoding the shown message's pictures (inline and remote).
    [[nodiscard]] ImageBudget& imageBudget() { return m_imageBudget; }

    [[nodiscard]] const mime::ParsedMessage& message() const { return m_parsed; }
    // The message shown (id 0 when none).
    [[nodiscard]] const store::MessageSummary& summary() const { return m_summary; }
    [[nodiscard]] const QList<mime::Attachment>& attachments() const { return m_attachments; }
    [[nodiscard]] bool remoteContentBlocked() const;
    [[nodiscard]] qint64 lastRenderMicroseconds() const { return m_renderUs; }
    [[nodiscard]] MessageBrowser* browser() const { return m_browser; }
    [[nodiscard]] NoticeBar* remoteBar() const { return m_remoteBar; }
    [[nodiscard]] NoticeBar* headersOnlyBar() const { return m_headersOnlyBar; }
    [[nodiscard]] NoticeBar* errorBar() const { return m_errorBar; }
    // Shown instead of empty header fields while no message is open.
    [[nodiscard]] QWidget* emptyState() const { return m_empty; }

public Q_SLOTS:
    // What the app fetched for one of the URLs the shown message asked for: decoded within the
    // message's picture budget (its own pictures and remote ones share one) and shown.
    void addRemoteContent(const QUrl& url, const QByteArray& data);
    void showRemoteContentOnce();
    void allowRemoteContentFromSender();
    SourceDialog* showSource();
    void openAttachment(int index);

Q_SIGNALS:
    void downloadRestRequested(qint64 messageId);
    // Remote content of the shown message may be fetched now (by the app, not by the reader).
    void remoteContentRequested(const QStringList& urls);
    // What was requested before is no longer wanted (another message is shown, or none).
    void remoteContentWithdrawn();
    void linkOpened(const QUrl& url);
    // The pointer is over a link (its real target, for a status bar), or left it (empty).
    void linkHovered(const QUrl& url);

private:
    void showEmptyState(bool empty);
    void render();
    void openLink(const QUrl& url, const QString& text);
    void showError(const Error& error);
    void saveWithChooser(int index);
    [[nodiscard]] QString senderAddress() const;

    RemoteContentPolicy& m_policy;
    HeaderPane* m_header;
    QWidget* m_empty = nullptr;
    QWidget* m_rule = nullptr;
    NoticeBar* m_remoteBar;
    NoticeBar* m_headersOnlyBar;
    NoticeBar* m_errorBar;
    MessageBrowser* m_browser;
    AttachmentPane* m_attachmentPane;
    std::function<void(const QUrl&)> m_openUrl;
    std::function<QString()> m_chooseFolder;
    std::function<bool(const QString&, const QUrl&)> m_confirmLink;
    std::unique_ptr<QTemporaryDir> m_openDir;
    store::MessageSummary m_summary;
    QByteArray m_raw;
    mime::ParsedMessage m_parsed;
    QList<mime::Attachment> m_attachments;
    bool m_remoteAllowedOnce = false;
    bool m_hasRemote = false;
    QSet<QUrl> m_requestedUrls; // remote URLs of the shown message the app may answer
    qint64 m_renderUs = 0;
    ImageBudget m_imageBudget;
};

} // namespace postbag::ui
