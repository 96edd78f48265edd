// SPDX-License-Identifier: Apache-2.0
// Graph-level checks on the dependency graph: cycles through derived facts and the rules that
// set them (E4001), cycles of exception / prevails relations (E4002), each reported once with
// a note per edge of the cycle; and exceptions between rules that can never apply to the same
// binding (W4003: different binder collections, or provably disjoint conditions).
#include <algorithm>
#include <boost/graph/depth_first_search.hpp>
#include <optional>
#include <set>

#include "check/atoms.hpp"
#include "check/codes.hpp"
#include "check/context.hpp"
#include "check/dependency_graph.hpp"
#include "check/expr_text.hpp"
#include "check/passes.hpp"

namespace netral::check {

namespace {

/// The subgraph of some edge kinds; each edge remembers its index in `edges`.
using SubGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS,
                                       boost::no_property, std::size_t>;
using SubEdge = boost::graph_traits<SubGraph>::edge_descriptor;

/// One edge of the full graph, by endpoints.
struct EdgeRef {
    std::size_t from = 0;  ///< source vertex
    std::size_t to = 0;    ///< target vertex
    GraphEdge data;        ///< kind and span
};

/// Records DFS tree edges (to rebuild paths) and back edges (each closes a cycle).
struct CycleVisitor : boost::default_dfs_visitor {
    std::vector<std::optional<SubEdge>>* parent;  ///< tree edge into each vertex
    std::vector<SubEdge>* back;                   ///< back edges in discovery order

    void tree_edge(SubEdge e, const SubGraph& g) const { (*parent)[boost::target(e, g)] = e; }
    void back_edge(SubEdge e, const SubGraph&) const { back->push_back(e); }
};

/// Cycles of the edges whose kind is in `kinds`, one per group of nodes: each as edge list.
std::vector<std::vector<EdgeRef>> find_cycles(const DependencyGraph& dg,
                                              const std::vector<EdgeKind>& kinds) {
    const Graph& g = dg.graph;
    std::vector<EdgeRef> edges;
    SubGraph sub(boost::num_vertices(g));
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const GraphEdge& data = g[*it];
        if (std::find(kinds.begin(), kinds.end(), data.kind) == kinds.end()) continue;
        boost::add_edge(boost::source(*it, g), boost::target(*it, g), edges.size(), sub);
        edges.push_back({boost::source(*it, g), boost::target(*it, g), data});
    }
    std::vector<std::optional<SubEdge>> parent(boost::num_vertices(sub));
    std::vector<SubEdge> back;
    CycleVisitor visitor;
    visitor.parent = &parent;
    visitor.back = &back;
    boost::depth_first_search(sub, boost::visitor(visitor));

