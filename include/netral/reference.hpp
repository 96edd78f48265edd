// SPDX-License-Identifier: Apache-2.0
// The reference of a rule set as a Markdown document: its articles with the rules citing them and
// the cases exercising those rules, its brief rows, its parameters with their reasons, and the
// readings legal staff must review. `netral doc` writes it; docs/testing.md describes it. Also
// the key reference of an incident file (`netral doc --incidents`). Only standard-library types.
#pragma once

#include <string>
#include <vector>

#include "netral/evaluate.hpp"
#include "netral/test.hpp"

namespace netral {

/// How rule_set_reference() writes.
struct ReferenceOptions {
    /// The command that regenerates the document, shown on its first line as an HTML comment;
    /// empty: no such line.
    std::string command;
};

/// The reference of `rules` as Markdown. `cases` must have been run against `rules` (run_case);
/// those without a decision (invalid ones) are left out, and the others are listed by their
/// `path` in the order given. Everything comes from the rule set's declarations and the
/// decisions; the output holds no date and no path but those of the sources and cases, so the
/// same inputs give the same bytes. Pure; thread-safe.
std::string rule_set_reference(const RuleSet& rules, const std::vector<CaseResult>& cases,
                               const ReferenceOptions& options = {});

/// The key reference of an incident file for `rules` as Markdown (docs/incidents.md): every
/// top-level key and record field with its type, required or default, and labels, then the
/// values of the enums and ladders they take. Only the vocabulary is read; the same rule set
/// gives the same bytes. Pure; thread-safe.
std::string incident_reference(const RuleSet& rules, const ReferenceOptions& options = {});

}  // namespace netral
