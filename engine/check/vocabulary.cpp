// SPDX-License-Identifier: Apache-2.0
// The vocabulary pass: expressions of the non-rule declarations. Field and fact defaults must
// be constants of the declared type; a derived fact's `= expr` is resolved with its parameter
// bound; params get their default and status; regulations their validity period.
#include "base/suggest.hpp"
#include "check/clause_values.hpp"
#include "check/codes.hpp"
#include "check/ir_walk.hpp"
#include "check/passes.hpp"
#include "check/syntax_util.hpp"

namespace netral::check {

namespace {

/// Resolves a default value; it must be a constant of `type`.
std::optional<ir::ExprId> resolve_default(Context& cx, ir::ModuleId module,
                                          const syntax::Chain& value, ir::Type type,
                                          const std::string& name) {
    ExprResolver resolver(cx, module);
    ir::ExprId id = resolver.resolve_as(value, type, base::msg("E3001.default", name));
    if (!is_constant(cx.program, id)) {
        cx.error(codes::kNotConstant, cx.program.span_of(id), base::msg("E3012", name)).hint =
            base::msg("E3012.hint");
    }
    return id;
}

void resolve_param(Context& cx, ir::ParamId id) {
    const auto [block, module] = cx.param_syntax[id.index()];
    ir::Param& param = cx.program.params[id.index()];
    param.status = find_status(cx, block->clauses);
    param.citations = resolve_citations(cx, block->clauses);
    const syntax::WordClause* chosen = find_word(block->clauses, "default");
    if (chosen == nullptr) return;
    const ir::Enum& values = cx.program.enums[param.values.index()];
    std::vector<std::string> names;
    for (std::size_t v = 0; v < values.values.size(); ++v) {
        names.push_back(values.values[v].name);
        if (values.values[v].name == chosen->value.name) {
            param.default_value = static_cast<std::uint32_t>(v);
            return;
        }
    }
    base::Diagnostic& d = cx.error(codes::kUnknownValue, chosen->value.span,
                                   base::msg("E2030", chosen->value.name, param.name));
    d.hint = base::did_you_mean(chosen->value.name, names);
    if (d.hint.empty()) d.hint = base::msg("E2030.hint", chosen->value.name);
}

void resolve_derived_value(Context& cx, ir::DerivedId id) {
    const auto [decl, module] = cx.derived_syntax[id.index()];
    ir::Derived& derived = cx.program.derived[id.index()];
    derived.citations = resolve_citations(cx, decl->clauses);
    if (!decl->value) return;
    ExprResolver resolver(cx, module);
    if (derived.param) resolver.bind_existing(*derived.param);
    ir::Type type = derived.type;
    ir::ExprId value =
        resolver.resolve_as(*decl->value, type, base::msg("E3001.definition", derived.name));
    cx.program.derived[id.index()].value = value;
}

void resolve_regulation(Context& cx, ir::RegulationId id) {
    const Origin<syntax::RegulationDecl> origin = cx.regulation_syntax[id.index()];
    // A repeated `in force` was reported (E2021) by the clause pass; the first one counts.
    const auto* in_force = first_clause<syntax::InForceClause>(origin.node->clauses);
    if (in_force == nullptr) return;
    if (in_force->by) {
        // A regulation's period is compared with the date each citing rule is judged by; a
        // date of its own would have no meaning.
        cx.error(codes::kClauseNotAllowed, in_force->by->span, base::msg("E2020.regulation_by"))
            .hint = base::msg("E2020.hint_regulation_by");
    }
    ExprResolver resolver(cx, origin.module);
    cx.program.regulations[id.index()].in_force = resolve_in_force(cx, resolver, *in_force);
}

/// E3015: `required` promises the incident gives the value, a default says what to use when it
/// does not; together one of them is dead and the author meant something else.
void check_required_default(Context& cx, const syntax::Field& field, const base::MessageArg& what) {
    if (!field.required || !field.default_value) return;
    cx.error(codes::kRequiredDefault, field.default_value->span,
             base::msg("E3015", what, field.name.name))
        .hint = base::msg("E3015.hint");
}

}  // namespace

void resolve_vocabulary(Context& cx) {
    for (std::size_t i = 0; i < cx.program.fields.size(); ++i) {
        const auto [field, module] = cx.field_syntax[i];
        check_required_default(cx, *field, base::word("word.check.kind_field"));
        if (!field->default_value) continue;
        ir::Field& out = cx.program.fields[i];
        auto value = resolve_default(cx, module, *field->default_value, out.type, out.name);
        cx.program.fields[i].default_value = value;
    }
    for (std::size_t i = 0; i < cx.program.facts.size(); ++i) {
        const auto [fact, module] = cx.fact_syntax[i];
        check_required_default(cx, fact->field, base::word("word.check.kind_fact"));
        if (!fact->field.default_value) continue;
        ir::Type type = cx.program.facts[i].type;
        std::string name = cx.program.facts[i].name;
        auto value = resolve_default(cx, module, *fact->field.default_value, type, name);
        cx.program.facts[i].default_value = value;
    }
    for (std::size_t i = 0; i < cx.program.params.size(); ++i) {
        resolve_param(cx, ir::ParamId::from_index(i));
    }
    for (std::size_t i = 0; i < cx.program.derived.size(); ++i) {
        resolve_derived_value(cx, ir::DerivedId::from_index(i));
    }
    for (std::size_t i = 0; i < cx.program.regulations.size(); ++i) {
        resolve_regulation(cx, ir::RegulationId::from_index(i));
    }
}

}  // namespace netral::check
