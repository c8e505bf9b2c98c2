// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/transport/Lifetime.h"
#include "core/transport/Transport.h"

#include <functional>
#include <utility>

namespace postbag::transport {

enum class HandshakeStage
{
    Greeted,
    StartingTls,
    TlsEstablished
};

// A client's Step (pop3::Client::Step, smtp::Client::Step) for a handshake's stage.
template <typename Step> [[nodiscard]] Step clientStep(HandshakeStage stage)
{
    switch (stage) {
    case HandshakeStage::StartingTls:
        return Step::StartingTls;
    case HandshakeStage::TlsEstablished:
        return Step::TlsEstablished;
    case HandshakeStage::Greeted:
        break;
    }
    return Step::Greeted;
}

// The way into a session up to authentication, as POP3 and SMTP share it: the greeting, the
// capabilities, and on a STARTTLS connection the upgrade and the capabilities again. Why: the
// security rules of that way in are one rule for both protocols; pop3::Handshake and
// smtp::Handshake supply only their commands (the hooks below).
// Guarantees: with Security::StartTls it never completes in the clear: the capabilities read in
// the clear go through offersTls() before TLS is asked for, and a refusal of either ends it with
// that error; after TLS the capabilities are asked again and only that answer is the outcome's;
// progress reports each stage as it is reached (and may destroy the handshake); `done` is called
// exactly once, and never after the handshake is destroyed.
template <typename Greeting, typename Capabilities> class HandshakeFlow
{
public:
    using Stage = HandshakeStage;
    using Progress = std::function<void(Stage)>;
    struct Outcome
    {
        Greeting greeting;
        Capabilities capabilities; // the last answer: the one over TLS when TLS was started
    };
    using Done = std::function<void(Result<Outcome>)>;

    virtual ~HandshakeFlow() = default;
    HandshakeFlow(const HandshakeFlow&) = delete;
    HandshakeFlow& operator=(const HandshakeFlow&) = delete;

    // Reads the greeting (start it before the transport opens), then goes on by itself.
    void start(Done done)
    {
        m_done = std::move(done);
        m_outcome = {};
        greet([this, alive = guard()](Result<Greeting> greeting) {
            if (!alive())
                return;
            if (!greeting.ok())
                return finish(greeting.error());
            m_outcome.greeting = greeting.value();
            if (m_progress)
                m_progress(Stage::Greeted);
            if (alive()) // the progress callback may have ended everything
                capabilities(false);
        });
    }

protected:
    HandshakeFlow(Security security, Progress progress)
        : m_security(security), m_progress(std::move(progress))
    {
    }

    // The protocol's commands. Each calls its continuation once; the continuations do nothing
    // once the handshake is gone, but a hook that touches `this` later checks guard() itself.
    virtual void greet(std::function<void(Result<Greeting>)> then) = 0;
    virtual void askCapabilities(std::function<void(Result<Capabilities>)> then) = 0;
    // What the server said in the clear on a STARTTLS connection: an error unless it offers TLS.
    [[nodiscard]] virtual Status offersTls(const Capabilities& plain) = 0;
    virtual void requestTls(std::function<void(Status)> then) = 0;

    [[nodiscard]] Security security() const { return m_security; }
    [[nodiscard]] std::function<bool()> guard() const { return m_lifetime.guard(); }

private:
    void capabilities(bool overTls)
    {
        askCapabilities([this, overTls, alive = guard()](Result<Capabilities> caps) {
            if (!alive())
                return;
            if (!caps.ok())
                return finish(caps.error());
            m_outcome.capabilities = caps.value();
            if (m_security != Security::StartTls || overTls)
                return finish(m_outcome);
            // Never fall back to the clear.
            if (Status offered = offersTls(m_outcome.capabilities); !offered.ok())
                return finish(offered.error());
            startTls();
        });
    }

    void startTls()
    {
        if (m_progress) {
            const auto alive = guard(); // the callback may destroy this
            m_progress(Stage::StartingTls);
            if (!alive())
                return;
        }
        requestTls([this, alive = guard()](Status s) {
            if (!alive())
                return;
            if (!s.ok())
                return finish(s.error());
            if (m_progress)
                m_progress(Stage::TlsEstablished);
            if (alive())
                capabilities(true);
        });
    }

    void finish(Result<Outcome> result)
    {
        if (auto done = std::exchange(m_done, nullptr))
            done(std::move(result));
    }

    Security m_security;
    Progress m_progress;
    Done m_done;
    Outcome m_outcome;
    Lifetime m_lifetime;
};

} // namespace postbag::transport
