// SPDX-License-Identifier: Apache-2.0
// The edge between C callers and the engine: strings copied out with malloc (so one function,
// netral_string_free, releases any of them), the error object every failing call writes, the
// C API's own diagnostics (E7060-E7064), and guard(), which turns every exception into a status
// so that none crosses into C.
#pragma once

#include <exception>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "netral/netral.h"
#include "netral/netral.hpp"

namespace netral::capi {

namespace codes {
inline constexpr std::string_view kNullArgument = "E7060";     // a NULL pointer argument
inline constexpr std::string_view kBadChange = "E7061";        // neither PATH=VALUE nor unset PATH
inline constexpr std::string_view kNoRuleDirectory = "E7062";  // the rule directory unreadable
inline constexpr std::string_view kOutOfMemory = "E7063";      // std::bad_alloc
inline constexpr std::string_view kInternal = "E7064";         // any other exception
}  // namespace codes

/// A call that did not succeed: its status and what the error object says.
struct Failure {
    netral_status status = NETRAL_INTERNAL_ERROR;  ///< never NETRAL_OK
    std::string source;                            ///< the error object's `source`
    std::vector<Diagnostic> diagnostics;           ///< at least one error
};

/// A copy of `text` made with malloc. Throws std::bad_alloc when malloc fails.
char* copy_out(std::string_view text);

/// Writes `text` to `*out` and returns NETRAL_OK.
netral_status succeed(char** out, std::string_view text);
/// Writes the error object of `failure` to `*out` and returns its status.
netral_status fail(char** out, const Failure& failure);

/// A failure of one diagnostic without a location.
Failure misuse(std::string_view function, Diagnostic diagnostic,
               netral_status status = NETRAL_MISUSE);

/// E7060: argument `argument` of `function` is NULL.
Diagnostic null_argument(std::string_view function, std::string_view argument, Language language);
/// E7061: `change` is neither `PATH=VALUE` nor `unset PATH`.
Diagnostic bad_change(std::string_view change, Language language);
/// E7062: the rule directory `directory` cannot be read; `reason` says why (in English).
Diagnostic no_rule_directory(std::string_view directory, std::string_view reason,
                             Language language);
/// Sets `language` from the code `name` ("id", "en"; NULL: Indonesian). An unknown code leaves
/// Indonesian and gives its E7022, worded as the request options word it.
std::optional<Diagnostic> check_language(const char* name, Language& language);

/// The language the options ask for (`"lang": "en"`) when they are a JSON object naming a known
/// one, else Indonesian: the language of the options' own diagnostics, chosen before they are
/// read in full. Never throws for bad input.
Language options_language(const char* options);

/// Writes the diagnostics JSON array to `*diagnostics` when it is not NULL.
void give_diagnostics(char** diagnostics, const std::vector<Diagnostic>& list);

/// The error object of an exception caught in `function`: NETRAL_OUT_OF_MEMORY (E7063) or
/// NETRAL_INTERNAL_ERROR (E7064, with `what`), written to `*out`, or NULL when even that cannot
/// be made. Returns `status`.
netral_status report_exception(std::string_view function, char** out, netral_status status,
                               const char* what) noexcept;
/// The same as a diagnostics array for the loaders; NULL to `*diagnostics` (when not NULL) if
/// it cannot be made.
void report_exception_diagnostics(std::string_view function, char** diagnostics,
                                  netral_status status, const char* what) noexcept;

/// Runs `body` (which returns a netral_status) and turns any exception into
/// NETRAL_OUT_OF_MEMORY or NETRAL_INTERNAL_ERROR. `out` must not be NULL.
template <typename Body>
netral_status guard(std::string_view function, char** out, Body&& body) noexcept {
    try {
        return body();
    } catch (const std::bad_alloc&) {
        return report_exception(function, out, NETRAL_OUT_OF_MEMORY, "");
    } catch (const std::exception& e) {
        return report_exception(function, out, NETRAL_INTERNAL_ERROR, e.what());
    } catch (...) {
        return report_exception(function, out, NETRAL_INTERNAL_ERROR, "unknown exception");
    }
}

/// Runs `body` (which returns a netral_rules*) and turns any exception into NULL with its
/// diagnostics in `*diagnostics`.
template <typename Body>
netral_rules* guard_rules(std::string_view function, char** diagnostics, Body&& body) noexcept {
    try {
        return body();
    } catch (const std::bad_alloc&) {
        report_exception_diagnostics(function, diagnostics, NETRAL_OUT_OF_MEMORY, "");
    } catch (const std::exception& e) {
        report_exception_diagnostics(function, diagnostics, NETRAL_INTERNAL_ERROR, e.what());
    } catch (...) {
        report_exception_diagnostics(function, diagnostics, NETRAL_INTERNAL_ERROR,
                                     "unknown exception");
    }
    return nullptr;
}

}  // namespace netral::capi
