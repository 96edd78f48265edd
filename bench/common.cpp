// SPDX-License-Identifier: Apache-2.0
// Loading the bundled pack and the examples for the benchmarks (common.hpp).
#include "common.hpp"

#include <benchmark/benchmark.h>

#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include "synthetic.hpp"

namespace netral::bench {

std::shared_ptr<const RuleSet> bundled_rules() {
    static const std::shared_ptr<const RuleSet> rules = [] {
        std::string error;
        auto sources = load_rule_directory(NETRAL_RULES_DIR, error);
        if (!sources) throw std::runtime_error("cannot read " NETRAL_RULES_DIR ": " + error);
        return compile_or_throw(*sources);
    }();
    return rules;
}

std::shared_ptr<const Facts> example_facts(const std::string& name) {
    const std::string path = std::string(NETRAL_EXAMPLES_DIR) + "/" + name;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    IncidentResult result = load_incident(bundled_rules(), Source{path, text.str()});
    if (!result.ok()) throw std::runtime_error("load_incident failed:\n" + result.text);
    return result.facts;
}

Decision evaluate_or_throw(const RuleSet& rules, const Facts& facts, bool trail, bool describe) {
    EvalOptions options;
    options.as_of = kAsOf;
    options.trail = trail;
    options.describe = describe;
    EvalResult result = evaluate(rules, facts, options);
    if (!result.ok()) {
        std::string text = "evaluate failed:";
        for (const Diagnostic& d : result.diagnostics) text += " " + d.code + " " + d.message;
        throw std::runtime_error(text);
    }
    return std::move(*result.decision);
}

void require(bool condition, const std::string& what) {
    if (!condition) throw std::runtime_error(what);
}

int run_checked(int argc, char** argv, const char* program, void (*check)()) {
    try {
        check();
    } catch (const std::exception& e) {
        std::cerr << program << ": " << e.what() << "\n";
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

}  // namespace netral::bench
