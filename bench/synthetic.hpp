// SPDX-License-Identifier: Apache-2.0
// Synthetic rule sets for the benchmarks, generated as rule-language text in memory, and the
// plain description of the same rules that the hand-written loop (plain_loop.hpp) evaluates.
//
// * kind_rules(n): n rules discriminated by act kind (n/10 kinds, ten rules per kind told apart
//   by a `channel`, half of them with a score range), the shape of a growing rule pack where
//   each rule concerns one kind of act. Used to see whether evaluation cost stays flat as the
//   pack grows, and how long the pack takes to compile.
// * random_rules(n, seed): n rules of 2–4 random conditions (==, in {…}, a range) over the 20
//   int and enum fields of one record, the shape agencies accumulate; used against a plain loop.
//   An int range is `in a .. b`; the language has no enum ranges, so an enum range is written
//   `x >= a and x <= b`.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "netral/evaluate.hpp"

namespace netral::bench {

/// A generated rule set: its files (a vocabulary module and rule modules of at most 1,000 rules
/// each, to stay under the 1 MiB per-file limit) and its size.
struct GeneratedRules {
    std::vector<Source> sources;
    std::size_t rule_count = 0;
};

/// The act of a kind-discriminated incident.
struct KindAct {
    std::string id;
    std::string date;      ///< YYYY-MM-DD
    std::size_t kind = 0;  ///< k<kind>
    std::size_t channel = 0;
    std::int64_t score = 0;
};

/// How the rules of kind_rules test the act. Indexed: `a.kind == kX and a.channel == cY [and
/// a.score in lo .. hi]`, which netral's rule index narrows to the one candidate rule per act.
/// Scan: `a.score > a.limit or (a.kind == kX and a.channel == cY)`, the same matches, but no
/// conjunct is a simple test of a field, so every rule is a candidate for every act and is
/// visited (the case of "no allocation per rule visited").
enum class KindShape { Indexed, Scan };

GeneratedRules kind_rules(std::size_t n, KindShape shape = KindShape::Indexed);
/// Two acts, each matched by exactly one rule of kind_rules(n, either shape) for any n >= 20.
std::vector<KindAct> kind_incident(std::size_t n);

// --- random rules ------------------------------------------------------------------------------

constexpr std::size_t kEnumFields = 10;  ///< fields e0..e9 of enum `val` (v0..v15)
constexpr std::size_t kIntFields = 10;   ///< fields i0..i9 of type int (values 0..99)
constexpr std::size_t kFields = kEnumFields + kIntFields;
constexpr std::int64_t kEnumValues = 16;
constexpr std::int64_t kIntMax = 99;

/// One condition of a random rule on field `field` (0..9 enum, 10..19 int). Enum values are
/// their positions.
struct Condition {
    enum class Op : std::uint8_t { Equal, In, Range };
    Op op = Op::Equal;
    std::uint8_t field = 0;
    std::int64_t low = 0;               ///< Equal: the value; Range: first value
    std::int64_t high = 0;              ///< Range: last value
    std::vector<std::int64_t> members;  ///< In: the values
};

struct RandomRule {
    std::string id;
    std::vector<Condition> conditions;  ///< in the order they are written
};

struct RandomRuleSet {
    GeneratedRules text;
    std::vector<RandomRule> rules;
};

/// One act of a random incident: the value of every field, by field index.
struct RandomAct {
    std::string id;
    std::int64_t values[kFields] = {};
};

RandomRuleSet random_rules(std::size_t n, std::uint32_t seed);
std::vector<RandomAct> random_incident(std::size_t acts, std::uint32_t seed);

// --- building facts through the public API (no text parsing) -----------------------------------

/// Facts of kind_incident(n) built with FactsBuilder; throws std::runtime_error with the
/// diagnostics if the builder rejects them.
std::shared_ptr<const Facts> build_kind_facts(std::shared_ptr<const RuleSet> rules,
                                              const std::vector<KindAct>& acts);
std::shared_ptr<const Facts> build_random_facts(std::shared_ptr<const RuleSet> rules,
                                                const std::vector<RandomAct>& acts);

/// compile_rules, throwing std::runtime_error with the rendered diagnostics on failure.
std::shared_ptr<const RuleSet> compile_or_throw(const std::vector<Source>& sources);

/// The as-of date every benchmark evaluates on (fixed, so runs are reproducible).
inline constexpr const char* kAsOf = "2024-12-01";

}  // namespace netral::bench
