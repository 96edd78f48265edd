// SPDX-License-Identifier: Apache-2.0
// A thin RAII layer over libpq for the PostgreSQL decision log: a connection, and queries with
// text parameters whose results are read as text. Not thread-safe: the store serialises every
// use of a connection.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace netral::decision_log {

/// The result of one query: rows of text, or an error.
class PgResult {
public:
    PgResult() = default;
    explicit PgResult(pg_result* result, std::string error);
    /// True when the query succeeded.
    bool ok() const { return error_.empty(); }
    /// PostgreSQL's message, one line, or "".
    const std::string& error() const { return error_; }
    std::size_t rows() const;
    /// True when the value at row, column is NULL.
    bool null(std::size_t row, int column) const;
    std::string text(std::size_t row, int column) const;
    /// Rows a DELETE, INSERT or UPDATE changed.
    std::size_t affected() const;

private:
    std::shared_ptr<pg_result> result_;
    std::string error_;
};

/// One connection; closed by the destructor.
class PgConnection {
public:
    PgConnection() = default;
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    /// Connects to `uri` (a libpq connection URI); false with `error` set.
    bool open(const std::string& uri, std::string& error);
    /// Runs `sql` with `params` ($1, $2, … as text); reconnects once first when the
    /// connection was lost.
    PgResult query(std::string_view sql, const std::vector<std::string>& params = {});

private:
    pg_conn* conn_ = nullptr;
};

/// `uri` with any password replaced by `***`, for messages and logs.
std::string redact_uri(std::string_view uri);

}  // namespace netral::decision_log
