// SPDX-License-Identifier: Apache-2.0
// The per-thread failure of a Store, and open_store()'s choice of back end.
#include "decision_log/store.hpp"

#include "decision_log/sqlite_store.hpp"
#ifdef NETRAL_HAVE_POSTGRESQL
#include "decision_log/postgres_store.hpp"
#endif

namespace netral::decision_log {

std::string Store::failure() const {
    std::lock_guard lock(failures_mutex_);
    auto found = failures_.find(std::this_thread::get_id());
    return found == failures_.end() ? std::string() : found->second;
}

void Store::fail(std::string message) {
    std::lock_guard lock(failures_mutex_);
    failures_[std::this_thread::get_id()] = std::move(message);
}

void Store::succeed() {
    std::lock_guard lock(failures_mutex_);
    failures_.erase(std::this_thread::get_id());
}

std::unique_ptr<Store> open_store(std::string_view target, std::string& error,
                                  const OpenOptions& options) {
    if (target.empty()) {
        error = "no decision log given";
        return nullptr;
    }
    if (target.starts_with("postgresql://") || target.starts_with("postgres://")) {
#ifdef NETRAL_HAVE_POSTGRESQL
        return open_postgres_store(std::string(target), error, options);
#else
        error =
            "cannot open the decision log: this netral was built without PostgreSQL "
            "(NETRAL_POSTGRESQL=OFF); give a file path for an SQLite log";
        return nullptr;
#endif
    }
    return open_sqlite_store(std::string(target), error, options);
}

}  // namespace netral::decision_log
