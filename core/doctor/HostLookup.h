// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QObject>
#include <QStringList>
#include <functional>

namespace postbag::doctor {

// The "find the server" step of every connection check: an address literal is taken as it is, a
// name is resolved with QHostInfo. Why one place: the POP3 and the submission check must report
// this step the same way. Guarantees: `done` is called once (at once for a literal), with every
// address found or HostNotFound; never after the lookup is destroyed.
class HostLookup
{
public:
    using Done = std::function<void(Result<QStringList>)>;

    explicit HostLookup(QObject* context) : m_context(context) {}
    ~HostLookup();
    HostLookup(const HostLookup&) = delete;
    HostLookup& operator=(const HostLookup&) = delete;

    void start(const QString& host, Done done);

private:
    QObject* m_context;
    int m_lookupId = -1;
};

} // namespace postbag::doctor
