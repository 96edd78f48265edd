// SPDX-License-Identifier: Apache-2.0
// Expression resolution, part two: names with their suffixes (`act.kind`, `calendar[e].voting`,
// `stage(act)`), enum values and ladder steps by expected type, and variant narrowing.
#include <algorithm>

#include "base/suggest.hpp"
#include "check/codes.hpp"
#include "check/expr_text.hpp"
#include "check/resolve_expr.hpp"

namespace netral::check {

namespace {

base::Span up_to(base::Span head, base::Span last) { return {head.file, head.begin, last.end}; }

}  // namespace

std::optional<ir::VarId> ExprResolver::find_var(std::string_view name) const {
    for (auto it = bound_.rbegin(); it != bound_.rend(); ++it) {
        if (cx_.program.vars[it->index()].name == name) return *it;
    }
    return std::nullopt;
}

ir::ExprId ExprResolver::resolve_postfix(const syntax::Postfix& node,
                                         std::optional<ir::Type> hint) {
    const syntax::Ident& head = node.head;
    std::size_t next = 0;
    ir::ExprId current;
    Lookup found = cx_.scope.lookup(Namespace::Value, module_, head.name);
    if (auto var = find_var(head.name)) {
        current = add(ir::VarRef{*var}, cx_.program.vars[var->index()].type, head.span);
    } else if (found.found()) {
        ir::Program& p = cx_.program;
        switch (found.symbol->kind) {
            case SymbolKind::Fact: {
                ir::FactId id(found.symbol->index);
                current = add(ir::FactRef{id}, p.facts[id.index()].type, head.span);
                break;
            }
            case SymbolKind::Derived: {
                ir::DerivedId id(found.symbol->index);
                const ir::Derived& derived = p.derived[id.index()];
                bool called = !node.suffixes.empty() && node.suffixes.front().kind == '(';
                if (derived.param || called) {
                    current = resolve_call(node, id, next);
                } else {
                    current = add(ir::DerivedRef{id}, derived.type, head.span);
                }
                break;
            }
            case SymbolKind::Param: {
                ir::ParamId id(found.symbol->index);
                current = add(ir::ParamRef{id}, ir::Type::enumeration(p.params[id.index()].values),
                              head.span);
                break;
            }
            case SymbolKind::Table:
                current = resolve_table(node, ir::TableId(found.symbol->index), next);
                break;
            default:
                return invalid(node.span);
        }
    } else if (head.name == "as_of") {
        current = add(ir::AsOf{}, ir::Type::date(), head.span);
    } else if (hint && hint->kind == ir::TypeKind::Enum) {
        const ir::Enum& e = cx_.program.enums[hint->ref];
        if (node.suffixes.empty()) {
            if (auto v = cx_.members.enum_value(cx_.program, hint->enum_id(), head.name)) {
                return add(ir::EnumConst{hint->enum_id(), *v}, *hint, head.span);
            }
        }
        if (found.outcome != Lookup::Outcome::Unknown || !node.suffixes.empty()) {
            cx_.scope.report(cx_.sink, found, Namespace::Value, module_, head.name, head.span,
                             base::word("word.check.kind_name"));
            return invalid(node.span, *hint);
        }
        base::Diagnostic& d =
            cx_.error(codes::kUnknownName, head.span,
                      base::msg("E2004.value_of", head.name, type_name(cx_.program, *hint)));
        if (!cx_.sink.saturated()) d.hint = base::did_you_mean(head.name, value_names(e));
        return invalid(node.span, *hint);
    } else if (hint && hint->kind == ir::TypeKind::Sanction &&
               found.outcome == Lookup::Outcome::Unknown) {
        auto level = level_in(hint->ladder_id(), node, next, true);
        if (!level) return invalid(node.span, *hint);
        current = add(ir::LevelConst{*level}, *hint,
                      next == 0 ? head.span : up_to(head.span, node.suffixes[next - 1].span));
    } else if (hint && hint->is_error() && found.outcome == Lookup::Outcome::Unknown) {
        // The other side of a comparison already failed: this name cannot be told apart.
        return invalid(node.span);
    } else {
        std::vector<std::string> extra;
        for (ir::VarId var : bound_) extra.push_back(cx_.program.vars[var.index()].name);
        cx_.scope.report(cx_.sink, found, Namespace::Value, module_, head.name, head.span,
                         base::word("word.check.kind_name"), extra);
        return invalid(node.span, hint.value_or(ir::Type::error()));
    }
    for (; next < node.suffixes.size(); ++next) {
        const syntax::Suffix& suffix = node.suffixes[next];
        base::Span span = up_to(head.span, suffix.span);
        if (type_of(current).is_error()) return invalid(node.span);
        if (suffix.kind == '.') {
            current = resolve_member(current, suffix, span);
        } else if (suffix.kind == '[') {
            cx_.error(codes::kBadTableAccess, suffix.span, base::msg("E3008.index"));
            return invalid(node.span);
        } else {
            cx_.error(codes::kBadCall, suffix.span, base::msg("E3009.not_callable"));
            return invalid(node.span);
        }
    }
    return current;
}

ir::ExprId ExprResolver::resolve_member(ir::ExprId object, const syntax::Suffix& suffix,
                                        base::Span span) {
    const ir::Program& p = cx_.program;
    ir::Type type = type_of(object);
    const std::string& name = suffix.member.name;
    if (type.kind == ir::TypeKind::List) {
        cx_.error(codes::kNotRecord, suffix.span,
                  base::msg("E3005.list", expr_text(p, object), type_name(p, type), name))
            .hint = base::msg("E3005.hint_list", expr_text(p, object), name);
        return invalid(span);
    }
    if (type.kind != ir::TypeKind::Record) {
        cx_.error(codes::kNotRecord, suffix.span, base::msg("E3005", name, type_name(p, type)));
        return invalid(span);
    }
    const ir::Record& record = p.records[type.ref];
    if (auto id = cx_.members.field(p, ir::RecordId(type.ref), name)) {
        return add(ir::Member{object, {*id}}, p.fields[id->index()].type, span);
    }
    // Variant fields: those of the cases still possible for this subject.
    const std::vector<std::uint32_t>* allowed = nullptr;
    if (auto key = subject_key(object)) allowed = allowed_tags(*key);
    std::vector<ir::FieldId> candidates;
    std::vector<ir::FieldId> excluded;
    for (ir::FieldId id : cx_.members.variant_fields(p, ir::RecordId(type.ref), name)) {
        std::uint32_t tag = p.fields[id.index()].cases.front();
        bool possible =
            allowed == nullptr || std::binary_search(allowed->begin(), allowed->end(), tag);
        (possible ? candidates : excluded).push_back(id);
    }
    const ir::Field* tag = record.tag_field ? &p.fields[record.tag_field->index()] : nullptr;
    auto tag_values = [&](const std::vector<ir::FieldId>& fields) {
        std::vector<std::string> values;
        for (ir::FieldId id : fields) {
            for (std::uint32_t value : p.fields[id.index()].cases) {
                values.push_back(quote(p.enums[tag->type.ref].values[value].name));
            }
        }
        // "`a`, `b`" and the last value apart, for "… or `c`" in the reader's language.
        std::string head;
        for (std::size_t i = 0; i + 1 < values.size(); ++i) {
            head += (i == 0 ? "" : ", ") + values[i];
        }
        return std::make_pair(head, values.empty() ? std::string() : values.back());
    };
    if (candidates.empty() && excluded.empty()) {
        base::Diagnostic& d = cx_.error(codes::kUnknownName, suffix.member.span,
                                        base::msg("E2004.field", record.name, name));
        if (!cx_.sink.saturated()) {
            std::vector<std::string> names;
            for (ir::FieldId id : record.fields) names.push_back(p.fields[id.index()].name);
            for (const ir::VariantCase& variant : record.cases) {
                for (ir::FieldId id : variant.fields) names.push_back(p.fields[id.index()].name);
            }
            d.hint = base::did_you_mean(name, names);
        }
        return invalid(span);
    }
    if (candidates.empty()) {
        base::Diagnostic& d = cx_.error(codes::kVariantExcluded, suffix.member.span,
                                        base::msg("E3007", name, record.name));
        d.notes.push_back(
            {p.fields[excluded.front().index()].span, base::msg("note.check.declared")});
        auto [head, last] = tag_values(excluded);
        d.hint = head.empty() ? base::msg("E3007.hint", tag->name, last)
                              : base::msg("E3007.hint_many", tag->name, head, last);
        return invalid(span);
    }
    ir::Type field_type = p.fields[candidates.front().index()].type;
    for (ir::FieldId id : candidates) {
        if (p.fields[id.index()].type == field_type) continue;
        base::Diagnostic& d = cx_.error(codes::kVariantAmbiguous, suffix.member.span,
                                        base::msg("E3006", name, record.name));
        for (ir::FieldId c : candidates) {
            d.notes.push_back({p.fields[c.index()].span,
                               base::msg("E3006.note", type_name(p, p.fields[c.index()].type))});
        }
        d.hint = base::msg("E3006.hint", expr_text(p, object), tag->name);
        return invalid(span);
    }
    return add(ir::Member{object, std::move(candidates)}, field_type, span);
}

ir::ExprId ExprResolver::resolve_table(const syntax::Postfix& node, ir::TableId id,
                                       std::size_t& next) {
    const ir::Table& table = cx_.program.tables[id.index()];
    const base::Message usage = base::msg("E3008.hint", table.name);
    if (node.suffixes.empty() || node.suffixes[0].kind != '[') {
        cx_.error(codes::kBadTableAccess, node.span, base::msg("E3008", table.name)).hint = usage;
        next = node.suffixes.size();
        return invalid(node.span);
    }
    const syntax::Suffix& index = node.suffixes[0];
    std::vector<ir::ExprId> keys;
    bool ok = true;
    if (index.args.size() != table.keys.size()) {
        cx_.error(codes::kBadTableAccess, index.span,
                  base::msg("E3008.keys", table.name, table.keys.size(), index.args.size()));
        ok = false;
    }
    for (std::size_t k = 0; k < index.args.size(); ++k) {
        if (k < table.keys.size() && table.keys[k].type.valid()) {
            ir::Type type = ir::Type::enumeration(table.keys[k].type);
            keys.push_back(
                resolve_as(index.args[k], type, base::msg("E3001.key", table.keys[k].name)));
        } else {
            keys.push_back(resolve(index.args[k]));
        }
    }
    if (node.suffixes.size() < 2 || node.suffixes[1].kind != '.') {
        cx_.error(codes::kBadTableAccess, index.span, base::msg("E3008.row")).hint = usage;
        next = node.suffixes.size();
        return invalid(node.span);
    }
    const syntax::Suffix& column = node.suffixes[1];
    next = 2;
    if (auto c = cx_.members.column(cx_.program, id, column.member.name)) {
        base::Span span = up_to(node.head.span, column.span);
        if (!ok) return invalid(span, table.columns[*c].type);
        return add(ir::TableCell{id, std::move(keys), *c}, table.columns[*c].type, span);
    }
    base::Diagnostic& d = cx_.error(codes::kUnknownName, column.member.span,
                                    base::msg("E2004.column", table.name, column.member.name));
    if (!cx_.sink.saturated()) {
        std::vector<std::string> names;
        for (const ir::TableColumn& c : table.columns) names.push_back(c.name);
        d.hint = base::did_you_mean(column.member.name, names);
    }
    return invalid(node.span);
}

ir::ExprId ExprResolver::resolve_call(const syntax::Postfix& node, ir::DerivedId id,
                                      std::size_t& next) {
    const ir::Derived& derived = cx_.program.derived[id.index()];
    if (node.suffixes.empty() || node.suffixes[0].kind != '(') {
        const ir::Variable& param = cx_.program.vars[derived.param->index()];
        cx_.error(codes::kBadCall, node.head.span, base::msg("E3009", derived.name, param.name));
        next = node.suffixes.size();
        return invalid(node.span, derived.type);
    }
    const syntax::Suffix& call = node.suffixes[0];
    next = 1;
    base::Span span = up_to(node.head.span, call.span);
    if (!derived.param) {
        cx_.error(codes::kBadCall, call.span, base::msg("E3009.no_argument", derived.name)).hint =
            base::msg("E3009.hint_no_argument", derived.name);
        return invalid(span, derived.type);
    }
    if (call.args.size() != 1) {
        cx_.error(codes::kBadCall, call.span,
                  base::msg("E3009.count", derived.name, call.args.size()));
        return invalid(span, derived.type);
    }
    ir::Type param_type = cx_.program.vars[derived.param->index()].type;
    ir::ExprId argument =
        resolve_as(call.args[0], param_type, base::msg("E3001.argument", derived.name));
    return add(ir::Call{id, argument}, derived.type, span);
}

std::optional<ir::Level> ExprResolver::level_in(ir::LadderId ladder, const syntax::Postfix& node,
                                                std::size_t& next, bool report) {
    const ir::Program& p = cx_.program;
    if (auto id = cx_.members.category(p, ladder, node.head.name)) {
        const ir::Category& category = p.categories[id->index()];
        next = 0;
        if (node.suffixes.empty() || node.suffixes[0].kind != '.') return ir::Level{*id, {}};
        const syntax::Ident& member = node.suffixes[0].member;
        next = 1;
        if (auto s = cx_.members.sanction(p, *id, member.name)) return ir::Level{*id, *s};
        if (report) {
            base::Diagnostic& d =
                cx_.error(codes::kUnknownName, member.span,
                          base::msg("E2004.sanction", category.name, member.name));
            if (!cx_.sink.saturated()) {
                std::vector<std::string> sanctions;
                for (ir::SanctionId s : category.sanctions) {
                    sanctions.push_back(p.sanctions[s.index()].name);
                }
                d.hint = base::did_you_mean(member.name, sanctions);
            }
        }
        return std::nullopt;
    }
    if (report) {
        base::Diagnostic& d = cx_.error(
            codes::kUnknownName, node.head.span,
            base::msg("E2004.category_of", node.head.name, p.ladders[ladder.index()].name));
        if (!cx_.sink.saturated()) {
            std::vector<std::string> names;
            for (ir::CategoryId c : p.ladders[ladder.index()].categories) {
                names.push_back(p.categories[c.index()].name);
            }
            d.hint = base::did_you_mean(node.head.name, names);
        }
    }
    return std::nullopt;
}

std::optional<ir::Level> ExprResolver::resolve_level(const syntax::Postfix& level,
                                                     std::optional<ir::LadderId> only) {
    const ir::Program& p = cx_.program;
    std::size_t next = 0;
    std::vector<ir::LadderId> visible;
    std::optional<ir::LadderId> hidden;
    const auto& imports = p.modules[module_.index()].imports;
    auto sees = [&](std::size_t l) {
        ir::ModuleId owner = p.ladders[l].module;
        return owner == module_ || std::count(imports.begin(), imports.end(), owner) > 0;
    };
    for (ir::LadderId id : cx_.members.ladders_with(p, level.head.name)) {
        if (only && *only != id) continue;
        if (sees(id.index())) visible.push_back(id);
        if (!sees(id.index()) && !hidden) hidden = id;
    }
    if (visible.size() == 1) {
        auto found = level_in(visible.front(), level, next, true);
        if (found && next < level.suffixes.size()) {
            cx_.error(codes::kWrongKind, level.suffixes[next].span, base::msg("E2009"));
            return std::nullopt;
        }
        return found;
    }
    if (visible.size() > 1) {
        cx_.error(codes::kAmbiguousName, level.head.span,
                  base::msg("E2005.category", level.head.name, p.ladders[visible[0].index()].name,
                            p.ladders[visible[1].index()].name));
        return std::nullopt;
    }
    if (hidden) {
        const std::string& module = p.modules[p.ladders[hidden->index()].module.index()].name;
        base::Diagnostic& d = cx_.error(codes::kNotImported, level.head.span,
                                        base::msg("E2003", level.head.name, module));
        d.notes.push_back({p.ladders[hidden->index()].span, base::msg("E2003.note_ladder")});
        d.hint = base::msg("E2003.hint", module);
        return std::nullopt;
    }
    base::Diagnostic& d =
        cx_.error(codes::kUnknownName, level.head.span,
                  base::msg("E2004", base::word("word.check.kind_category"), level.head.name));
    if (!cx_.sink.saturated()) {
        std::vector<std::string> names;
        for (std::size_t l = 0; l < p.ladders.size(); ++l) {
            if ((only && only->index() != l) || !sees(l)) continue;
            for (ir::CategoryId c : p.ladders[l].categories) {
                names.push_back(p.categories[c.index()].name);
            }
        }
        d.hint = base::did_you_mean(level.head.name, names);
    }
    return std::nullopt;
}

std::optional<std::uint64_t> ExprResolver::subject_key(ir::ExprId expr) const {
    const ir::Expr& node = cx_.program.expr(expr);
    if (const auto* var = std::get_if<ir::VarRef>(&node)) return var->var.value;
    if (const auto* fact = std::get_if<ir::FactRef>(&node)) {
        return (std::uint64_t{1} << 32) | fact->fact.value;
    }
    return std::nullopt;
}

const std::vector<std::uint32_t>* ExprResolver::allowed_tags(std::uint64_t subject) const {
    auto it = latest_.find(subject);
    return it == latest_.end() ? nullptr : &narrowings_[it->second].tags;
}

void ExprResolver::push_narrowings(ir::ExprId condition) {
    std::size_t first = narrowings_.size();
    collect_narrowings(condition, narrowings_);
    for (std::size_t i = first; i < narrowings_.size(); ++i) {
        Narrowing& narrowing = narrowings_[i];
        std::sort(narrowing.tags.begin(), narrowing.tags.end());
        narrowing.tags.erase(std::unique(narrowing.tags.begin(), narrowing.tags.end()),
                             narrowing.tags.end());
        auto [it, fresh] = latest_.try_emplace(narrowing.subject, i);
        if (fresh) continue;
        const std::vector<std::uint32_t>& before = narrowings_[it->second].tags;
        std::vector<std::uint32_t> both;
        std::set_intersection(before.begin(), before.end(), narrowing.tags.begin(),
                              narrowing.tags.end(), std::back_inserter(both));
        narrowing.tags = std::move(both);
        narrowing.previous = it->second;
        it->second = i;
    }
}

void ExprResolver::pop_narrowings(std::size_t count) {
    while (narrowings_.size() > count) {
        const Narrowing& narrowing = narrowings_.back();
        if (narrowing.previous) {
            latest_[narrowing.subject] = *narrowing.previous;
        } else {
            latest_.erase(narrowing.subject);
        }
        narrowings_.pop_back();
    }
}

void ExprResolver::collect_narrowings(ir::ExprId condition, std::vector<Narrowing>& out) const {
    const ir::Program& p = cx_.program;
    const ir::Expr& expr = p.expr(condition);
    if (const auto* all = std::get_if<ir::And>(&expr)) {
        for (ir::ExprId operand : all->operands) collect_narrowings(operand, out);
        return;
    }
    // The subject of `subject.tag`, when `member` reads a record's tag field.
    auto tag_subject = [&](ir::ExprId member) -> std::optional<std::uint64_t> {
        const auto* m = std::get_if<ir::Member>(&p.expr(member));
        if (m == nullptr || m->fields.size() != 1) return std::nullopt;
        const ir::Field& field = p.fields[m->fields.front().index()];
        const ir::Record& record = p.records[field.record.index()];
        if (record.tag_field != m->fields.front()) return std::nullopt;
        return subject_key(m->object);
    };
    auto constant = [&](ir::ExprId id) -> std::optional<std::uint32_t> {
        const auto* value = std::get_if<ir::EnumConst>(&p.expr(id));
        return value == nullptr ? std::nullopt : std::optional<std::uint32_t>(value->value);
    };
    if (const auto* compare = std::get_if<ir::Compare>(&expr)) {
        if (compare->op != ir::CompareOp::Eq) return;
        for (auto [lhs, rhs] :
             {std::pair{compare->lhs, compare->rhs}, std::pair{compare->rhs, compare->lhs}}) {
            auto subject = tag_subject(lhs);
            auto value = constant(rhs);
            if (subject && value) {
                out.push_back({*subject, {*value}, std::nullopt});
                return;
            }
        }
        return;
    }
    if (const auto* in = std::get_if<ir::In>(&expr)) {
        auto subject = tag_subject(in->element);
        const auto* set = std::get_if<ir::SetOf>(&p.expr(in->container));
        if (in->negated || !subject || set == nullptr) return;
        Narrowing narrowing{*subject, {}, std::nullopt};
        for (ir::ExprId element : set->elements) {
            auto value = constant(element);
            if (!value) return;
            narrowing.tags.push_back(*value);
        }
        out.push_back(std::move(narrowing));
    }
}

}  // namespace netral::check
