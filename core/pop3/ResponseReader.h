// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QByteArrayView>

namespace postbag::pop3 {

// Receives the events a ResponseReader finds in the byte stream.
class ResponseHandler
{
public:
    virtual ~ResponseHandler() = default;
    // A "+OK"/"-ERR" status line (text after the indicator, without EOL). For a multi-line
    // response a -ERR status ends the response; a +OK is followed by data and onEnd().
    virtual void onStatus(bool ok, QByteArrayView text) = 0;
    // A "+ base64" SASL continuation (text after "+ ").
    virtual void onContinuation(QByteArrayView text) = 0;
    // One line of a line-oriented multi-line response (CAPA, LIST, UIDL): unstuffed, no EOL.
    virtual void onDataLine(QByteArrayView line) = 0;
    // A data line that was longer than the cap; it was skipped and reading stays in step.
    virtual void onOverlongDataLine() = 0;
    // Contiguous unstuffed bytes of a streamed multi-line response (RETR, TOP), line endings kept
    // exactly as the server sent them.
    virtual void onBodyChunk(QByteArrayView chunk) = 0;
    // The "." terminator of a multi-line response.
    virtual void onEnd() = 0;
    // The stream is not POP3 (garbage status line, over-long status line). Reading stops.
    virtual void onProtocolError(ErrorCode code, QByteArrayView detail) = 0;
};

// Splits a POP3 server's byte stream into responses. Why: this is the one place that knows the
// wire format, so everything above it deals in whole, typed events.
// Guarantees: accepts CRLF and bare LF; undoes dot-stuffing; finds a terminator split across any
// number of reads; caps buffered line length; a streamed body is handed on in chunks as large as
// the input allows and never accumulated, so memory does not grow with message size.
class ResponseReader
{
public:
    enum class Shape {
        Status,       // one status line
        Lines,        // status, then data lines until "." (CAPA, LIST, UIDL)
        Body,         // status, then streamed bytes until "." (RETR, TOP)
        Sasl,         // "+ challenge" continuations until a status line (AUTH)
    };

    static constexpr qsizetype kMaxStatusLine = 8 * 1024;
    static constexpr qsizetype kMaxDataLine = 64 * 1024;

    explicit ResponseReader(ResponseHandler& handler) : m_handler(handler) {}

    // Sets the shape of the next response to read. Must be called before its first byte arrives;
    // bytes that arrive with no expectation set are kept until one is.
    void expect(Shape shape);
    void feed(QByteArrayView data);
    // Drops everything buffered (used after +OK to STLS: nothing sent in the clear may survive).
    void reset();
    // Whether a response is partly read (for "connection closed mid-response").
    [[nodiscard]] bool inResponse() const { return m_state != State::Idle; }
    [[nodiscard]] bool hasBufferedBytes() const { return !m_buffer.isEmpty(); }
    // What is buffered, for an error message (bytes no response has claimed).
    [[nodiscard]] const QByteArray& bufferedBytes() const { return m_buffer; }

private:
    enum class State { Idle, StatusLine, DataLines, Body, Done, Failed };

    qsizetype process(QByteArrayView data);
    qsizetype consumeStatus(QByteArrayView data);
    qsizetype consumeDataLines(QByteArrayView data);
    qsizetype consumeBody(QByteArrayView data);
    void finishResponse();

    ResponseHandler& m_handler;
    Shape m_shape = Shape::Status;
    State m_state = State::Idle;
    bool m_expecting = false;
    bool m_atLineStart = true;
    bool m_skippingOverlong = false;
    QByteArray m_buffer; // partial line, or bytes waiting for an expectation
};

} // namespace postbag::pop3
