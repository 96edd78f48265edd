// SPDX-License-Identifier: Apache-2.0
// Applying rules: every group of rules is run over its collection (each element visits only the
// candidates the rule index gives), then relations are applied — an `exception to` that holds
// for the same binding displaces its target; a prevailing rule displaces the target's clashing
// findings — and the surviving conclusions become findings, referrals and review items.
#include <algorithm>

#include "check/expr_text.hpp"
#include "eval/session.hpp"
#include "eval/trace.hpp"
#include "eval/words.hpp"

namespace netral::eval {

using facts::Value;
using facts::ValueKind;

namespace {

/// The truth of the candidate rule at `candidate.position` of `group`, its variable bound.
int candidate_truth(Session& s, const plan::RuleGroup& group, const plan::Candidate& candidate) {
    const ir::Rule& rule = s.p.rules[group.rules[candidate.position].index()];
    switch (candidate.match) {
        case plan::Match::Whole:
            return s.ev.rule_truth(rule);
        case plan::Match::Holds:
        case plan::Match::Unknown: {
            int t = s.ev.residual_truth(rule, group.index.residual_begin(candidate.position),
                                        group.index.residual_end(candidate.position));
            return t == kTrue && candidate.match == plan::Match::Unknown ? kUnknown : t;
        }
    }
    return s.ev.rule_truth(rule);
}

}  // namespace

void collect_hits(Session& s) {
    std::vector<plan::Candidate> candidates;
    std::vector<std::uint64_t> words;
    for (std::uint32_t g = 0; g < s.plan.groups.size(); ++g) {
        const plan::RuleGroup& group = s.plan.groups[g];
        if (g == 0) {  // rules over the top-level facts: the incident is the one element
            group.index.candidates(s.ev.inputs().incident.facts, candidates, words);
            for (const plan::Candidate& candidate : candidates) {
                int t = candidate_truth(s, group, candidate);
                if (t != kFalse) {
                    s.hits.push_back({group.rules[candidate.position], nullptr, g, t, false, {}});
                }
            }
            continue;
        }
        if (!group.collection) {
            for (ir::RuleId id : group.rules) {
                int t = s.ev.rule_truth(s.p.rules[id.index()]);
                if (t != kFalse) s.hits.push_back({id, nullptr, g, t, false, {}});
            }
            continue;
        }
        Value list = s.ev.fact_value(*group.collection);
        if (list.kind != ValueKind::List) continue;
        for (const facts::Instance* element : list.list->items) {
            group.index.candidates(element->slots, candidates, words);
            for (const plan::Candidate& candidate : candidates) {
                ir::RuleId id = group.rules[candidate.position];
                s.ev.bind(s.p.rules[id.index()].binder->var, Value::of_record(element));
                int t = candidate_truth(s, group, candidate);
                if (t != kFalse) s.hits.push_back({id, element, g, t, false, {}});
            }
        }
    }
}

namespace {

/// The hit of `rule` for the binding of `hit` (same element, or the whole incident).
const Hit* find_hit(const Session& s, ir::RuleId rule, const Hit& hit) {
    std::uint32_t group = s.plan.rule_group[rule.index()];
    const facts::Instance* element = group == 0 ? nullptr : hit.element;
    if (group != 0 && group != hit.group) return nullptr;
    for (const Hit& other : s.hits) {
        if (other.rule == rule && other.element == element) return &other;
    }
    return nullptr;
}

std::string act_of(const Hit& hit) { return hit.element ? hit.element->name : std::string(); }

std::string relation_doctrine(const ir::Rule& rule, ir::RuleId target) {
    for (const ir::Relation& relation : rule.relations) {
        if (std::find(relation.targets.begin(), relation.targets.end(), target) !=
                relation.targets.end() &&
            relation.doctrine) {
            return check::doctrine_text(*relation.doctrine);
        }
    }
    return "";
}

base::Span relation_span(const ir::Rule& rule, ir::RuleId target) {
    for (const ir::Relation& relation : rule.relations) {
        if (std::find(relation.targets.begin(), relation.targets.end(), target) !=
            relation.targets.end()) {
            return relation.span;
        }
    }
    return rule.span;
}

std::vector<Text> needs_of(Session& s, const Hit& hit) {
    const ir::Rule& rule = s.p.rules[hit.rule.index()];
    s.bind(hit);
    std::vector<Need> needs;
    if (rule.in_force) {
        std::optional<ir::ExprId> by = rule.in_force->judged_by;
        if (!by) by = s.p.ruleset.judged_by;
        if (by) s.ev.needs(*by, needs);
    }
    if (rule.binder && rule.binder->filter) s.ev.needs(*rule.binder->filter, needs);
    if (rule.condition) s.ev.needs(*rule.condition, needs);
    return s.d.need_texts(needs);
}

Text undecided_text(const Session& s, const Hit& hit) {
    const ir::Rule& rule = s.p.rules[hit.rule.index()];
    std::string subject = hit.element ? " (" + hit.element->name + ")" : "";
    return say(Word::ReviewUndecided, {rule.name, subject});
}

/// The rule's `then provisional` conclusion, or null (a marking rule has no other conclusion).
const ir::Provisional* provisional_of(const ir::Rule& rule) {
    for (const ir::Conclusion& conclusion : rule.conclusions) {
        if (const auto* mark = std::get_if<ir::Provisional>(&conclusion)) return mark;
    }
    return nullptr;
}

void trace_hit(Session& s, const Hit& hit, std::vector<ConditionTrace>& conditions,
               std::vector<ValueSeen>& validity) {
    const ir::Rule& rule = s.p.rules[hit.rule.index()];
    s.bind(hit);
    if (rule.in_force) {
        std::optional<ir::ExprId> by = rule.in_force->judged_by;
        if (!by) by = s.p.ruleset.judged_by;
        if (by) validity.push_back(s.d.seen(*by));
    }
    if (rule.binder && rule.binder->filter) {
        conditions.push_back(trace_condition(s.d, s.ev, *rule.binder->filter, false));
    }
    if (rule.condition) conditions.push_back(trace_condition(s.d, s.ev, *rule.condition, false));
}

/// Marks provisional every finding of the binding of each marking rule that holds: the same
/// element of the same list, or every finding for a whole-incident marking rule. A marking rule
/// that only may hold marks nothing (its review item was added with the other conclusions).
void mark_provisional(Session& s) {
    struct Pending {
        ir::RuleId rule;      ///< the marking rule, for declaration order
        std::size_t finding;  ///< index into Decision::findings
        ProvisionalMark mark;
    };
    std::vector<Pending> pending;
    for (const Hit& marker : s.hits) {
        if (marker.displaced || marker.truth != kTrue) continue;
        const ir::Rule& rule = s.p.rules[marker.rule.index()];
        const ir::Provisional* provisional = provisional_of(rule);
        if (provisional == nullptr) continue;
        ProvisionalMark mark{
            rule.name, s.d.label(provisional->reason), s.d.rule_location(provisional->span), {}};
        if (s.options.trail) {
            std::vector<ValueSeen> validity;
            trace_hit(s, marker, mark.conditions, validity);
        }
        for (const Hit& hit : s.hits) {
            bool same =
                marker.group == 0 || (hit.group == marker.group && hit.element == marker.element);
            if (!same) continue;
            for (std::size_t finding : hit.findings)
                pending.push_back({marker.rule, finding, mark});
        }
    }
    std::stable_sort(pending.begin(), pending.end(),
                     [](const Pending& a, const Pending& b) { return a.rule < b.rule; });
    for (Pending& p : pending) {
        s.decision.findings[p.finding].provisional.push_back(std::move(p.mark));
    }
}

}  // namespace

void conclude(Session& s) {
    // Exceptions: the target does not fire for a binding where its exception holds.
    std::vector<std::vector<RelationApplied>> relations(s.hits.size());
    for (std::size_t i = 0; i < s.hits.size(); ++i) {
        Hit& hit = s.hits[i];
        for (ir::RuleId by : s.plan.excepted_by[hit.rule.index()]) {
            const Hit* other = find_hit(s, by, hit);
            if (other == nullptr) continue;
            const ir::Rule& winner = s.p.rules[by.index()];
            RelationApplied applied{RelationKind::Exception, winner.name,
                                    relation_doctrine(winner, hit.rule),
                                    other->truth == kTrue ? Truth::True : Truth::Unknown,
                                    s.d.rule_location(relation_span(winner, hit.rule))};
            relations[i].push_back(applied);
            if (other->truth == kTrue) {
                hit.displaced = true;
            } else {
                s.add_review(
                    ReviewKind::Exception,
                    say(Word::ReviewException, {winner.name, s.p.rules[hit.rule.index()].name}),
                    act_of(hit), winner.name, needs_of(s, *other));
            }
        }
    }
    // Findings, referrals and review items of every hit, in binding then rule order.
    s.decision.findings.reserve(s.hits.size());
    for (std::size_t i = 0; i < s.hits.size(); ++i) {
        Hit& hit = s.hits[i];
        const ir::Rule& rule = s.p.rules[hit.rule.index()];
        s.bind(hit);
        const bool describe = s.options.describe;
        Text reason = describe ? s.d.reason(rule.because) : Text{};
        RuleRef ref;
        if (describe) {
            ref = s.d.rule_ref(hit.rule, s.judged);
        } else {
            ref.id = rule.name;
            ref.status = check::status_text(rule.status);
            ref.row = rule.row.value_or("");
        }
        std::vector<ConditionTrace> conditions;
        std::vector<ValueSeen> validity;
        if (s.options.trail) trace_hit(s, hit, conditions, validity);
        Truth applies = hit.truth == kTrue ? Truth::True : Truth::Unknown;
        // The hit's descriptions are copied into each of its findings and referrals, and moved
        // into the last one (most rules conclude once).
        std::size_t uses = 0;
        for (const ir::Conclusion& conclusion : rule.conclusions) {
            uses += std::holds_alternative<ir::Finding>(conclusion) ||
                    (std::holds_alternative<ir::Referral>(conclusion) && !hit.displaced);
        }
        auto take = [](bool last, auto& value) {
            using T = std::remove_reference_t<decltype(value)>;
            return last ? T(std::move(value)) : T(value);
        };
        for (const ir::Conclusion& conclusion : rule.conclusions) {
            if (const auto* found = std::get_if<ir::Finding>(&conclusion)) {
                bool last = --uses == 0;
                Finding f;
                f.act = act_of(hit);
                f.binding = s.d.instance_path(hit.element);
                const ir::Track& track = s.p.tracks[found->track.index()];
                f.track = track.name;
                if (describe) f.track_label = s.d.label(track.label);
                f.category = s.p.categories[found->level.category.index()].name;
                std::uint32_t sanction =
                    found->level.sanction ? found->level.sanction->value : facts::kNoSanction;
                if (found->level.sanction) {
                    f.sanction = s.d.level_id(found->level.category.value, sanction);
                }
                if (describe)
                    f.level_label = s.d.level_label(found->level.category.value, sanction);
                f.applies = applies;
                f.validity = validity;
                f.relations = relations[i];
                f.conditions = take(last, conditions);
                f.reason = take(last, reason);
                f.rule = take(last, ref);
                if (hit.displaced) {
                    f.displaced = true;
                    for (const RelationApplied& r : relations[i]) {
                        if (r.result == Truth::True) f.displaced_by = r.rule;
                    }
                }
                hit.findings.push_back(s.decision.findings.size());
                s.decision.findings.push_back(std::move(f));
                s.levels.push_back(
                    {found->track, found->level.category.value, sanction, hit.element});
            } else if (const auto* refer = std::get_if<ir::Referral>(&conclusion)) {
                if (hit.displaced) continue;
                bool last = --uses == 0;
                Referral r;
                r.citation = ir::to_string(s.p, refer->citation);
                if (describe) {
                    r.regulation =
                        s.d.label(s.p.regulations[refer->citation.regulation.index()].label);
                }
                r.act = act_of(hit);
                r.applies = applies;
                r.conditions = take(last, conditions);
                r.reason = take(last, reason);
                r.rule = take(last, ref);
                s.decision.referrals.push_back(std::move(r));
            } else if (const auto* review = std::get_if<ir::Review>(&conclusion)) {
                if (hit.displaced || hit.truth != kTrue) continue;
                s.add_review(ReviewKind::Rule, s.d.label(review->reason), act_of(hit), rule.name);
            }
        }
        if (hit.displaced) continue;
        if (hit.truth == kUnknown) {
            if (provisional_of(rule) != nullptr) {
                std::string subject = hit.element ? " (" + hit.element->name + ")" : "";
                s.add_review(ReviewKind::Provisional,
                             say(Word::ReviewProvisional, {rule.name, subject}), act_of(hit),
                             rule.name, needs_of(s, hit));
            } else {
                s.add_review(ReviewKind::Missing, undecided_text(s, hit), act_of(hit), rule.name,
                             needs_of(s, hit));
            }
            continue;
        }
        if (rule.status == ir::Status::Conflict || rule.status == ir::Status::Gap ||
            rule.status == ir::Status::Unverified) {
            std::string status = check::status_text(rule.status);
            s.add_review(ReviewKind::Status, say(Word::ReviewStatus, {rule.name, status}),
                         act_of(hit), rule.name);
        }
        // A finding that rests only on provisions out of force on the judged date has no basis
        // a sanction could cite; the rule may be misdated, or the case needs another basis.
        // Judged on the rule's own citations, so that an undescribed decision says the same.
        if (!hit.findings.empty() && s.judged) {
            const std::vector<ir::Citation>& cited = rule.citations;
            bool none_in_force =
                !cited.empty() &&
                std::none_of(cited.begin(), cited.end(),
                             [&](const ir::Citation& c) { return s.d.in_force_on(c, *s.judged); });
            if (none_in_force) {
                s.add_review(ReviewKind::Validity, say(Word::ReviewNotInForce, {rule.name}),
                             act_of(hit), rule.name);
            }
        }
    }
    // Prevailing rules: where both hold for one binding and conclude differently on a track,
    // the prevailing rule's finding stands and the other's is displaced.
    for (const Hit& hit : s.hits) {
        if (hit.displaced || hit.truth != kTrue) continue;
        for (ir::RuleId by : s.plan.prevailed_by[hit.rule.index()]) {
            const Hit* other = find_hit(s, by, hit);
            if (other == nullptr || other->displaced) continue;
            const ir::Rule& winner = s.p.rules[by.index()];
            for (std::size_t mine : hit.findings) {
                for (std::size_t theirs : other->findings) {
                    Finding& loser = s.decision.findings[mine];
                    const FindingLevel& a = s.levels[mine];
                    const FindingLevel& b = s.levels[theirs];
                    if (a.track != b.track ||
                        (a.category == b.category && a.sanction == b.sanction)) {
                        continue;
                    }
                    loser.relations.push_back({RelationKind::Prevails, winner.name,
                                               relation_doctrine(winner, hit.rule),
                                               other->truth == kTrue ? Truth::True : Truth::Unknown,
                                               s.d.rule_location(relation_span(winner, hit.rule))});
                    if (other->truth == kTrue) {
                        loser.displaced = true;
                        loser.displaced_by = winner.name;
                    }
                }
            }
        }
    }
    mark_provisional(s);
}

}  // namespace netral::eval
