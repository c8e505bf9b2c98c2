// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/SaslMechanism.h"

#include "core/transport/CommandArgument.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace postbag::auth {

using transport::checkArgument;

namespace {

// The user name and the secret, each through the one argument check.
Status checkCredentials(const Credentials& c, QByteArrayView mechanism,
                        QByteArrayView alsoForbidden = {})
{
    if (Status s = checkArgument(c.user, mechanism, alsoForbidden); !s.ok())
        return s;
    return checkArgument(c.secret, mechanism, alsoForbidden);
}

Error unexpectedChallenge()
{
    return Error::make(ErrorCode::MalformedResponse, QStringLiteral("unexpected SASL challenge"));
}

// RFC 4616: authzid NUL authcid NUL passwd, all in the initial response.
class Plain final : public SaslMechanism
{
public:
    explicit Plain(const Credentials& c) : m_c(c) {}
    QByteArray name() const override { return "PLAIN"; }
    Status checkFields() const override { return checkCredentials(m_c, name()); }
    bool revealsSecret() const override { return true; }
    std::optional<QByteArray> initialResponse() override
    {
        return QByteArray('\0' + m_c.user.toUtf8() + '\0' + m_c.secret.toUtf8());
    }
    Result<QByteArray> respond(const QByteArray& challenge) override
    {
        // An empty challenge asks for the initial response when it did not fit on the AUTH line.
        if (challenge.isEmpty() && !m_sent) {
            m_sent = true;
            return *initialResponse();
        }
        return unexpectedChallenge();
    }

private:
    Credentials m_c;
    bool m_sent = false;
};

// The de-facto LOGIN mechanism: the server prompts for the user name, then the password.
class Login final : public SaslMechanism
{
public:
    explicit Login(const Credentials& c) : m_c(c) {}
    QByteArray name() const override { return "LOGIN"; }
    Status checkFields() const override { return checkCredentials(m_c, name()); }
    bool revealsSecret() const override { return true; }
    std::optional<QByteArray> initialResponse() override { return std::nullopt; }
    Result<QByteArray> respond(const QByteArray&) override
    {
        // Prompts are "Username:" and "Password:" but servers vary; the order is what counts.
        switch (m_step++) {
        case 0:
            return m_c.user.toUtf8();
        case 1:
            return m_c.secret.toUtf8();
        default:
            return unexpectedChallenge();
        }
    }

private:
    Credentials m_c;
    int m_step = 0;
};

// RFC 2195: "user hex(HMAC-MD5(password, challenge))". Never reveals the password.
class CramMd5 final : public SaslMechanism
{
public:
    explicit CramMd5(const Credentials& c) : m_c(c) {}
    QByteArray name() const override { return "CRAM-MD5"; }
    Status checkFields() const override { return checkCredentials(m_c, name()); }
    bool revealsSecret() const override { return false; }
    std::optional<QByteArray> initialResponse() override { return std::nullopt; }
    Result<QByteArray> respond(const QByteArray& challenge) override
    {
        if (m_done || challenge.isEmpty())
            return unexpectedChallenge();
        m_done = true;
        const QByteArray mac = QMessageAuthenticationCode::hash(challenge, m_c.secret.toUtf8(),
                                                                QCryptographicHash::Md5);
        return QByteArray(m_c.user.toUtf8() + ' ' + mac.toHex());
    }

private:
    Credentials m_c;
    bool m_done = false;
};

// Google/Microsoft XOAUTH2 and RFC 7628 OAUTHBEARER. On failure the server sends an error
// challenge (JSON) and expects an empty response before its final refusal.
class OAuth final : public SaslMechanism
{
public:
    OAuth(const Credentials& c, bool bearer) : m_c(c), m_bearer(bearer) {}
    QByteArray name() const override { return m_bearer ? "OAUTHBEARER" : "XOAUTH2"; }
    Status checkFields() const override
    {
        // \x01 separates the fields of both; OAUTHBEARER's gs2 header also names the host.
        if (Status s = checkArgument(m_c.host, name(), "\x01"); !s.ok())
            return s;
        return checkCredentials(m_c, name(), "\x01");
    }
    bool revealsSecret() const override { return true; }
    std::optional<QByteArray> initialResponse() override
    {
        const QByteArray token = m_c.secret.toUtf8();
        if (!m_bearer)
            return QByteArray("user=" + m_c.user.toUtf8() + "\x01" "auth=Bearer " + token
                              + "\x01\x01");
        QByteArray user = m_c.user.toUtf8();
        user.replace('=', "=3D").replace(',', "=2C");
        QByteArray r = "n,a=" + user + ",\x01";
        if (!m_c.host.isEmpty())
            r += "host=" + m_c.host.toUtf8() + "\x01" "port=" + QByteArray::number(m_c.port) + "\x01";
        return QByteArray(r + "auth=Bearer " + token + "\x01\x01");
    }
    Result<QByteArray> respond(const QByteArray& challenge) override
    {
        if (challenge.isEmpty() && !m_sent) {
            m_sent = true;
            return *initialResponse();
        }
        // An error report: acknowledge it (XOAUTH2: empty line; OAUTHBEARER: %x01).
        return m_bearer ? QByteArray("\x01") : QByteArray();
    }

private:
    Credentials m_c;
    bool m_bearer;
    bool m_sent = false;
};

} // namespace

std::unique_ptr<SaslMechanism> SaslMechanism::create(QStringView name, const Credentials& c)
{
    if (name.compare(u"PLAIN", Qt::CaseInsensitive) == 0)
        return std::make_unique<Plain>(c);
    if (name.compare(u"LOGIN", Qt::CaseInsensitive) == 0)
        return std::make_unique<Login>(c);
    if (name.compare(u"CRAM-MD5", Qt::CaseInsensitive) == 0)
        return std::make_unique<CramMd5>(c);
    if (name.compare(u"XOAUTH2", Qt::CaseInsensitive) == 0)
        return std::make_unique<OAuth>(c, false);
    if (name.compare(u"OAUTHBEARER", Qt::CaseInsensitive) == 0)
        return std::make_unique<OAuth>(c, true);
    return nullptr;
}

} // namespace postbag::auth
