// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QStringList>
#include <chrono>

class QDnsLookup;

namespace postbag::autoconfig {

// Who receives mail for a domain: its MX hosts, most preferred first, reduced to their
// registrable domains ("aspmx.l.google.com" → "google.com"), each once. Why: a custom domain
// hosted by a big provider is recognised by its MX, and a small one usually runs POP3 under the
// domain of its mail exchanger.
// Guarantees: abandoned after `timeout`; finished is emitted exactly once per start(), also after
// cancel(), with an empty list when nothing was found.
class MxLookup : public QObject
{
    Q_OBJECT
public:
    struct Exchanger
    {
        QString host;              // "mx01.mail.example.net"
        QString registrableDomain; // "example.net"
        quint16 preference = 0;
    };

    MxLookup(QHostAddress nameserver, std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~MxLookup() override;

    void start(const QString& domain);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_lookup != nullptr; }

Q_SIGNALS:
    // Distinct registrable domains, most preferred exchanger first.
    void finished(const QList<postbag::autoconfig::MxLookup::Exchanger>& exchangers);

private:
    void done(bool timedOut);

    QHostAddress m_nameserver;
    std::chrono::milliseconds m_timeout;
    QDnsLookup* m_lookup = nullptr;
};

} // namespace postbag::autoconfig
