// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Session's transaction-state commands: STAT, LIST, UIDL, RETR, TOP (with their caps), DELE,
// RSET, NOOP and QUIT. Split from Session.cpp by protocol state, like SessionLogin.cpp.
#include "core/pop3/Session.h"
#include "core/pop3/ServerText.h"
#include "core/pop3/SessionCommands.h"
#include "core/pop3/SessionParsers.h"

namespace postbag::pop3 {

using Shape = ResponseReader::Shape;

void Session::stat(Done<StatInfo> done)
{
    Command c;
    c.line = "STAT";
    c.status = [this, done](bool ok, QByteArrayView text) {
        if (!ok)
            return m_completions.defer([done, e = commandError(text)] { done(e); });
        const auto s = parseStat(text);
        if (!s)
            return failAll(Error::make(ErrorCode::MalformedResponse, decodeServerText(text)));
        m_completions.defer([done, v = *s] { done(v); });
    };
    c.fail = failWith(done);
    enqueue(std::move(c));
}

template<typename Entry, typename Parse>
Session::Command Session::listing(QByteArray line, Fallback fallback, Parse parse,
                                  Done<Listing<Entry>> done)
{
    auto acc = std::make_shared<Listing<Entry>>();
    Command c;
    c.line = std::move(line);
    c.shape = Shape::Lines;
    c.status = [this, done, fallback](bool, QByteArrayView text) {
        m_completions.defer([done, e = commandError(text, fallback())] { done(e); });
    };
    const auto full = [acc] {
        if (acc->entries.size() + acc->malformedLines.size() < Listing<Entry>::kMaxListingLines)
            return false;
        ++acc->omitted;
        return true;
    };
    c.dataLine = [acc, parse, full](QByteArrayView l) {
        if (full())
            return;
        if (auto e = parse(l))
            acc->entries.append(*e);
        else
            acc->malformedLines.append(l.toByteArray());
    };
    c.overlong = [acc, full] {
        if (!full())
            acc->malformedLines.append(QByteArrayLiteral("<over-long line>"));
    };
    c.end = [this, done, acc] { m_completions.defer([done, acc] { done(std::move(*acc)); }); };
    c.fail = failWith(done);
    return c;
}

template<typename Entry, typename Parse>
Session::Command Session::single(QByteArray line, Fallback fallback, Parse parse, Done<Entry> done)
{
    Command c;
    c.line = std::move(line);
    c.status = [this, done, fallback, parse](bool ok, QByteArrayView text) {
        if (!ok)
            return m_completions.defer([done, e = commandError(text, fallback())] { done(e); });
        const auto entry = parse(text);
        if (!entry)
            return m_completions.defer([done, t = decodeServerText(text)] {
                done(Error::make(ErrorCode::MalformedResponse, t));
            });
        m_completions.defer([done, v = *entry] { done(v); });
    };
    c.fail = failWith(done);
    return c;
}

void Session::list(Done<Listing<ListEntry>> done)
{
    enqueue(listing<ListEntry>("LIST", fixed(ErrorCode::ServerRejected), parseListLine, std::move(done)));
}

void Session::list(int number, Done<ListEntry> done)
{
    enqueue(single<ListEntry>("LIST " + QByteArray::number(number), fixed(ErrorCode::NoSuchMessage),
                              parseListLine, std::move(done)));
}

void Session::uidl(Done<Listing<UidlEntry>> done)
{
    // Without CAPA, a -ERR to UIDL means it is not there (RFC 1939 makes it optional). A server
    // whose CAPA lists UIDL refused it this once: taking that as "no UIDL" would identify every
    // message anew and fetch the mailbox again.
    enqueue(listing<UidlEntry>(
        "UIDL",
        [this] {
            return m_capsKnown && m_hasUidl ? ErrorCode::ServerRejected
                                            : ErrorCode::CommandUnsupported;
        },
        parseUidlLine, std::move(done)));
}

void Session::uidl(int number, Done<UidlEntry> done)
{
    enqueue(single<UidlEntry>("UIDL " + QByteArray::number(number), unsupportedUnless(m_hasUidl), parseUidlLine,
                              std::move(done)));
}

Session::Command Session::body(QByteArray line, Fallback fallback, BodySink sink, qint64 maxBytes,
                               Done<qint64> done)
{
    auto count = std::make_shared<qint64>(0);
    Command c;
    c.line = std::move(line);
    c.shape = Shape::Body;
    c.status = [this, done, fallback](bool, QByteArrayView text) {
        m_completions.defer([done, e = commandError(text, fallback())] { done(e); });
    };
    // Past the cap the rest is read and dropped: the answer fails alone and the next one is
    // still read in step.
    c.chunk = [sink = std::move(sink), count, maxBytes](QByteArrayView chunk) {
        const bool within = *count <= maxBytes;
        *count += chunk.size();
        if (within && *count <= maxBytes)
            sink(chunk);
    };
    c.end = [this, done, count, maxBytes] {
        if (m_log)
            m_log->note(QByteArray("[" + QByteArray::number(*count) + " bytes of message data]"));
        if (*count > maxBytes)
            return m_completions.defer([done, n = *count] {
                done(Error::make(ErrorCode::MessageTooLarge, QString::number(n)));
            });
        m_completions.defer([done, n = *count] { done(n); });
    };
    c.fail = failWith(done);
    return c;
}

void Session::retr(int number, BodySink sink, Done<qint64> done, qint64 maxBytes)
{
    enqueue(body("RETR " + QByteArray::number(number), fixed(ErrorCode::NoSuchMessage),
                 std::move(sink), maxBytes, std::move(done)));
}

void Session::top(int number, int lines, BodySink sink, Done<qint64> done, qint64 maxBytes)
{
    enqueue(body("TOP " + QByteArray::number(number) + ' ' + QByteArray::number(lines),
                 unsupportedUnless(m_hasTop), std::move(sink), maxBytes, std::move(done)));
}

void Session::dele(int number, Done<Ok> done)
{
    enqueue(simple("DELE " + QByteArray::number(number), fixed(ErrorCode::NoSuchMessage), std::move(done)));
}

void Session::rset(Done<Ok> done)
{
    enqueue(simple("RSET", fixed(ErrorCode::ServerRejected), std::move(done)));
}

void Session::noop(Done<Ok> done)
{
    enqueue(simple("NOOP", fixed(ErrorCode::ServerRejected), std::move(done)));
}

void Session::quit(Done<Ok> done)
{
    Command c = simple("QUIT", fixed(ErrorCode::ServerRejected), done);
    c.barrier = true;
    auto inner = std::move(c.status);
    c.status = [this, inner](bool ok, QByteArrayView text) {
        // RFC 1939: deletions happen only on +OK to QUIT in the TRANSACTION state.
        if (ok)
            m_state = State::Update;
        inner(ok, text);
    };
    enqueue(std::move(c));
}

} // namespace postbag::pop3
