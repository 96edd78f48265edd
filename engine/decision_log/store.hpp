// SPDX-License-Identifier: Apache-2.0
// The decision log's storage: every decision a host makes (the service, `netral eval --log`) is
// appended with what it takes to make it again — the rule files, the options with the date
// fixed, the incident's text — so `netral replay ID` can reproduce the body byte for byte.
// One Store per back end; open_store() picks it from the target (docs/decision-log.md).
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "netral/netral.hpp"

namespace netral::decision_log {

/// The rule files of one rule set, as compile_rules() was given them (paths included: they
/// appear in decisions), kept once per digest.
struct RuleSetFiles {
    std::string digest;         ///< RuleSet::digest() of `files`
    std::vector<Source> files;  ///< in the order they were compiled
};

/// One decision as it was made. Every field is text so that a log is readable without netral.
struct Entry {
    std::string id;               ///< a UUIDv7 set by append() when empty: unique, sorts by time
    std::string time;             ///< RFC 3339 UTC with milliseconds, set by append() when empty
    std::string digest;           ///< the rule set's digest; its files were kept first
    std::string engine_version;   ///< netral::version() of the maker; set by append() when empty
    std::string options;          ///< options_json(): canonical, as_of resolved (never "today")
    std::string incident;         ///< the incident's text as received
    std::string incident_format;  ///< "json" or "yaml": what decide() was told, after Auto
    std::string source;           ///< the Source::path given to decide() (the decision's source)
    std::string decision_hash;    ///< "sha256:<hex>" of the body returned to the client
};

/// How open_store() opens a log.
struct OpenOptions {
    bool create = true;  ///< create a missing log (mode 0600); false: a missing log is an error
    /// How long a call waits for another process's lock (a prune, a second service) before it
    /// fails with the log "locked".
    std::chrono::milliseconds lock_timeout{5000};
};

/// A decision log. Every member may be called from any thread at once. A call that fails
/// returns its empty value (an empty id, nullopt, 0) and failure() tells why; a missing id or
/// digest is not a failure (nullopt with failure() empty). Nothing here throws for bad data,
/// a damaged file or an environment failure (only std::bad_alloc escapes).
class Store {
public:
    virtual ~Store() = default;
    /// Keeps the files of a rule set, once per digest (a second call is a no-op). Call it when
    /// a rule set is loaded, before the first append() of a decision made with it.
    virtual void keep_rule_set(const RuleSetFiles& files) = 0;
    /// Appends an entry; fills id, time and engine_version when empty. Blocks until the entry
    /// is durable (committed, synced), then returns its id; "" when it could not be written.
    virtual std::string append(Entry entry) = 0;
    /// The entry `id`, or nullopt (missing, or failure() when it could not be read or is
    /// damaged).
    virtual std::optional<Entry> find(std::string_view id) = 0;
    /// The rule files kept under `digest`, or nullopt (as find()).
    virtual std::optional<RuleSetFiles> rule_set(std::string_view digest) = 0;
    /// Deletes the entries made strictly before the day `before_date` (YYYY-MM-DD, UTC), then
    /// the rule sets no entry refers to; returns how many entries were deleted.
    virtual std::size_t prune(std::string_view before_date) = 0;
    /// How many transactions append() has committed so far: fewer than the entries appended
    /// when concurrent appends were grouped into one commit.
    virtual std::size_t transactions() const = 0;

    /// Why the calling thread's last call on this store failed (one English line naming the
    /// log), or "" after a call that succeeded.
    std::string failure() const;

protected:
    /// Records `message` as the calling thread's failure.
    void fail(std::string message);
    /// Clears the calling thread's failure; every public call starts with it.
    void succeed();

private:
    mutable std::mutex failures_mutex_;                ///< guards failures_
    std::map<std::thread::id, std::string> failures_;  ///< per thread; absent: none
};

/// Opens a decision log. A file path opens (or, with `options.create`, creates with mode 0600:
/// the log holds personal data) an SQLite log; `postgresql://…` is reserved for the
/// PostgreSQL back end. Returns null and sets `error` (one English line) when the target
/// cannot be opened: a missing file (without create), a file that is not a netral log, a log
/// of a newer schema, a read-only or locked file.
std::unique_ptr<Store> open_store(std::string_view target, std::string& error,
                                  const OpenOptions& options = {});

}  // namespace netral::decision_log