    std::vector<std::vector<EdgeRef>> cycles;
    std::set<std::size_t> covered;
    for (const SubEdge& closing : back) {
        // A cycle through a vertex of one reported already is skipped; the walk back along the
        // tree stops at the first such vertex (walking whole paths first made many back edges
        // into one long path quadratic).
        std::size_t head = boost::target(closing, sub);
        std::vector<std::size_t> path{sub[closing]};
        bool seen = covered.count(edges[sub[closing]].from) > 0;
        for (std::size_t v = boost::source(closing, sub); v != head && !seen;) {
            const SubEdge& e = *parent[v];
            path.push_back(sub[e]);
            seen = covered.count(edges[sub[e]].from) > 0;
            v = boost::source(e, sub);
        }
        if (seen) continue;
        std::reverse(path.begin(), path.end());
        // Start at the smallest vertex so messages do not depend on the DFS order.
        auto start = std::min_element(path.begin(), path.end(), [&](std::size_t a, std::size_t b) {
            return edges[a].from < edges[b].from;
        });
        std::rotate(path.begin(), start, path.end());
        std::vector<EdgeRef> cycle;
        for (std::size_t e : path) {
            covered.insert(edges[e].from);
            cycle.push_back(edges[e]);
        }
        cycles.push_back(std::move(cycle));
    }
    return cycles;
}

std::string node_text(const Graph& g, std::size_t v) {
    const GraphNode& node = g[v];
    if (node.kind == NodeKind::Rule) return "rule " + quote(node.name);
    return quote(node.name);
}

/// `a -> b -> c -> a` along the edges, or against them when `against` (edges that carry
/// data from a dependency to its user read better as "a needs b").
std::string chain_text(const Graph& g, const std::vector<EdgeRef>& cycle, bool against) {
    std::string out = node_text(g, against ? cycle.front().to : cycle.front().from);
    for (const EdgeRef& e : cycle) out += " -> " + node_text(g, against ? e.from : e.to);
    return out;
}

base::Message edge_note(const Graph& g, const EdgeRef& e) {
    const std::string from = node_text(g, e.from);
    const std::string to = node_text(g, e.to);
    switch (e.data.kind) {
        case EdgeKind::Uses:
            return base::msg("note.check.edge_uses", to, from);
        case EdgeKind::Concludes:
            return base::msg("note.check.edge_sets", from, to);
        case EdgeKind::Exception:
            return base::msg("note.check.edge_exception", from, to);
        case EdgeKind::Prevails:
            return base::msg("note.check.edge_prevails", from, to);
    }
    return {};
}

/// Reports each cycle over `kinds`. With `dependency_order` the cycle is told from a user to
/// what it uses ("`a` -> `b`": a uses b), the order in which a reader follows the definitions.
void report_cycles(const DependencyGraph& dg, const std::vector<EdgeKind>& kinds,
                   std::string_view code, const base::Message& hint, bool dependency_order,
                   base::DiagnosticSink& sink) {
    for (std::vector<EdgeRef> cycle : find_cycles(dg, kinds)) {
        if (dependency_order) std::reverse(cycle.begin(), cycle.end());
        const GraphNode& start = dg.graph[dependency_order ? cycle.front().to : cycle.front().from];
        base::Diagnostic& d = sink.error(
            code, start.span, base::msg(code, chain_text(dg.graph, cycle, dependency_order)));
        for (const EdgeRef& e : cycle) d.notes.push_back({e.data.span, edge_note(dg.graph, e)});
        d.hint = hint;
    }
}

/// A rule's binder collection text and atoms, computed once per rule: many exceptions may name
/// one target, and recomputing its texts for each made the check quadratic.
class RuleFacts {
public:
    explicit RuleFacts(const ir::Program& program)
        : program_(program), collections_(program.rules.size()), atoms_(program.rules.size()) {}

