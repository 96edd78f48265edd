// SPDX-License-Identifier: Apache-2.0
#include "decision_log/sqlite_db.hpp"

#include <sqlite3.h>

namespace netral::decision_log {

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
    if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &statement_, nullptr) !=
        SQLITE_OK) {
        error_ = sqlite3_errmsg(db_);
        statement_ = nullptr;
    }
}

Statement::~Statement() { sqlite3_finalize(statement_); }

Statement& Statement::bind(int index, std::string_view text) {
    if (statement_ != nullptr) {
        sqlite3_bind_text64(statement_, index, text.data(), text.size(), SQLITE_TRANSIENT,
                            SQLITE_UTF8);
    }
    return *this;
}

Statement& Statement::bind(int index, std::int64_t number) {
    if (statement_ != nullptr) sqlite3_bind_int64(statement_, index, number);
    return *this;
}

bool Statement::step() {
    if (statement_ == nullptr) return false;
    error_.clear();  // each run has its own error: a batch goes on after a failing entry
    int rc = sqlite3_step(statement_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) error_ = sqlite3_errmsg(db_);
    return false;
}

bool Statement::text(int index, std::string& out) const {
    // A damaged row may hold a number, a blob or NULL where text belongs.
    if (sqlite3_column_type(statement_, index) != SQLITE_TEXT) return false;
    const unsigned char* bytes = sqlite3_column_text(statement_, index);
    int size = sqlite3_column_bytes(statement_, index);
    out.assign(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size));
    return true;
}

std::int64_t Statement::integer(int index) const { return sqlite3_column_int64(statement_, index); }

void Statement::reset() {
    if (statement_ == nullptr) return;
    error_.clear();
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
}

Database::~Database() { sqlite3_close_v2(db_); }

bool Database::open(const std::string& path, std::string& error) {
    int rc =
        sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        error = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        return false;
    }
    sqlite3_extended_result_codes(db_, 1);
    return true;
}

bool Database::exec(std::string_view sql, std::string& error) {
    std::string text(sql);
    char* message = nullptr;
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) == SQLITE_OK) return true;
    error = message != nullptr ? message : sqlite3_errmsg(db_);
    sqlite3_free(message);
    return false;
}

bool Database::query_integer(std::string_view sql, std::int64_t& out, std::string& error) {
    Statement statement(db_, sql);
    if (!statement.ok() || !statement.step()) {
        error = statement.error().empty() ? "no result" : statement.error();
        return false;
    }
    out = statement.integer(0);
    return true;
}

std::int64_t Database::changes() const { return sqlite3_changes64(db_); }

bool Database::read_only() const { return sqlite3_db_readonly(db_, "main") == 1; }

std::string Database::last_error() const { return sqlite3_errmsg(db_); }

}  // namespace netral::decision_log
