// SPDX-License-Identifier: Apache-2.0
// The rule set the service answers with, and hot reload. A reload reads and compiles the rules
// directory on the side; only a set without errors replaces the current one, in one swap of a
// shared pointer, so a request keeps the set it started with until it ends.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "netral/evaluate.hpp"

namespace netral::serve {

/// One loaded rule set and what the service says about it. Immutable once published.
struct RuleState {
    std::shared_ptr<const RuleSet> rules;  ///< never null
    std::string directory;                 ///< where it was read
    std::string loaded_at;                 ///< UTC, `YYYY-MM-DDTHH:MM:SSZ`
    std::string reference;                 ///< the rule pack's reference (Markdown)
    /// The files `rules` was compiled from, for a decision log; empty when not kept.
    std::vector<Source> files;
};

/// The result of one load of the rules directory.
struct LoadResult {
    std::shared_ptr<const RuleState> state;  ///< null when the set has errors or is unreadable
    std::vector<Diagnostic> diagnostics;     ///< the compiler's, or one for an unreadable dir
    std::string text;                        ///< the diagnostics rendered with carets
};

/// The state of a rule set compiled elsewhere (at start-up, by the CLI), loaded now, with the
/// files it was compiled from when the caller kept them.
std::shared_ptr<const RuleState> make_rule_state(std::shared_ptr<const RuleSet> rules,
                                                 std::string directory,
                                                 std::vector<Source> files = {});

/// Reads and compiles every `*.rules` file below `directory`, with the diagnostics in
/// `language` (which overrides `options.language`). Never throws for bad input.
LoadResult load_rule_state(const std::string& directory, CheckOptions options, Language language);

/// A fingerprint of the rule files below `directory` (paths, sizes, modification times), for
/// `--watch`: it changes when a file is added, removed or written. Empty when unreadable.
std::string directory_fingerprint(const std::string& directory);

/// The current rule state, shared between threads. Thread-safe.
class RuleStore {
public:
    RuleStore(std::string directory, CheckOptions options,
              std::shared_ptr<const RuleState> initial);

    /// The current state; a caller keeps it for the whole of one request.
    std::shared_ptr<const RuleState> current() const;

    /// Reads the directory again; publishes the new set when it compiles, else keeps the old
    /// one. One reload runs at a time. The diagnostics are in `language`.
    LoadResult reload(Language language = Language::Indonesian);

    /// Reloads that published a set, and that failed.
    std::uint64_t reloads() const;
    std::uint64_t failed_reloads() const;

    const std::string& directory() const { return directory_; }

private:
    std::string directory_;                   ///< the rules directory
    CheckOptions options_;                    ///< as at start-up
    mutable std::mutex mutex_;                ///< guards the three below
    std::shared_ptr<const RuleState> state_;  ///< current, never null
    std::uint64_t reloads_ = 0;               ///< successful reloads
    std::uint64_t failed_reloads_ = 0;        ///< refused reloads
    std::mutex reload_mutex_;                 ///< one reload at a time
};

}  // namespace netral::serve
