// SPDX-License-Identifier: Apache-2.0
// The compiled match against brute force. For random rules — over a list's elements and over
// the top-level facts — mixing equality, `!=`, membership, ranges, comparisons, booleans, dates,
// `not`/`or` over one field, and conditions the index cannot decide (relations between fields,
// facts outside the element), and random subjects with unknown values, inexact dates and
// defaults to compute: a rule the index leaves out must be false, and a candidate must get
// exactly the truth the whole rule evaluates to, from the residual conjuncts alone where the
// index says its tests hold or are unknown.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <random>
#include <sstream>

#include "api/front_end.hpp"
#include "check/expr_text.hpp"
#include "eval/evaluator.hpp"
#include "plan/plan.hpp"

namespace {

using namespace netral;
namespace ir = check::ir;

constexpr std::array<const char*, 5> kColours = {"red", "green", "blue", "black", "white"};
constexpr std::array<const char*, 4> kDates = {"2024-01-01", "2024-02-15", "2024-03-01",
                                               "2024-04-30"};

/// One random condition on the subject whose scalars are written `<prefix>name`.
std::string condition(std::mt19937& rng, const std::string& s) {
    std::uniform_int_distribution<int> pick(0, 9);
    auto colour = [&] { return std::string(kColours[pick(rng) % 5]); };
    auto date = [&] { return std::string(kDates[pick(rng) % 4]); };
    auto n = [&] { return std::to_string(pick(rng)); };
    switch (std::uniform_int_distribution<int>(0, 21)(rng)) {
        case 0:
            return s + "size == " + n();
        case 1:
            return s + "size in " + n() + " .. " + std::to_string(5 + pick(rng));
        case 2:
            return s + "weight > " + n();
        case 3:
            return s + "weight <= " + n();
        case 4:
            return s + "tag in {" + colour() + ", " + colour() + "}";
        case 5:
            return s + "flag";
        case 6:
            return s + "flag == true";
        case 7:
            return "not (" + s + "size == " + n() + ")";
        case 8:
            return "(" + s + "size == 1 or " + s + "weight == 2)";  // two fields: residual
        case 9:
            return s + "tag != red";
        case 10:
            return s + "seen < " + date();
        case 11:
            return s + "seen in " + std::string(kDates[pick(rng) % 2]) + " .. " +
                   std::string(kDates[2 + pick(rng) % 2]);
        case 12:
            return s + "kind == " + colour();
        case 13:
            return s + "size == " + s + "weight";  // a relation: residual
        case 14:
            return "not " + s + "flag";
        case 15:
            return "(" + s + "size == 3 or " + s + "size >= 7)";
        case 16:
            return s + "tag not in {" + colour() + "}";
        case 17:
            return s + "kind >= " + colour();
        case 18:
            return s + "stamp >= " + date();  // a default of as_of, computed
        case 19:
            return s + "size > 2 and " + s + "size < 8";
        case 20:
            return n() + " < " + s + "weight";
        default:
            return "top_flag";  // a top-level fact: residual in element rules
    }
}

std::string random_rules(std::mt19937& rng, int element_rules, int top_rules) {
    std::ostringstream out;
    out << "module m\n"
           "regulation UU 1/2000 \"Reg\"\n"
           "ruleset r { version \"1\" }\n"
           "enum colour { red green blue black white }\n"
           "record item { kind: colour required  size: int  weight: int  tag: colour  flag: bool\n"
           "  seen: date  stamp: date = as_of }\n"
           "fact items: list of item required\n"
           "fact top_kind: colour\nfact top_size: int\nfact top_weight: int\nfact top_tag: colour\n"
           "fact top_flag: bool\nfact top_seen: date\nfact top_stamp: date = as_of\n"
           "track t { note \"t\" }\n"
           "ladder l { category low  category high }\n";
    std::uniform_int_distribution<int> count(1, 3);
    for (int i = 0; i < element_rules + top_rules; ++i) {
        const bool top = i >= element_rules;
        out << "rule r" << i << " {\n  cite UU 1/2000 Pasal 1\n  status verified\n";
        if (!top) out << "  for x in items where " << condition(rng, "x.") << "\n";
        out << "  when ";
        for (int c = 0, n = count(rng); c < n; ++c) {
            out << (c > 0 ? " and " : "") << condition(rng, top ? "top_" : "x.");
        }
        out << "\n  then t high\n  because \"r\"\n}\n";
    }
    return out.str();
}

/// A random value of `type`, or none (unknown, or a default to compute where one is declared).
void fill(std::mt19937& rng, const ir::Type& type, bool optional, bool has_default,
          facts::Slot& slot) {
    std::uniform_int_distribution<int> pick(0, 11);
    const int roll = pick(rng);
    slot.origin.kind = facts::OriginKind::Host;
    if (roll == 11 && optional) {
        slot.value = facts::Value::unknown();
        slot.origin.kind = has_default ? facts::OriginKind::Default : facts::OriginKind::Absent;
        return;
    }
    const auto day = [](int month, int day_of_month) {
        return static_cast<facts::Day>(ir::to_days(ir::Date{2024, month, day_of_month}));
    };
    switch (type.kind) {
        case ir::TypeKind::Enum:
            slot.value = facts::Value::of_enum(roll % 5);
            break;
        case ir::TypeKind::Int:
            slot.value = facts::Value::of_int(roll);
            break;
        case ir::TypeKind::Bool:
            slot.value = facts::Value::of_bool(roll % 2 == 0);
            break;
        case ir::TypeKind::Date:
            if (roll < 3) {  // a month only: an inexact date
                slot.value = facts::Value::of_date({day(1 + roll, 1), day(1 + roll, 28)});
            } else {
                slot.value = facts::Value::of_date(
                    {day(1 + roll % 5, 1 + roll), day(1 + roll % 5, 1 + roll)});
            }
            break;
        default:
            break;
    }
}

/// The truth collect_hits gives a candidate.
int candidate_truth(eval::Evaluator& evaluator, const plan::RuleGroup& group, const ir::Rule& rule,
                    const plan::Candidate& candidate) {
    if (candidate.match == plan::Match::Whole) return evaluator.rule_truth(rule);
    int t = evaluator.residual_truth(rule, group.index.residual_begin(candidate.position),
                                     group.index.residual_end(candidate.position));
    return t == eval::kTrue && candidate.match == plan::Match::Unknown ? eval::kUnknown : t;
}

std::string rule_text(const ir::Program& program, const ir::Rule& rule) {
    std::string text;
    if (rule.binder && rule.binder->filter)
        text += check::expr_text(program, *rule.binder->filter) + " / ";
    if (rule.condition) text += check::expr_text(program, *rule.condition);
    return text;
}

}  // namespace

