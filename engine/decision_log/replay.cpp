// SPDX-License-Identifier: Apache-2.0
#include "decision_log/replay.hpp"

#include <deque>
#include <mutex>
#include <utility>

#include "api/usage.hpp"
#include "decision_log/record.hpp"

namespace netral::decision_log {

namespace {

namespace codes {
constexpr std::string_view kUnreadable = "E7040";  // the log could not be read
constexpr std::string_view kNoEntry = "E7041";     // no entry with that id
constexpr std::string_view kDamaged = "E7042";     // the entry or its rule set is damaged
constexpr std::string_view kNoCompile = "E7043";   // its rule files no longer compile
constexpr std::string_view kNoDecision = "E7044";  // no decision was made from it
constexpr std::string_view kDiffers = "E7045";     // the replayed body is not the one sent
}  // namespace codes

/// Compiled rule sets by digest: a replay of many entries compiles each rule set once.
class RuleSetCache {
public:
    std::shared_ptr<const RuleSet> find(const std::string& digest) {
        std::lock_guard lock(mutex_);
        for (const auto& [key, rules] : entries_) {
            if (key == digest) return rules;
        }
        return nullptr;
    }
    void add(const std::string& digest, std::shared_ptr<const RuleSet> rules) {
        std::lock_guard lock(mutex_);
        entries_.emplace_back(digest, std::move(rules));
        if (entries_.size() > kCapacity) entries_.pop_front();
    }

private:
    static constexpr std::size_t kCapacity = 8;  ///< rule sets; a log rarely holds more
    std::mutex mutex_;
    std::deque<std::pair<std::string, std::shared_ptr<const RuleSet>>> entries_;
};

RuleSetCache& cache() {
    static RuleSetCache instance;
    return instance;
}

}  // namespace

ReplayResult replay(Store& store, std::string_view id, Language language) {
    ReplayResult result;
    auto error = [&](std::string_view code, const base::Message& message,
                     const base::Message& hint = {}) {
        result.diagnostics.insert(result.diagnostics.begin(),
                                  base::usage_error(code, message, hint, language));
        result.text = base::usage_text(result.diagnostics, language);
        return result;
    };
    std::optional<Entry> entry = store.find(id);
    if (!entry) {
        std::string failure = store.failure();
        if (failure.empty()) {
            return error(codes::kNoEntry, base::msg(codes::kNoEntry, std::string(id)),
                         base::msg("E7041.hint"));
        }
        result.found = true;
        bool damaged = failure.find("is damaged") != std::string::npos;
        if (damaged) {
            // The store's line names the log and the entry; the message names the entry too.
            std::string what = failure.substr(failure.find("is damaged: ") + 12);
            return error(codes::kDamaged,
                         base::msg(codes::kDamaged, std::string(id), base::Message::literal(what)));
        }
        return error(codes::kUnreadable, base::msg(codes::kUnreadable, failure));
    }
    result.found = true;
    result.original_hash = entry->decision_hash;
    result.entry = entry;

    // The files are read every time, so a log that lost them says so; only their compilation
    // is cached (a digest names one content).
    std::optional<RuleSetFiles> files = store.rule_set(entry->digest);
    if (!files) {
        std::string failure = store.failure();
        if (!failure.empty()) {
            return error(codes::kUnreadable, base::msg(codes::kUnreadable, failure));
        }
        return error(codes::kDamaged, base::msg(codes::kDamaged, std::string(id),
                                                base::msg("E7042.no_rule_set", entry->digest)));
    }
    std::shared_ptr<const RuleSet> rules = cache().find(entry->digest);
    if (!rules) {
        CheckOptions check;
        check.language = language;
        CompileResult compiled = compile_rules(files->files, check);
        if (!compiled.ok()) {
            result.diagnostics = std::move(compiled.diagnostics);
            return error(codes::kNoCompile, base::msg(codes::kNoCompile, entry->digest),
                         base::msg("E7043.hint", entry->engine_version));
        }
        if (compiled.rules->digest() != entry->digest) {
            return error(
                codes::kDamaged,
                base::msg(codes::kDamaged, std::string(id),
                          base::msg("E7042.digest", compiled.rules->digest(), entry->digest)));
        }
        rules = compiled.rules;
        cache().add(entry->digest, rules);
    }
    result.rules = rules;

    RequestOptionsResult options =
        parse_request_options(*rules, Source{"options", entry->options}, language);
    if (!options.ok()) {
        result.diagnostics = std::move(options.diagnostics);
        return error(codes::kDamaged,
                     base::msg(codes::kDamaged, std::string(id), base::msg("E7042.options")));
    }
    result.options = options.options;
    IncidentFormat format =
        entry->incident_format == "json" ? IncidentFormat::Json : IncidentFormat::Yaml;
    DecideResult decided =
        decide(rules, Source{entry->source, entry->incident}, format, *options.options);
    if (!decided.ok()) {
        result.diagnostics = std::move(decided.diagnostics);
        return error(codes::kNoDecision, base::msg(codes::kNoDecision, std::string(id)),
                     base::msg("E7044.hint", entry->engine_version));
    }
    result.body = std::move(decided.body);
    result.decision = std::move(decided.decision);
    result.replay_hash = body_hash(result.body);
    result.matches = result.replay_hash == result.original_hash;
    if (!result.matches) {
        base::Message hint = entry->engine_version == netral::version()
                                 ? base::msg("E7045.hint_same", entry->engine_version)
                                 : base::msg("E7045.hint_version", entry->engine_version,
                                             std::string(netral::version()));
        return error(
            codes::kDiffers,
            base::msg(codes::kDiffers, std::string(id), result.original_hash, result.replay_hash),
            hint);
    }
    return result;
}

}  // namespace netral::decision_log
