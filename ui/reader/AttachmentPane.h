// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mime/ParsedMessage.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace postbag::ui {

// The reader's attachment list with Save, Save all and Open. Why: actions on attachments belong
// next to them; what saving means (where, under which name) is MessageView's business.
// Guarantees: names are shown as plain text; the buttons act on the selected attachment and are
// disabled without one (Open also for one MessageView would not open: AttachmentFiles::
// openVerdict); it only emits requests, it never touches files itself.
class AttachmentPane : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentPane(QWidget* parent = nullptr);
    void setAttachments(const QList<mime::Attachment>& attachments);
    [[nodiscard]] int count() const;
    [[nodiscard]] QListWidget* list() const { return m_list; }

Q_SIGNALS:
    void saveRequested(int index);
    void saveAllRequested();
    void openRequested(int index);

private:
    void updateButtons();
    [[nodiscard]] int current() const;

    QListWidget* m_list;
    QPushButton* m_save;
    QPushButton* m_saveAll;
    QPushButton* m_open;
};

} // namespace postbag::ui
