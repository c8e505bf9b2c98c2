// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/doctor/HostLookup.h"

#include <QHostAddress>
#include <QHostInfo>

namespace postbag::doctor {

HostLookup::~HostLookup()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

void HostLookup::start(const QString& host, Done done)
{
    if (QHostAddress address; address.setAddress(host))
        return done(QStringList{address.toString()});
    m_lookupId = QHostInfo::lookupHost(
        host, m_context, [this, done = std::move(done)](const QHostInfo& info) {
            m_lookupId = -1;
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
                return done(Error::make(ErrorCode::HostNotFound, info.errorString()));
            QStringList found;
            for (const QHostAddress& a : info.addresses())
                found.append(a.toString());
            done(found);
        });
}

} // namespace postbag::doctor
