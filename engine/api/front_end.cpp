// SPDX-License-Identifier: Apache-2.0
// The one front-end pipeline (parse every file, then check) and the conversion of internal
// diagnostics to the public shape.
#include "api/front_end.hpp"

#include "syntax/parse.hpp"

namespace netral::api {

void run_front_end(FrontEnd& front_end, const std::vector<Source>& sources,
                   const CheckOptions& options, Stage stop_after) {
    for (const std::string& code : options.disabled_warnings) front_end.sink.disable_warning(code);
    // Identifier length is the checker's limit: only declared names are bounded (E9003).
    syntax::ParseLimits parse_limits{options.limits.max_file_bytes, options.limits.max_depth};
    bool all_parsed = true;
    for (const Source& source : sources) {
        base::FileId file = front_end.sources.add(source.path, source.text);
        auto module = syntax::parse(front_end.sources, file, front_end.sink, parse_limits);
        if (module) {
            front_end.modules.push_back(std::move(*module));
        } else {
            all_parsed = false;
        }
    }
    if (!all_parsed || stop_after == Stage::Parse || front_end.sink.has_errors()) return;
    check::CheckOptions check_options;
    check_options.max_identifier = options.limits.max_identifier;
    check_options.max_depth = options.limits.max_depth;
    check_options.max_rules = options.limits.max_rules;
    front_end.program =
        check::check(front_end.sources, front_end.modules, front_end.sink, check_options);
}

std::vector<Diagnostic> to_public(const std::vector<base::Diagnostic>& diagnostics,
                                  const base::SourceMap& sources) {
    auto location = [&](base::Span span) {
        // A diagnostic about a rule set of no files points into none: an empty Location.
        const base::SourceFile* file = sources.find(span.file);
        if (file == nullptr) return Location{};
        base::LineCol begin = file->line_col(span.begin);
        base::LineCol end = file->line_col(span.end);
        return Location{file->path(), begin.line, begin.column, end.line, end.column};
    };
    std::vector<Diagnostic> out;
    out.reserve(diagnostics.size());
    for (const base::Diagnostic& d : diagnostics) {
        Diagnostic p;
        p.severity = d.severity == base::Severity::Error ? Severity::Error : Severity::Warning;
        p.code = d.code;
        p.location = location(d.span);
        p.message = d.message;
        p.hint = d.hint;
        for (const base::Note& note : d.notes) {
            p.notes.push_back({location(note.span), note.message});
        }
        out.push_back(std::move(p));
    }
    return out;
}

}  // namespace netral::api
