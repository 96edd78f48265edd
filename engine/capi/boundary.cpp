// SPDX-License-Identifier: Apache-2.0
// The C boundary's strings, error objects and diagnostics (capi/boundary.hpp).
#include "capi/boundary.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <cstdlib>
#include <cstring>

#include "api/usage.hpp"
#include "base/message.hpp"
#include "netral/request.hpp"

namespace netral::capi {

char* copy_out(std::string_view text) {
    // malloc, not new[]: netral_string_free() is free(), whoever made the string.
    auto* copy = static_cast<char*>(std::malloc(text.size() + 1));
    if (copy == nullptr) throw std::bad_alloc();
    if (!text.empty()) std::memcpy(copy, text.data(), text.size());
    copy[text.size()] = '\0';
    return copy;
}

netral_status succeed(char** out, std::string_view text) {
    *out = copy_out(text);
    return NETRAL_OK;
}

netral_status fail(char** out, const Failure& failure) {
    *out = copy_out(error_object(failure.source, 0, "", failure.diagnostics, false));
    return failure.status;
}

Failure misuse(std::string_view function, Diagnostic diagnostic, netral_status status) {
    Failure failure;
    failure.status = status;
    failure.source = std::string(function);
    failure.diagnostics.push_back(std::move(diagnostic));
    return failure;
}

Diagnostic null_argument(std::string_view function, std::string_view argument, Language language) {
    return base::usage_error(codes::kNullArgument,
                            base::msg(codes::kNullArgument, function, argument),
                            base::msg("E7060.hint"), language);
}

Diagnostic bad_change(std::string_view change, Language language) {
    return base::usage_error(codes::kBadChange, base::msg(codes::kBadChange, change),
                            base::msg("E7061.hint"), language);
}

Diagnostic no_rule_directory(std::string_view directory, std::string_view reason,
                             Language language) {
    return base::usage_error(codes::kNoRuleDirectory, base::msg(codes::kNoRuleDirectory, directory),
                            base::Message::literal(std::string(reason)), language);
}

std::optional<Diagnostic> check_language(const char* name, Language& language) {
    language = Language::Indonesian;
    if (name == nullptr) return std::nullopt;
    if (std::optional<Language> known = parse_language(name)) {
        language = *known;
        return std::nullopt;
    }
    // The request options' check, so the message and its did-you-mean are the same everywhere.
    RequestOptions unused;
    return set_request_option(unused, "lang", name, language);
}

Language options_language(const char* options) {
    if (options == nullptr) return Language::Indonesian;
    boost::system::error_code error;
    boost::json::value value = boost::json::parse(options, error);
    if (error || !value.is_object()) return Language::Indonesian;
    const boost::json::value* lang = value.as_object().if_contains("lang");
    if (lang == nullptr || !lang->is_string()) return Language::Indonesian;
    return parse_language(std::string_view(lang->as_string())).value_or(Language::Indonesian);
}

void give_diagnostics(char** diagnostics, const std::vector<Diagnostic>& list) {
    if (diagnostics != nullptr) *diagnostics = copy_out(to_json(list));
}

namespace {

/// E7063 or E7064 for an exception caught in `function`, in Indonesian (the language asked for
/// is not known at that point).
Failure exception_failure(std::string_view function, netral_status status, const char* what) {
    Language language = Language::Indonesian;
    if (status == NETRAL_OUT_OF_MEMORY) {
        return misuse(
            function,
            base::usage_error(codes::kOutOfMemory, base::msg(codes::kOutOfMemory, function),
                             base::msg("E7063.hint"), language),
            status);
    }
    return misuse(function,
                  base::usage_error(codes::kInternal, base::msg(codes::kInternal, function, what),
                                   base::msg("E7064.hint"), language),
                  status);
}

}  // namespace

netral_status report_exception(std::string_view function, char** out, netral_status status,
                               const char* what) noexcept {
    try {
        return fail(out, exception_failure(function, status, what));
    } catch (...) {
        *out = nullptr;
        return status;
    }
}

void report_exception_diagnostics(std::string_view function, char** diagnostics,
                                  netral_status status, const char* what) noexcept {
    try {
        give_diagnostics(diagnostics, exception_failure(function, status, what).diagnostics);
    } catch (...) {
        if (diagnostics != nullptr) *diagnostics = nullptr;
    }
}

}  // namespace netral::capi
