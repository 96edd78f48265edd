// SPDX-License-Identifier: Apache-2.0
// Turns run-time values, origins and IR pieces into the plain texts of a Decision: value ids and
// their labels in both languages, file:line:col locations, fact paths (`acts[like-1].impact`),
// citations, rule references and reason texts. Only used while building a decision.
#pragma once

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "eval/evaluator.hpp"
#include "netral/decision.hpp"

namespace netral::eval {

/// Every rule's reference with its citations as if in force, for Inputs::rule_refs: computed once
/// per rule set so that a finding copies it instead of locating spans and joining citation texts.
std::vector<RuleRef> describe_rules(const ir::Program& program, const base::SourceMap& sources);

class Describer {
public:
    explicit Describer(Evaluator& evaluator);

    Location rule_location(const base::Span& span) const;
    Location incident_location(const base::Span& span) const;
    Text label(const ir::Label& label) const;
    Text plain(const std::string& text) const { return {text, text}; }

    /// A value as an id: `candidate_promotion`, `2024-10-03`, `2024-09-01..2024-09-30`, `true`.
    std::string value_id(const facts::Value& value, ir::Type type) const;
    /// The value's label from the rule pack (enum values, ladder steps), else its id.
    Text value_label(const facts::Value& value, ir::Type type) const;
    std::string level_id(std::uint32_t category, std::uint32_t sanction) const;
    Text level_label(std::uint32_t category, std::uint32_t sanction) const;

    /// The path of a field of an instance: `acts[like-1].impact`, `person.status`.
    std::string field_path(const facts::Instance* instance, std::uint32_t field) const;
    std::string fact_path(std::uint32_t fact) const;
    std::string instance_path(const facts::Instance* instance) const;
    /// "needs: …" texts for review items, in both languages.
    std::vector<Text> need_texts(const std::vector<Need>& needs) const;

    /// What an expression read, with its value and origin (evaluated in the current bindings).
    ValueSeen seen(ir::ExprId id);
    /// The expression as written (from the plan).
    const std::string& text(ir::ExprId id) const {
        return ev_.inputs().plan.expr_texts[id.index()];
    }
    /// True when `seen` would describe a constant (nothing worth listing).
    bool is_constant(ir::ExprId id) const;

    CitationRef citation(const ir::Citation& citation, std::optional<facts::DaySpan> judged) const;
    RuleRef rule_ref(ir::RuleId rule, std::optional<facts::DaySpan> judged) const;
    /// Whether the cited regulation was in force on the judged date (true without a period).
    bool in_force_on(const ir::Citation& citation, facts::DaySpan judged) const;
    /// The rule's `because` text with placeholders evaluated in the current bindings, each
    /// form's values in that form's language (the English text is the Indonesian one when the
    /// rule gives no English form).
    Text reason(const ir::Reason& reason);

    /// Traces of derived-fact definitions already explained in this evaluation, by (derived
    /// fact, argument instance serial or ~0, nesting depth, with hints): a derived fact read by
    /// many rules is explained once and copied (trace.cpp).
    std::map<std::tuple<std::uint32_t, std::uint32_t, int, bool>, ConditionTrace> derivations;

private:
    /// Names every instance by its path, once, on first use (only decisions that name an
    /// element pay for it).
    void index_paths() const;
    /// One form of a reason template, filled in the current bindings.
    std::string reason_text(const std::vector<ir::ReasonPart>& parts, bool english);
    /// A placeholder's value in words of one language: labels, yes/no, dates in words.
    std::string placeholder_text(const facts::Value& value, ir::Type type, bool english) const;
    Evaluator& ev_;
    const ir::Program& p_;
    mutable bool paths_indexed_ = false;
    mutable std::vector<std::string> paths_;  ///< by Instance::serial
};

}  // namespace netral::eval
