// SPDX-License-Identifier: Apache-2.0
#include "decision_log/postgres_db.hpp"

#include <libpq-fe.h>

#include <charconv>

namespace netral::decision_log {

namespace {

/// libpq's messages end in a newline and may span lines: one line for ours.
std::string one_line(const char* message) {
    std::string text = message != nullptr ? message : "";
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    for (char& c : text) {
        if (c == '\n') c = ' ';
    }
    // "ERROR:  duplicate key …": the severity says nothing a failure does not.
    for (std::string_view prefix : {"ERROR:  ", "FATAL:  "}) {
        if (text.starts_with(prefix)) text.erase(0, prefix.size());
    }
    return text.empty() ? "unknown error" : text;
}

}  // namespace

PgResult::PgResult(pg_result* result, std::string error)
    : result_(result, PQclear), error_(std::move(error)) {}

std::size_t PgResult::rows() const {
    return result_ ? static_cast<std::size_t>(PQntuples(result_.get())) : 0;
}

bool PgResult::null(std::size_t row, int column) const {
    return PQgetisnull(result_.get(), static_cast<int>(row), column) == 1;
}

std::string PgResult::text(std::size_t row, int column) const {
    const char* value = PQgetvalue(result_.get(), static_cast<int>(row), column);
    int length = PQgetlength(result_.get(), static_cast<int>(row), column);
    return std::string(value, static_cast<std::size_t>(length));
}

std::size_t PgResult::affected() const {
    std::string count = result_ ? PQcmdTuples(result_.get()) : "";
    std::size_t value = 0;
    std::from_chars(count.data(), count.data() + count.size(), value);  // "" for other commands
    return value;
}

PgConnection::~PgConnection() { PQfinish(conn_); }

bool PgConnection::open(const std::string& uri, std::string& error) {
    conn_ = PQconnectdb(uri.c_str());
    if (conn_ == nullptr) {
        error = "out of memory";
        return false;
    }
    if (PQstatus(conn_) != CONNECTION_OK) {
        error = one_line(PQerrorMessage(conn_));
        return false;
    }
    return true;
}

PgResult PgConnection::query(std::string_view sql, const std::vector<std::string>& params) {
    // A server restart or a dropped link: one reconnection, then the query's own error.
    if (PQstatus(conn_) != CONNECTION_OK) PQreset(conn_);
    std::vector<const char*> values;
    std::vector<int> lengths;
    for (const std::string& param : params) {
        values.push_back(param.c_str());
        lengths.push_back(static_cast<int>(param.size()));
    }
    std::string text(sql);
    // Without parameters, the simple protocol: it takes several statements (a migration).
    PGresult* result = params.empty()
                           ? PQexec(conn_, text.c_str())
                           : PQexecParams(conn_, text.c_str(), static_cast<int>(params.size()),
                                          nullptr, values.data(), lengths.data(), nullptr, 0);
    ExecStatusType status = PQresultStatus(result);
    if (result == nullptr || (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)) {
        std::string error =
            one_line(result != nullptr ? PQresultErrorMessage(result) : PQerrorMessage(conn_));
        return PgResult(result, error);
    }
    return PgResult(result, "");
}

std::string redact_uri(std::string_view uri) {
    std::string out(uri);
    // A password in the user information: `postgresql://user:secret@host/db`.
    std::size_t scheme = out.find("://");
    if (scheme != std::string::npos) {
        std::size_t start = scheme + 3;
        std::size_t at = out.find('@', start);
        std::size_t end = out.find_first_of("/?", start);
        std::size_t colon = out.find(':', start);
        if (at != std::string::npos && (end == std::string::npos || at < end) &&
            colon != std::string::npos && colon < at) {
            out.replace(colon + 1, at - colon - 1, "***");
        }
    }
    // A password given as a parameter: `?password=secret`.
    std::size_t param = out.find("password=");
    if (param != std::string::npos) {
        std::size_t value = param + 9;
        std::size_t end = out.find('&', value);
        out.replace(value, (end == std::string::npos ? out.size() : end) - value, "***");
    }
    return out;
}

}  // namespace netral::decision_log
