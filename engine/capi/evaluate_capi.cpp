// SPDX-License-Identifier: Apache-2.0
// Decisions through the C API: netral_evaluate() is parse_request_options() + decide(), so the
// options, the decision JSON and the diagnostics are those of `netral eval`; netral_render()
// renders a kept decision again in any format, language and detail.
#include <memory>
#include <optional>
#include <string>

#include "capi/boundary.hpp"
#include "capi/handles.hpp"
#include "capi/requests.hpp"
#include "netral/request.hpp"

extern "C" {

netral_status netral_evaluate(const netral_rules* rules, const char* name, const char* incident,
                              const char* options, netral_decision** decision, char** out) {
    constexpr const char* kFunction = "netral_evaluate";
    using namespace netral::capi;
    if (out == nullptr) return NETRAL_MISUSE;
    if (decision != nullptr) *decision = nullptr;
    return guard(kFunction, out, [&] {
        netral::Language language = options_language(options);
        const char* missing = rules == nullptr      ? "rules"
                              : incident == nullptr ? "incident"
                                                    : nullptr;
        if (missing != nullptr) {
            return fail(out, misuse(kFunction, null_argument(kFunction, missing, language)));
        }
        std::string source = incident_name(name);
        Failure failure;
        std::optional<netral::RequestOptions> request =
            read_options(*rules->rules, options, source, failure);
        if (!request) return fail(out, failure);
        netral::DecideResult result = netral::decide(rules->rules, netral::Source{source, incident},
                                                     netral::IncidentFormat::Auto, *request);
        if (!result.ok()) {
            return fail(out, Failure{status_of(result.status), source, result.diagnostics});
        }
        std::unique_ptr<netral_decision> kept;
        if (decision != nullptr) kept.reset(new netral_decision{std::move(*result.decision)});
        netral_status status = succeed(out, result.body);
        if (decision != nullptr) *decision = kept.release();
        return status;
    });
}

netral_status netral_render(const netral_decision* decision, const char* format, const char* lang,
                            const char* detail, char** out) {
    constexpr const char* kFunction = "netral_render";
    using namespace netral::capi;
    if (out == nullptr) return NETRAL_MISUSE;
    return guard(kFunction, out, [&] {
        netral::Language language = netral::Language::Indonesian;
        if (auto bad = check_language(lang, language)) {
            return fail(out, misuse(kFunction, std::move(*bad), NETRAL_BAD_OPTIONS));
        }
        if (decision == nullptr) {
            return fail(out, misuse(kFunction, null_argument(kFunction, "decision", language)));
        }
        // The request options' names and checks, so every host accepts the same words.
        netral::RequestOptions options;
        for (auto [option, value] : {std::pair{"format", format}, std::pair{"detail", detail}}) {
            if (value == nullptr) continue;
            if (auto bad = netral::set_request_option(options, option, value, language)) {
                return fail(out, misuse(kFunction, std::move(*bad), NETRAL_BAD_OPTIONS));
            }
        }
        return succeed(
            out, netral::render(decision->decision, options.format, language, options.detail));
    });
}

void netral_decision_free(netral_decision* decision) { delete decision; }

}  // extern "C"
