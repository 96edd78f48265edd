// SPDX-License-Identifier: Apache-2.0
// Compiled rule sets for tests: a directory of rule files, compiled once per test program.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "netral/evaluate.hpp"

namespace netral::testing {

/// The rule set in `dir`, compiled on first use and kept for the program's lifetime; fails the
/// test when it does not load or compile.
inline std::shared_ptr<const RuleSet> compiled_rules(const std::filesystem::path& dir) {
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const RuleSet>> cache;
    std::lock_guard<std::mutex> lock(mutex);
    auto& slot = cache[dir.string()];
    if (!slot) {
        std::string error;
        auto sources = load_rule_directory(dir.string(), error);
        REQUIRE_MESSAGE(sources.has_value(), error);
        CompileResult compiled = compile_rules(*sources);
        REQUIRE_MESSAGE(compiled.ok(), compiled.text);
        slot = compiled.rules;
    }
    return slot;
}

/// The bundled rule pack (rules/).
inline std::shared_ptr<const RuleSet> bundled_rules() { return compiled_rules(NETRAL_RULES_DIR); }

}  // namespace netral::testing
