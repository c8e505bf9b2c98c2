// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the POP3 receive path: arbitrary server bytes, in arbitrary read sizes,
// against a session running a full conversation (with and without pipelining), and against the
// response reader in each response shape. Nothing may crash, hang, leak or call a completion
// twice. Input layout: byte 0 = options, byte 1 = read-size seed, the rest = server bytes.
#include "core/pop3/ResponseReader.h"
#include "core/pop3/Session.h"

#include <cstdint>
#include <cstdlib>

using namespace postbag;
using namespace postbag::pop3;

namespace {

class NullHandler final : public ResponseHandler
{
public:
    void onStatus(bool, QByteArrayView) override {}
    void onContinuation(QByteArrayView) override {}
    void onDataLine(QByteArrayView) override {}
    void onOverlongDataLine() override {}
    void onBodyChunk(QByteArrayView) override {}
    void onEnd() override {}
    void onProtocolError(ErrorCode, QByteArrayView) override {}
};

template<typename T>
auto once(int& calls)
{
    return [&calls](Result<T>) {
        if (++calls > 1)
            std::abort(); // a completion ran twice
    };
}

void runSession(uint8_t options, uint8_t seed, QByteArrayView data)
{
    int calls[16] = {};
    {
        Session s;
        s.setPipelining(options & 1, 1 + (options >> 4));
        s.start(once<Greeting>(calls[0]));
        s.capa(once<Capabilities>(calls[1]));
        if (options & 2) {
            s.authenticate(SaslMechanism::create(u"CRAM-MD5", {}), once<Ok>(calls[2]));
            s.authenticate(SaslMechanism::create(u"LOGIN", {}), once<Ok>(calls[3]));
        } else {
            s.user(QStringLiteral("u"), once<Ok>(calls[2]));
            s.pass(QStringLiteral("p"), once<Ok>(calls[3]));
        }
        s.stat(once<StatInfo>(calls[4]));
        s.list(once<Listing<ListEntry>>(calls[5]));
        s.uidl(once<Listing<UidlEntry>>(calls[6]));
        s.uidl(1, once<UidlEntry>(calls[7]));
        s.list(1, once<ListEntry>(calls[8]));
        s.top(1, 0, [](QByteArrayView) {}, once<qint64>(calls[9]));
        s.retr(1, [](QByteArrayView) {}, once<qint64>(calls[10]));
        s.dele(1, once<Ok>(calls[11]));
        if (options & 4)
            s.stls(once<Ok>(calls[12]));
        s.quit(once<Ok>(calls[13]));
        qsizetype pos = 0;
        uint32_t r = seed | 1u;
        while (pos < data.size()) {
            r = r * 1103515245u + 12345u;
            const qsizetype n = std::min<qsizetype>(1 + (r >> 16) % 97, data.size() - pos);
            s.receive(data.sliced(pos, n));
            pos += n;
            if ((options & 8) && s.state() == Session::State::StartingTls)
                s.tlsEstablished();
        }
        s.connectionClosed();
    }
    for (int c : calls) {
        if (c > 1)
            std::abort();
    }
}

void runReader(uint8_t options, QByteArrayView data)
{
    NullHandler h;
    ResponseReader reader(h);
    const auto shape = ResponseReader::Shape(options % 4);
    for (qsizetype i = 0; i < data.size(); i += 7) {
        if (!reader.inResponse())
            reader.expect(shape);
        reader.feed(data.sliced(i, std::min<qsizetype>(7, data.size() - i)));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArrayView data(reinterpret_cast<const char*>(bytes) + 2, qsizetype(size - 2));
    runSession(bytes[0], bytes[1], data);
    runReader(bytes[0], data);
    return 0;
}
