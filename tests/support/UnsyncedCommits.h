// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <sqlite3.h>

namespace postbag::testing {

// While one is in scope, every SQLite connection the process opens commits with
// synchronous=NORMAL whatever it asks for, so a committed transaction is not durable until a
// checkpoint. Why: the store always syncs each commit, and a test of the check made before DELE
// (Database::makeDurable on the connection that committed) needs a connection where that is not
// so - such as a sync's writer thread's, which a test cannot reach. Connections opened before it
// keep their setting. Works because QSQLITE runs the SQLite library Postbag links (see
// sql::Connection::nativeHandle); one at a time.
class UnsyncedCommits
{
public:
    UnsyncedCommits() { sqlite3_auto_extension(reinterpret_cast<void (*)()>(&onOpen)); }
    ~UnsyncedCommits() { sqlite3_cancel_auto_extension(reinterpret_cast<void (*)()>(&onOpen)); }
    UnsyncedCommits(const UnsyncedCommits&) = delete;
    UnsyncedCommits& operator=(const UnsyncedCommits&) = delete;

private:
    static int onOpen(sqlite3* db, const char**, const sqlite3_api_routines*)
    {
        const int rc = sqlite3_exec(db, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK) {
            return rc;
        }
        // Later "PRAGMA synchronous=..." settings are skipped; reading the setting still works.
        return sqlite3_set_authorizer(
            db,
            [](void*, int action, const char* pragma, const char* value, const char*, const char*) {
                const bool setsSync = action == SQLITE_PRAGMA && value != nullptr &&
                                      sqlite3_stricmp(pragma, "synchronous") == 0;
                return setsSync ? SQLITE_IGNORE : SQLITE_OK;
            },
            nullptr);
    }
};

} // namespace postbag::testing
