// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/DetectPage.h"

#include "ui/wizard/AccountWizard.h"
#include "ui/wizard/SourceText.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace postbag::ui {

namespace {
constexpr int kSourceRole = Qt::UserRole;
constexpr int kCandidateRole = Qt::UserRole + 1;
} // namespace

DetectPage::DetectPage(AccountWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Finding your server settings"));
    setSubTitle(tr("Servers are only asked what they support; your password stays on this computer "
                   "until you confirm the server."));
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_sources = new QListWidget(this);
    m_sources->setAccessibleName(tr("Where Postbag looks"));
    m_sources->setFocusPolicy(Qt::NoFocus);
    m_sources->setMaximumHeight(fontMetrics().height() * 8);
    layout->addWidget(m_sources);
    layout->addWidget(new QLabel(tr("Found settings:"), this));
    m_candidates = new QListWidget(this);
    m_candidates->setAccessibleName(tr("Found settings"));
    m_outgoing = new QListWidget(this);
    m_outgoing->setAccessibleName(tr("Found outgoing servers"));
    m_outgoing->setMaximumHeight(fontMetrics().height() * 5);
    // Long sources (URLs, DNS names) wrap instead of hiding behind a horizontal scroll bar.
    for (QListWidget* list : {m_sources, m_candidates, m_outgoing}) {
        list->setWordWrap(true);
        list->setTextElideMode(Qt::ElideNone);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setResizeMode(QListView::Adjust);
    }
    layout->addWidget(m_candidates, 1);
    layout->addWidget(new QLabel(tr("Outgoing server, for sending:"), this));
    layout->addWidget(m_outgoing);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText); // names from DNS are never markup
    layout->addWidget(m_notes);
    m_confirmHost = new QCheckBox(this);
    m_confirmHost->setVisible(false);
    layout->addWidget(m_confirmHost);
    auto* row = new QHBoxLayout;
    m_manual = new QCheckBox(tr("I will enter the server settings &myself"), this);
    m_stop = new QPushButton(tr("&Stop searching"), this);
    row->addWidget(m_manual);
    row->addStretch(1);
    row->addWidget(m_stop);
    layout->addLayout(row);
    connect(m_stop, &QPushButton::clicked, this, &DetectPage::stop);
    connect(m_manual, &QCheckBox::toggled, this, [this](bool manual) {
        m_candidates->setEnabled(!manual);
        m_outgoing->setEnabled(!manual);
        Q_EMIT completeChanged();
    });
    connect(m_confirmHost, &QCheckBox::toggled, this, [this](bool confirmed) {
        const int current = chosenRow();
        m_confirmedHost = confirmed && current >= 0 && current < m_found.size()
                              ? m_found[current].host.toLower()
                              : QString();
        Q_EMIT completeChanged();
    });
    // The selection, not the current row: focus alone makes the first row current, unselected.
    connect(m_candidates, &QListWidget::itemSelectionChanged, this, [this] {
        m_userChose = true; // the list's own updates block this signal
        showNotes();
        Q_EMIT completeChanged();
    });
    connect(m_outgoing, &QListWidget::itemSelectionChanged, this,
            [this] { m_userChoseOutgoing = true; });
}

DetectPage::~DetectPage() = default;

void DetectPage::initializePage()
{
    stop();
    m_found.clear();
    m_sources->clear();
    m_outgoingFound.clear();
    m_candidates->clear();
    m_outgoing->clear();
    m_notes->clear();
    m_manual->setChecked(false);
    m_confirmedHost.clear();
    m_userChose = false;
    m_userChoseOutgoing = false;
    const QString address = m_wizard->draft().address;
    //: %1 is an email address
    m_status->setText(tr("Looking up the settings for %1…").arg(address));
    m_detector = std::make_unique<autoconfig::Autodetector>(m_wizard->context().detect);
    connect(m_detector.get(), &autoconfig::Autodetector::sourceStarted, this,
            &DetectPage::onSourceStarted);
    connect(m_detector.get(), &autoconfig::Autodetector::sourceFinished, this,
            &DetectPage::onSourceFinished);
    connect(
        m_detector.get(), &autoconfig::Autodetector::candidateFound, this,
        [this](const autoconfig::ServerCandidate&) { showCandidates(m_detector->candidates()); });
    connect(m_detector.get(), &autoconfig::Autodetector::outgoingCandidateFound, this,
            [this](const autoconfig::ServerCandidate&) {
                showOutgoing(m_detector->outgoingCandidates());
            });
    connect(m_detector.get(), &autoconfig::Autodetector::finished, this, &DetectPage::onFinished);
    m_stop->setEnabled(true);
    m_detector->start(address);
}

