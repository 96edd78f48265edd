// SPDX-License-Identifier: Apache-2.0
// A thin RAII layer over the SQLite C API for the SQLite decision log: a connection and its
// prepared statements, with errors as one-line texts. Not thread-safe: the store serialises
// every use of a connection.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace netral::decision_log {

/// One prepared statement; reset after each use so it can be run again.
class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    /// False when the SQL did not compile (error() says why).
    bool ok() const { return statement_ != nullptr; }
    /// Binds parameter `index` (from 1); the text is copied.
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, std::int64_t number);
    /// Runs one step: true for a row, false when done or on an error (then error() is set,
    /// until the next step or reset).
    bool step();
    /// Sets `out` to the text of column `index` (from 0) of the current row; false when the
    /// column holds something else (a damaged row).
    bool text(int index, std::string& out) const;
    std::int64_t integer(int index) const;
    /// Makes the statement ready to run again (bindings cleared).
    void reset();
    /// The last error, or "".
    const std::string& error() const { return error_; }

private:
    sqlite3* db_;
    sqlite3_stmt* statement_ = nullptr;
    std::string error_;
};

/// An open connection; closed by the destructor.
class Database {
public:
    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens `path` (read-write, never creating it: the caller creates the file with its mode).
    /// False with `error` set when it cannot.
    bool open(const std::string& path, std::string& error);
    /// Runs SQL without results; false with `error` set.
    bool exec(std::string_view sql, std::string& error);
    /// Sets `out` to the integer a one-row, one-column query returns; false with `error` set.
    bool query_integer(std::string_view sql, std::int64_t& out, std::string& error);
    /// Rows changed by the last statement.
    std::int64_t changes() const;
    /// True when the file was opened read-only (its permissions allow no writing).
    bool read_only() const;
    sqlite3* handle() const { return db_; }
    /// SQLite's message for the last error.
    std::string last_error() const;

private:
    sqlite3* db_ = nullptr;
};

}  // namespace netral::decision_log
