// SPDX-License-Identifier: Apache-2.0
// The rule index only narrows: for random rules over several fields (equality, membership,
// ranges, comparisons, negations that cannot be indexed) and random elements (with unknown
// values), every rule whose condition holds or may hold must be among the index's candidates,
// and rules with an indexable test that fails must be left out.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <sstream>

#include "api/front_end.hpp"
#include "check/expr_text.hpp"
#include "eval/evaluator.hpp"
#include "plan/plan.hpp"

namespace {

using namespace netral;
namespace ir = check::ir;

std::string random_rules(std::mt19937& rng, int count) {
    std::ostringstream out;
    out << "module m\n"
           "regulation UU 1/2000 \"Reg\"\n"
           "ruleset r { version \"1\" }\n"
           "enum colour { red green blue black white }\n"
           "record item { kind: colour required  size: int  weight: int  tag: colour  flag: bool }\n"
           "fact items: list of item required\n"
           "track t { note \"t\" }\n"
           "ladder l { category low  category high }\n";
    std::uniform_int_distribution<int> pick(0, 9);
    const char* colours[] = {"red", "green", "blue", "black", "white"};
    for (int i = 0; i < count; ++i) {
        out << "rule r" << i << " {\n  cite UU 1/2000 Pasal 1\n  status verified\n"
            << "  for x in items where x.kind == " << colours[pick(rng) % 5] << "\n  when ";
        int conditions = 1 + pick(rng) % 3;
        for (int c = 0; c < conditions; ++c) {
            if (c > 0) out << " and ";
            switch (pick(rng)) {
                case 0: out << "x.size == " << pick(rng); break;
                case 1: out << "x.size in " << pick(rng) << " .. " << 5 + pick(rng); break;
                case 2: out << "x.weight > " << pick(rng); break;
                case 3: out << "x.weight <= " << pick(rng); break;
                case 4:
                    out << "x.tag in {" << colours[pick(rng) % 5] << ", " << colours[pick(rng) % 5]
                        << "}";
                    break;
                case 5: out << "x.flag"; break;
                case 6: out << "x.flag == true"; break;
                case 7: out << "not (x.size == " << pick(rng) << ")"; break;
                case 8: out << "(x.size == 1 or x.weight == 2)"; break;
                default: out << "x.tag != red"; break;
            }
        }
        out << "\n  then t high\n  because \"r\"\n}\n";
    }
    return out.str();
}

}  // namespace

TEST_CASE("rule index: candidates include every rule that holds or may hold") {
    std::mt19937 rng(20261123);
    api::FrontEnd front_end(100);
    CheckOptions options;
    api::run_front_end(front_end, {{"random.rules", random_rules(rng, 300)}}, options);
    INFO(base::render_text(front_end.sink.sorted(), front_end.sources, netral::Language::English));
    REQUIRE(front_end.program);
    const ir::Program& program = *front_end.program;
    plan::Plan plan = plan::build(program);
    REQUIRE(plan.groups.size() == 2);
    const plan::RuleGroup& group = plan.groups[1];
    CHECK(group.index.test_count() > 300);

    facts::Incident incident;
    const ir::Record& record = program.records.front();
    std::uniform_int_distribution<int> pick(0, 11);
    for (int e = 0; e < 200; ++e) {
        facts::Instance& item = incident.instances.emplace_back();
        item.record = ir::RecordId(0);
        item.slots.resize(plan.layout.record_size[0]);
        for (ir::FieldId field : record.fields) {
            facts::Slot& slot = item.slots[plan.layout.field_slot[field.index()]];
            int roll = pick(rng);
            if (roll == 11 && !program.fields[field.index()].required) continue;  // unknown
            switch (program.fields[field.index()].type.kind) {
                case ir::TypeKind::Enum: slot.value = facts::Value::of_enum(roll % 5); break;
                case ir::TypeKind::Int: slot.value = facts::Value::of_int(roll); break;
                case ir::TypeKind::Bool: slot.value = facts::Value::of_bool(roll % 2 == 0); break;
                default: break;
            }
            slot.origin.kind = facts::OriginKind::Host;
        }
    }
    facts::number_instances(incident);
    base::SourceMap no_sources;
    eval::Inputs inputs{program, plan, no_sources, incident, 0, {}, {}};
    eval::Evaluator evaluator(inputs);
    std::vector<std::uint32_t> candidates;
    std::size_t narrowed = 0;
    for (const facts::Instance& item : incident.instances) {
        group.index.candidates(item, candidates);
        CHECK(std::is_sorted(candidates.begin(), candidates.end()));
        narrowed += group.rules.size() - candidates.size();
        for (std::uint32_t pos = 0; pos < group.rules.size(); ++pos) {
            const ir::Rule& rule = program.rules[group.rules[pos].index()];
            evaluator.bind(rule.binder->var, facts::Value::of_record(&item));
            int truth = evaluator.rule_truth(rule);
            bool candidate = std::binary_search(candidates.begin(), candidates.end(), pos);
            if (truth != eval::kFalse && !candidate) {
                std::string values;
                for (const facts::Slot& slot : item.slots) {
                    values += slot.value.is_unknown() ? "? " : std::to_string(slot.value.kind == facts::ValueKind::Int ? slot.value.integer : (slot.value.kind == facts::ValueKind::Bool ? slot.value.boolean : slot.value.index)) + " ";
                }
                FAIL_CHECK("rule " << rule.name << " holds (" << truth << ") for element "
                                   << item.serial << " [" << values << "] but is no candidate: "
                                   << check::expr_text(program, *rule.binder->filter) << " / "
                                   << check::expr_text(program, *rule.condition));
            }
        }
    }
    // The index must actually narrow: most rules fail their kind test for a given element.
    CHECK(narrowed > incident.instances.size() * group.rules.size() / 2);
}
