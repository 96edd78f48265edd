// SPDX-License-Identifier: Apache-2.0
// Rule sets through the C API: loaded from a directory or from in-memory files with
// compile_rules(), and read back (name, version, digest, rule count).
#include <memory>
#include <new>
#include <string>
#include <vector>

#include "capi/boundary.hpp"
#include "capi/handles.hpp"
#include "netral/evaluate.hpp"

namespace {

using netral::capi::give_diagnostics;
using netral::capi::guard;
using netral::capi::guard_rules;

/// Compiles `sources` into a new handle, or NULL; the diagnostics go to `*diagnostics`.
netral_rules* compile(const std::vector<netral::Source>& sources, netral::Language language,
                      char** diagnostics) {
    netral::CheckOptions options;
    options.language = language;
    netral::CompileResult compiled = netral::compile_rules(sources, options);
    std::unique_ptr<netral_rules> handle;
    if (compiled.ok()) handle.reset(new netral_rules{std::move(compiled.rules)});
    // Last, so that nothing that could throw runs after the caller's string is made.
    give_diagnostics(diagnostics, compiled.diagnostics);
    return handle.release();
}

/// Refuses a call with one diagnostic: NULL, and the diagnostic to `*diagnostics`.
netral_rules* refuse(char** diagnostics, netral::Diagnostic diagnostic) {
    give_diagnostics(diagnostics, {std::move(diagnostic)});
    return nullptr;
}

/// One of the rule set's strings, copied out.
template <typename Field>
netral_status rules_text(const char* function, const netral_rules* rules, char** out, Field field) {
    if (out == nullptr) return NETRAL_MISUSE;
    return guard(function, out, [&] {
        if (rules == nullptr) {
            return netral::capi::fail(
                out, netral::capi::misuse(
                         function, netral::capi::null_argument(function, "rules",
                                                               netral::Language::Indonesian)));
        }
        return netral::capi::succeed(out, field(*rules->rules));
    });
}

}  // namespace

extern "C" {

netral_rules* netral_rules_load_directory(const char* directory, const char* lang,
                                          char** diagnostics) {
    constexpr const char* kFunction = "netral_rules_load_directory";
    return guard_rules(kFunction, diagnostics, [&]() -> netral_rules* {
        netral::Language language = netral::Language::Indonesian;
        if (auto bad = netral::capi::check_language(lang, language)) {
            return refuse(diagnostics, std::move(*bad));
        }
        if (directory == nullptr) {
            return refuse(diagnostics,
                          netral::capi::null_argument(kFunction, "directory", language));
        }
        std::string error;
        auto sources = netral::load_rule_directory(directory, error);
        if (!sources) {
            return refuse(diagnostics, netral::capi::no_rule_directory(directory, error, language));
        }
        return compile(*sources, language, diagnostics);
    });
}

netral_rules* netral_rules_load_files(const char* const* paths, const char* const* texts,
                                      size_t count, const char* lang, char** diagnostics) {
    constexpr const char* kFunction = "netral_rules_load_files";
    return guard_rules(kFunction, diagnostics, [&]() -> netral_rules* {
        netral::Language language = netral::Language::Indonesian;
        if (auto bad = netral::capi::check_language(lang, language)) {
            return refuse(diagnostics, std::move(*bad));
        }
        if (count > 0 && paths == nullptr) {
            return refuse(diagnostics, netral::capi::null_argument(kFunction, "paths", language));
        }
        if (count > 0 && texts == nullptr) {
            return refuse(diagnostics, netral::capi::null_argument(kFunction, "texts", language));
        }
        std::vector<netral::Source> sources;
        sources.reserve(count);
        for (size_t i = 0; i < count; ++i) {
            for (auto [array, name] : {std::pair{paths, "paths"}, std::pair{texts, "texts"}}) {
                if (array[i] == nullptr) {
                    std::string argument = std::string(name) + "[" + std::to_string(i) + "]";
                    return refuse(diagnostics,
                                  netral::capi::null_argument(kFunction, argument, language));
                }
            }
            sources.push_back({paths[i], texts[i]});
        }
        return compile(sources, language, diagnostics);
    });
}

void netral_rules_free(netral_rules* rules) { delete rules; }

netral_status netral_rules_name(const netral_rules* rules, char** out) {
    return rules_text("netral_rules_name", rules, out,
                      [](const netral::RuleSet& set) { return set.name(); });
}

netral_status netral_rules_version(const netral_rules* rules, char** out) {
    return rules_text("netral_rules_version", rules, out,
                      [](const netral::RuleSet& set) { return set.version(); });
}

netral_status netral_rules_digest(const netral_rules* rules, char** out) {
    return rules_text("netral_rules_digest", rules, out,
                      [](const netral::RuleSet& set) { return set.digest(); });
}

netral_status netral_rules_count(const netral_rules* rules, size_t* count, char** out) {
    constexpr const char* kFunction = "netral_rules_count";
    if (out == nullptr) return NETRAL_MISUSE;
    return guard(kFunction, out, [&] {
        const char* missing = rules == nullptr ? "rules" : count == nullptr ? "count" : nullptr;
        if (missing != nullptr) {
            return netral::capi::fail(
                out, netral::capi::misuse(
                         kFunction, netral::capi::null_argument(kFunction, missing,
                                                                netral::Language::Indonesian)));
        }
        *count = rules->rules->rule_count();
        *out = nullptr;
        return NETRAL_OK;
    });
}

}  // extern "C"
