// SPDX-License-Identifier: Apache-2.0
// What the routes share: content types, problems, the request's options, located diagnostics.
#include <utility>

#include "serve/routes.hpp"

namespace netral::serve {

namespace {

/// Line and column (from 1, columns in code points) of byte `at` of `text`.
std::pair<std::size_t, std::size_t> line_column(const std::string& text, std::size_t at) {
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < at && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

}  // namespace

std::string content_type_of(Format format) {
    switch (format) {
        case Format::Json:
            return "application/json";
        case Format::Text:
            return "text/plain; charset=utf-8";
        case Format::Markdown:
            return "text/markdown; charset=utf-8";
        case Format::Html:
            return "text/html; charset=utf-8";
    }
    return "application/octet-stream";
}

HttpResponse problem_for(const RouteContext& context, ProblemKind kind,
                         const std::vector<Diagnostic>& diagnostics,
                         const std::string& detail_arg) {
    return problem(kind, context.language, context.target.path, context.request.request_id,
                   diagnostics, detail_arg);
}

Diagnostic body_diagnostic(const std::string& body, std::size_t begin, std::size_t end,
                           std::string code, std::string message) {
    Diagnostic d;
    d.code = std::move(code);
    d.message = std::move(message);
    d.location.file = kRequestSource;
    std::tie(d.location.line, d.location.column) = line_column(body, begin);
    std::tie(d.location.end_line, d.location.end_column) = line_column(body, end);
    return d;
}

std::optional<RequestOptions> read_options(const RouteContext& context,
                                           const Member* options_member, HttpResponse& problem) {
    RequestOptions options;
    options.language = context.language;
    options.eval.language = context.language;
    if (options_member != nullptr) {
        Source text{kRequestSource,
                    keep_only(context.request.body, options_member->begin, options_member->end)};
        RequestOptionsResult read =
            parse_request_options(*context.state->rules, text, context.language);
        if (!read.ok()) {
            problem = problem_for(context, ProblemKind::BadOptions, read.diagnostics);
            return std::nullopt;
        }
        options = *read.options;
    }
    // The service's bounds, which no request can lift (nor log: they do not change a decision
    // that is made).
    options.eval.time_limit = context.options.time_limit;
    options.eval.work_limit = context.options.work_limit;
    std::vector<Diagnostic> refused;
    for (const auto& [name, value] : context.target.query) {
        if (auto error = set_request_option(options, name, value, context.language)) {
            refused.push_back(std::move(*error));
        }
    }
    if (!refused.empty()) {
        problem = problem_for(context, ProblemKind::BadOptions, refused);
        return std::nullopt;
    }
    return options;
}

std::optional<std::chrono::steady_clock::time_point> request_deadline(const RouteContext& context) {
    if (context.options.time_limit.count() <= 0) return std::nullopt;
    return std::chrono::steady_clock::now() + context.options.time_limit;
}

}  // namespace netral::serve
