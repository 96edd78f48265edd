// SPDX-License-Identifier: Apache-2.0
// The public test-case API (include/netral/test.hpp) over engine/cases: one pass of the incident
// loader keeps the document tree, so the `expect` block is read from the same text and its
// diagnostics point into the same file as the incident's.
#include <utility>

#include "api/front_end.hpp"
#include "api/impl.hpp"
#include "api/usage.hpp"
#include "base/public_diagnostic.hpp"
#include "cases/compare.hpp"
#include "cases/coverage.hpp"
#include "cases/expectation.hpp"
#include "io/load_incident.hpp"
#include "netral/test.hpp"

namespace netral {

namespace {

/// The sink limit for a case's diagnostics, as for incidents.
constexpr std::size_t kMaxCaseErrors = 100;

}  // namespace

CaseResult run_case(std::shared_ptr<const RuleSet> rules, const Source& incident,
                    const IncidentLimits& limits, Language language) {
    CaseResult result;
    result.path = incident.path;
    if (!rules) {
        result.diagnostics.push_back(api::no_rule_set("run_case", language));
        result.text = base::usage_text(result.diagnostics, language);
        return result;
    }
    const RuleSetState& rs = state(*rules);
    base::DiagnosticSink sink(kMaxCaseErrors);
    facts::Incident loaded;
    io::Document document;
    bool ok = io::load_incident(rs.program, rs.layout, incident.path, incident.text,
                                io::Format::Auto, to_io_limits(limits), sink, loaded, &document);
    std::optional<cases::Expectation> expected;
    // The expect block is read even when the facts are invalid, so one run reports both; it
    // cannot be read when the text itself could not be (no document tree).
    if (!document.nodes.empty() && loaded.sources.size() > 0) {
        expected = cases::read_expectation(rs.program, document, 0, sink);
    }
    std::vector<base::Diagnostic> sorted = sink.sorted();
    result.diagnostics = base::to_public(sorted, loaded.sources, language);
    result.text = base::render_text(sorted, loaded.sources, language, false);
    if (!ok || !expected) return result;

    auto impl = std::make_unique<FactsState>();
    impl->rules = rules;
    impl->incident = std::move(loaded);
    impl->path = incident.path;
    std::shared_ptr<const Facts> facts = detail::Access::make(std::move(impl));
    EvalOptions options;
    options.as_of = expected->as_of;
    options.params = expected->params;
    options.language = language;
    EvalResult evaluated = evaluate(*rules, *facts, options);
    if (!evaluated.ok()) {
        // The expect block's as_of and params were checked against the rule set already.
        result.diagnostics.insert(result.diagnostics.end(), evaluated.diagnostics.begin(),
                                  evaluated.diagnostics.end());
        for (const Diagnostic& d : evaluated.diagnostics) result.text += d.message + "\n";
        return result;
    }
    cases::Verdict verdict = cases::compare(rs.program, rs.sources, *expected, *evaluated.decision);
    result.status = verdict.passed() ? CaseStatus::Passed : CaseStatus::Failed;
    result.mismatches = std::move(verdict.mismatches);
    result.first_difference = std::move(verdict.first_difference);
    result.decision = std::move(evaluated.decision);
    return result;
}

CoverageReport coverage(const RuleSet& rules, const std::vector<CaseResult>& cases) {
    const RuleSetState& rs = state(rules);
    std::vector<const Decision*> decisions;
    for (const CaseResult& c : cases) {
        if (c.decision) decisions.push_back(&*c.decision);
    }
    cases::Coverage found = cases::coverage(rs.program, rs.sources, decisions);
    CoverageReport report;
    report.rules = found.rules;
    report.rows = found.rows;
    report.citations = found.citations;
    report.unobservable = found.unobservable;
    for (check::ir::RuleId id : found.uncovered_rules) {
        const check::ir::Rule& rule = rs.program.rules[id.index()];
        UncoveredRule out;
        out.id = rule.name;
        out.row = rule.row.value_or("");
        const base::SourceFile& file = rs.sources.file(rule.span.file);
        base::LineCol begin = file.line_col(rule.span.begin);
        base::LineCol end = file.line_col(rule.span.end);
        out.location = {file.path(), begin.line, begin.column, end.line, end.column};
        report.uncovered_rules.push_back(std::move(out));
    }
    report.uncovered_rows = std::move(found.uncovered_rows);
    report.uncovered_citations = std::move(found.uncovered_citations);
    return report;
}

}  // namespace netral
