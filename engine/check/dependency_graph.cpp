// SPDX-License-Identifier: Apache-2.0
// Builds the dependency graph from the IR: one vertex per entity, edges from the references
// inside expressions, from rule conclusions and relations, and from tracks to their policies.
#include "check/dependency_graph.hpp"

#include <set>
#include <tuple>
#include <type_traits>

#include "check/ir_walk.hpp"

namespace netral::check {

namespace {

class Builder {
public:
    Builder(const ir::Program& program, DependencyGraph& out) : program_(program), out_(out) {}

    void run() {
        add_vertices();
        for (std::size_t d = 0; d < program_.derived.size(); ++d) {
            if (program_.derived[d].value) {
                uses(*program_.derived[d].value, out_.vertex(NodeKind::Derived, index(d)));
            }
        }
        for (std::size_t r = 0; r < program_.rules.size(); ++r) add_rule(r);
        for (std::size_t s = 0; s < program_.sanctions.size(); ++s) {
            if (program_.sanctions[s].condition) {
                uses(*program_.sanctions[s].condition, out_.vertex(NodeKind::Sanction, index(s)));
            }
        }
        add_policies();
    }

private:
    static std::uint32_t index(std::size_t i) { return static_cast<std::uint32_t>(i); }

    template <typename T, typename Name>
    void add_kind(NodeKind kind, const std::vector<T>& items, Name&& name) {
        out_.first_of_kind[static_cast<std::size_t>(kind)] = boost::num_vertices(out_.graph);
        for (std::size_t i = 0; i < items.size(); ++i) {
            base::Span span = items[i].span;
            if constexpr (std::is_same_v<T, ir::Rule>) span = items[i].name_span;
            boost::add_vertex(GraphNode{kind, index(i), name(items[i]), span}, out_.graph);
        }
    }

    void add_vertices() {
        out_.first_of_kind.assign(9, 0);
        auto plain = [](const auto& item) { return item.name; };
        add_kind(NodeKind::Fact, program_.facts, plain);
        add_kind(NodeKind::Derived, program_.derived, plain);
        add_kind(NodeKind::Param, program_.params, plain);
        add_kind(NodeKind::Table, program_.tables, plain);
        add_kind(NodeKind::Rule, program_.rules, plain);
        add_kind(NodeKind::Track, program_.tracks, plain);
        add_kind(NodeKind::Category, program_.categories, plain);
        add_kind(NodeKind::Sanction, program_.sanctions, [&](const ir::Sanction& s) {
            return program_.categories[s.category.index()].name + "." + s.name;
        });
        out_.first_of_kind[static_cast<std::size_t>(NodeKind::Policy)] =
            boost::num_vertices(out_.graph);
        std::uint32_t policy = 0;
        for (const ir::CombinePolicy& combine : program_.combines) {
            std::string name = "combine " + program_.tracks[combine.track.index()].name;
            boost::add_vertex(GraphNode{NodeKind::Policy, policy++, name, combine.span},
                              out_.graph);
        }
        for (const ir::EscalatePolicy& escalate : program_.escalations) {
            std::string name = "escalate " + program_.tracks[escalate.track.index()].name;
            boost::add_vertex(GraphNode{NodeKind::Policy, policy++, name, escalate.span},
                              out_.graph);
        }
    }

    /// Track → policy for both kinds; what an escalate policy's clauses read → the policy.
    void add_policies() {
        for (std::size_t c = 0; c < program_.combines.size(); ++c) {
            const ir::CombinePolicy& combine = program_.combines[c];
            edge(out_.vertex(NodeKind::Track, combine.track.value),
                 out_.vertex(NodeKind::Policy, index(c)), EdgeKind::Uses, combine.span);
        }
        for (std::size_t e = 0; e < program_.escalations.size(); ++e) {
            const ir::EscalatePolicy& escalate = program_.escalations[e];
            std::size_t self = out_.vertex(NodeKind::Policy, index(program_.combines.size() + e));
            edge(out_.vertex(NodeKind::Track, escalate.track.value), self, EdgeKind::Uses,
                 escalate.span);
            uses(escalate.binder.collection, self);
            if (escalate.binder.filter) uses(*escalate.binder.filter, self);
            if (escalate.latest) uses(*escalate.latest, self);
            uses(escalate.previous, self);
        }
    }

    void edge(std::size_t from, std::size_t to, EdgeKind kind, base::Span span) {
        if (!seen_.emplace(from, to, kind).second) return;
        boost::add_edge(from, to, GraphEdge{kind, span}, out_.graph);
    }

