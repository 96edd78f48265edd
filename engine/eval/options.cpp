// SPDX-License-Identifier: Apache-2.0
// The public evaluation options read into the evaluator's (eval/options.hpp).
#include "eval/options.hpp"

#include <chrono>
#include <ctime>

#include "base/public_diagnostic.hpp"
#include "base/suggest.hpp"

namespace netral::eval {

namespace {

namespace ir = check::ir;

using base::usage_error;

/// Reads the as-of date, the parameter choices and the why-not target of `options` into `eo`;
/// each bad one is a diagnostic in `diagnostics` (E7001–E7004).
void configure(const ir::Program& program, const EvalOptions& options, Options& eo,
               std::vector<Diagnostic>& diagnostics) {
    if (options.as_of.empty()) {
        auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
        eo.as_of = static_cast<facts::Day>(days.time_since_epoch().count());
    } else if (auto date = ir::parse_date(options.as_of)) {
        eo.as_of = static_cast<facts::Day>(ir::to_days(*date));
    } else {
        diagnostics.push_back(usage_error(codes::kBadAsOf,
                                          base::msg(codes::kBadAsOf, options.as_of),
                                          base::msg("E7001.hint"), options.language));
    }
    eo.params.resize(program.params.size());
    eo.params_chosen.assign(program.params.size(), false);
    for (std::size_t i = 0; i < program.params.size(); ++i) {
        eo.params[i] = program.params[i].default_value;
    }
    for (const auto& [name, value] : options.params) {
        std::size_t found = program.params.size();
        std::vector<std::string> names;
        for (std::size_t i = 0; i < program.params.size(); ++i) {
            names.push_back(program.params[i].name);
            if (program.params[i].name == name) found = i;
        }
        if (found == program.params.size()) {
            diagnostics.push_back(usage_error(codes::kUnknownParam,
                                              base::msg(codes::kUnknownParam, name),
                                              base::did_you_mean(name, names), options.language));
            continue;
        }
        const ir::Enum& values = program.enums[program.params[found].values.index()];
        std::vector<std::string> words;
        bool matched = false;
        for (std::size_t v = 0; v < values.values.size(); ++v) {
            words.push_back(values.values[v].name);
            if (values.values[v].name == value) {
                eo.params[found] = static_cast<std::uint32_t>(v);
                eo.params_chosen[found] = true;
                matched = true;
            }
        }
        if (!matched) {
            std::string list;
            for (const std::string& w : words) list += (list.empty() ? "" : ", ") + w;
            diagnostics.push_back(usage_error(codes::kBadParamValue,
                                              base::msg(codes::kBadParamValue, value, name),
                                              base::msg("E7003.hint", list), options.language));
        }
    }
    if (!options.why_not.empty() && !is_why_not_target(program, options.why_not)) {
        std::vector<std::string> names;
        for (const ir::Rule& rule : program.rules) names.push_back(rule.name);
        for (const ir::Category& category : program.categories) names.push_back(category.name);
        diagnostics.push_back(
            usage_error(codes::kUnknownWhyNot, base::msg(codes::kUnknownWhyNot, options.why_not),
                        base::did_you_mean(options.why_not, names), options.language));
    }
}

}  // namespace

void read_options(const ir::Program& program, const EvalOptions& options, Options& out,
                  std::vector<Diagnostic>& diagnostics) {
    configure(program, options, out, diagnostics);
    // Why-not entries are descriptions through and through; they imply a described decision.
    out.describe = options.describe || !options.why_not.empty() || options.examine_all;
    out.trail = options.trail && out.describe;
    out.why_not = options.why_not;
    out.examine_all = options.examine_all && options.why_not.empty();
    out.work_limit = options.work_limit;
    out.time_limit = options.time_limit;
    out.deadline = options.deadline;
}

Diagnostic stopped_error(const Stopped& stopped, Language language) {
    switch (stopped.limit) {
        case Limit::Work:
            return usage_error(codes::kStopped,
                               base::msg(codes::kStopped, stopped.steps - 1, stopped.work_limit),
                               base::msg("E7006.hint"), language);
        case Limit::Time:
        case Limit::None:  // never given: evaluate() fills Stopped only when a bound was passed
            break;
    }
    return usage_error(codes::kStopped,
                       base::msg("E7006.time", stopped.time_limit.count(), stopped.steps - 1),
                       base::msg("E7006.hint"), language);
}

}  // namespace netral::eval
