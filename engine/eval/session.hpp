// SPDX-License-Identifier: Apache-2.0
// The working state of one evaluate() call, shared by its steps: the rule hits, then the
// decision being filled in. Internal to engine/eval.
#pragma once

#include <vector>

#include "eval/describe.hpp"
#include "eval/evaluate.hpp"

namespace netral::eval {

/// One rule version that held (or may hold) for one binding.
struct Hit {
    ir::RuleId rule;
    const facts::Instance* element = nullptr;  ///< null for a whole-incident rule
    std::uint32_t group = 0;
    int truth = kTrue;                  ///< kTrue or kUnknown
    bool displaced = false;             ///< an exception applies: it does not fire
    std::vector<std::size_t> findings;  ///< indexes into Decision::findings
};

/// A finding's track and level as ids, parallel to Decision::findings, so that combining and
/// comparing findings never goes through their names.
struct FindingLevel {
    ir::TrackId track;
    std::uint32_t category = 0;
    std::uint32_t sanction = facts::kNoSanction;
    const facts::Instance* element = nullptr;  ///< the binding
};

struct Session {
    const ir::Program& p;
    const plan::Plan& plan;
    Evaluator& ev;
    Describer& d;
    const Options& options;
    Decision& decision;
    std::vector<Hit> hits;
    std::vector<FindingLevel> levels;      ///< by index into decision.findings
    std::optional<facts::DaySpan> judged;  ///< the ruleset's judging date, when known

    /// Binds a hit's variable so its expressions can be evaluated again.
    void bind(const Hit& hit) {
        const ir::Rule& rule = p.rules[hit.rule.index()];
        if (rule.binder && hit.element)
            ev.bind(rule.binder->var, facts::Value::of_record(hit.element));
    }
    void add_review(ReviewKind kind, Text message, std::string act, std::string rule,
                    std::vector<Text> needs = {}) {
        // Versions of one rule, or one rule reached twice, give one item.
        for (const ReviewItem& item : decision.review) {
            if (item.kind == kind && item.act == act && item.rule == rule && item.needs == needs &&
                item.message.id == message.id) {
                return;
            }
        }
        decision.review.push_back(
            {kind, std::move(message), std::move(act), std::move(rule), std::move(needs)});
    }
};

/// Finds every rule that holds or may hold, per binding (apply_rules.cpp).
void collect_hits(Session& s);
/// Applies exceptions and prevailing rules, and turns hits into findings, referrals and review
/// items (apply_rules.cpp).
void conclude(Session& s);
/// Combines and escalates each track and picks the outcome (tracks.cpp).
void resolve_tracks(Session& s);

}  // namespace netral::eval
