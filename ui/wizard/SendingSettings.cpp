// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/SendingSettings.h"

#include "ui/wizard/ConnectionDoctorView.h"
#include "ui/wizard/OutgoingServerForm.h"
#include "ui/wizard/ServerForm.h"
#include "ui/wizard/SourceText.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace postbag::ui {

SendingSettings::SendingSettings(const AccountSetupContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);

    auto* identity = new QGroupBox(tr("Sent messages"), content);
    auto* identityForm = new QFormLayout(identity);
    m_name = new QLineEdit(identity);
    m_name->setAccessibleName(tr("Name on sent messages"));
    identityForm->addRow(tr("Nam&e:"), m_name);
    m_replyTo = new QLineEdit(identity);
    m_replyTo->setAccessibleName(tr("Reply-to address"));
    //: Placeholder of the reply-to field
    m_replyTo->setPlaceholderText(tr("Replies go to the sending address"));
    identityForm->addRow(tr("Repl&y to:"), m_replyTo);
    m_signature = new QPlainTextEdit(identity);
    m_signature->setAccessibleName(tr("Signature"));
    m_signature->setTabChangesFocus(true);
    m_signature->setMaximumHeight(fontMetrics().height() * 5);
    identityForm->addRow(tr("Signat&ure:"), m_signature);
    layout->addWidget(identity);

    m_offer = new QWidget(content);
    auto* offer = new QVBoxLayout(m_offer);
    offer->setContentsMargins(0, 0, 0, 0);
    m_offerText = new QLabel(m_offer);
    m_offerText->setWordWrap(true);
    m_offerText->setTextFormat(Qt::PlainText); // it may name a server found by DNS
    offer->addWidget(m_offerText);
    auto* offerButtons = new QHBoxLayout;
    m_find = new QPushButton(tr("&Find It"), m_offer);
    m_enter = new QPushButton(tr("Enter It &Myself"), m_offer);
    offerButtons->addWidget(m_find);
    offerButtons->addWidget(m_enter);
    offerButtons->addStretch(1);
    offer->addLayout(offerButtons);
    layout->addWidget(m_offer);

    m_serverGroup = new QGroupBox(tr("Outgoing server (SMTP)"), content);
    auto* serverLayout = new QVBoxLayout(m_serverGroup);
    m_form = new OutgoingServerForm(m_serverGroup);
    serverLayout->addWidget(m_form);
    auto* pinRow = new QHBoxLayout;
    m_pin = new QLabel(m_serverGroup);
    m_pin->setWordWrap(true);
    m_pin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_forgetPin = new QPushButton(tr("Forget Certifi&cate"), m_serverGroup);
    pinRow->addWidget(m_pin, 1);
    pinRow->addWidget(m_forgetPin);
    serverLayout->addLayout(pinRow);
    m_check = new QPushButton(tr("Check the Outgoing &Server"), m_serverGroup);
    serverLayout->addWidget(m_check, 0, Qt::AlignLeft);
    m_doctor = new ConnectionDoctorView(m_context.transports, m_serverGroup);
    serverLayout->addWidget(m_doctor);
    layout->addWidget(m_serverGroup);
    layout->addStretch(1);

    scrolledLayout(this, content);

    connect(m_find, &QPushButton::clicked, this, &SendingSettings::findServer);
    connect(m_enter, &QPushButton::clicked, this, [this] { showServer(true); });
    connect(m_check, &QPushButton::clicked, this, &SendingSettings::checkRequested);
    connect(m_form, &OutgoingServerForm::changed, this, &SendingSettings::changed);
    connect(m_forgetPin, &QPushButton::clicked, this, [this] {
        m_pinned.clear();
        showPin();
    });
    connect(m_doctor, &ConnectionDoctorView::certificateTrusted, this,
            [this](const QByteArray& sha256) {
                m_pinned = sha256;
                m_pinnedHost = m_doctor->outgoingServer().host;
                m_pinnedPort = m_doctor->outgoingServer().port;
                showPin();
            });
}

SendingSettings::~SendingSettings() = default;