TEST_CASE("rule index: the compiled match gives every rule its exact truth") {
    std::mt19937 rng(20261123);
    api::FrontEnd front_end(100);
    CheckOptions options;
    api::run_front_end(front_end, {{"random.rules", random_rules(rng, 300, 150)}}, options);
    INFO(base::render_text(front_end.sink.sorted(), front_end.sources, netral::Language::English));
    REQUIRE(front_end.program);
    const ir::Program& program = *front_end.program;
    const plan::Plan plan = plan::build(program);
    REQUIRE(plan.groups.size() == 2);
    const plan::RuleGroup& top = plan.groups[0];
    const plan::RuleGroup& items = plan.groups[1];
    REQUIRE(top.rules.size() == 150);
    REQUIRE(items.rules.size() == 300);
    // Most rules have indexed tests; the element rules test all seven fields.
    CHECK(items.index.test_count() > 300);
    CHECK(items.index.scalar_count() == 7);
    CHECK(top.index.test_count() > 100);

    const ir::Record& record = program.records.front();
    std::array<std::size_t, 3> matches{};  // candidates by Match
    std::array<std::size_t, 3> truths{};   // rule truths, by value
    std::size_t left_out = 0;
    std::size_t checked = 0;
    std::vector<plan::Candidate> candidates;
    std::vector<std::uint64_t> words;
    auto check_subject = [&](eval::Evaluator& evaluator, const plan::RuleGroup& group,
                             const std::vector<facts::Slot>& slots,
                             const facts::Instance* element) {
        group.index.candidates(slots, candidates, words);
        CHECK(std::is_sorted(candidates.begin(), candidates.end(),
                             [](auto a, auto b) { return a.position < b.position; }));
        std::size_t next = 0;
        for (std::uint32_t pos = 0; pos < group.rules.size(); ++pos) {
            const ir::Rule& rule = program.rules[group.rules[pos].index()];
            if (element) evaluator.bind(rule.binder->var, facts::Value::of_record(element));
            const int expected = evaluator.rule_truth(rule);
            ++truths[expected];
            ++checked;
            if (next < candidates.size() && candidates[next].position == pos) {
                const plan::Candidate candidate = candidates[next++];
                ++matches[static_cast<std::size_t>(candidate.match)];
                const int got = candidate_truth(evaluator, group, rule, candidate);
                if (got != expected) {
                    FAIL_CHECK("rule " << rule.name << ": index path " << got << ", whole rule "
                                       << expected << " (match "
                                       << static_cast<int>(candidate.match)
                                       << "): " << rule_text(program, rule));
                }
            } else {
                ++left_out;
                if (expected != eval::kFalse) {
                    FAIL_CHECK("rule " << rule.name << " holds (" << expected
                                       << ") but is no candidate: " << rule_text(program, rule));
                }
            }
        }
    };

    for (int trial = 0; trial < 40; ++trial) {
        facts::Incident incident;
        incident.facts.resize(program.facts.size());
        facts::List& list = incident.lists.emplace_back();
        for (int e = 0; e < 8; ++e) {
            facts::Instance& item = incident.instances.emplace_back();
            item.record = ir::RecordId(0);
            item.slots.resize(plan.layout.record_size[0]);
            for (ir::FieldId field : record.fields) {
                const ir::Field& decl = program.fields[field.index()];
                fill(rng, decl.type, !decl.required, decl.default_value.has_value(),
                     item.slots[plan.layout.field_slot[field.index()]]);
            }
            list.items.push_back(&item);
        }
        for (std::size_t f = 0; f < program.facts.size(); ++f) {
            const ir::Fact& decl = program.facts[f];
            if (decl.type.kind == ir::TypeKind::List) {
                incident.facts[f].value = facts::Value::of_list(&list);
                continue;
            }
            fill(rng, decl.type, !decl.required, decl.default_value.has_value(), incident.facts[f]);
        }
        facts::number_instances(incident);
        base::SourceMap no_sources;
        const auto as_of = static_cast<facts::Day>(ir::to_days(ir::Date{2024, 3, 1}));
        eval::Inputs inputs{program, plan, no_sources, incident, as_of, {}, {}};
        eval::Evaluator evaluator(inputs);
        check_subject(evaluator, top, incident.facts, nullptr);
        for (const facts::Instance* item : list.items) {
            check_subject(evaluator, items, item->slots, item);
        }
    }
    // Every path was taken, and the index narrowed: most rules fail an indexed test.
    INFO("holds " << matches[0] << ", unknown " << matches[1] << ", whole " << matches[2]
                  << ", left out " << left_out << " of " << checked);
    CHECK(matches[static_cast<std::size_t>(plan::Match::Holds)] > 100);
    CHECK(matches[static_cast<std::size_t>(plan::Match::Unknown)] > 100);
    CHECK(matches[static_cast<std::size_t>(plan::Match::Whole)] > 100);
    CHECK(truths[eval::kTrue] > 100);
    CHECK(truths[eval::kUnknown] > 100);
    CHECK(left_out > checked / 2);
}

