// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/AccountSettings.h"
#include "core/account/OutgoingServer.h"
#include "core/autoconfig/ServerCandidate.h"

#include <QString>

namespace postbag::ui {

// The words for what autodetection found and where: core/autoconfig reports sources and provider
// notes as codes, and the wizard (and only the wizard) turns them into sentences.
[[nodiscard]] QString sourceDescription(autoconfig::Source source);
[[nodiscard]] QString providerNoteText(autoconfig::ProviderNote note);
[[nodiscard]] QString securityText(account::Security security);
// "pop.example.com:995, SSL/TLS — from the provider's autoconfiguration (https://…)"
[[nodiscard]] QString candidateText(const autoconfig::ServerCandidate& candidate);
// The settings a candidate stands for, on top of what the user typed on the first page.
[[nodiscard]] account::AccountSettings applyCandidate(account::AccountSettings base,
                                                      const autoconfig::ServerCandidate& candidate);
// The outgoing server a submission candidate stands for; its login is the incoming one unless
// the source names another user name than `incoming`'s.
[[nodiscard]] account::OutgoingServer
applyOutgoingCandidate(account::OutgoingServer base, const autoconfig::ServerCandidate& candidate,
                       const account::AccountSettings& incoming);

} // namespace postbag::ui