void SendingSettings::load(const account::AccountSettings& account,
                           const std::optional<store::Identity>& identity,
                           const std::optional<account::OutgoingServer>& server)
{
    m_account = account;
    m_original = server;
    m_name->setText(identity ? identity->name : account.displayName);
    m_replyTo->setText(identity ? identity->replyTo : QString());
    m_signature->setPlainText(identity ? identity->signature : QString());
    m_form->load(server.value_or(account::OutgoingServer{}));
    m_pinned = server ? server->pinnedSha256 : QByteArray();
    m_pinnedHost = server ? server->host : QString();
    m_pinnedPort = server ? server->port : 0;
    //: %1 an email address
    m_offerText->setText(tr("This account has no outgoing server yet, so it cannot send mail as "
                            "%1. Postbag can look it up, as it did for the incoming server.")
                             .arg(account.address));
    showServer(server.has_value());
    showPin();
}

void SendingSettings::showServer(bool shown)
{
    m_serverGroup->setVisible(shown);
    m_offer->setVisible(!shown);
    Q_EMIT changed();
}

void SendingSettings::showPin()
{
    m_pin->setText(m_pinned.isEmpty()
                       ? tr("No certificate is pinned: the system's certificate authorities "
                            "decide.")
                       : tr("Trusted certificate (SHA-256): %1")
                             .arg(QString::fromLatin1(m_pinned.toHex(':').toUpper())));
    m_forgetPin->setEnabled(!m_pinned.isEmpty());
}

std::optional<account::OutgoingServer> SendingSettings::server() const
{
    if (m_serverGroup->isHidden())
        return std::nullopt;
    account::OutgoingServer s = m_original.value_or(account::OutgoingServer{});
    m_form->apply(s);
    // A pin belongs to the server it was made for (the saved one, or the one just checked).
    s.pinnedSha256 =
        s.host.compare(m_pinnedHost, Qt::CaseInsensitive) == 0 && s.port == m_pinnedPort
            ? m_pinned
            : QByteArray();
    return s;
}

localedit::AccountSending SendingSettings::sending() const
{
    localedit::AccountSending s;
    s.name = m_name->text().trimmed();
    s.replyTo = m_replyTo->text().trimmed();
    s.signature = m_signature->toPlainText();
    s.server = server();
    return s;
}

bool SendingSettings::isValid() const
{
    return m_serverGroup->isHidden() || m_form->isValid();
}

QString SendingSettings::ownPassword() const
{
    return m_form->password();
}

QString SendingSettings::offerText() const
{
    return m_offerText->text();
}

void SendingSettings::check(const account::AccountSettings& incoming, const QString& password)
{
    if (const auto s = server())
        m_doctor->startOutgoing(*s, incoming, password);
}

void SendingSettings::findServer()
{
    if (isFinding())
        return;
    m_find->setEnabled(false);
    //: %1 the domain of the account's address
    m_offerText->setText(
        tr("Looking up the outgoing server for %1…").arg(autoconfig::domainOf(m_account.address)));
    m_detector = std::make_unique<autoconfig::Autodetector>(m_context.detect);
    connect(m_detector.get(), &autoconfig::Autodetector::finished, this, &SendingSettings::onFound);
    m_detector->start(m_account.address);
}

void SendingSettings::onFound()
{
    m_find->setEnabled(true);
    const QList<autoconfig::ServerCandidate> found = m_detector->outgoingCandidates();
    // The best one that needs no confirmation by name; a host named only by DNS or plain http
    // outside the address's domain is mentioned, never filled in.
    const auto best =
        std::find_if(found.begin(), found.end(),
                     [](const autoconfig::ServerCandidate& c) { return !c.needsConfirmation; });
    if (best == found.end()) {
        m_offerText->setText(
            found.isEmpty()
                ? tr("No outgoing server was found for %1. Enter the one your provider gives "
                     "(its help pages list it under SMTP).")
                      .arg(autoconfig::domainOf(m_account.address))
                //: %1 a server name found by DNS
                : tr("Only %1 was found, named by a source that cannot be trusted on its own. "
                     "Enter it yourself if your provider told you this server name.")
                      .arg(found.first().host));
        return;
    }
    account::OutgoingServer server =
        applyOutgoingCandidate(m_original.value_or(account::OutgoingServer{}), *best, m_account);
    m_form->load(server);
    //: %1 the found server, as host:port, security and where it was found
    m_offerText->setText(tr("Found: %1").arg(candidateText(*best)));
    m_offer->setVisible(true);
    m_find->setVisible(false);
    m_enter->setVisible(false);
    m_serverGroup->setVisible(true);
    Q_EMIT changed();
}

} // namespace postbag::ui
