// SPDX-License-Identifier: Apache-2.0
// The signature pass: resolves written types of record fields (and variant cases), facts,
// derived facts (parameter and result) and table keys and columns. Expressions (defaults,
// definitions, cells) come later, once every signature is known.
#include <map>

#include "base/suggest.hpp"
#include "check/codes.hpp"
#include "check/expr_text.hpp"
#include "check/passes.hpp"
#include "check/syntax_util.hpp"

namespace netral::check {

namespace {

const std::vector<std::string>& builtin_types() {
    static const std::vector<std::string> builtins = {"bool", "int", "text", "date", "period"};
    return builtins;
}

std::optional<ir::Type> builtin_type(std::string_view name) {
    if (name == "bool") return ir::Type::boolean();
    if (name == "int") return ir::Type::integer();
    if (name == "text") return ir::Type::text();
    if (name == "date") return ir::Type::date();
    if (name == "period") return ir::Type::period();
    return std::nullopt;
}

ir::Type named_type(Context& cx, ir::ModuleId module, const syntax::Ident& name) {
    if (auto builtin = builtin_type(name.name)) return *builtin;
    Lookup found = cx.scope.lookup(Namespace::Type, module, name.name);
    if (!found.found()) {
        cx.scope.report(cx.sink, found, Namespace::Type, module, name.name, name.span,
                        base::word("word.check.kind_type"), builtin_types());
        return ir::Type::error();
    }
    switch (found.symbol->kind) {
        case SymbolKind::Enum:
            return ir::Type::enumeration(ir::EnumId(found.symbol->index));
        case SymbolKind::Record:
            return ir::Type::record(ir::RecordId(found.symbol->index));
        case SymbolKind::Ladder:
            return ir::Type::sanction(ir::LadderId(found.symbol->index));
        default:
            return ir::Type::error();
    }
}

/// Field ids by name, for duplicate checks (a record may have thousands of fields).
using FieldNames = std::map<std::string, ir::FieldId, std::less<>>;

/// Adds one field to the program and to `seen`; returns its id, or none when the name repeats
/// one in `seen` or in `common` (the record's common fields, for a variant case's field).
/// E3017: a `key` field names the elements of a list (`like-1`), so it is text, common to every
/// variant case, without a default (the position is its default) and alone in its record.
void check_key_field(Context& cx, const ir::Field& field, const syntax::Field& syntax,
                     bool in_variant) {
    base::Message problem;
    if (field.type.kind != ir::TypeKind::Text && !field.type.is_error()) {
        problem = base::msg("E3017");
    } else if (in_variant) {
        problem = base::msg("E3017.variant");
    } else if (syntax.default_value) {
        problem = base::msg("E3017.default");
    } else {
        for (const ir::Field& other : cx.program.fields) {
            if (other.record == field.record && other.key) {
                problem = base::msg("E3017.second", other.name);
                break;
            }
        }
    }
    if (problem.empty()) return;
    cx.error(codes::kBadKeyField, syntax.name.span, problem).hint = base::msg("E3017.hint");
}

std::optional<ir::FieldId> add_field(Context& cx, ir::ModuleId module, ir::RecordId record,
                                     const syntax::Field& field, FieldNames& seen,
                                     const FieldNames* common, std::optional<std::uint32_t> tag) {
    check_identifier(cx, field.name);
    for (const FieldNames* names : {common, static_cast<const FieldNames*>(&seen)}) {
        if (names == nullptr) continue;
        auto it = names->find(field.name.name);
        if (it == names->end()) continue;
        report_duplicate(cx, base::word("word.check.kind_field"), field.name,
                         cx.program.fields[it->second.index()].span);
        return std::nullopt;
    }
    ir::Field out;
    out.name = field.name.name;
    out.type = resolve_type_ref(cx, module, field.type);
    out.required = field.required;
    out.key = field.key;
    out.label = to_label(field.label);
    out.record = record;
    if (tag) out.cases.push_back(*tag);
    out.span = field.name.span;
    if (field.key) check_key_field(cx, out, field, tag.has_value());
    auto id = ir::FieldId::from_index(cx.program.fields.size());
    cx.program.fields.push_back(std::move(out));
    cx.field_syntax.push_back({&field, module});
    seen.emplace(field.name.name, id);
    return id;
}

void resolve_record(Context& cx, ir::RecordId id) {
    const auto [decl, module] = cx.record_syntax[id.index()];
    std::vector<ir::FieldId> common;
    FieldNames common_names;
    for (const syntax::Field& field : decl->fields) {
        if (auto field_id = add_field(cx, module, id, field, common_names, nullptr, std::nullopt)) {
            common.push_back(*field_id);
        }
    }
    cx.program.records[id.index()].fields = common;
    if (!decl->variant) return;
    const syntax::VariantPart& variant = *decl->variant;
    std::optional<ir::FieldId> tag_field;
    if (auto it = common_names.find(variant.tag_field.name); it != common_names.end()) {
        tag_field = it->second;
    }
    if (!tag_field) {
        std::vector<std::string> names;
        for (ir::FieldId field : common) names.push_back(cx.program.fields[field.index()].name);
        std::optional<std::string> near = base::closest(variant.tag_field.name, names);
        cx.error(codes::kBadVariant, variant.tag_field.span,
                 base::msg("E2040", decl->name.name, variant.tag_field.name))
            .hint = near ? base::msg("E2040.hint_near", *near) : base::msg("E2040.hint");
        return;
    }
    ir::Type tag_type = cx.program.fields[tag_field->index()].type;
    if (tag_type.kind != ir::TypeKind::Enum) {
        if (!tag_type.is_error()) {
            cx.error(codes::kBadVariant, variant.tag_field.span,
                     base::msg("E2040.not_enum", variant.tag_field.name,
                               type_name(cx.program, tag_type)))
                .notes.push_back(
                    {cx.program.fields[tag_field->index()].span, base::msg("note.check.declared")});
        }
        return;
    }
    const ir::Enum& tag_enum = cx.program.enums[tag_type.ref];
    cx.program.records[id.index()].tag_field = tag_field;
    std::vector<ir::VariantCase> cases;
    std::map<std::uint32_t, base::Span> case_spans;  // by tag, for repeated cases
    for (const syntax::VariantCase& written : variant.cases) {
        std::optional<std::uint32_t> tag =
            cx.members.enum_value(cx.program, tag_type.enum_id(), written.tag.name);
        if (!tag) {
            base::Diagnostic& d =
                cx.error(codes::kUnknownName, written.tag.span,
                         base::msg("E2004.enum_value", written.tag.name, tag_enum.name));
            if (!cx.sink.saturated()) {
                d.hint = base::did_you_mean(written.tag.name, value_names(tag_enum));
            }
            continue;
        }
        auto [earlier, first] = case_spans.emplace(*tag, written.tag.span);
        if (!first) {
            report_duplicate(cx, base::word("word.check.kind_variant_case"), written.tag,
                             earlier->second);
            continue;
        }
        ir::VariantCase out;
        out.tag = *tag;
        out.span = written.tag.span;
        FieldNames seen;
        for (const syntax::Field& field : written.fields) {
            if (auto field_id = add_field(cx, module, id, field, seen, &common_names, tag)) {
                out.fields.push_back(*field_id);
            }
        }
        cases.push_back(std::move(out));
    }
    cx.program.records[id.index()].cases = std::move(cases);
}

/// The `value V "…"` phrases of a derived fact: V must be a value of its type (`true` or
/// `false`, or one of its enum's values), named once, with its phrase.
void resolve_phrases(Context& cx, const syntax::DeriveDecl& decl, ir::Derived& derived) {
    for_each_clause<syntax::ValueClause>(decl.clauses, [&](const syntax::ValueClause& v) {
        const std::string& name = v.name.name;
        const ir::Type& type = derived.type;
        if (type.is_error()) return;
        bool known = false;
        if (type.kind == ir::TypeKind::Bool) {
            known = name == "true" || name == "false";
        } else if (type.kind == ir::TypeKind::Enum) {
            for (const ir::EnumValue& value : cx.program.enums[type.ref].values) {
                known = known || value.name == name;
            }
        } else {
            cx.error(codes::kDerivePhrase, v.span,
                     base::msg("E2053.type", type_name(cx.program, type)))
                .hint = base::msg("E2053.hint_type");
            return;
        }
        if (!known) {
            cx.error(codes::kDerivePhrase, v.span,
                     base::msg("E2053.value", name, type_name(cx.program, type)))
                .hint = base::msg(type.kind == ir::TypeKind::Bool ? "E2053.hint_bool"
                                                                  : "E2053.hint_enum");
            return;
        }
        for (const ir::DerivedPhrase& earlier : derived.phrases) {
            if (earlier.value == name) {
                cx.error(codes::kDerivePhrase, v.span,
                         base::msg("E2053.second", name, derived.name))
                    .hint = base::msg("E2053.hint_second", name);
                return;
            }
        }
        if (!v.label) {
            cx.error(codes::kDerivePhrase, v.span, base::msg("E2053", name)).hint =
                base::msg("E2053.hint", name);
            return;
        }
        derived.phrases.push_back({name, to_label(v.label)});
    });
}

void resolve_derived(Context& cx, ir::DerivedId id) {
    const auto [decl, module] = cx.derived_syntax[id.index()];
    ir::Derived& derived = cx.program.derived[id.index()];
    derived.type = resolve_type_ref(cx, module, decl->type);
    resolve_phrases(cx, *decl, derived);
    if (decl->params.size() > 1) {
        cx.error(codes::kDeriveParams, decl->params[1].span, base::msg("E2052")).hint =
            base::msg("E2052.hint");
    }
    if (decl->params.empty()) return;
    const syntax::DeriveParam& param = decl->params.front();
    check_identifier(cx, param.name);
    ir::Type type = resolve_type_ref(cx, module, param.type);
    if (!type.is_error() && type.kind != ir::TypeKind::Record) {
        cx.error(codes::kDeriveParams, param.type.span,
                 base::msg("E2052.record", type_name(cx.program, type)));
        type = ir::Type::error();
    }
    cx.program.vars.push_back({param.name.name, type, param.name.span});
    cx.program.derived[id.index()].param = ir::VarId::from_index(cx.program.vars.size() - 1);
}

void resolve_table(Context& cx, ir::TableId id) {
    const auto [decl, module] = cx.table_syntax[id.index()];
    ir::Table& table = cx.program.tables[id.index()];
    std::vector<std::pair<std::string, base::Span>> names;
    auto unique = [&](const syntax::Ident& name) {
        check_identifier(cx, name);
        for (const auto& [earlier, span] : names) {
            if (earlier != name.name) continue;
            report_duplicate(cx, base::word("word.check.kind_table_column"), name, span);
            return false;
        }
        names.emplace_back(name.name, name.span);
        return true;
    };
    for (const syntax::TableKey& key : decl->keys) {
        if (!unique(key.name)) continue;
        ir::Type type = resolve_type_ref(cx, module, key.type);
        if (!type.is_error() && type.kind != ir::TypeKind::Enum) {
            cx.error(codes::kTableKey, key.type.span,
                     base::msg("E2060", type_name(cx.program, type)));
            type = ir::Type::error();
        }
        table.keys.push_back({key.name.name, type.enum_id(), key.name.span});
    }
    for (const syntax::Field& column : decl->columns) {
        if (!unique(column.name)) continue;
        if (column.required || column.default_value) {
            // Every row must give every cell (E2062), so neither word would mean anything.
            cx.error(codes::kRequiredDefault,
                     column.default_value ? column.default_value->span : column.name.span,
                     base::msg("E3015.column", column.name.name))
                .hint = base::msg("E3015.hint_column");
        }
        table.columns.push_back({column.name.name, resolve_type_ref(cx, module, column.type),
                                 to_label(column.label), column.name.span});
    }
}

}  // namespace

ir::Type resolve_type_ref(Context& cx, ir::ModuleId module, const syntax::TypeRef& ref) {
    ir::Type element = named_type(cx, module, ref.name);
    if (element.is_error() || ref.collection.empty()) return element;
    if (ref.collection == "set") {
        if (element.kind == ir::TypeKind::Enum || element.kind == ir::TypeKind::Sanction) {
            return ir::Type::set_of(element);
        }
        cx.error(codes::kTypeMismatch, ref.name.span,
                 base::msg("E3001.set_of", type_name(cx.program, element)));
        return ir::Type::error();
    }
    if (element.kind == ir::TypeKind::Record) return ir::Type::list_of(element.record_id());
    cx.error(codes::kTypeMismatch, ref.name.span,
             base::msg("E3001.list_of", type_name(cx.program, element)));
    return ir::Type::error();
}

void resolve_signatures(Context& cx) {
    for (std::size_t i = 0; i < cx.program.records.size(); ++i) {
        resolve_record(cx, ir::RecordId::from_index(i));
    }
    for (std::size_t i = 0; i < cx.program.facts.size(); ++i) {
        const auto [decl, module] = cx.fact_syntax[i];
        ir::Fact& fact = cx.program.facts[i];
        fact.type = resolve_type_ref(cx, module, decl->field.type);
        if (!decl->field.key) continue;
        // The key fact identifies the incident (its case reference) in the decision.
        base::Message problem;
        if (fact.type.kind != ir::TypeKind::Text && !fact.type.is_error()) {
            problem = base::msg("E3017.fact");
        } else if (decl->field.default_value) {
            problem = base::msg("E3017.fact_default");
        } else {
            for (std::size_t j = 0; j < i; ++j) {
                if (cx.program.facts[j].key) {
                    problem = base::msg("E3017.second_fact", cx.program.facts[j].name);
                }
            }
        }
        if (problem.empty()) {
            fact.key = true;
        } else {
            cx.error(codes::kBadKeyField, decl->field.name.span, problem).hint =
                base::msg("E3017.hint_fact");
        }
    }
    for (std::size_t i = 0; i < cx.program.derived.size(); ++i) {
        resolve_derived(cx, ir::DerivedId::from_index(i));
    }
    for (std::size_t i = 0; i < cx.program.tables.size(); ++i) {
        resolve_table(cx, ir::TableId::from_index(i));
    }
}

}  // namespace netral::check
