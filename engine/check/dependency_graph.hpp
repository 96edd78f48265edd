// SPDX-License-Identifier: Apache-2.0
// The dependency graph of a checked program: facts, derived facts, params and tables feed
// derived facts, rules and sanction conditions (`uses`); rules conclude categories, sanctions,
// tracks and derived facts (`concludes`) and override other rules (`exception`, `prevails`);
// each track feeds its combine and escalate policies, which also use what escalation reads.
// One Boost.Graph adjacency_list built by build_graph(); the cycle checks (graph_checks.cpp),
// `netral graph` and the planner read it. Renderers are deterministic.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "check/ir.hpp"

namespace netral::check {

enum class NodeKind : std::uint8_t {
    Fact,      ///< an incident fact (ir::Program::facts)
    Derived,   ///< a derived fact (ir::Program::derived)
    Param,     ///< a parameter (ir::Program::params)
    Table,     ///< a table (ir::Program::tables)
    Rule,      ///< one version of a rule (ir::Program::rules)
    Track,     ///< a track (ir::Program::tracks)
    Category,  ///< a ladder category or outcome (ir::Program::categories)
    Sanction,  ///< a sanction type of a category (ir::Program::sanctions)
    Policy,    ///< a combine policy, then an escalate policy (see GraphNode::index)
};

enum class EdgeKind : std::uint8_t {
    Uses,       ///< source is read by the target (derived, rule, sanction condition, policy);
                ///< track → policy: the policy governs that track's findings
    Concludes,  ///< rule → category, sanction, track or derived fact it sets
    Exception,  ///< rule → the rule it is an exception to
    Prevails,   ///< rule → the rule it prevails over
};

/// Vertex property: which entity the node stands for.
struct GraphNode {
    NodeKind kind = NodeKind::Fact;  ///< entity kind
    std::uint32_t index = 0;         ///< id value in the program vector of that kind; for a
                                     ///< policy: index into combines, or combines.size() plus
                                     ///< the index into escalations
    std::string name;                ///< display name ("heavy.discharge" for sanctions,
                                     ///< "combine discipline" / "escalate discipline")
    base::Span span;                 ///< the entity's declaration
};

/// Edge property: why the edge exists and where.
struct GraphEdge {
    EdgeKind kind = EdgeKind::Uses;  ///< relation
    base::Span span;                 ///< the first place that creates it (a reference, a clause)
};

using Graph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, GraphNode, GraphEdge>;

/// The graph plus the vertex of each entity. Vertices are numbered by kind (facts first, then
/// derived facts, params, tables, rules, tracks, categories, sanctions, policies), each in id
/// order (combine policies before escalate policies); edges are added in program order without
/// duplicates, so the graph is deterministic.
struct DependencyGraph {
    Graph graph;                             ///< the adjacency list
    std::vector<std::size_t> first_of_kind;  ///< vertex of index 0 of each NodeKind

    /// The vertex of an entity.
    std::size_t vertex(NodeKind kind, std::uint32_t index) const {
        return first_of_kind[static_cast<std::size_t>(kind)] + index;
    }
};

/// Builds the graph of `program` (which may come from a run with errors: Invalid expressions
/// are skipped).
DependencyGraph build_graph(const ir::Program& program);

/// Graphviz dot text: one node per entity labelled "kind name", a distinct shape per kind
/// (policies are parallelograms), edges labelled by kind, exception edges dashed.
std::string render_dot(const DependencyGraph& graph);

/// JSON: {"nodes":[{"id","kind","name"}…],"edges":[{"from","to","kind"}…]}.
std::string render_graph_json(const DependencyGraph& graph);

/// "fact", "derived", …; "uses", "concludes", …
const char* node_kind_name(NodeKind kind);
const char* edge_kind_name(EdgeKind kind);

}  // namespace netral::check
