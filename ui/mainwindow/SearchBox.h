// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QStringListModel;

namespace postbag::ui {

// The search field: the store's query language (from:, subject:, has:attachment, is:unread,
// "phrases", OR, -not), a clear button, and a history of recent queries offered as completions.
// Why its own class: the history lives in the profile's settings file (queries name what is in
// the mail, so they stay with it) and must stay bounded and free of duplicates. Guarantees:
// searchRequested() fires on Enter with non-blank text (which is then first in the history, at most
// kHistory entries); clearing the field (button, Esc) fires cleared() so the window goes back to
// the folder.
class SearchBox : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int kHistory = 20;

    explicit SearchBox(QWidget* parent = nullptr);
    [[nodiscard]] QStringList history() const;
    // Where the history is kept (an INI file); until then it lasts as long as the box.
    void setHistoryFile(const QString& iniFile);
    // Shows `query` as the search on display (emptying the box later emits cleared()).
    void setQuery(const QString& query);
    // Empties the box silently: no search is on display any more (a folder was chosen).
    void reset();

Q_SIGNALS:
    void searchRequested(const QString& query);
    void cleared();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void submit();
    void remember(const QString& query);

    QStringListModel* m_history;
    QString m_file;
    bool m_active = false;
};

} // namespace postbag::ui
