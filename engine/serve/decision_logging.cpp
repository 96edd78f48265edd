// SPDX-License-Identifier: Apache-2.0
#include "serve/decision_logging.hpp"

#include <utility>

#include "decision_log/record.hpp"

namespace netral::serve {

DecisionLog::DecisionLog(std::unique_ptr<decision_log::Store> store) : store_(std::move(store)) {}

bool DecisionLog::keep(const RuleState& state) {
    const std::string& digest = state.rules->digest();
    {
        std::lock_guard lock(mutex_);
        if (kept_.count(digest) != 0) return true;
    }
    if (state.files.empty()) return false;
    store_->keep_rule_set(decision_log::rule_set_files(*state.rules, state.files));
    if (!store_->failure().empty()) return false;
    std::lock_guard lock(mutex_);
    kept_.insert(digest);
    return true;
}

std::string DecisionLog::append(const RuleState& state, const Source& incident,
                                IncidentFormat format, const RequestOptions& options,
                                std::string_view body) {
    // A rule set whose files could not be kept at load time is kept now, or nothing is logged:
    // an entry without its rules could not be replayed.
    if (!keep(state)) return {};
    return store_->append(decision_log::make_entry(*state.rules, incident, format, options, body));
}

}  // namespace netral::serve
