// SPDX-License-Identifier: Apache-2.0
// Resolves syntax expressions into typed IR expressions: binds names (variables, then facts,
// derived facts, params and tables, then enum values or ladder steps of the type the context
// expects), checks operator types, and narrows record variants by tag tests seen earlier in
// an `and` chain or a binder's filter. One resolver per declaration; it reports every error it
// finds and returns an ir::Invalid expression (of the best known type) for what failed.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

#include "check/context.hpp"

namespace netral::check {

class ExprResolver {
public:
    /// Resolves names as seen from `module`. The context must outlive the resolver.
    ExprResolver(Context& cx, ir::ModuleId module) : cx_(cx), module_(module) {}

    /// Resolves `chain`. `hint` is the type the context expects; it decides what a bare name
    /// that is not a value means (an enum value, a ladder step) and types an empty set `{}`,
    /// but it is not enforced here.
    ir::ExprId resolve(const syntax::Chain& chain, std::optional<ir::Type> hint = std::nullopt);
    /// Resolves `chain` and requires type `expected` (E3001); `what` names the place.
    ir::ExprId resolve_as(const syntax::Chain& chain, ir::Type expected, const base::Message& what);
    /// Reports E3001 unless `expr` has type `expected` (or an error type). Returns true if ok.
    bool require(ir::ExprId expr, ir::Type expected, const base::Message& what);

    /// Binds a variable visible to later resolutions until unbind(); E2001 if already bound.
    ir::VarId bind(const syntax::Ident& name, ir::Type type);
    /// Makes an existing variable (a derived fact's parameter) visible.
    void bind_existing(ir::VarId var) { bound_.push_back(var); }
    /// Removes the most recently bound variable.
    void unbind() { bound_.pop_back(); }

    /// Resolves `for x in coll [where filter]`: the collection must be a list of records;
    /// binds x (until unbind()) and narrows variants by the filter's conjuncts.
    std::optional<ir::Binder> bind_for(const syntax::ForClause& clause);
    /// Narrows record variants by the tag tests among the conjuncts of `condition`, for every
    /// later resolution by this resolver.
    void narrow_by(ir::ExprId condition);

    /// Resolves a ladder step `category` or `category.sanction` among the ladders visible
    /// from the module (or in `ladder` only, when given). Reports and returns none on failure.
    std::optional<ir::Level> resolve_level(const syntax::Postfix& level,
                                           std::optional<ir::LadderId> ladder = std::nullopt);

private:
    /// Allowed tag values of one record-valued subject (a variable or a fact).
    struct Narrowing {
        std::uint64_t subject = 0;        ///< subject_key() of the variable or fact
        std::vector<std::uint32_t> tags;  ///< allowed values of the record's tag enum
        /// Index of the subject's narrowing before this one, which `tags` is intersected with
        /// once active (push_narrowings), so the latest one says it all.
        std::optional<std::size_t> previous;
    };

    // resolve_expr.cpp: operators and literals.
    ir::ExprId resolve_operand(const syntax::Operand& operand, std::optional<ir::Type> hint);
    ir::ExprId resolve_logical(const syntax::Chain& chain);
    ir::ExprId resolve_comparison(const syntax::Chain& chain);
    ir::ExprId resolve_membership(const syntax::Chain& chain, const syntax::Tail& tail);
    ir::ExprId resolve_is_set(const syntax::Chain& chain, const syntax::Tail& tail);
    ir::ExprId resolve_range(const syntax::Chain& chain);
    ir::ExprId resolve_not(const syntax::NotExpr& node);
    ir::ExprId resolve_if(const syntax::IfExpr& node, std::optional<ir::Type> hint);
    ir::ExprId resolve_set(const syntax::SetLit& node, std::optional<ir::Type> hint);
    ir::ExprId resolve_quantifier(const syntax::Quantifier& node);
    ir::ExprId resolve_date(const syntax::DateLit& node);
    /// Resolves two operands, the one that needs context second, with the other's type as hint.
    std::pair<ir::ExprId, ir::ExprId> resolve_pair(const syntax::Operand& lhs,
                                                   const syntax::Operand& rhs);
    /// True when `operand` is a bare name that only a hint can resolve, or a set literal.
    bool needs_context(const syntax::Operand& operand) const;

    // resolve_names.cpp: names, members, tables, calls, levels, narrowing.
    ir::ExprId resolve_postfix(const syntax::Postfix& node, std::optional<ir::Type> hint);
    ir::ExprId resolve_member(ir::ExprId object, const syntax::Suffix& suffix, base::Span span);
    ir::ExprId resolve_table(const syntax::Postfix& node, ir::TableId table, std::size_t& next);
    ir::ExprId resolve_call(const syntax::Postfix& node, ir::DerivedId derived, std::size_t& next);
    std::optional<ir::Level> level_in(ir::LadderId ladder, const syntax::Postfix& node,
                                      std::size_t& next, bool report);
    std::optional<ir::VarId> find_var(std::string_view name) const;
    std::optional<std::uint64_t> subject_key(ir::ExprId expr) const;
    /// The allowed tags of `subject` (sorted), or null when nothing narrows it.
    const std::vector<std::uint32_t>* allowed_tags(std::uint64_t subject) const;
    void collect_narrowings(ir::ExprId condition, std::vector<Narrowing>& out) const;
    /// Collects the narrowings of `condition` and makes them active.
    void push_narrowings(ir::ExprId condition);
    /// Deactivates the narrowings after the first `count`.
    void pop_narrowings(std::size_t count);

    /// Adds an expression with its type and span.
    ir::ExprId add(ir::Expr expr, ir::Type type, base::Span span) {
        return cx_.program.add_expr(std::move(expr), type, span);
    }
    ir::Type type_of(ir::ExprId id) const { return cx_.program.type_of(id); }
    ir::ExprId invalid(base::Span span, ir::Type type = ir::Type::error()) {
        return add(ir::Invalid{}, type, span);
    }

    Context& cx_;                        ///< program, scope and sink
    ir::ModuleId module_;                ///< whose names are visible
    std::vector<ir::VarId> bound_;       ///< variables in scope, innermost last
    std::vector<Narrowing> narrowings_;  ///< active variant narrowings, latest last
    /// Index in narrowings_ of each subject's latest narrowing: a lookup per member access
    /// instead of a pass over all narrowings (quadratic in long conditions).
    std::map<std::uint64_t, std::size_t> latest_;
};

}  // namespace netral::check
