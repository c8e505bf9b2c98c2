// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/SearchBox.h"

#include <QCompleter>
#include <QKeyEvent>
#include <QSettings>
#include <QSignalBlocker>
#include <QStringListModel>

namespace postbag::ui {

namespace {
const QString kKey = QStringLiteral("search/history");
}

SearchBox::SearchBox(QWidget* parent) : QLineEdit(parent), m_history(new QStringListModel(this))
{
    setClearButtonEnabled(true);
    //: Placeholder of the search field; the words before ':' are the query language, keep them
    setPlaceholderText(tr("Search all mail (from: subject: has:attachment is:unread)…"));
    //: Accessible name of the search field
    setAccessibleName(tr("Search"));
    setToolTip(tr("Search (Ctrl+K). Examples: from:alice, subject:\"release plan\", has:attachment, "
                  "is:unread, before:2026-05-01, invoice OR receipt, -newsletter"));
    auto* completer = new QCompleter(m_history, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    connect(this, &QLineEdit::returnPressed, this, &SearchBox::submit);
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && m_active) {
            m_active = false;
            Q_EMIT cleared();
        }
    });
}

QStringList SearchBox::history() const
{
    return m_history->stringList();
}

void SearchBox::setHistoryFile(const QString& iniFile)
{
    m_file = iniFile;
    m_history->setStringList(
        QSettings(m_file, QSettings::IniFormat).value(kKey).toStringList().mid(0, kHistory));
}

void SearchBox::setQuery(const QString& query)
{
    if (text() != query) {
        const QSignalBlocker block(this);
        setText(query);
    }
    m_active = !query.isEmpty();
}

void SearchBox::reset()
{
    m_active = false;
    const QSignalBlocker block(this);
    clear();
}

void SearchBox::submit()
{
    const QString query = text().trimmed();
    if (query.isEmpty()) {
        return;
    }
    remember(query);
    m_active = true;
    Q_EMIT searchRequested(query);
}

void SearchBox::remember(const QString& query)
{
    QStringList list = m_history->stringList();
    list.removeAll(query);
    list.prepend(query);
    while (list.size() > kHistory) {
        list.removeLast();
    }
    m_history->setStringList(list);
    if (!m_file.isEmpty())
        QSettings(m_file, QSettings::IniFormat).setValue(kKey, list);
}

void SearchBox::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace postbag::ui
