// SPDX-License-Identifier: Apache-2.0
// The state of one evaluation and the evaluation of expressions over it. Expressions evaluate
// in three-valued logic: a value is Unknown when a fact it needs is absent without default, or
// when an inexact date (given only to the month or year) does not decide a comparison. Derived
// facts are computed on first use and memoised per evaluation (per record instance for those
// with a parameter). Nothing here allocates per expression; the memos are sized once.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/source_file.hpp"
#include "check/ir.hpp"
#include "eval/budget.hpp"
#include "facts/incident.hpp"
#include "plan/plan.hpp"

namespace netral {
struct RuleRef;
}

namespace netral::eval {

namespace ir = check::ir;

/// Why a value is unknown, for "needs: …" in review items.
struct Need {
    const facts::Instance* instance = nullptr;  ///< owner of the field, or null for a fact
    std::uint32_t id = 0;                       ///< FieldId or FactId value
    enum class Kind : std::uint8_t { Missing, InexactDate, NoTableRow } kind = Kind::Missing;
    std::uint32_t table = 0;  ///< NoTableRow: TableId value
};

/// Everything an evaluation reads, fixed for its duration.
struct Inputs {
    const ir::Program& program;
    const plan::Plan& plan;
    const base::SourceMap& rule_sources;
    const facts::Incident& incident;
    facts::Day as_of = 0;
    std::vector<std::uint32_t> params;  ///< by ParamId: the chosen value index
    std::vector<bool> params_chosen;    ///< by ParamId: given by the caller
    /// The rules described once per rule set (describe_rules), by RuleId; null: described
    /// on demand.
    const std::vector<RuleRef>* rule_refs = nullptr;
    /// The bounds of the evaluation, counted per expression node; null: unbounded.
    Budget* budget = nullptr;
};

class Evaluator {
public:
    explicit Evaluator(const Inputs& inputs);

    const Inputs& inputs() const { return in_; }
    const ir::Program& program() const { return in_.program; }

    /// Evaluates an expression with the current variable bindings. Each call is one step of
    /// the budget; once a bound is passed every call is unknown (the decision is discarded).
    facts::Value eval(ir::ExprId id);
    /// Truth of a Bool expression: 0 false, 1 true, 2 unknown.
    int truth(ir::ExprId id);

    /// Binds a variable (a rule's or quantifier's) to a value.
    void bind(ir::VarId var, facts::Value value) { vars_[slot(var)] = value; }
    facts::Value bound(ir::VarId var) const { return vars_[slot(var)]; }

    /// The value of a top-level fact, with its default applied when it is not a constant.
    facts::Value fact_value(ir::FactId fact);
    /// The value of field `field` of `instance`, with a non-constant default applied.
    facts::Value field_value(const facts::Instance& instance, ir::FieldId field);
    /// The field a Member reads on `instance`: its only field, or the one of the tag's case.
    std::optional<ir::FieldId> member_field(const facts::Instance& instance,
                                            const ir::Member& member) const;
    /// Row index of table `table` for `n` key values, or -1.
    std::int32_t table_row(ir::TableId table, const facts::Value* keys, std::size_t n) const;
    /// Tables with more keys than this are read as unknown (the checker's tables have 1–2).
    static constexpr std::size_t kMaxTableKeys = 8;

    /// Derived fact `derived` (applied to `argument` when it has a parameter).
    facts::Value derived(ir::DerivedId derived, const facts::Instance* argument);
    /// The rule that set a rule-defined derived fact for `argument`, if any did.
    std::optional<ir::RuleId> derived_setter(ir::DerivedId derived,
                                             const facts::Instance* argument);

    /// Whether a rule version is in force for the current bindings: 0, 1 or 2 (unknown).
    int in_force(const ir::Rule& rule);
    /// Truth of a rule for the current bindings (validity, `where`, `when`).
    int rule_truth(const ir::Rule& rule);
    /// Truth of a rule whose indexed tests hold (plan/rule_index.hpp): its validity and the
    /// conjuncts [first, last) of its `where` and `when` the index left to evaluate.
    int residual_truth(const ir::Rule& rule, const ir::ExprId* first, const ir::ExprId* last);

    /// Collects why the expression is unknown (absent facts, inexact dates, missing rows).
    void needs(ir::ExprId id, std::vector<Need>& out);
    /// Why a rule-defined derived fact is unknown for `argument`: its setting rules' needs.
    void setter_needs(ir::DerivedId derived, const facts::Instance* argument,
                      std::vector<Need>& out);

    /// Compares two scalar values of one type: -1, 0, 1, or 2 when an inexact date cannot tell.
    static int compare(const ir::Program& program, const facts::Value& a, const facts::Value& b);

private:
    std::uint32_t slot(ir::VarId var) const { return in_.plan.var_slot[var.index()]; }
    facts::Value eval_default(ir::ExprId default_value);
    facts::Value compute_derived(ir::DerivedId derived, const facts::Instance* argument);
    facts::Value in(const ir::In& node);
    facts::Value quantify(const ir::Quantifier& node);

    const Inputs& in_;
    Budget unbounded_;  ///< counts the steps of an evaluation given no budget
    Budget* budget_;    ///< in_.budget, else &unbounded_
    std::vector<facts::Value> vars_;
    // Memo of derived facts: state 0 = not computed, 1 = computing (cycle guard), 2 = done.
    std::vector<facts::Value> global_memo_;
    std::vector<std::uint8_t> global_state_;
    std::vector<std::uint32_t> instance_offset_;  ///< by Instance::serial
    std::vector<facts::Value> instance_memo_;
    std::vector<std::uint8_t> instance_state_;
    std::vector<std::int32_t> global_setter_;  ///< RuleId value that set it, or -1
    std::vector<std::int32_t> instance_setter_;
};

/// Packs a truth value.
inline constexpr int kFalse = 0;
inline constexpr int kTrue = 1;
inline constexpr int kUnknown = 2;

}  // namespace netral::eval
