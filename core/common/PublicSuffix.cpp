// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/PublicSuffix.h"

#include <QUrl>
#include <libpsl.h>

namespace postbag {

namespace {

const psl_ctx_t* context()
{
    // The newer of libpsl's built-in list and the distribution's file; never freed (process-wide).
    static const psl_ctx_t* const ctx = [] {
        const psl_ctx_t* latest = psl_latest(nullptr);
        return latest ? latest : psl_builtin();
    }();
    return ctx;
}

} // namespace

QString PublicSuffix::normalized(const QString& host)
{
    QString name = host.trimmed();
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty() || name.startsWith(u'.') || name.contains(u".."))
        return {};
    const QByteArray ace = QUrl::toAce(name);
    if (ace.isEmpty())
        return {};
    return QString::fromLatin1(ace).toLower();
}

QString PublicSuffix::registrableDomain(const QString& host)
{
    const QString name = normalized(host);
    const psl_ctx_t* ctx = context();
    if (name.isEmpty() || !ctx)
        return {};
    const QByteArray utf8 = name.toUtf8();
    const char* domain = psl_registrable_domain(ctx, utf8.constData());
    return domain ? QString::fromUtf8(domain) : QString();
}

bool PublicSuffix::isPublicSuffix(const QString& name)
{
    const QString normal = normalized(name);
    const psl_ctx_t* ctx = context();
    if (normal.isEmpty() || !ctx)
        return false;
    return psl_is_public_suffix2(ctx, normal.toUtf8().constData(), PSL_TYPE_ANY) != 0;
}

bool PublicSuffix::hasListedSuffix(const QString& host)
{
    const QString name = normalized(host);
    const psl_ctx_t* ctx = context();
    if (name.isEmpty() || !ctx)
        return false;
    const QString topLabel = name.section(u'.', -1);
    return psl_is_public_suffix2(ctx, topLabel.toUtf8().constData(),
                                 PSL_TYPE_ANY | PSL_TYPE_NO_STAR_RULE) != 0;
}

bool PublicSuffix::isInsideDomain(const QString& host, const QString& domain)
{
    const QString name = normalized(host);
    const QString base = normalized(domain);
    if (name.isEmpty() || base.isEmpty() || isPublicSuffix(base))
        return false;
    return name == base || name.endsWith(u'.' + base);
}

} // namespace postbag
