// SPDX-License-Identifier: Apache-2.0
// Builds the evaluation plan from a checked program (see plan.hpp for what it holds and why).
#include "plan/plan.hpp"

#include <algorithm>
#include <map>

#include "check/expr_text.hpp"
#include "check/ir_walk.hpp"

namespace netral::plan {

namespace ir = check::ir;

namespace {

/// Rules are grouped by the list fact their `for` ranges over; a binder over anything else
/// (a checked program only binds lists of records, which in a rule are facts) is grouped alone.
std::optional<ir::FactId> collection_fact(const ir::Program& p, const ir::Rule& rule) {
    if (!rule.binder) return std::nullopt;
    if (const auto* fact = std::get_if<ir::FactRef>(&p.expr(rule.binder->collection))) {
        return fact->fact;
    }
    return std::nullopt;
}

void group_rules(const ir::Program& p, Plan& plan) {
    plan.rule_group.assign(p.rules.size(), 0);
    plan.rule_position.assign(p.rules.size(), 0);
    std::map<std::uint32_t, std::uint32_t> by_fact;  // FactId value → group
    plan.groups.emplace_back();                      // whole-incident rules
    for (std::size_t i = 0; i < p.rules.size(); ++i) {
        const ir::Rule& rule = p.rules[i];
        std::uint32_t group = 0;
        if (rule.binder) {
            auto fact = collection_fact(p, rule);
            auto key = fact ? fact->value : ir::FactId::kInvalid;
            auto [it, added] = by_fact.try_emplace(key, 0);
            if (added) {
                it->second = static_cast<std::uint32_t>(plan.groups.size());
                plan.groups.emplace_back();
                plan.groups.back().collection = fact;
            }
            group = it->second;
        }
        plan.rule_group[i] = group;
        plan.rule_position[i] = static_cast<std::uint32_t>(plan.groups[group].rules.size());
        plan.groups[group].rules.push_back(ir::RuleId::from_index(i));
    }
    // Rules over the incident's top-level facts are indexed like those over a list: the
    // incident is then the one element.
    plan.groups.front().index.build(p, plan.layout, plan.groups.front().rules, Subject::Incident);
    for (RuleGroup& group : plan.groups) {
        if (group.collection) group.index.build(p, plan.layout, group.rules, Subject::Element);
    }
}

void index_tables(const ir::Program& p, Plan& plan) {
    for (const ir::Table& table : p.tables) {
        TableIndex index;
        std::size_t size = 1;
        for (const ir::TableKey& key : table.keys) {
            auto n = static_cast<std::uint32_t>(p.enums[key.type.index()].values.size());
            index.radix.push_back(n);
            size *= n;
        }
        index.rows.assign(size, -1);
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            std::size_t at = 0;
            for (std::size_t k = 0; k < table.keys.size(); ++k) {
                at = at * index.radix[k] + table.rows[r].keys[k];
            }
            index.rows[at] = static_cast<std::int32_t>(r);
        }
        plan.tables.push_back(std::move(index));
    }
}

void number_derived(const ir::Program& p, Plan& plan) {
    plan.record_derived.assign(p.records.size(), 0);
    for (const ir::Derived& derived : p.derived) {
        if (derived.param) {
            auto record = p.vars[derived.param->index()].type.record_id().index();
            plan.derived_slot.push_back(plan.record_derived[record]++);
        } else {
            plan.derived_slot.push_back(plan.global_derived++);
        }
    }
}

void invert_relations(const ir::Program& p, Plan& plan) {
    plan.excepted_by.assign(p.rules.size(), {});
    plan.prevailed_by.assign(p.rules.size(), {});
    for (std::size_t i = 0; i < p.rules.size(); ++i) {
        for (const ir::Relation& relation : p.rules[i].relations) {
            auto& inverse = relation.kind == ir::RelationKind::ExceptionTo ? plan.excepted_by
                                                                           : plan.prevailed_by;
            for (ir::RuleId target : relation.targets) {
                inverse[target.index()].push_back(ir::RuleId::from_index(i));
            }
        }
    }
}

/// Quantifier nesting depth of every expression, parents before children (a parent's id is
/// larger than its children's), then each quantifier variable's slot.
void number_vars(const ir::Program& p, Plan& plan) {
    std::vector<std::uint32_t> depth(p.exprs.size(), 0);
    plan.var_slot.assign(p.vars.size(), 0);
    for (std::size_t i = p.exprs.size(); i-- > 0;) {
        const std::uint32_t d = depth[i];
        auto inherit = [&](ir::ExprId child, std::uint32_t value) {
            depth[child.index()] = std::max(depth[child.index()], value);
        };
        if (const auto* q = std::get_if<ir::Quantifier>(&p.exprs[i])) {
            plan.var_slot[q->var.index()] = std::max(plan.var_slot[q->var.index()], d + 1);
            plan.var_slots = std::max(plan.var_slots, d + 2);
            inherit(q->collection, d);
            if (q->filter) inherit(*q->filter, d + 1);
            continue;
        }
        for (ir::ExprId child : check::children(p.exprs[i])) inherit(child, d);
    }
}

}  // namespace

Plan build(const ir::Program& program) {
    Plan plan;
    plan.program = &program;
    plan.layout = facts::Layout(program);
    group_rules(program, plan);
    index_tables(program, plan);
    number_derived(program, plan);
    invert_relations(program, plan);
    number_vars(program, plan);
    plan.expr_texts.reserve(program.exprs.size());
    for (std::size_t i = 0; i < program.exprs.size(); ++i) {
        plan.expr_texts.push_back(check::expr_text(program, ir::ExprId::from_index(i)));
    }
    return plan;
}

}  // namespace netral::plan
