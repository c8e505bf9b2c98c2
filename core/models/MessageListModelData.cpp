// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MessageListModel, part two: what a row shows (data, headers, roles). Reads only m_rows and
// m_accountNames: no store access happens here.
#include "core/models/MessageListModel.h"

#include <QLocale>

namespace postbag::models {

namespace {
// Text for Qt::ToolTipRole that a view shows as the text it is, whatever it contains.
QString asToolTip(const QString& text)
{
    return u"<qt>" + text.toHtmlEscaped() + u"</qt>";
}
} // namespace

QString MessageListModel::sender(const store::MessageSummary& s) const
{
    const QString who = s.fromName.trimmed().isEmpty() ? s.fromAddress : s.fromName;
    const QString account = m_accountNames.value(s.accountId);
    if (!spansAccounts() || account.isEmpty()) {
        return who;
    }
    //: Message list sender in the unified inbox and search: %1 sender, %2 the account it came to
    return tr("%1 (%2)").arg(who, account);
}

QVariant MessageListModel::display(const MessageRow& row, int column) const
{
    const store::MessageSummary& s = row.summary;
    switch (column) {
    case SubjectColumn:
        //: Message list: shown for a message whose subject is empty
        return s.subject.trimmed().isEmpty() ? tr("(no subject)") : s.subject;
    case SenderColumn:
        return sender(s);
    case DateColumn:
        return QLocale().toString(s.date.toLocalTime(), QLocale::ShortFormat);
    case SizeColumn:
        return QLocale().formattedDataSize(s.size);
    default:
        return {}; // flag and attachment columns are drawn by the view from the roles
    }
}

QVariant MessageListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const MessageRow& row = m_rows.at(index.row());
    const store::MessageSummary& s = row.summary;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        // A tooltip is rich text whenever it looks like some: a sender's words are escaped
        // inside an explicit rich-text block, so "<img src=...>" in a subject stays text.
        if (index.column() == SenderColumn) {
            return asToolTip(s.fromName.isEmpty()
                                 ? s.fromAddress
                                 : QString(s.fromName + u" <" + s.fromAddress + u'>'));
        }
        return index.column() == SubjectColumn ? asToolTip(display(row, index.column()).toString())
                                               : QVariant();
    case Qt::AccessibleTextRole:
        if (index.column() == FlagColumn) {
            //: Screen reader text of the flag column
            return s.flags.testFlag(store::Flag::Flagged) ? tr("Flagged") : tr("Not flagged");
        }
        if (index.column() == AttachmentColumn) {
            //: Screen reader text of the attachment column
            return s.hasAttachments ? tr("Has attachments") : tr("No attachments");
        }
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    case MessageIdRole:
        return s.id;
    case FolderIdRole:
        return s.folderId;
    case AccountIdRole:
        return s.accountId;
    case UnreadRole:
        return !s.flags.testFlag(store::Flag::Seen);
    case FlaggedRole:
        return s.flags.testFlag(store::Flag::Flagged);
    case HasAttachmentsRole:
        return s.hasAttachments;
    case HeadersOnlyRole:
        return s.headersOnly;
    case SnippetRole:
        return row.snippet;
    case SenderAddressRole:
        return s.fromAddress;
    case AccountNameRole:
        return m_accountNames.value(s.accountId);
    case SortValueRole:
        switch (index.column()) {
        case FlagColumn:
            return s.flags.testFlag(store::Flag::Flagged);
        case AttachmentColumn:
            return s.hasAttachments;
        case SubjectColumn:
            return s.subject;
        case SenderColumn:
            return sender(s);
        case DateColumn:
            return s.date;
        case SizeColumn:
            return s.size;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (section) {
    case FlagColumn:
        //: Message list column header (tooltip; the column shows a star)
        return role == Qt::ToolTipRole ? tr("Flag") : QVariant();
    case AttachmentColumn:
        //: Message list column header (tooltip; the column shows a paper clip)
        return role == Qt::ToolTipRole ? tr("Attachments") : QVariant();
    case SubjectColumn:
        //: Message list column header
        return tr("Subject");
    case SenderColumn:
        //: Message list column header: who sent the message
        return tr("From");
    case DateColumn:
        //: Message list column header
        return tr("Date");
    case SizeColumn:
        //: Message list column header: size of the message
        return tr("Size");
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(MessageIdRole, "messageId");
    names.insert(FolderIdRole, "folderId");
    names.insert(AccountIdRole, "accountId");
    names.insert(UnreadRole, "unread");
    names.insert(FlaggedRole, "flagged");
    names.insert(HasAttachmentsRole, "hasAttachments");
    names.insert(HeadersOnlyRole, "headersOnly");
    names.insert(SnippetRole, "snippet");
    names.insert(SenderAddressRole, "senderAddress");
    names.insert(AccountNameRole, "accountName");
    names.insert(SortValueRole, "sortValue");
    return names;
}

} // namespace postbag::models
