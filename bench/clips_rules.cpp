// SPDX-License-Identifier: Apache-2.0
// Translates the random rules into CLIPS constructs and runs them through CLIPS's environment
// API (clips_rules.hpp). A rule `e3 == v5 and i2 in 10 .. 40 and e1 in {v1, v4}` becomes
//   (defrule q7 (act (pos ?pos) (e3 v5) (i2 ?i2&:(<= 10 ?i2 40)) (e1 v1|v4)) => (matched ?pos 7))
// Enum values are symbols, so an enum range is the disjunction of its values, which is how a
// CLIPS author writes it.
#include "clips_rules.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

extern "C" {
#include <clips/clips.h>
}

namespace netral::bench {

namespace {

/// Slot names of the `act` deftemplate, by field index, then `pos`, the act's position.
const std::array<std::string, kFields + 1>& slot_names() {
    static const std::array<std::string, kFields + 1> names = [] {
        std::array<std::string, kFields + 1> out;
        for (std::size_t f = 0; f < kFields; ++f) {
            out[f] =
                f < kEnumFields ? "e" + std::to_string(f) : "i" + std::to_string(f - kEnumFields);
        }
        out[kFields] = "pos";
        return out;
    }();
    return names;
}

std::string atom_text(const Condition& c, std::int64_t value) {
    return c.field < kEnumFields ? "v" + std::to_string(value) : std::to_string(value);
}

/// One slot constraint of a rule's pattern.
std::string constraint_text(const Condition& c) {
    const std::string& slot = slot_names()[c.field];
    switch (c.op) {
        case Condition::Op::Equal:
            return "(" + slot + " " + atom_text(c, c.low) + ")";
        case Condition::Op::In: {
            std::string text = "(" + slot + " ";
            for (std::size_t i = 0; i < c.members.size(); ++i) {
                text += (i ? "|" : "") + atom_text(c, c.members[i]);
            }
            return text + ")";
        }
        case Condition::Op::Range: {
            if (c.field < kEnumFields) {
                std::string text = "(" + slot + " ";
                for (std::int64_t v = c.low; v <= c.high; ++v) {
                    text += (v != c.low ? "|" : "") + atom_text(c, v);
                }
                return text + ")";
            }
            // (<= a ?x b): CLIPS's comparison takes any number of arguments, in order.
            const std::string var = "?" + slot;
            return "(" + slot + " " + var + "&:(<= " + std::to_string(c.low) + " " + var + " " +
                   std::to_string(c.high) + "))";
        }
    }
    throw std::logic_error("unknown condition operator");
}

std::string defrule_text(const RandomRule& rule, std::size_t position) {
    std::string text = "(defrule " + rule.id + " (act (pos ?pos)";
    for (const Condition& c : rule.conditions) text += " " + constraint_text(c);
    return text + ") => (matched ?pos " + std::to_string(position) + "))";
}

/// (matched ?pos ?rule): the right-hand side of every rule. The run's output vector is the
/// environment's context, set by ClipsRules::run.
int record_match(void* env) {
    auto* out = static_cast<std::vector<std::pair<std::uint32_t, std::uint32_t>>*>(
        GetEnvironmentContext(env));
    out->emplace_back(static_cast<std::uint32_t>(EnvRtnLong(env, 1)),
                      static_cast<std::uint32_t>(EnvRtnLong(env, 2)));
    return 0;
}

// A count on an atom keeps it out of CLIPS's garbage collection for the environment's life.
void* held_symbol(void* env, const std::string& name) {
    void* atom = EnvAddSymbol(env, name.c_str());
    IncrementSymbolCount(atom);
    return atom;
}

void* held_integer(void* env, long long value) {
    void* atom = EnvAddLong(env, value);
    IncrementIntegerCount(atom);
    return atom;
}

}  // namespace

ClipsRules::ClipsRules(const std::vector<RandomRule>& rules) : env_(CreateEnvironment()) {
    if (env_ == nullptr) throw std::runtime_error("CLIPS: cannot create an environment");
    EnvUnwatch(env_, "all");
    // 'i' returns an integer (ignored), "22i": exactly two integer arguments.
    EnvDefineFunction2(env_, "matched", 'i', record_match, "record_match", "22i");
    std::string deftemplate = "(deftemplate act";
    for (const std::string& slot : slot_names()) deftemplate += " (slot " + slot + ")";
    deftemplate += ")";
    if (EnvBuild(env_, deftemplate.c_str()) == 0) {
        DestroyEnvironment(env_);
        throw std::runtime_error("CLIPS refused the template: " + deftemplate);
    }
    for (std::size_t r = 0; r < rules.size(); ++r) {
        const std::string text = defrule_text(rules[r], r);
        if (EnvBuild(env_, text.c_str()) == 0) {
            DestroyEnvironment(env_);
            throw std::runtime_error("CLIPS refused a rule: " + text);
        }
    }
    EnvReset(env_);
    act_template_ = EnvFindDeftemplate(env_, "act");
    for (std::int64_t v = 0; v < kEnumValues; ++v) {
        enum_atoms_.push_back(held_symbol(env_, "v" + std::to_string(v)));
    }
    for (std::int64_t v = 0; v <= kIntMax; ++v) int_atoms_.push_back(held_integer(env_, v));
}

ClipsRules::~ClipsRules() { DestroyEnvironment(env_); }

void ClipsRules::run(const std::vector<RandomAct>& acts,
                     std::vector<std::pair<std::uint32_t, std::uint32_t>>& out) {
    out.clear();
    while (position_atoms_.size() < acts.size()) {
        position_atoms_.push_back(
            held_integer(env_, static_cast<long long>(position_atoms_.size())));
    }
    // Checked before any fact is made, so a refused act leaves the environment clean.
    for (const RandomAct& act : acts) {
        for (std::size_t f = 0; f < kFields; ++f) {
            const std::int64_t max = f < kEnumFields ? kEnumValues - 1 : kIntMax;
            if (act.values[f] < 0 || act.values[f] > max) {
                throw std::runtime_error(
                    "CLIPS: value of " + slot_names()[f] + " in " + act.id +
                    " out of the generator's domain: " + std::to_string(act.values[f]));
            }
        }
    }
    const auto& slots = slot_names();
    DATA_OBJECT value{};
    for (std::size_t a = 0; a < acts.size(); ++a) {
        struct fact* fact = EnvCreateFact(env_, act_template_);
        for (std::size_t f = 0; f < kFields; ++f) {
            const std::int64_t v = acts[a].values[f];
            const bool is_enum = f < kEnumFields;
            const std::vector<void*>& atoms = is_enum ? enum_atoms_ : int_atoms_;
            value.type = is_enum ? SYMBOL : INTEGER;
            value.value = atoms[static_cast<std::size_t>(v)];
            EnvPutFactSlot(env_, fact, slots[f].c_str(), &value);
        }
        value.type = INTEGER;
        value.value = position_atoms_[a];
        EnvPutFactSlot(env_, fact, slots[kFields].c_str(), &value);
        // Positions differ, so no act duplicates another and CLIPS asserts every one.
        void* asserted = EnvAssert(env_, fact);
        EnvIncrementFactCount(env_, asserted);
        facts_.push_back(asserted);
    }
    SetEnvironmentContext(env_, &out);
    EnvRun(env_, -1);
    SetEnvironmentContext(env_, nullptr);
    for (void* fact : facts_) {
        EnvDecrementFactCount(env_, fact);
        EnvRetract(env_, fact);
    }
    facts_.clear();
    // Rules fire in agenda order; the contract is the loop's order.
    std::sort(out.begin(), out.end());
}

}  // namespace netral::bench
