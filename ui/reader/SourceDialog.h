// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace postbag::ui {

// "View source": a message's raw bytes as text. Why: users and support need the exact headers
// and MIME structure. Guarantees: the bytes are shown as plain text, read-only, in a fixed-pitch
// font (invalid UTF-8 shows as replacement characters; nothing is interpreted).
class SourceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SourceDialog(const QByteArray& raw, QWidget* parent = nullptr);
    [[nodiscard]] QString text() const;

private:
    QPlainTextEdit* m_text;
};

} // namespace postbag::ui