TEST_CASE("rule index: which conditions the match decides and which it leaves to evaluation") {
    struct Case {
        const char* condition;          // the rule's `when`, over `x` in items
        std::size_t expected_residual;  // conjuncts left to evaluate
    };
    const Case cases[] = {
        {"x.size == 3", 0},
        {"x.size != 3", 0},
        {"3 < x.size", 0},
        {"x.size in 2 .. 5", 0},
        {"x.kind in {red, blue}", 0},
        {"x.kind not in {red}", 0},
        {"x.kind >= green", 0},
        {"x.flag", 0},
        {"not x.flag", 0},
        {"x.seen < 2024-03-01", 0},
        {"x.seen in 2024-01-01 .. 2024-03-01", 0},
        {"(x.size == 1 or x.size > 7)", 0},
        {"x.size > 2 and x.size < 8", 0},
        {"x.size == x.weight", 1},              // a relation between fields
        {"(x.size == 1 or x.weight == 2)", 1},  // alternatives on two fields
        {"x.grade == low", 1},                  // ladder steps: ordered by rank, not by key
        {"top_size == 3", 1},                   // a top-level fact, the same for every element
        {"x.size == 3 and x.size == x.weight and x.flag", 1},
    };
    std::string text =
        "module m\n"
        "regulation UU 1/2000 \"Reg\"\n"
        "ruleset r { version \"1\" }\n"
        "enum colour { red green blue black white }\n"
        "ladder l { category low  category high }\n"
        "record item { kind: colour required  size: int  weight: int  flag: bool  seen: date\n"
        "  grade: l }\n"
        "fact items: list of item required\n"
        "fact top_size: int\n"
        "track t { note \"t\" }\n";
    for (std::size_t i = 0; i < std::size(cases); ++i) {
        text += "rule r" + std::to_string(i) +
                " {\n  cite UU 1/2000 Pasal 1\n  status verified\n  for x in items\n  when " +
                cases[i].condition + "\n  then t high\n  because \"r\"\n}\n";
    }
    api::FrontEnd front_end(100);
    CheckOptions options;
    api::run_front_end(front_end, {{"forms.rules", text}}, options);
    INFO(base::render_text(front_end.sink.sorted(), front_end.sources, netral::Language::English));
    REQUIRE(front_end.program);
    const plan::Plan plan = plan::build(*front_end.program);
    REQUIRE(plan.groups.size() == 2);
    const plan::RuleGroup& group = plan.groups[1];
    REQUIRE(group.rules.size() == std::size(cases));
    for (std::uint32_t pos = 0; pos < group.rules.size(); ++pos) {
        CAPTURE(cases[pos].condition);
        CHECK(static_cast<std::size_t>(group.index.residual_end(pos) -
                                       group.index.residual_begin(pos)) ==
              cases[pos].expected_residual);
    }
}
