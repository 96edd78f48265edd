// SPDX-License-Identifier: Apache-2.0
// What the public RuleSet and Facts hold inside: the checked program with its sources, the
// slot layout, the evaluation plan and the rule set's identity; an incident's facts and the
// rule set they were read against; a resolved what-if change set. detail::Access, the friend the
// public classes name, is the only way to reach or make them, so hosts see handles and nothing
// more. Shared by the api/*.cpp files (and the unit tests that look inside).
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "base/source_file.hpp"
#include "check/ir.hpp"
#include "facts/incident.hpp"
#include "facts/layout.hpp"
#include "io/change.hpp"
#include "io/load_incident.hpp"
#include "netral/evaluate.hpp"
#include "netral/whatif.hpp"
#include "plan/plan.hpp"
#include "whatif/rule_set_view.hpp"

namespace netral {

struct RuleSet::Impl {
    base::SourceMap sources;     ///< the rule files (spans of the program point here)
    check::ir::Program program;  ///< checked, immutable
    facts::Layout layout;        ///< slots of record fields
    plan::Plan plan;             ///< the evaluation plan of `program`
    std::string digest;          ///< "sha256:<hex>"
    std::vector<RuleRef> rule_refs;  ///< every rule described once (eval::describe_rules)
};

struct Facts::Impl {
    std::shared_ptr<const RuleSet> rules;  ///< keeps the vocabulary alive
    facts::Incident incident;              ///< the facts; Given spans point into its sources
    std::string path;                      ///< the incident file's path, may be empty
    /// What-if facts only: the change set they were made by, which keeps alive the base facts
    /// and the change storage their texts and sets may point into (null otherwise).
    std::shared_ptr<const ChangeSet> made_by;
};

/// Made by resolve_changes() (api/whatif_api.cpp).
struct ChangeSet::Impl {
    std::shared_ptr<const Facts> base;  ///< what the changes were resolved against
    std::vector<Change> changes;        ///< as given, labels filled in
    io::ResolvedChanges resolved;       ///< slot edits and the storage of their values
};

}  // namespace netral

namespace netral::detail {

/// Reads and makes the engine-side state of the public handles. The handles are immutable and
/// shared, so they are made straight into a shared_ptr.
struct Access {
    static const RuleSet::Impl& state(const RuleSet& rules) { return *rules.impl_; }
    static const Facts::Impl& state(const Facts& facts) { return *facts.impl_; }
    static const ChangeSet::Impl& state(const ChangeSet& changes) { return *changes.impl_; }

    static std::shared_ptr<const RuleSet> make(std::unique_ptr<RuleSet::Impl> impl) {
        return std::shared_ptr<const RuleSet>(new RuleSet(std::move(impl)));
    }
    static std::shared_ptr<const Facts> make(std::unique_ptr<Facts::Impl> impl) {
        return std::shared_ptr<const Facts>(new Facts(std::move(impl)));
    }
    /// Facts a FactsBuilder keeps to reuse their storage once the host lets go of them.
    static std::shared_ptr<Facts> make_mutable(std::unique_ptr<Facts::Impl> impl) {
        return std::shared_ptr<Facts>(new Facts(std::move(impl)));
    }
    static Facts::Impl& state(Facts& facts) { return *facts.impl_; }
    static std::shared_ptr<const ChangeSet> make(std::unique_ptr<ChangeSet::Impl> impl) {
        return std::shared_ptr<const ChangeSet>(new ChangeSet(std::move(impl)));
    }

    using RuleSetState = RuleSet::Impl;
    using FactsState = Facts::Impl;
    using ChangeSetState = ChangeSet::Impl;
};

}  // namespace netral::detail

namespace netral {

/// The state behind each public handle, for engine code.
using RuleSetState = detail::Access::RuleSetState;
using FactsState = detail::Access::FactsState;
using ChangeSetState = detail::Access::ChangeSetState;

inline const RuleSetState& state(const RuleSet& rules) { return detail::Access::state(rules); }
inline const FactsState& state(const Facts& facts) { return detail::Access::state(facts); }
inline const ChangeSetState& state(const ChangeSet& changes) {
    return detail::Access::state(changes);
}

/// The rule set as the what-if stage borrows it.
inline whatif::RuleSetView view(const RuleSetState& rules) {
    return {rules.program, rules.layout, rules.plan, rules.sources, rules.digest, rules.rule_refs};
}

/// The public incident limits as the io layer takes them.
inline io::Limits to_io_limits(const IncidentLimits& limits) {
    io::Limits out;
    out.max_bytes = limits.max_bytes;
    out.max_depth = limits.max_depth;
    out.max_nodes = limits.max_nodes;
    out.max_list_items = limits.max_list_items;
    out.max_text_bytes = limits.max_text_bytes;
    return out;
}

}  // namespace netral
