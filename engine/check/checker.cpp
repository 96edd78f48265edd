// SPDX-License-Identifier: Apache-2.0
// Runs the checker's passes in order: building passes turn the syntax into IR (declarations
// before signatures before expressions, so order in the files never matters), then analysis
// passes read the IR. Analyses run even after errors, on what could be resolved, so one run
// reports as much as it can.
#include "check/checker.hpp"

#include "check/context.hpp"
#include "check/passes.hpp"

namespace netral::check {

std::optional<ir::Program> check(const base::SourceMap& sources,
                                 const std::vector<syntax::Module>& modules,
                                 base::DiagnosticSink& sink, const CheckOptions& options) {
    std::size_t errors_before = sink.error_count();
    Context cx(sources, modules, sink, options);
    using Pass = void (*)(Context&);
    for (Pass pass : {&collect_modules, &check_clauses, &declare_names, &resolve_signatures,
                      &resolve_vocabulary, &resolve_tables, &resolve_ladders, &resolve_rules,
                      &check_translations}) {
        if (sink.saturated()) return std::nullopt;
        pass(cx);
    }
    using Analysis = void (*)(const ir::Program&, base::DiagnosticSink&);
    std::vector<Analysis> analyses = {&check_definitions, &check_versions, &check_provisional};
    if (options.find_never_fires) analyses.push_back(&check_never_fires);
    for (Analysis analysis : analyses) {
        if (sink.saturated()) return std::nullopt;
        analysis(cx.program, sink);
    }
    if (sink.saturated()) return std::nullopt;
    check_graph(cx.program, sink, options.max_depth);
    // Conflicts are only meaningful between rules that resolved completely.
    if (options.find_conflicts && sink.error_count() == errors_before && !sink.saturated()) {
        check_conflicts(cx.program, sink, options.max_conflict_comparisons);
    }
    if (sink.error_count() != errors_before || sink.saturated()) return std::nullopt;
    return std::move(cx.program);
}

}  // namespace netral::check
