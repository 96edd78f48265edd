// SPDX-License-Identifier: Apache-2.0
// Expression resolution, part one: chains and operators, literals, sets, `if`, quantifiers and
// binders. Names and member access are in resolve_names.cpp.
#include "check/resolve_expr.hpp"

#include "check/codes.hpp"
#include "check/date.hpp"
#include "check/expr_text.hpp"
#include "check/syntax_util.hpp"

namespace netral::check {

namespace {

std::optional<ir::CompareOp> compare_op(std::string_view op) {
    if (op == "==") return ir::CompareOp::Eq;
    if (op == "!=") return ir::CompareOp::Ne;
    if (op == "<") return ir::CompareOp::Lt;
    if (op == "<=") return ir::CompareOp::Le;
    if (op == ">") return ir::CompareOp::Gt;
    if (op == ">=") return ir::CompareOp::Ge;
    return std::nullopt;
}

/// True for types whose values can be elements of a set.
bool is_scalar(ir::Type type) {
    switch (type.kind) {
        case ir::TypeKind::Bool:
        case ir::TypeKind::Int:
        case ir::TypeKind::Text:
        case ir::TypeKind::Date:
        case ir::TypeKind::Enum:
        case ir::TypeKind::Sanction:
            return true;
        default:
            return false;
    }
}

}  // namespace

ir::ExprId ExprResolver::resolve(const syntax::Chain& chain, std::optional<ir::Type> hint) {
    const syntax::Operand* single = nullptr;
    const syntax::Chain* inner = unwrap(chain, &single);
    if (inner == nullptr) return resolve_operand(*single, hint);
    const std::string& op = inner->rest.front().op;
    if (op == "and" || op == "or") return resolve_logical(*inner);
    if (op == "..") return resolve_range(*inner);
    return resolve_comparison(*inner);
}

ir::ExprId ExprResolver::resolve_as(const syntax::Chain& chain, ir::Type expected,
                                    const base::Message& what) {
    ir::ExprId id = resolve(chain, expected);
    require(id, expected, what);
    return id;
}

bool ExprResolver::require(ir::ExprId expr, ir::Type expected, const base::Message& what) {
    ir::Type found = type_of(expr);
    if (found == expected || found.is_error() || expected.is_error()) return true;
    // `what` is an E3001 template naming the place; the two types are its last fields.
    base::Message message = what;
    message.args.push_back({type_name(cx_.program, expected), false, {}});
    message.args.push_back({type_name(cx_.program, found), false, {}});
    cx_.error(codes::kTypeMismatch, cx_.program.span_of(expr), std::move(message));
    return false;
}

ir::VarId ExprResolver::bind(const syntax::Ident& name, ir::Type type) {
    if (auto earlier = find_var(name.name)) {
        cx_.error(codes::kDuplicate, name.span, base::msg("E2001.variable", name.name))
            .notes.push_back(
                {cx_.program.vars[earlier->index()].span, base::msg("E2001.note_bound")});
    }
    cx_.program.vars.push_back({name.name, type, name.span});
    auto id = ir::VarId::from_index(cx_.program.vars.size() - 1);
    bound_.push_back(id);
    return id;
}

std::optional<ir::Binder> ExprResolver::bind_for(const syntax::ForClause& clause) {
    ir::ExprId collection = resolve(clause.collection);
    ir::Type type = type_of(collection);
    ir::Binder binder;
    binder.collection = collection;
    binder.span = clause.span;
    if (type.kind != ir::TypeKind::List) {
        if (!type.is_error()) {
            cx_.error(codes::kNotList, cx_.program.span_of(collection),
                      base::msg("E3014", "for", type_name(cx_.program, type)));
        }
        binder.var = bind(clause.var, ir::Type::error());
    } else {
        binder.record = type.record_id();
        binder.var = bind(clause.var, type.element_type());
    }
    if (clause.where) {
        binder.filter = resolve_as(*clause.where, ir::Type::boolean(),
                                   base::msg("E3001", base::word("word.check.place_where")));
        narrow_by(*binder.filter);
    }
    return binder;
}

void ExprResolver::narrow_by(ir::ExprId condition) { push_narrowings(condition); }

bool ExprResolver::needs_context(const syntax::Operand& operand) const {
    const syntax::Operand& inner = unwrap(operand);
    if (boost::get<syntax::x3::forward_ast<syntax::SetLit>>(&inner) != nullptr) return true;
    const auto* postfix = boost::get<syntax::x3::forward_ast<syntax::Postfix>>(&inner);
    if (postfix == nullptr) return false;
    const std::string& name = postfix->get().head.name;
    if (find_var(name) || name == "as_of") return false;
    return !cx_.scope.lookup(Namespace::Value, module_, name).found();
}

std::pair<ir::ExprId, ir::ExprId> ExprResolver::resolve_pair(const syntax::Operand& lhs,
                                                             const syntax::Operand& rhs) {
    if (needs_context(lhs) && !needs_context(rhs)) {
        ir::ExprId right = resolve_operand(rhs, std::nullopt);
        ir::ExprId left = resolve_operand(lhs, type_of(right));
        return {left, right};
    }
    ir::ExprId left = resolve_operand(lhs, std::nullopt);
    return {left, resolve_operand(rhs, type_of(left))};
}

ir::ExprId ExprResolver::resolve_operand(const syntax::Operand& operand,
                                         std::optional<ir::Type> hint) {
    const syntax::Operand& node = unwrap(operand);
    if (const auto* b = boost::get<syntax::BoolLit>(&node)) {
        return add(ir::BoolConst{b->value}, ir::Type::boolean(), b->span);
    }
    if (const auto* i = boost::get<syntax::IntLit>(&node)) {
        return add(ir::IntConst{i->value}, ir::Type::integer(), i->span);
    }
    if (const auto* s = boost::get<syntax::StringLit>(&node)) {
        return add(ir::TextConst{s->value}, ir::Type::text(), s->span);
    }
    if (const auto* d = boost::get<syntax::DateLit>(&node)) return resolve_date(*d);
    if (const auto* p = boost::get<syntax::x3::forward_ast<syntax::Postfix>>(&node)) {
        return resolve_postfix(p->get(), hint);
    }
    if (const auto* c = boost::get<syntax::x3::forward_ast<syntax::Chain>>(&node)) {
        return resolve(c->get(), hint);
    }
    if (const auto* n = boost::get<syntax::x3::forward_ast<syntax::NotExpr>>(&node)) {
        return resolve_not(n->get());
    }
    if (const auto* q = boost::get<syntax::x3::forward_ast<syntax::Quantifier>>(&node)) {
        return resolve_quantifier(q->get());
    }
    if (const auto* f = boost::get<syntax::x3::forward_ast<syntax::IfExpr>>(&node)) {
        return resolve_if(f->get(), hint);
    }
    const auto& set = boost::get<syntax::x3::forward_ast<syntax::SetLit>>(node);
    return resolve_set(set.get(), hint);
}

ir::ExprId ExprResolver::resolve_date(const syntax::DateLit& node) {
    ir::Date date{node.year, node.month, node.day};
    if (!ir::is_valid(date)) {
        cx_.error(codes::kInvalidDate, node.span, base::msg("E3010", ir::to_string(date))).hint =
            base::msg("E3010.hint");
        return invalid(node.span, ir::Type::date());
    }
    return add(ir::DateConst{date}, ir::Type::date(), node.span);
}

ir::ExprId ExprResolver::resolve_logical(const syntax::Chain& chain) {
    bool is_and = chain.rest.front().op == "and";
    base::Message what = base::msg("E3001.operand", is_and ? "and" : "or");
    std::size_t narrowed = narrowings_.size();
    std::vector<ir::ExprId> operands;
    auto add_operand = [&](const syntax::Operand& operand) {
        ir::ExprId id = resolve_operand(operand, ir::Type::boolean());
        require(id, ir::Type::boolean(), what);
        // A tag test narrows the variant cases for the conjuncts after it.
        if (is_and) push_narrowings(id);
        operands.push_back(id);
    };
    add_operand(chain.first);
    for (const syntax::Tail& tail : chain.rest) add_operand(tail.rhs);
    pop_narrowings(narrowed);
    if (is_and) return add(ir::And{std::move(operands)}, ir::Type::boolean(), chain.span);
    return add(ir::Or{std::move(operands)}, ir::Type::boolean(), chain.span);
}

ir::ExprId ExprResolver::resolve_not(const syntax::NotExpr& node) {
    ir::ExprId operand = resolve_operand(node.operand, ir::Type::boolean());
    require(operand, ir::Type::boolean(), base::msg("E3001", base::word("word.check.place_not")));
    return add(ir::Not{operand}, ir::Type::boolean(), node.span);
}

ir::ExprId ExprResolver::resolve_comparison(const syntax::Chain& chain) {
    if (chain.rest.size() > 1) {
        cx_.error(codes::kComparisonChain, chain.span,
                  base::msg("E3003", chain.rest[0].op, chain.rest[1].op))
            .hint = base::msg("E3003.hint");
        return invalid(chain.span, ir::Type::boolean());
    }
    const syntax::Tail& tail = chain.rest.front();
    if (tail.op == "in" || tail.op == "not in") return resolve_membership(chain, tail);
    if (tail.op == "is set" || tail.op == "is unset") return resolve_is_set(chain, tail);
    auto op = compare_op(tail.op);
    if (!op) return invalid(chain.span, ir::Type::boolean());
    auto [lhs, rhs] = resolve_pair(chain.first, tail.rhs);
    ir::Type left = type_of(lhs);
    ir::Type right = type_of(rhs);
    ir::ExprId result = add(ir::Compare{*op, lhs, rhs}, ir::Type::boolean(), chain.span);
    if (left.is_error() || right.is_error()) return result;
    bool ordering = *op != ir::CompareOp::Eq && *op != ir::CompareOp::Ne;
    if (ordering && !left.is_ordered()) {
        cx_.error(codes::kBadOperand, cx_.program.span_of(lhs),
                  base::msg("E3002.ordering", tail.op, type_name(cx_.program, left)));
    } else if (!ordering &&
               (left.kind == ir::TypeKind::Record || left.kind == ir::TypeKind::List)) {
        cx_.error(codes::kBadOperand, cx_.program.span_of(lhs),
                  base::msg("E3002.equality", tail.op, type_name(cx_.program, left)))
            .hint = base::msg("E3002.hint_equality");
    } else {
        require(rhs, left, base::msg("E3001.right_side", tail.op));
    }
    return result;
}

ir::ExprId ExprResolver::resolve_membership(const syntax::Chain& chain, const syntax::Tail& tail) {
    bool negated = tail.op == "not in";
    ir::ExprId element;
    ir::ExprId container;
    if (needs_context(chain.first) && !needs_context(tail.rhs)) {
        container = resolve_operand(tail.rhs, std::nullopt);
        ir::Type type = type_of(container);
        std::optional<ir::Type> hint;
        if (type.kind == ir::TypeKind::Set) hint = type.element_type();
        if (type.kind == ir::TypeKind::Period) hint = ir::Type::date();
        if (type.kind == ir::TypeKind::IntRange) hint = ir::Type::integer();
        element = resolve_operand(chain.first, hint);
    } else {
        element = resolve_operand(chain.first, std::nullopt);
        ir::Type type = type_of(element);
        std::optional<ir::Type> hint;
        if (is_scalar(type)) hint = ir::Type::set_of(type);
        if (type.is_error()) hint = ir::Type::error();  // silences the right side
        container = resolve_operand(tail.rhs, hint);
    }
    ir::ExprId result = add(ir::In{element, container, negated}, ir::Type::boolean(), chain.span);
    ir::Type left = type_of(element);
    ir::Type right = type_of(container);
    if (left.is_error() || right.is_error()) return result;
    if (right.kind == ir::TypeKind::Set) {
        require(container, ir::Type::set_of(left), base::msg("E3001.right_side", tail.op));
    } else if (right.kind == ir::TypeKind::Period) {
        require(element, ir::Type::date(), base::msg("E3001.left_period", tail.op));
    } else if (right.kind == ir::TypeKind::IntRange) {
        require(element, ir::Type::integer(), base::msg("E3001.left_range", tail.op));
    } else {
        cx_.error(codes::kBadOperand, cx_.program.span_of(container),
                  base::msg("E3002.membership", tail.op, type_name(cx_.program, right)));
    }
    return result;
}

ir::ExprId ExprResolver::resolve_is_set(const syntax::Chain& chain, const syntax::Tail& tail) {
    bool negated = tail.op == "is unset";
    ir::ExprId operand = resolve_operand(chain.first, std::nullopt);
    ir::ExprId result = add(ir::IsSet{operand, negated}, ir::Type::boolean(), chain.span);
    if (type_of(operand).is_error()) return result;
    const ir::Expr& expr = cx_.program.expr(operand);
    base::Message problem;
    base::Span declared;
    const base::MessageArg field_word = base::word("word.check.kind_field");
    const base::MessageArg fact_word = base::word("word.check.kind_fact");
    if (const auto* member = std::get_if<ir::Member>(&expr)) {
        for (ir::FieldId id : member->fields) {
            const ir::Field& field = cx_.program.fields[id.index()];
            declared = field.span;
            if (field.required)
                problem = base::msg("E3004.required", tail.op, field_word, field.name);
            if (field.default_value || cx_.field_syntax[id.index()].node->default_value) {
                problem = base::msg("E3004.default", tail.op, field_word, field.name);
            }
        }
    } else if (const auto* fact = std::get_if<ir::FactRef>(&expr)) {
        const ir::Fact& f = cx_.program.facts[fact->fact.index()];
        declared = f.span;
        if (f.required) problem = base::msg("E3004.required", tail.op, fact_word, f.name);
        if (cx_.fact_syntax[fact->fact.index()].node->field.default_value) {
            problem = base::msg("E3004.default", tail.op, fact_word, f.name);
        }
    } else {
        problem = base::msg("E3004", tail.op);
    }
    if (!problem.empty()) {
        base::Diagnostic& d =
            cx_.error(codes::kNotOptional, cx_.program.span_of(operand), std::move(problem));
        if (declared.end > declared.begin) {
            d.notes.push_back({declared, base::msg("note.check.declared")});
        }
    }
    return result;
}

ir::ExprId ExprResolver::resolve_range(const syntax::Chain& chain) {
    if (chain.rest.size() > 1) {
        cx_.error(codes::kComparisonChain, chain.span, base::msg("E3003.range"));
        return invalid(chain.span);
    }
    ir::ExprId low = resolve_operand(chain.first, std::nullopt);
    ir::ExprId high = resolve_operand(chain.rest.front().rhs, type_of(low));
    ir::Type a = type_of(low);
    ir::Type b = type_of(high);
    if (a.is_error() || b.is_error())
        return add(ir::Range{low, high}, ir::Type::error(), chain.span);
    if (a == b && a.kind == ir::TypeKind::Date) {
        return add(ir::Range{low, high}, ir::Type::period(), chain.span);
    }
    if (a == b && a.kind == ir::TypeKind::Int) {
        return add(ir::Range{low, high}, ir::Type::int_range(), chain.span);
    }
    cx_.error(codes::kBadOperand, chain.span,
              base::msg("E3002.range", type_name(cx_.program, a), type_name(cx_.program, b)));
    return add(ir::Range{low, high}, ir::Type::error(), chain.span);
}

ir::ExprId ExprResolver::resolve_if(const syntax::IfExpr& node, std::optional<ir::Type> hint) {
    ir::ExprId condition = resolve_as(node.condition, ir::Type::boolean(),
                                      base::msg("E3001", base::word("word.check.place_if")));
    ir::ExprId then_value;
    ir::ExprId else_value;
    const syntax::Operand* then_single = nullptr;
    const syntax::Operand* else_single = nullptr;
    bool then_bare =
        unwrap(node.then_branch, &then_single) == nullptr && needs_context(*then_single);
    bool else_bare =
        unwrap(node.else_branch, &else_single) == nullptr && needs_context(*else_single);
    if (!hint && then_bare && !else_bare) {
        else_value = resolve(node.else_branch);
        then_value = resolve(node.then_branch, type_of(else_value));
    } else {
        then_value = resolve(node.then_branch, hint);
        ir::Type then_type = type_of(then_value);
        else_value = resolve(node.else_branch, then_type.is_error() ? hint : then_type);
    }
    ir::Type type = type_of(then_value);
    if (!type.is_error()) {
        require(else_value, type, base::msg("E3001", base::word("word.check.place_else")));
    } else {
        type = type_of(else_value);
    }
    return add(ir::If{condition, then_value, else_value}, type, node.span);
}

ir::ExprId ExprResolver::resolve_set(const syntax::SetLit& node, std::optional<ir::Type> hint) {
    std::optional<ir::Type> element_hint;
    if (hint && hint->kind == ir::TypeKind::Set) element_hint = hint->element_type();
    bool poisoned = hint && hint->is_error();  // the context already failed
    if (poisoned) element_hint = ir::Type::error();
    // Without a hint, the first element that names a value decides the type of the others. It
    // is resolved once, here; when it failed, its error type silences bare names after it.
    std::optional<std::pair<std::size_t, ir::ExprId>> decided;
    if (!element_hint) {
        for (std::size_t i = 0; i < node.items.size(); ++i) {
            const syntax::Operand* single = nullptr;
            if (unwrap(node.items[i], &single) == nullptr && needs_context(*single)) continue;
            decided = {i, resolve(node.items[i])};
            element_hint = type_of(decided->second);
            break;
        }
    }
    std::vector<ir::ExprId> elements;
    for (std::size_t i = 0; i < node.items.size(); ++i) {
        bool done = decided && decided->first == i;
        elements.push_back(done ? decided->second : resolve(node.items[i], element_hint));
    }
    if (elements.empty()) {
        if (poisoned) return add(ir::SetOf{}, ir::Type::error(), node.span);
        if (element_hint) return add(ir::SetOf{}, ir::Type::set_of(*element_hint), node.span);
        cx_.error(codes::kUntypedSet, node.span, base::msg("E3013")).hint = base::msg("E3013.hint");
        return add(ir::SetOf{}, ir::Type::error(), node.span);
    }
    ir::Type type = element_hint ? *element_hint : type_of(elements.front());
    for (ir::ExprId element : elements) {
        if (type.is_error()) type = type_of(element);
        require(element, type, base::msg("E3001", base::word("word.check.place_set_element")));
    }
    if (type.is_error()) return add(ir::SetOf{std::move(elements)}, type, node.span);
    if (!is_scalar(type)) {
        cx_.error(codes::kBadOperand, node.span, base::msg("E3002", type_name(cx_.program, type)));
        return add(ir::SetOf{std::move(elements)}, ir::Type::error(), node.span);
    }
    return add(ir::SetOf{std::move(elements)}, ir::Type::set_of(type), node.span);
}

ir::ExprId ExprResolver::resolve_quantifier(const syntax::Quantifier& node) {
    ir::QuantifierKind kind = node.kind == "all"     ? ir::QuantifierKind::All
                              : node.kind == "count" ? ir::QuantifierKind::Count
                                                     : ir::QuantifierKind::Any;
    ir::ExprId collection = resolve(node.collection);
    ir::Type type = type_of(collection);
    ir::Type element = ir::Type::error();
    if (type.kind == ir::TypeKind::List) {
        element = type.element_type();
    } else if (!type.is_error()) {
        cx_.error(codes::kNotList, cx_.program.span_of(collection),
                  base::msg("E3014", node.kind, type_name(cx_.program, type)));
    }
    ir::Quantifier out{kind, bind(node.var, element), collection, std::nullopt};
    std::size_t narrowed = narrowings_.size();
    if (node.where) {
        out.filter = resolve_as(*node.where, ir::Type::boolean(),
                                base::msg("E3001", base::word("word.check.place_where")));
    }
    pop_narrowings(narrowed);
    unbind();
    ir::Type result = kind == ir::QuantifierKind::Count ? ir::Type::integer() : ir::Type::boolean();
    return add(out, result, node.span);
}

}  // namespace netral::check
