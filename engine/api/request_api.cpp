// SPDX-License-Identifier: Apache-2.0
// Request options (include/netral/request.hpp): read from a JSON object with the incident
// reader's strict JSON parser, so every mistake has its line and column, or set one by one from
// a query string. The checks of kind are shared; what the options mean (the as-of date,
// parameters, why-not target) is checked by check_eval_options(), as for every other host.
#include <algorithm>

#include "api/front_end.hpp"
#include "api/impl.hpp"
#include "api/usage.hpp"
#include "base/suggest.hpp"
#include "io/describe_node.hpp"
#include "io/document.hpp"
#include "io/param_choice.hpp"
#include "io/readers.hpp"
#include "io/tree_builder.hpp"
#include "netral/request.hpp"

namespace netral {

namespace {

namespace codes = api::codes;

/// The option names, in the order docs/requests.md lists them.
const std::vector<std::string> kOptionNames = {"as_of", "params", "lang", "format", "detail",
                                               "why_not"};
/// The query-string form of one parameter: `param.NAME`.
constexpr std::string_view kParamPrefix = "param.";

const std::vector<std::string> kFormatNames = {"json", "text", "markdown", "html"};
const std::vector<std::string> kLanguageNames = {"id", "en"};
const std::vector<std::string> kDetailNames = {"summary", "full"};

std::string quote(std::string_view text) { return "`" + std::string(text) + "`"; }

/// A problem with one option: its code, message and hint, located by the caller.
struct Problem {
    std::string_view code;
    base::Message message;
    base::Message hint;
};

/// Sets a named (not a parameter, not `params`) option from its text; a problem when the
/// name or the value is unknown.
std::optional<Problem> set_named(RequestOptions& options, std::string_view name,
                                 std::string_view value) {
    auto unknown_value = [&](std::string_view what, const std::vector<std::string>& names) {
        base::Message hint = base::did_you_mean(value, names);
        if (hint.empty()) hint = base::msg("E7022.hint", base::word(what), io::quoted_list(names));
        return Problem{codes::kUnknownOptionValue,
                       base::msg(codes::kUnknownOptionValue, base::word(what), quote(value)), hint};
    };
    if (name == "as_of") {
        options.eval.as_of = std::string(value);
    } else if (name == "why_not") {
        options.eval.why_not = std::string(value);
    } else if (name == "lang") {
        std::optional<Language> language = parse_language(value);
        if (!language) return unknown_value("word.api.language", kLanguageNames);
        options.language = *language;
        options.eval.language = *language;
    } else if (name == "format") {
        std::optional<Format> format = parse_format(value);
        if (!format) return unknown_value("word.api.format", kFormatNames);
        options.format = *format;
    } else if (name == "detail") {
        std::optional<Detail> detail = parse_detail(value);
        if (!detail) return unknown_value("word.api.detail", kDetailNames);
        options.detail = *detail;
    } else {
        base::Message hint = base::did_you_mean(name, kOptionNames);
        if (hint.empty()) hint = base::msg("hint.io.keys_are", io::quoted_list(kOptionNames));
        return Problem{codes::kUnknownOption, base::msg(codes::kUnknownOption, quote(name)), hint};
    }
    return std::nullopt;
}

/// True for a JSON string.
bool is_text(const io::Node& node) {
    return node.kind == io::NodeKind::Scalar && node.style == io::ScalarStyle::Quoted;
}

/// Reads the options map of `document` into `options`; problems go to `sink`.
void read_options(const io::Document& document, base::DiagnosticSink& sink,
                  RequestOptions& options) {
    const io::Node& root = document.node(document.root);
    auto wrong = [&](std::string_view key, const io::Node& node, std::string_view what) {
        sink.error(codes::kOptionKind, node.span,
                   base::msg(codes::kOptionKind, quote(key), base::word(what),
                             io::describe_node(node, true)));
    };
    if (root.kind != io::NodeKind::Map) {
        sink.error(codes::kOptionKind, root.span,
                   base::msg("E7021.not_map", io::describe_node(root, true)))
            .hint = base::msg("E7021.hint_map");
        return;
    }
    for (const io::Entry& entry : root.entries) {
        const io::Node& value = document.node(entry.value);
        if (entry.key == "params") {
            if (value.kind != io::NodeKind::Map) {
                wrong(entry.key, value, "word.api.a_param_map");
                continue;
            }
            for (const io::Entry& param : value.entries) {
                const io::Node& choice = document.node(param.value);
                if (!is_text(choice)) {
                    wrong(param.key, choice, "word.api.a_text");
                    continue;
                }
                options.eval.params.emplace_back(param.key, choice.text);
            }
            continue;
        }
        bool known = std::find(kOptionNames.begin(), kOptionNames.end(), entry.key) !=
                     kOptionNames.end();
        if (known && !is_text(value)) {
            wrong(entry.key, value, "word.api.a_text");
            continue;
        }
        if (std::optional<Problem> problem = set_named(options, entry.key, value.text)) {
            base::Span at = known ? value.span : entry.key_span;
            sink.error(problem->code, at, problem->message).hint = problem->hint;
        }
    }
}

}  // namespace

RequestOptionsResult parse_request_options(const RuleSet& rules, const Source& options,
                                           Language language) {
    RequestOptionsResult result;
    RequestOptions out;
    out.eval.language = language;
    out.language = language;
    bool blank = options.text.find_first_not_of(" \t\r\n") == std::string::npos;
    if (!blank) {
        io::Limits limits = to_io_limits(IncidentLimits{});
        base::SourceMap sources;
        base::FileId file =
            sources.add(options.path, options.text.size() > limits.max_bytes ? "" : options.text);
        base::DiagnosticSink sink;
        std::string_view text = sources.file(file).text();
        io::Document document;
        if (io::check_size(options.text.size(), limits, sink, file) &&
            io::check_encoding(text, sink, file)) {
            io::TreeBuilder builder(document, limits, sink, file);
            io::read_json(text, builder);
            builder.flush();
            if (!builder.stopped() && !sink.has_errors()) read_options(document, sink, out);
        }
        // The diagnostics of the options are in the caller's language, whatever `lang` says.
        if (sink.has_errors()) {
            result.diagnostics = base::to_public(sink.sorted(), sources, language);
            return result;
        }
    }
    // What the options mean, said in the caller's language whatever `lang` chose.
    EvalOptions checked = out.eval;
    checked.language = language;
    result.diagnostics = check_eval_options(rules, checked);
    if (!result.diagnostics.empty()) return result;
    result.options = std::move(out);
    return result;
}

std::optional<Diagnostic> set_request_option(RequestOptions& options, std::string_view name,
                                             std::string_view value, Language language) {
    if (name.substr(0, kParamPrefix.size()) == kParamPrefix) {
        std::string param(name.substr(kParamPrefix.size()));
        auto same = std::find_if(options.eval.params.begin(), options.eval.params.end(),
                                 [&](const auto& choice) { return choice.first == param; });
        if (same != options.eval.params.end()) {
            same->second = std::string(value);
        } else {
            options.eval.params.emplace_back(std::move(param), std::string(value));
        }
        return std::nullopt;
    }
    if (name == "params") {
        return base::usage_error(codes::kOptionKind, base::msg("E7021.params_query"),
                                base::msg("E7021.hint_params_query"), language);
    }
    std::optional<Problem> problem = set_named(options, name, value);
    if (!problem) return std::nullopt;
    return base::usage_error(problem->code, problem->message, problem->hint, language);
}

}  // namespace netral
