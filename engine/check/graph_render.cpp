// SPDX-License-Identifier: Apache-2.0
// Renderers of the dependency graph: Graphviz dot through Boost's write_graphviz (kept in this
// one translation unit: graphviz.hpp is costly to compile) and JSON through Boost.JSON.
#include <boost/graph/graphviz.hpp>
#include <boost/json.hpp>
#include <sstream>

#include "check/dependency_graph.hpp"

namespace netral::check {

namespace {

std::string escape_dot(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

const char* shape(NodeKind kind) {
    switch (kind) {
        case NodeKind::Fact:
            return "box";
        case NodeKind::Derived:
            return "ellipse";
        case NodeKind::Param:
            return "diamond";
        case NodeKind::Table:
            return "folder";
        case NodeKind::Rule:
            return "box, style=rounded";
        case NodeKind::Track:
            return "hexagon";
        case NodeKind::Category:
            return "octagon";
        case NodeKind::Sanction:
            return "note";
        case NodeKind::Policy:
            return "parallelogram";
    }
    return "box";
}

/// Writes a vertex's attributes: label and shape.
struct VertexWriter {
    const Graph* graph;  ///< the graph being written
    void operator()(std::ostream& out, std::size_t v) const {
        const GraphNode& node = (*graph)[v];
        out << "[label=\"" << node_kind_name(node.kind) << "\\n"
            << escape_dot(node.name) << "\", shape=" << shape(node.kind) << "]";
    }
};

/// Writes an edge's attributes: label and style.
struct EdgeWriter {
    const Graph* graph;  ///< the graph being written
    template <typename Edge>
    void operator()(std::ostream& out, const Edge& e) const {
        const GraphEdge& edge = (*graph)[e];
        out << "[label=\"" << edge_kind_name(edge.kind) << "\"";
        if (edge.kind == EdgeKind::Exception) out << ", style=dashed";
        if (edge.kind == EdgeKind::Prevails) out << ", style=bold";
        out << "]";
    }
};

/// Writes the graph's attributes: left-to-right layout.
struct GraphWriter {
    void operator()(std::ostream& out) const { out << "rankdir=LR;\n"; }
};

}  // namespace

std::string render_dot(const DependencyGraph& graph) {
    std::ostringstream out;
    boost::write_graphviz(out, graph.graph, VertexWriter{&graph.graph}, EdgeWriter{&graph.graph},
                          GraphWriter{});
    return out.str();
}

std::string render_graph_json(const DependencyGraph& graph) {
    const Graph& g = graph.graph;
    boost::json::array nodes;
    for (std::size_t v = 0; v < boost::num_vertices(g); ++v) {
        nodes.push_back(boost::json::object{
            {"id", v}, {"kind", node_kind_name(g[v].kind)}, {"name", g[v].name}});
    }
    boost::json::array edges;
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        edges.push_back(boost::json::object{{"from", boost::source(*it, g)},
                                            {"to", boost::target(*it, g)},
                                            {"kind", edge_kind_name(g[*it].kind)}});
    }
    boost::json::object root{{"nodes", std::move(nodes)}, {"edges", std::move(edges)}};
    return boost::json::serialize(root);
}

}  // namespace netral::check
