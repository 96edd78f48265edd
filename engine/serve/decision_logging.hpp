// SPDX-License-Identifier: Apache-2.0
// The service's side of the decision log (`netral serve --log`): the rule set of a decision is
// kept before its first entry, and an entry is durable before its decision is answered, so no
// acknowledged decision is missing from the log (docs/service.md, "Decision log").
#pragma once

#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>

#include "decision_log/store.hpp"
#include "netral/request.hpp"
#include "serve/rule_store.hpp"

namespace netral::serve {

/// A decision log shared by the service's threads. Thread-safe as the store is.
class DecisionLog {
public:
    explicit DecisionLog(std::unique_ptr<decision_log::Store> store);

    /// Keeps `state`'s rule files under its digest, once; false (and failure()) when they
    /// could not be written. A rule state without files cannot be kept.
    bool keep(const RuleState& state);

    /// Appends the decision made by decide(state.rules, incident, format, options) whose body
    /// was `body`, keeping the rule set first if needed; blocks until it is durable. Returns
    /// its id, or "" when it could not be written (the decision must then not be answered).
    std::string append(const RuleState& state, const Source& incident, IncidentFormat format,
                       const RequestOptions& options, std::string_view body);

    decision_log::Store& store() { return *store_; }

private:
    std::unique_ptr<decision_log::Store> store_;  ///< never null
    std::mutex mutex_;                            ///< guards kept_
    std::set<std::string> kept_;                  ///< digests whose files are in the log
};

}  // namespace netral::serve
