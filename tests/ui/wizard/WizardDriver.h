// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardFixture.h"
#include "ui/wizard/AccountWizard.h"
#include "ui/wizard/CheckPage.h"
#include "ui/wizard/ConnectionDoctorView.h"
#include "ui/wizard/DetectPage.h"
#include "ui/wizard/IdentityPage.h"
#include "ui/wizard/SavePage.h"
#include "ui/wizard/ServerForm.h"
#include "ui/wizard/ServerPage.h"

#include <QGroupBox>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSpinBox>

// Drives the setup wizard the way a user does: type, press Next, wait for what runs. Each step
// returns null/false when the page it expects does not come, so tests fail at the right line.
namespace postbag::test {

using namespace postbag::ui;

// Run with POSTBAG_SCREENSHOTS=<dir> to keep pictures of the pages for docs/ (offscreen grabs).
inline void snap(QWidget& w, const char* name)
{
    const QString dir = qEnvironmentVariable("POSTBAG_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    w.grab().save(QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png")));
}

// The first page, then the search; returns false if the detect page never settles.
inline bool enterIdentity(AccountWizard& w, const QString& password)
{
    auto* identity = qobject_cast<IdentityPage*>(w.currentPage());
    if (!identity)
        return false;
    identity->nameEdit()->setText(QStringLiteral("Alice Example"));
    QTest::keyClicks(identity->addressEdit(), QStringLiteral("alice@localhost"));
    identity->passwordEdit()->setText(password);
    snap(w, "wizard-1-identity");
    if (!w.button(QWizard::NextButton)->isEnabled())
        return false;
    w.next();
    auto* detect = qobject_cast<DetectPage*>(w.currentPage());
    const bool settled = detect && QTest::qWaitFor([&] { return !detect->isSearching(); }, 20000);
    snap(w, "wizard-2-detect-nothing");
    return settled;
}

// The first page with `address` and the fixture's password, then the search; returns the detect
// page once it settled, null if it never does.
inline DetectPage* searchSettings(AccountWizard& w, const QString& address)
{
    auto* identity = qobject_cast<IdentityPage*>(w.currentPage());
    if (!identity)
        return nullptr;
    identity->addressEdit()->setText(address);
    identity->passwordEdit()->setText(QString::fromLatin1(WizardFixture::kPassword));
    w.next();
    auto* detect = qobject_cast<DetectPage*>(w.currentPage());
    if (!detect || !QTest::qWaitFor([&] { return !detect->isSearching(); }, 20000))
        return nullptr;
    return detect;
}

// Manual settings for the fixture, then the connection check (waits until it ends).
inline ConnectionDoctorView* enterServer(AccountWizard& w, quint16 port, account::Security security)
{
    auto* detect = qobject_cast<DetectPage*>(w.currentPage());
    detect->manualChoice()->setChecked(true);
    w.next();
    auto* server = qobject_cast<ServerPage*>(w.currentPage());
    if (!server)
        return nullptr;
    // These flows are about the incoming server; the outgoing one has tests of its own.
    server->outgoingGroup()->setChecked(false);
    ServerForm* form = server->form();
    form->hostEdit()->setText(QStringLiteral("127.0.0.1"));
    form->securityCombo()->setCurrentIndex(form->securityCombo()->findData(int(security)));
    form->portSpin()->setValue(port);
    form->userEdit()->setText(QString::fromLatin1(test::WizardFixture::kUser));
    snap(w, "wizard-3-server");
    if (!w.button(QWizard::NextButton)->isEnabled())
        return nullptr;
    w.next();
    auto* check = qobject_cast<CheckPage*>(w.currentPage());
    if (!check || !QTest::qWaitFor([&] { return !check->doctor()->isRunning(); }, 30000))
        return nullptr;
    return check->doctor();
}

// Options as proposed, then the save page once the keyring has answered.
inline SavePage* reachSavePage(AccountWizard& w)
{
    w.next(); // options
    snap(w, "wizard-5-options");
    w.next(); // save
    auto* save = qobject_cast<SavePage*>(w.currentPage());
    if (!save || !QTest::qWaitFor([&] { return save->keyringAnswered(); }, 30000))
        return nullptr;
    snap(w, "wizard-6-save");
    return save;
}

// ... and Finish.
inline bool finish(AccountWizard& w)
{
    if (!reachSavePage(w) || !w.button(QWizard::FinishButton)->isEnabled())
        return false;
    w.button(QWizard::FinishButton)->click();
    return w.result() == QDialog::Accepted;
}

} // namespace postbag::test
