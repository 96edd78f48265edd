// SPDX-License-Identifier: Apache-2.0
// What-if through the C API: the incident read once, the changes (`PATH=VALUE`, `unset PATH`)
// resolved and applied with include/netral/whatif.hpp, both sides decided with the same
// options, and the diff rendered as `netral whatif` renders it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "capi/boundary.hpp"
#include "capi/handles.hpp"
#include "capi/requests.hpp"
#include "netral/whatif.hpp"

namespace netral::capi {
namespace {

/// The notation of an unset in the diff's `changes` list, read back the same way.
constexpr std::string_view kUnsetPrefix = "unset ";

/// Reads one change: `PATH=VALUE` (the path ends at the first `=`) or `unset PATH`.
std::optional<Change> read_change(std::string_view text, std::size_t index) {
    Change change;
    change.label = "change #" + std::to_string(index + 1);
    std::size_t eq = text.find('=');
    if (eq != std::string_view::npos && eq > 0) {
        change.path = std::string(text.substr(0, eq));
        change.value = std::string(text.substr(eq + 1));
        return change;
    }
    if (eq == std::string_view::npos && text.substr(0, kUnsetPrefix.size()) == kUnsetPrefix &&
        text.size() > kUnsetPrefix.size()) {
        change.path = std::string(text.substr(kUnsetPrefix.size()));
        return change;
    }
    return std::nullopt;
}

}  // namespace
}  // namespace netral::capi

extern "C" {

netral_status netral_whatif(const netral_rules* rules, const char* name, const char* incident,
                            const char* const* changes, size_t change_count, const char* options,
                            char** out) {
    constexpr const char* kFunction = "netral_whatif";
    using namespace netral::capi;
    if (out == nullptr) return NETRAL_MISUSE;
    return guard(kFunction, out, [&] {
        netral::Language language = options_language(options);
        std::string missing = rules == nullptr                         ? "rules"
                              : incident == nullptr                    ? "incident"
                              : change_count > 0 && changes == nullptr ? "changes"
                                                                       : "";
        for (size_t i = 0; missing.empty() && i < change_count; ++i) {
            if (changes[i] == nullptr) missing = "changes[" + std::to_string(i) + "]";
        }
        if (!missing.empty()) {
            return fail(out, misuse(kFunction, null_argument(kFunction, missing, language)));
        }
        std::string source = incident_name(name);
        Failure failure;
        std::optional<netral::RequestOptions> request =
            read_options(*rules->rules, options, source, failure);
        if (!request) return fail(out, failure);
        language = request->language;
        std::vector<netral::Change> wanted;
        for (size_t i = 0; i < change_count; ++i) {
            std::optional<netral::Change> change = read_change(changes[i], i);
            if (!change) {
                return fail(
                    out,
                    Failure{NETRAL_INVALID_CHANGE, source, {bad_change(changes[i], language)}});
            }
            wanted.push_back(std::move(*change));
        }
        netral::IncidentResult before =
            netral::load_incident(rules->rules, netral::Source{source, incident},
                                  netral::IncidentFormat::Auto, {}, language);
        if (!before.ok()) {
            return fail(out, Failure{incident_status(before.diagnostics), source,
                                     std::move(before.diagnostics)});
        }
        netral::ChangeResult resolved = netral::resolve_changes(before.facts, wanted, language);
        if (!resolved.ok()) {
            return fail(out,
                        Failure{NETRAL_INVALID_CHANGE, source, std::move(resolved.diagnostics)});
        }
        netral::IncidentResult after = netral::apply_changes(resolved.changes, language);
        if (!after.ok()) {
            return fail(out, Failure{NETRAL_INVALID_CHANGE, source, std::move(after.diagnostics)});
        }
        netral::WhatIfResult result =
            netral::what_if(*rules->rules, *before.facts, request->eval, *after.facts,
                            request->eval, resolved.changes.get());
        if (!result.ok()) {
            return fail(out, Failure{NETRAL_NOT_EVALUATED, source, std::move(result.diagnostics)});
        }
        return succeed(out, netral::render_diff(result.diff, request->format, language));
    });
}

}  // extern "C"