    /// Adds `uses` edges from every entity `root` reads to `target`.
    void uses(ir::ExprId root, std::size_t target) {
        if (!root.valid()) return;
        for_each_expr(program_, root, [&](ir::ExprId id, const ir::Expr& expr) {
            base::Span span = program_.span_of(id);
            if (const auto* fact = std::get_if<ir::FactRef>(&expr)) {
                edge(out_.vertex(NodeKind::Fact, fact->fact.value), target, EdgeKind::Uses, span);
            } else if (const auto* derived = std::get_if<ir::DerivedRef>(&expr)) {
                edge(out_.vertex(NodeKind::Derived, derived->derived.value), target, EdgeKind::Uses,
                     span);
            } else if (const auto* call = std::get_if<ir::Call>(&expr)) {
                edge(out_.vertex(NodeKind::Derived, call->derived.value), target, EdgeKind::Uses,
                     span);
            } else if (const auto* param = std::get_if<ir::ParamRef>(&expr)) {
                edge(out_.vertex(NodeKind::Param, param->param.value), target, EdgeKind::Uses,
                     span);
            } else if (const auto* table = std::get_if<ir::TableCell>(&expr)) {
                edge(out_.vertex(NodeKind::Table, table->table.value), target, EdgeKind::Uses,
                     span);
            }
        });
    }

    void add_rule(std::size_t r) {
        const ir::Rule& rule = program_.rules[r];
        std::size_t self = out_.vertex(NodeKind::Rule, index(r));
        if (rule.binder) {
            uses(rule.binder->collection, self);
            if (rule.binder->filter) uses(*rule.binder->filter, self);
        }
        if (rule.in_force && rule.in_force->judged_by) uses(*rule.in_force->judged_by, self);
        if (rule.condition) uses(*rule.condition, self);
        for (const ir::Conclusion& conclusion : rule.conclusions) {
            if (const auto* finding = std::get_if<ir::Finding>(&conclusion)) {
                edge(self, out_.vertex(NodeKind::Track, finding->track.value), EdgeKind::Concludes,
                     finding->span);
                std::size_t level =
                    finding->level.sanction
                        ? out_.vertex(NodeKind::Sanction, finding->level.sanction->value)
                        : out_.vertex(NodeKind::Category, finding->level.category.value);
                edge(self, level, EdgeKind::Concludes, finding->span);
            } else if (const auto* set = std::get_if<ir::SetDerived>(&conclusion)) {
                for (ir::ExprId arg : set->args) uses(arg, self);
                uses(set->value, self);
                edge(self, out_.vertex(NodeKind::Derived, set->derived.value), EdgeKind::Concludes,
                     set->span);
            }
        }
        for (const ir::ReasonPart& part : rule.because.parts) {
            if (part.expr) uses(*part.expr, self);
        }
        for (const ir::Relation& relation : rule.relations) {
            EdgeKind kind = relation.kind == ir::RelationKind::ExceptionTo ? EdgeKind::Exception
                                                                           : EdgeKind::Prevails;
            for (ir::RuleId target : relation.targets) {
                edge(self, out_.vertex(NodeKind::Rule, target.value), kind, relation.span);
            }
        }
    }

    const ir::Program& program_;
    DependencyGraph& out_;
    std::set<std::tuple<std::size_t, std::size_t, EdgeKind>> seen_;  ///< edges added so far
};

}  // namespace

DependencyGraph build_graph(const ir::Program& program) {
    DependencyGraph out;
    Builder(program, out).run();
    return out;
}

const char* node_kind_name(NodeKind kind) {
    switch (kind) {
        case NodeKind::Fact:
            return "fact";
        case NodeKind::Derived:
            return "derived";
        case NodeKind::Param:
            return "param";
        case NodeKind::Table:
            return "table";
        case NodeKind::Rule:
            return "rule";
        case NodeKind::Track:
            return "track";
        case NodeKind::Category:
            return "category";
        case NodeKind::Sanction:
            return "sanction";
        case NodeKind::Policy:
            return "policy";
    }
    return "?";
}

const char* edge_kind_name(EdgeKind kind) {
    switch (kind) {
        case EdgeKind::Uses:
            return "uses";
        case EdgeKind::Concludes:
            return "concludes";
        case EdgeKind::Exception:
            return "exception";
        case EdgeKind::Prevails:
            return "prevails";
    }
    return "?";
}

}  // namespace netral::check