    const std::string& collection(std::size_t rule) {
        if (!collections_[rule]) {
            const ir::Rule& r = program_.rules[rule];
            collections_[rule] = r.binder ? expr_text(program_, r.binder->collection) : "";
        }
        return *collections_[rule];
    }
    const std::vector<Atom>& atoms(std::size_t rule) {
        if (!atoms_[rule]) atoms_[rule] = rule_atoms(program_, program_.rules[rule]);
        return *atoms_[rule];
    }

private:
    const ir::Program& program_;
    std::vector<std::optional<std::string>> collections_;
    std::vector<std::optional<std::vector<Atom>>> atoms_;
};

void check_exceptions(const ir::Program& program, base::DiagnosticSink& sink) {
    RuleFacts facts(program);
    for (std::size_t index = 0; index < program.rules.size(); ++index) {
        const ir::Rule& rule = program.rules[index];
        for (const ir::Relation& relation : rule.relations) {
            if (relation.kind != ir::RelationKind::ExceptionTo || relation.targets.empty())
                continue;
            std::size_t target_index = relation.targets.front().index();
            const ir::Rule& target = program.rules[target_index];
            const std::string& mine = facts.collection(index);
            const std::string& theirs = facts.collection(target_index);
            base::Message problem;
            std::vector<base::Note> notes;
            if (mine != theirs) {
                auto name = [](const std::string& c) {
                    return c.empty() ? base::word("word.check.whole_incident")
                                     : base::MessageArg{quote(c), false, {}};
                };
                problem = base::msg("W4003", rule.name, target.name, name(mine), name(theirs));
            } else {
                // Both conditions together, over one binding: contradictory means disjoint.
                const std::vector<Atom>& own = facts.atoms(index);
                const std::vector<Atom>& other = facts.atoms(target_index);
                auto pair = contradiction(own, other);
                if (pair && pair->first < own.size() && pair->second >= own.size()) {
                    const Atom& here = own[pair->first];
                    const Atom& there = other[pair->second - own.size()];
                    problem = base::msg("W4003.disjoint", rule.name, target.name);
                    notes.push_back({program.span_of(here.expr),
                                     base::msg("note.check.here", expr_text(program, here.expr))});
                    notes.push_back(
                        {program.span_of(there.expr),
                         base::msg("W4003.note_excludes", expr_text(program, there.expr))});
                }
            }
            if (problem.empty()) continue;
            base::Diagnostic& d = sink.warning(codes::kRelationTarget, relation.span, problem);
            d.notes = std::move(notes);
            d.notes.push_back(
                {target.name_span, base::msg("note.check.declared_named", target.name)});
        }
    }
}

/// E9002 at the first derived fact whose definition nests other derived facts (directly, or
/// through the rules that set them) more than `max_depth` deep. Evaluation computes a derived
/// fact by computing those it reads first, so this depth is its recursion depth. Only run on an
/// acyclic graph (cycles are E4001). Iterative, so a hostile chain cannot exhaust this stack.
void check_derived_depth(const ir::Program& program, const DependencyGraph& dg,
                         std::size_t max_depth, base::DiagnosticSink& sink) {
    const Graph& g = dg.graph;
    const std::size_t n = boost::num_vertices(g);
    auto counts = [&](std::size_t v) {
        NodeKind kind = g[v].kind;
        return kind == NodeKind::Derived || kind == NodeKind::Rule;
    };
    auto follows = [&](const auto& edge) {
        EdgeKind kind = g[edge].kind;
        return counts(boost::target(edge, g)) &&
               (kind == EdgeKind::Uses || kind == EdgeKind::Concludes);
    };
    // Post-order of an iterative depth-first search; a back edge is a cycle (E4001, reported
    // by report_cycles), after which depths mean nothing.
    std::vector<std::size_t> order;
    std::vector<std::uint8_t> state(n, 0);  // 0 new, 1 on the stack, 2 done
    std::vector<std::pair<std::size_t, bool>> stack;
    for (std::size_t root = 0; root < n; ++root) {
        if (!counts(root) || state[root] != 0) continue;
        stack.push_back({root, false});
        while (!stack.empty()) {
            auto [v, expanded] = stack.back();
            stack.pop_back();
            if (expanded) {
                state[v] = 2;
                order.push_back(v);
                continue;
            }
            if (state[v] != 0) continue;
            state[v] = 1;
            stack.push_back({v, true});
            for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
                if (!follows(*e)) continue;
                std::size_t w = boost::target(*e, g);
                if (state[w] == 1) return;
                if (state[w] == 0) stack.push_back({w, false});
            }
        }
    }
    // Edges run from what is read to what reads it: reverse post-order is topological.
    // depth[v]: derived facts on the longest chain that ends just before v.
    std::vector<std::size_t> depth(n, 0);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        std::size_t v = *it;
        std::size_t here = depth[v] + (g[v].kind == NodeKind::Derived ? 1 : 0);
        if (g[v].kind == NodeKind::Derived && here > max_depth) {
            const ir::Derived& derived = program.derived[g[v].index];
            sink.error(codes::kTooDeep, derived.span,
                       base::msg("E9002.derived", derived.name, here, max_depth))
                .hint = base::msg("E9002.hint_derived");
            return;
        }
        for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
            if (follows(*e))
                depth[boost::target(*e, g)] = std::max(depth[boost::target(*e, g)], here);
        }
    }
}

}  // namespace

void check_graph(const ir::Program& program, base::DiagnosticSink& sink, std::size_t max_depth) {
    DependencyGraph dg = build_graph(program);
    report_cycles(dg, {EdgeKind::Uses, EdgeKind::Concludes}, codes::kDerivedCycle,
                  base::msg("E4001.hint"), true, sink);
    report_cycles(dg, {EdgeKind::Exception, EdgeKind::Prevails}, codes::kRelationCycle,
                  base::msg("E4002.hint"), false, sink);
    check_exceptions(program, sink);
    check_derived_depth(program, dg, max_depth, sink);
}

}  // namespace netral::check
