// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/autoconfig/Autodetector.h"

#include <QWizardPage>
#include <memory>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace postbag::ui {

class AccountWizard;

// Looks the settings up from every source at once and shows what was found and where it came from
// before any password is sent; the best (encrypted, answering) choice is preselected. The outgoing
// server found alongside is listed apart, its best choice preselected too. The user can stop the
// search or enter the settings by hand instead. Guarantees: a server that only DNS or plain http
// named outside the address's own domain is never preselected, is shown with a warning, and the
// page cannot be left with it until the user confirms that host by name (an outgoing one cannot
// be chosen here at all: typing its name on the next page is the confirmation).
class DetectPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DetectPage(AccountWizard* wizard);
    ~DetectPage() override;

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;
    [[nodiscard]] int nextId() const override;

    [[nodiscard]] bool isSearching() const;
    QListWidget* candidateList() const { return m_candidates; }
    QListWidget* outgoingList() const { return m_outgoing; }
    QCheckBox* manualChoice() const { return m_manual; }
    // "Use <host>: …", shown while the chosen server needs the user's confirmation.
    QCheckBox* hostConfirmation() const { return m_confirmHost; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString notesText() const; // what is said about the chosen server

private:
    void onSourceStarted(autoconfig::Source source, const QString& detail);
    void onSourceFinished(autoconfig::Source source, bool found);
    void onFinished(const QList<autoconfig::ServerCandidate>& ranked);
    void showCandidates(const QList<autoconfig::ServerCandidate>& ranked);
    void showOutgoing(const QList<autoconfig::ServerCandidate>& ranked);
    void showNotes();
    [[nodiscard]] int chosenRow() const; // the selected row, -1 when none
    [[nodiscard]] bool chosenNeedsConfirmation() const;
    void stop();

    AccountWizard* m_wizard;
    std::unique_ptr<autoconfig::Autodetector> m_detector;
    QList<autoconfig::ServerCandidate> m_found;
    QList<autoconfig::ServerCandidate> m_outgoingFound;
    QLabel* m_status = nullptr;
    QListWidget* m_sources = nullptr;
    QListWidget* m_candidates = nullptr;
    QListWidget* m_outgoing = nullptr;
    QLabel* m_notes = nullptr;
    QPushButton* m_stop = nullptr;
    QCheckBox* m_manual = nullptr;
    QCheckBox* m_confirmHost = nullptr;
    QString m_confirmedHost; // lower case; the one host the user confirmed by name
    bool m_userChose = false;
    bool m_userChoseOutgoing = false;
};

} // namespace postbag::ui
