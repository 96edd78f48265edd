// SPDX-License-Identifier: Apache-2.0
#include "cli/batch.hpp"

#include <algorithm>

#include "base/message.hpp"
#include "base/read_file.hpp"
#include "io/codes.hpp"
#include "render/json_writer.hpp"
#include "render/render_decision.hpp"
#include "netral/request.hpp"

namespace netral::cli {

namespace {

/// The place of a diagnostic as the error object shows it: an input line of standard input is
/// its own one-line source `<stdin>:N`, shown as line N of `<stdin>`.
Location shown_location(const BatchInput& input, const Location& location) {
    if (input.line == 0) return location;
    Location shown = location;
    shown.file = "<stdin>";
    shown.line = input.line;
    shown.end_line = input.line;
    return shown;
}

/// The first error of `diagnostics` (they hold one whenever an input is invalid).
const Diagnostic* first_error(const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& d : diagnostics) {
        if (d.severity == Severity::Error) return &d;
    }
    return diagnostics.empty() ? nullptr : &diagnostics.front();
}

/// Standard input's diagnostics for standard error, one line each: the input line can be long,
/// so it is not quoted under carets as a file's is.
std::string line_diagnostics(const BatchInput& input, const std::vector<Diagnostic>& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics) {
        Location at = shown_location(input, d.location);
        out += at.file + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " +
               (d.severity == Severity::Error ? "error" : "warning") + "[" + d.code +
               "]: " + d.message;
        if (!d.hint.empty()) out += " (" + d.hint + ")";
        out += "\n";
    }
    return out;
}

SummaryRow decision_row(const std::string& file, const Decision& decision) {
    SummaryRow row;
    row.file = file;
    row.valid = true;
    row.incident = decision.incident.empty() ? "-" : decision.incident;
    row.category = decision.outcome.category;
    row.sanction = "-";
    for (const TrackResult& track : decision.tracks) {
        if (track.track == decision.outcome.track && !track.recommended.empty()) {
            row.sanction = track.recommended;
        }
    }
    for (const ReviewItem& item : decision.review) {
        std::string kind(to_string(item.kind));
        if (std::find(row.review.begin(), row.review.end(), kind) == row.review.end()) {
            row.review.push_back(kind);
        }
    }
    row.findings = static_cast<std::size_t>(
        std::count_if(decision.findings.begin(), decision.findings.end(),
                      [](const Finding& finding) { return !finding.displaced; }));
    return row;
}

/// The result of an input that gave no decision.
BatchResult invalid(const BatchContext& context, const BatchInput& input,
                    const std::vector<Diagnostic>& diagnostics, std::string rendered) {
    BatchResult result;
    result.diagnostics =
        input.line == 0 ? std::move(rendered) : line_diagnostics(input, diagnostics);
    result.row.file = input.name;
    if (const Diagnostic* error = first_error(diagnostics)) {
        result.row.error = error->code + " " + error->message;
        std::size_t errors = static_cast<std::size_t>(
            std::count_if(diagnostics.begin(), diagnostics.end(),
                          [](const Diagnostic& d) { return d.severity == Severity::Error; }));
        if (errors > 1) result.row.error += " (+" + std::to_string(errors - 1) + " more)";
    }
    if (context.output == BatchOutput::Lines || context.json_lines) {
        result.json_line = error_line(input, diagnostics);
    }
    if (context.output == BatchOutput::Lines) result.output = result.json_line;
    if (context.error_objects) {
        result.output = error_object(input.name, input.line, "<stdin>", diagnostics, false);
    }
    return result;
}

}  // namespace

std::string error_line(const BatchInput& input, const std::vector<Diagnostic>& diagnostics) {
    return error_object(input.name, input.line, "<stdin>", diagnostics, true);
}

BatchResult evaluate_input(const BatchContext& context, BatchInput& input) {
    if (input.line == 0 &&
        !base::read_file_bounded(input.name, context.limits.max_bytes, input.text)) {
        Diagnostic unreadable;
        unreadable.code = std::string(io::codes::kUnreadable);
        unreadable.location.file = input.name;
        unreadable.message = base::render(base::msg(io::codes::kUnreadable), context.language);
        return invalid(context, input, {unreadable},
                       "netral eval: cannot read `" + input.name + "`\n");
    }
    // A line of JSON Lines is JSON whatever it starts with, so a stray line is a JSON syntax
    // error rather than YAML that happens to parse.
    IncidentFormat format = input.line == 0 ? IncidentFormat::Auto : IncidentFormat::Json;
    RequestOptions request;
    request.eval = context.options;
    request.format = context.format;
    request.language = context.language;
    request.detail = context.detail;
    request.render = context.output == BatchOutput::Each;
    DecideResult decided = decide(context.rules, Source{input.name, std::move(input.text)},
                                  format, request, context.limits);
    if (!decided.ok()) return invalid(context, input, decided.diagnostics, decided.text);
    const Decision& decision = *decided.decision;
    const std::vector<Diagnostic>& warnings = decided.diagnostics;
    BatchResult result;
    result.valid = true;
    result.diagnostics = input.line == 0 ? decided.text : line_diagnostics(input, warnings);
    result.row = decision_row(input.name, decision);
    if (context.output == BatchOutput::Lines || context.json_lines) {
        result.json_line = rendering::to_json_line(decision);
    }
    switch (context.output) {
        case BatchOutput::Each:
            result.output = std::move(decided.body);
            break;
        case BatchOutput::Lines:
            result.output = result.json_line;
            break;
        case BatchOutput::Summary:
            break;
    }
    return result;
}

}  // namespace netral::cli
