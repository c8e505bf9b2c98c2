// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace postbag::store {

// The FTS5 ranking function MessageSearch orders a window of recent matches by. Why: FTS5's
// built-in bm25() starts every query by counting, for each phrase, every row of the whole index
// that contains it (for its inverse document frequency), a scan as long as the match list that
// the bounded window exists to avoid. `postbag_rank(search, w0, w1, ...)` is bm25 with column
// weights w (k1 = 1.2, b = 0.75) and every phrase weighted 1 instead: within a window of recent
// matches a mail client can rank by term frequency, field and length alone. Like bm25, lower
// (more negative) is better; it reads only the current row and the index's average length.
class SearchRank
{
public:
    static constexpr const char* kFunction = "postbag_rank";

    // Registers the function on this connection (see sql::nativeHandle). False when FTS5 is
    // missing; the caller then ranks with bm25.
    [[nodiscard]] static bool install(sqlite3* connection);
};

} // namespace postbag::store