void DetectPage::cleanupPage()
{
    stop();
}

bool DetectPage::isSearching() const
{
    return m_detector && m_detector->isRunning();
}

QString DetectPage::statusText() const
{
    return m_status->text();
}

QString DetectPage::notesText() const
{
    return m_notes->text();
}

void DetectPage::stop()
{
    if (m_detector && m_detector->isRunning())
        m_detector->cancel();
}

void DetectPage::onSourceStarted(autoconfig::Source source, const QString& detail)
{
    for (int i = 0; i < m_sources->count(); ++i) {
        if (m_sources->item(i)->data(kSourceRole).toInt() == int(source))
            return;
    }
    QString text = QStringLiteral("…  ") + sourceDescription(source);
    if (!detail.isEmpty())
        text += QStringLiteral(" (") + detail + u')';
    auto* item = new QListWidgetItem(text, m_sources);
    item->setData(kSourceRole, int(source));
}

void DetectPage::onSourceFinished(autoconfig::Source source, bool found)
{
    for (int i = 0; i < m_sources->count(); ++i) {
        QListWidgetItem* item = m_sources->item(i);
        if (item->data(kSourceRole).toInt() != int(source))
            continue;
        const QString rest = item->text().mid(3);
        //: Autodetection source result markers
        item->setText((found ? QStringLiteral("✓  ") : QStringLiteral("–  ")) + rest +
                      (found ? tr(": found") : tr(": nothing")));
    }
}

void DetectPage::showCandidates(const QList<autoconfig::ServerCandidate>& ranked)
{
    // The best finding stays selected as better ones arrive, unless the user picked one.
    const int keep = chosenRow();
    const QString keepKey =
        m_userChose && keep >= 0 ? m_found.value(keep).endpointKey() : QString();
    m_found = ranked;
    const QSignalBlocker blocker(m_candidates);
    m_candidates->clear();
    // A host that may be an attacker's is never chosen for the user.
    int select = -1;
    for (int i = 0; i < ranked.size() && select < 0; ++i) {
        if (!ranked[i].needsConfirmation)
            select = i;
    }
    for (int i = 0; i < ranked.size(); ++i) {
        auto* item = new QListWidgetItem(candidateText(ranked[i]), m_candidates);
        item->setData(kCandidateRole, i);
        if (ranked[i].security == transport::Security::None)
            item->setToolTip(
                tr("Not encrypted: your password and mail would be readable on the network."));
        if (!keepKey.isEmpty() && ranked[i].endpointKey() == keepKey)
            select = i;
    }
    m_candidates->setCurrentRow(select);
    showNotes();
    Q_EMIT completeChanged();
}

void DetectPage::showOutgoing(const QList<autoconfig::ServerCandidate>& ranked)
{
    const QList<QListWidgetItem*> selected = m_outgoing->selectedItems();
    const QString keepKey =
        m_userChoseOutgoing && !selected.isEmpty()
            ? m_outgoingFound.value(m_outgoing->row(selected.first())).endpointKey()
            : QString();
    m_outgoingFound = ranked;
    const QSignalBlocker blocker(m_outgoing);
    m_outgoing->clear();
    int select = -1;
    for (int i = 0; i < ranked.size(); ++i) {
        auto* item = new QListWidgetItem(candidateText(ranked[i]), m_outgoing);
        if (ranked[i].needsConfirmation) {
            // Chosen only by typing its name on the next page, where it is checked by name.
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            item->setToolTip(tr("To use this server, enter its name yourself on the next page "
                                "(choose \"I will enter the server settings myself\")."));
            continue;
        }
        if (select < 0 || (!keepKey.isEmpty() && ranked[i].endpointKey() == keepKey))
            select = i;
    }
    if (m_outgoing->count() == 0) {
        auto* none = new QListWidgetItem(
            tr("No outgoing server found (yet). You can enter it yourself, or add it later in "
               "the account's settings."),
            m_outgoing);
        none->setFlags(Qt::NoItemFlags);
    }
    m_outgoing->setCurrentRow(select);
}

