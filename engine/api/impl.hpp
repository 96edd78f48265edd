// SPDX-License-Identifier: Apache-2.0
// What the public RuleSet and Facts hold inside: the checked program with its sources, the
// slot layout, the evaluation plan and the rule set's identity; an incident's facts and the
// rule set they were read against; a resolved what-if change set. Shared by the api/*.cpp files
// only.
#pragma once

#include <memory>
#include <string>

#include "base/source_file.hpp"
#include "check/ir.hpp"
#include "facts/incident.hpp"
#include "facts/layout.hpp"
#include "io/change.hpp"
#include "io/load_incident.hpp"
#include "netral/evaluate.hpp"
#include "netral/whatif.hpp"
#include "plan/plan.hpp"

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

/// Shared with the scenario runner and explore (api/explore_api.cpp), which applies resolved changes together with list
/// edits the public Change API does not offer.
struct ChangeSet::Impl {
    std::shared_ptr<const Facts> base;  ///< what the changes were resolved against
    std::vector<Change> changes;        ///< as given, labels filled in
    io::ResolvedChanges resolved;       ///< slot edits and the storage of their values
};

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
