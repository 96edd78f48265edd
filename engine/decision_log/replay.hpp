// SPDX-License-Identifier: Apache-2.0
// Replay: make a logged decision again from what the log kept (the rule files of its digest,
// the options with their date, the incident's text and source) and check that the body is the
// one that was sent, byte for byte, by its hash.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "decision_log/store.hpp"
#include "netral/request.hpp"

namespace netral::decision_log {

/// What replay() found.
struct ReplayResult {
    bool found = false;                   ///< the log holds an entry with the id
    bool matches = false;                 ///< the replayed body hashes to the recorded hash
    std::string body;                     ///< the replayed body (empty when no decision was made)
    std::string original_hash;            ///< recorded decision_hash
    std::string replay_hash;              ///< body_hash(body), or "" without a body
    std::vector<Diagnostic> diagnostics;  ///< why there is no body or it differs (E7040–E7045)
    std::string text;            ///< the diagnostics as `error[E7041]: …` lines with hints
    std::optional<Entry> entry;  ///< the entry, when found and readable
    std::shared_ptr<const RuleSet> rules;   ///< its rule set compiled, when it compiles
    std::optional<RequestOptions> options;  ///< its options read back
    std::optional<Decision> decision;       ///< the replayed decision, to render it otherwise
    /// The decision was made again exactly as it was sent.
    bool ok() const { return found && matches; }
};

/// Replays the entry `id` of `store`: compiles its stored rule files (compiled rule sets are
/// cached by digest, so replaying many entries of one rule set compiles it once), reads its
/// options with parse_request_options(), decides its incident with decide() and compares the
/// body's hash with the recorded one. The diagnostics are in `language`. Never throws for a
/// missing or damaged entry. Thread-safe as the store is.
ReplayResult replay(Store& store, std::string_view id, Language language = Language::Indonesian);

}  // namespace netral::decision_log
