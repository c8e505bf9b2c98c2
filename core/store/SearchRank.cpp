// SPDX-FileCopyrightText: 2026 The Postbag authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SearchRank.h"

#include <algorithm>
#include <sqlite3.h>
#include <vector>

namespace postbag::store {

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// Per statement: the average row length in tokens, and scratch space for phrase frequencies.
struct RankData
{
    double averageLength = 1.0;
    std::vector<double> frequency;
};

void deleteRankData(void* p)
{
    delete static_cast<RankData*>(p);
}

RankData* rankData(const Fts5ExtensionApi* api, Fts5Context* fts)
{
    if (auto* data = static_cast<RankData*>(api->xGetAuxdata(fts, 0))) {
        return data;
    }
    auto* data = new RankData;
    sqlite3_int64 rows = 0, tokens = 0;
    if (api->xRowCount(fts, &rows) == SQLITE_OK &&
        api->xColumnTotalSize(fts, -1, &tokens) == SQLITE_OK && rows > 0 && tokens > 0) {
        data->averageLength = double(tokens) / double(rows);
    }
    data->frequency.resize(size_t(api->xPhraseCount(fts)));
    if (api->xSetAuxdata(fts, data, deleteRankData) != SQLITE_OK) {
        return nullptr; // xSetAuxdata has freed it
    }
    return data;
}

void rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int nValues,
          sqlite3_value** values)
{
    RankData* data = rankData(api, fts);
    int instances = 0, length = 0;
    if (!data || api->xInstCount(fts, &instances) != SQLITE_OK ||
        api->xColumnSize(fts, -1, &length) != SQLITE_OK) {
        sqlite3_result_error_code(ctx, SQLITE_ERROR);
        return;
    }
    std::fill(data->frequency.begin(), data->frequency.end(), 0.0);
    for (int i = 0; i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) != SQLITE_OK || phrase < 0 ||
            size_t(phrase) >= data->frequency.size()) {
            continue;
        }
        data->frequency[size_t(phrase)] +=
            column < nValues ? sqlite3_value_double(values[column]) : 1.0;
    }
    const double norm = kK1 * (1.0 - kB + kB * double(length) / data->averageLength);
    double score = 0;
    for (const double f : data->frequency) {
        score += f * (kK1 + 1.0) / (f + norm);
    }
    sqlite3_result_double(ctx, -score);
}

} // namespace

bool SearchRank::install(sqlite3* sqlite)
{
    fts5_api* fts5 = nullptr;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(sqlite, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) {
        return false;
    }
    sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&fts5), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return fts5 && fts5->iVersion >= 2 &&
           fts5->xCreateFunction(fts5, kFunction, nullptr, &rank, nullptr) == SQLITE_OK;
}

} // namespace postbag::store
