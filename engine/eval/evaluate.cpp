// SPDX-License-Identifier: Apache-2.0
// evaluate(): runs the steps of an evaluation in order — rule hits, relations and conclusions,
// tracks and outcome — then the parts of the decision that describe the evaluation itself
// (defaults read, parameters, identity) and, when asked, the why-not entries.
#include "eval/evaluate.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "check/expr_text.hpp"
#include "eval/session.hpp"
#include "eval/trace.hpp"
#include "eval/words.hpp"

namespace netral::eval {

using facts::Value;
using facts::ValueKind;

namespace {

void collect_defaults(const ConditionTrace& trace, std::set<std::string>& seen,
                      std::vector<DefaultUsed>& out) {
    for (const ValueSeen& value : trace.values) {
        if (value.origin == OriginKind::Default && seen.insert(value.name).second) {
            out.push_back({value.name, value.value, value.location});
        }
    }
    for (const ConditionTrace& part : trace.parts) collect_defaults(part, seen, out);
}

void describe_incident(Session& s) {
    const ir::Program& p = s.p;
    for (std::size_t f = 0; f < p.facts.size(); ++f) {
        const ir::Fact& fact = p.facts[f];
        if (fact.type.kind != ir::TypeKind::Text) continue;
        Value value = s.ev.fact_value(ir::FactId::from_index(f));
        if (value.kind != ValueKind::Text) continue;
        if (fact.key) {
            s.decision.incident = std::string(value.text);
        } else {
            s.decision.notes.push_back(fact.name + ": " + std::string(value.text));
        }
    }
    for (std::size_t i = 0; i < p.params.size(); ++i) {
        const ir::Param& param = p.params[i];
        ParamUsed used;
        used.name = param.name;
        used.value = p.enums[param.values.index()].values[s.options.params[i]].name;
        used.chosen = s.options.params_chosen[i];
        if (param.status) used.status = check::status_text(*param.status);
        s.decision.params.push_back(std::move(used));
    }
    if (s.options.trail) {
        std::set<std::string> seen;
        for (const Finding& f : s.decision.findings) {
            for (const ValueSeen& v : f.validity) {
                if (v.origin == OriginKind::Default && seen.insert(v.name).second) {
                    s.decision.defaults.push_back({v.name, v.value, v.location});
                }
            }
            for (const ConditionTrace& c : f.conditions) {
                collect_defaults(c, seen, s.decision.defaults);
            }
        }
    }
}

/// Rules that could conclude the target: the rule of that id, or rules with a finding at that
/// ladder step (a category matches its sanctions too). No target: every rule with a finding.
bool targets(const ir::Program& p, const ir::Rule& rule, const std::string& target) {
    if (rule.name == target) return true;
    for (const ir::Conclusion& conclusion : rule.conclusions) {
        const auto* f = std::get_if<ir::Finding>(&conclusion);
        if (f == nullptr) continue;
        if (target.empty()) return true;
        if (p.categories[f->level.category.index()].name == target) return true;
        if (check::level_text(p, f->level) == target) return true;
    }
    return false;
}

void why_not(Session& s) {
    const std::string& target = s.options.why_not;
    s.decision.why_not_target = target;
    for (std::size_t r = 0; r < s.p.rules.size(); ++r) {
        const ir::Rule& rule = s.p.rules[r];
        if (!targets(s.p, rule, target)) continue;
        auto explain = [&](const facts::Instance* element) {
            if (element) s.ev.bind(rule.binder->var, Value::of_record(element));
            // Examining every rule, an element the rule's `for … where` leaves out was never
            // examined by it: listing it would bury the rules that were.
            if (target.empty() && element && rule.binder->filter &&
                s.ev.truth(*rule.binder->filter) == kFalse) {
                return;
            }
            Finding f;
            f.act = element ? element->name : "";
            f.binding = s.d.instance_path(element);
            f.rule = s.d.rule_ref(ir::RuleId::from_index(r), s.judged);
            int t = s.ev.rule_truth(rule);
            f.applies = t == kTrue ? Truth::True : (t == kFalse ? Truth::False : Truth::Unknown);
            for (const ir::Conclusion& conclusion : rule.conclusions) {
                const auto* found = std::get_if<ir::Finding>(&conclusion);
                if (found == nullptr) continue;
                const ir::Track& track = s.p.tracks[found->track.index()];
                f.track = track.name;
                f.track_label = s.d.label(track.label);
                f.category = s.p.categories[found->level.category.index()].name;
                std::uint32_t sanction =
                    found->level.sanction ? found->level.sanction->value : facts::kNoSanction;
                if (found->level.sanction) {
                    f.sanction = s.d.level_id(found->level.category.value, sanction);
                }
                f.level_label = s.d.level_label(found->level.category.value, sanction);
                break;
            }
            if (t != kFalse) f.reason = s.d.reason(rule.because);
            if (rule.in_force) {
                std::optional<ir::ExprId> by = rule.in_force->judged_by;
                if (!by) by = s.p.ruleset.judged_by;
                if (by) f.validity.push_back(s.d.seen(*by));
                int valid = s.ev.in_force(rule);
                if (valid != kTrue) {
                    ConditionTrace node;
                    node.text = "in force";
                    node.result = valid == kFalse ? Truth::False : Truth::Unknown;
                    node.would_hold.push_back(say(Word::HintInForce));
                    f.conditions.push_back(std::move(node));
                }
            }
            if (rule.binder && rule.binder->filter) {
                f.conditions.push_back(trace_condition(s.d, s.ev, *rule.binder->filter, true));
            }
            if (rule.condition) {
                f.conditions.push_back(trace_condition(s.d, s.ev, *rule.condition, true));
            }
            for (const Finding& found : s.decision.findings) {
                if (found.rule.id == rule.name && found.binding == f.binding && found.displaced) {
                    f.displaced = true;
                    f.displaced_by = found.displaced_by;
                }
            }
            s.decision.why_not.push_back(std::move(f));
        };
        if (!rule.binder) {
            explain(nullptr);
            continue;
        }
        Value list = s.ev.eval(rule.binder->collection);
        if (list.kind != ValueKind::List) continue;
        for (const facts::Instance* element : list.list->items) explain(element);
    }
}

/// How many conditions of a why-not trace did not hold: a node that failed counts once unless
/// some of its operands failed, which then count instead. Derivations under a leaf hold.
std::size_t failed_conditions(const std::vector<ConditionTrace>& nodes) {
    std::size_t count = 0;
    for (const ConditionTrace& node : nodes) {
        if (node.result == Truth::True) continue;
        std::size_t below = failed_conditions(node.parts);
        count += below == 0 ? 1 : below;
    }
    return count;
}

/// Nearest candidates first: a reader looks for the smallest change, so the rule that misses
/// by one condition comes before the rule that misses by five. Ties keep declaration order.
void rank_why_not(std::vector<Finding>& candidates) {
    std::vector<std::pair<std::size_t, Finding>> ranked;
    ranked.reserve(candidates.size());
    for (Finding& f : candidates)
        ranked.emplace_back(failed_conditions(f.conditions), std::move(f));
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    candidates.clear();
    for (auto& [failed, f] : ranked) candidates.push_back(std::move(f));
}

bool target_reached(const Decision& decision, const std::string& target) {
    for (const TrackResult& track : decision.tracks) {
        if (track.category == target) return true;
        for (const std::string& sanction : track.sanctions) {
            if (sanction == target) return true;
        }
    }
    for (const Finding& f : decision.findings) {
        if (f.rule.id == target && f.applies == Truth::True && !f.displaced) return true;
    }
    return false;
}

}  // namespace

bool is_why_not_target(const ir::Program& program, const std::string& target) {
    for (const ir::Rule& rule : program.rules) {
        if (rule.name == target) return true;
    }
    for (const ir::Ladder& ladder : program.ladders) {
        for (ir::CategoryId c : ladder.categories) {
            const ir::Category& category = program.categories[c.index()];
            if (category.name == target) return true;
            for (ir::SanctionId sid : category.sanctions) {
                if (category.name + "." + program.sanctions[sid.index()].name == target) {
                    return true;
                }
            }
        }
    }
    return false;
}

Decision evaluate_once(const ir::Program& program, const plan::Plan& plan,
                       const base::SourceMap& rule_sources, const facts::Incident& incident,
                       const Options& options) {
    Inputs inputs{program,       plan,           rule_sources,          incident,
                  options.as_of, options.params, options.params_chosen, options.rule_refs,
                  options.budget};
    Evaluator evaluator(inputs);
    Describer describer(evaluator);
    Decision decision;
    Session s{program, plan, evaluator, describer, options, decision, {}, {}, std::nullopt};
    if (program.ruleset.judged_by) {
        Value judged = evaluator.eval(*program.ruleset.judged_by);
        if (judged.kind == ValueKind::Date) s.judged = judged.days;
    }
    decision.source = options.source;
    decision.as_of = ir::to_string(ir::from_days(options.as_of));
    decision.engine_version = NETRAL_VERSION;
    decision.ruleset.name = program.ruleset.name;
    if (options.describe) decision.ruleset.title = describer.label(program.ruleset.label);
    decision.ruleset.version = program.ruleset.version;
    decision.ruleset.digest = options.digest;

    collect_hits(s);
    conclude(s);
    resolve_tracks(s);
    describe_incident(s);
    if (!options.why_not.empty()) {
        why_not(s);
        rank_why_not(decision.why_not);
        decision.why_not_reached = target_reached(decision, options.why_not);
    } else if (options.examine_all) {
        // Every rule, in declaration order: the reader looks a rule up, not the nearest one.
        why_not(s);
    }
    return decision;
}

}  // namespace netral::eval