void DetectPage::showNotes()
{
    const int row = chosenRow();
    const QSignalBlocker blocker(m_confirmHost);
    if (row < 0 || row >= m_found.size()) {
        m_notes->clear();
        m_confirmHost->setVisible(false);
        return;
    }
    const autoconfig::ServerCandidate& chosen = m_found[row];
    QStringList lines;
    if (chosen.needsConfirmation)
        //: %1 a server name, %2 the domain of the user's address, %3 where it was found
        lines << QStringLiteral("• ") +
                     tr("Warning: %1 is not part of %2, and it was named only by %3, which anyone "
                        "on your network could fake. Use it only if your provider told you this "
                        "server name: your password would go to it.")
                         .arg(chosen.host, autoconfig::domainOf(m_wizard->draft().address),
                              sourceDescription(chosen.source));
    if (chosen.encryptionRefused)
        lines << QStringLiteral("• ") +
                     tr("When asked, this server refused encryption (STARTTLS), although %1 says "
                        "it offers it. Someone on your network may be interfering; Postbag will "
                        "only connect to it encrypted.")
                         .arg(sourceDescription(chosen.source));
    for (autoconfig::ProviderNote note : m_found[row].notes)
        lines << QStringLiteral("• ") + providerNoteText(note);
    if (m_found[row].certificateProblem)
        lines << QStringLiteral("• ") + tr("This server's certificate is not trusted by this "
                                           "computer; the next step shows it "
                                           "so you can decide.");
    if (m_found[row].security == transport::Security::None)
        lines << QStringLiteral("• ") + tr("This server offers no encryption.");
    m_notes->setText(lines.join(u'\n'));
    m_confirmHost->setVisible(chosen.needsConfirmation);
    //: %1 a server name
    m_confirmHost->setText(tr("Use %1: my provider told me this server name").arg(chosen.host));
    m_confirmHost->setChecked(chosen.needsConfirmation && chosen.host.toLower() == m_confirmedHost);
}

void DetectPage::onFinished(const QList<autoconfig::ServerCandidate>& ranked)
{
    m_stop->setEnabled(false);
    showCandidates(ranked);
    showOutgoing(m_detector ? m_detector->outgoingCandidates() : m_outgoingFound);
    if (ranked.isEmpty()) {
        m_status->setText(
            tr("No settings were found for %1. Enter the settings your provider gives; "
               "they are usually on its help pages under POP3.")
                .arg(m_wizard->draft().address));
        m_manual->setChecked(true);
    } else if (chosenRow() < 0) {
        //: %n is the number of settings found
        m_status->setText(tr("Found %n possible setting(s), but none from a source that can be "
                             "trusted on its own. Choose one only if your provider gave you that "
                             "server name, or enter the settings yourself.",
                             nullptr, int(ranked.size())));
    } else {
        //: %n is the number of settings found
        m_status->setText(tr("Found %n possible setting(s); the best one is selected.", nullptr,
                             int(ranked.size())));
    }
}

int DetectPage::chosenRow() const
{
    const QList<QListWidgetItem*> selected = m_candidates->selectedItems();
    return selected.isEmpty() ? -1 : m_candidates->row(selected.first());
}

bool DetectPage::chosenNeedsConfirmation() const
{
    const int row = chosenRow();
    return row >= 0 && row < m_found.size() && m_found[row].needsConfirmation &&
           m_found[row].host.toLower() != m_confirmedHost;
}

bool DetectPage::isComplete() const
{
    if (m_manual->isChecked())
        return true;
    return chosenRow() >= 0 && chosenRow() < m_found.size() && !chosenNeedsConfirmation();
}

bool DetectPage::validatePage()
{
    if (!isComplete())
        return false; // the password goes nowhere the user has not confirmed
    stop();
    if (!m_manual->isChecked()) {
        const autoconfig::ServerCandidate chosen = m_found.value(chosenRow());
        m_wizard->draft() = applyCandidate(m_wizard->draft(), chosen);
        const QList<QListWidgetItem*> outgoing = m_outgoing->selectedItems();
        const int row = outgoing.isEmpty() ? -1 : m_outgoing->row(outgoing.first());
        if (row >= 0 && row < m_outgoingFound.size())
            m_wizard->outgoing() =
                applyOutgoingCandidate(m_wizard->outgoing().value_or(account::OutgoingServer{}),
                                       m_outgoingFound[row], m_wizard->draft());
        else
            m_wizard->outgoing().reset(); // nothing found: the account only receives for now
    }
    return true;
}

int DetectPage::nextId() const
{
    return m_manual->isChecked() ? AccountWizard::ServerPageId : AccountWizard::CheckPageId;
}

} // namespace postbag::ui
