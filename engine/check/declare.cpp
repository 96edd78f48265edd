// SPDX-License-Identifier: Apache-2.0
// The declaration pass: creates one IR entity per declaration and enters its name in the
// declaring module's scope (regulations in one global table). Types and expressions are
// resolved by later passes, so declarations may appear in any order and any module.
#include <map>
#include <string_view>

#include "check/codes.hpp"
#include "check/passes.hpp"
#include "check/syntax_util.hpp"

namespace netral::check {

ir::Label to_label(const std::optional<syntax::Label>& label) {
    ir::Label out;
    if (!label) return out;
    out.id = label->id.value;
    if (label->en) out.en = label->en->value;
    return out;
}

void check_identifier(Context& cx, const syntax::Ident& ident) {
    if (ident.name.size() <= cx.options.max_identifier) return;
    cx.error(codes::kIdentifierTooLong, ident.span,
             base::msg("E9003", ident.name.size(), cx.options.max_identifier))
        .hint = base::msg("E9003.hint");
}

void report_duplicate(Context& cx, const base::MessageArg& what, const syntax::Ident& name,
                      base::Span first) {
    cx.error(codes::kDuplicate, name.span, base::msg("E2001", what, name.name))
        .notes.push_back({first, base::msg("note.check.first_declared")});
}

namespace {

/// Declares a name in a module's namespace; reports E2001 when taken. Returns false then.
bool declare(Context& cx, Namespace space, SymbolKind kind, std::size_t index, ir::ModuleId module,
             const syntax::Ident& name, const base::MessageArg& what) {
    check_identifier(cx, name);
    Symbol symbol{kind, static_cast<std::uint32_t>(index), module, name.span};
    const Symbol* earlier = cx.scope.declare(space, name.name, symbol);
    if (earlier == nullptr || kind == SymbolKind::Rule) return true;
    report_duplicate(cx, what, name, earlier->span);
    return false;
}

/// Builds enum values, reporting duplicates.
std::vector<ir::EnumValue> enum_values(Context& cx, const std::vector<syntax::EnumValue>& values,
                                       const base::MessageArg& what) {
    std::vector<ir::EnumValue> out;
    std::map<std::string_view, base::Span> seen;  // a map: enums may have thousands of values
    for (const syntax::EnumValue& value : values) {
        check_identifier(cx, value.name);
        auto [earlier, first] = seen.emplace(value.name.name, value.name.span);
        if (!first) {
            report_duplicate(cx, what, value.name, earlier->second);
            continue;
        }
        out.push_back({value.name.name, to_label(value.label), value.name.span});
    }
    return out;
}

struct Declarer {
    Context& cx;
    ir::ModuleId module;
    std::size_t& rule_blocks;

    void operator()(const syntax::RegulationDecl& decl) const {
        ir::Regulation regulation;
        regulation.key = regulation_key(decl.ref);
        regulation.label = to_label(decl.label);
        regulation.notes = texts(decl.clauses, "note");
        regulation.quotes = texts(decl.clauses, "quote");
        regulation.module = module;
        regulation.span = decl.ref.span;
        auto id = ir::RegulationId::from_index(cx.program.regulations.size());
        auto [it, inserted] = cx.regulations.emplace(regulation.key, id);
        if (!inserted) {
            cx.error(codes::kDuplicate, decl.ref.span,
                     base::msg("E2001", base::word("word.check.kind_regulation"), regulation.key))
                .notes.push_back({cx.program.regulations[it->second.index()].span,
                                  base::msg("note.check.first_declared")});
            return;
        }
        cx.program.regulations.push_back(std::move(regulation));
        cx.regulation_syntax.push_back({&decl, module});
    }

    void operator()(const syntax::EnumDecl& decl) const {
        std::size_t index = cx.program.enums.size();
        if (!declare(cx, Namespace::Type, SymbolKind::Enum, index, module, decl.name,
                     base::word("word.check.kind_type")))
            return;
        ir::Enum e;
        e.name = decl.name.name;
        e.label = to_label(decl.label);
        e.values = enum_values(cx, decl.values, base::word("word.check.kind_enum_value"));
        e.module = module;
        e.span = decl.name.span;
        cx.program.enums.push_back(std::move(e));
    }

    void operator()(const syntax::RecordDecl& decl) const {
        std::size_t index = cx.program.records.size();
        if (!declare(cx, Namespace::Type, SymbolKind::Record, index, module, decl.name,
                     base::word("word.check.kind_type"))) {
            return;
        }
        ir::Record record;
        record.name = decl.name.name;
        record.label = to_label(decl.label);
        record.module = module;
        record.span = decl.name.span;
        cx.program.records.push_back(std::move(record));
        cx.record_syntax.push_back({&decl, module});
    }

    void operator()(const syntax::FactDecl& decl) const {
        // Incident files reserve `expect` for the expected outcome of a test case. The fact is
        // still declared, so its uses are not reported as unknown names as well.
        if (decl.field.name.name == "expect") {
            cx.error(codes::kReservedFact, decl.field.name.span, base::msg("E2012")).hint =
                base::msg("E2012.hint");
        }
        std::size_t index = cx.program.facts.size();
        if (!declare(cx, Namespace::Value, SymbolKind::Fact, index, module, decl.field.name,
                     base::word("word.check.kind_name"))) {
            return;
        }
        ir::Fact fact;
        fact.name = decl.field.name.name;
        fact.required = decl.field.required;
        fact.label = to_label(decl.field.label);
        fact.module = module;
        fact.span = decl.field.name.span;
        cx.program.facts.push_back(std::move(fact));
        cx.fact_syntax.push_back({&decl, module});
    }

    void operator()(const syntax::DeriveDecl& decl) const {
        std::size_t index = cx.program.derived.size();
        if (!declare(cx, Namespace::Value, SymbolKind::Derived, index, module, decl.name,
                     base::word("word.check.kind_name"))) {
            return;
        }
        ir::Derived derived;
        derived.name = decl.name.name;
        derived.label = to_label(decl.label);
        derived.notes = texts(decl.clauses, "note");
        derived.module = module;
        derived.span = decl.name.span;
        cx.program.derived.push_back(std::move(derived));
        cx.derived_syntax.push_back({&decl, module});
    }

    void operator()(const syntax::TableDecl& decl) const {
        std::size_t index = cx.program.tables.size();
        if (!declare(cx, Namespace::Value, SymbolKind::Table, index, module, decl.name,
                     base::word("word.check.kind_name"))) {
            return;
        }
        ir::Table table;
        table.name = decl.name.name;
        table.label = to_label(decl.label);
        table.notes = texts(decl.clauses, "note");
        table.module = module;
        table.span = decl.name.span;
        cx.program.tables.push_back(std::move(table));
        cx.table_syntax.push_back({&decl, module});
    }

    void operator()(const syntax::Block& block) const {
        if (block.keyword == "rule") return declare_rule(block);
        if (block.keyword == "param") return declare_param(block);
        if (block.keyword == "ladder") return declare_ladder(block);
        if (block.keyword == "track") return declare_track(block);
        if (block.keyword == "combine") cx.combine_syntax.push_back({&block, module});
        if (block.keyword == "escalate") cx.escalate_syntax.push_back({&block, module});
    }

    void operator()(const syntax::ModuleDecl&) const {}
    void operator()(const syntax::ImportDecl&) const {}

    void declare_rule(const syntax::Block& block) const {
        if (++rule_blocks > cx.options.max_rules) {
            if (rule_blocks == cx.options.max_rules + 1) {
                cx.error(codes::kTooManyRules, block.name.span,
                         base::msg("E9005", cx.options.max_rules))
                    .hint = base::msg("E9005.hint");
            }
            return;
        }
        std::size_t index = cx.program.rules.size();
        declare(cx, Namespace::Rule, SymbolKind::Rule, index, module, block.name,
                base::word("word.check.kind_rule"));
        ir::Rule rule;
        rule.name = block.name.name;
        rule.title = to_label(block.label);
        rule.module = module;
        rule.span = block.span;
        rule.name_span = block.name.span;
        cx.program.rules.push_back(std::move(rule));
        cx.rule_syntax.push_back({&block, module});
    }

    void declare_param(const syntax::Block& block) const {
        std::size_t index = cx.program.params.size();
        if (!declare(cx, Namespace::Value, SymbolKind::Param, index, module, block.name,
                     base::word("word.check.kind_name"))) {
            return;
        }
        std::vector<syntax::EnumValue> values;
        for_each_clause<syntax::ValueClause>(block.clauses, [&](const syntax::ValueClause& v) {
            syntax::EnumValue value;
            value.name = v.name;
            value.label = v.label;
            value.span = v.span;
            values.push_back(std::move(value));
        });
        ir::Enum e;
        e.name = block.name.name;
        e.label = to_label(block.label);
        e.values = enum_values(cx, values, base::word("word.check.kind_param_value"));
        e.param = ir::ParamId::from_index(index);
        e.module = module;
        e.span = block.name.span;
        ir::Param param;
        param.name = block.name.name;
        param.label = e.label;
        param.values = ir::EnumId::from_index(cx.program.enums.size());
        param.notes = texts(block.clauses, "note");
        param.quotes = texts(block.clauses, "quote");
        param.module = module;
        param.span = block.name.span;
        cx.program.enums.push_back(std::move(e));
        cx.program.params.push_back(std::move(param));
        cx.param_syntax.push_back({&block, module});
    }

    void declare_ladder(const syntax::Block& block) const {
        std::size_t index = cx.program.ladders.size();
        if (!declare(cx, Namespace::Type, SymbolKind::Ladder, index, module, block.name,
                     base::word("word.check.kind_type"))) {
            return;
        }
        ir::Ladder ladder;
        ladder.name = block.name.name;
        ladder.label = to_label(block.label);
        ladder.notes = texts(block.clauses, "note");
        ladder.module = module;
        ladder.span = block.name.span;
        auto ladder_id = ir::LadderId::from_index(index);
        std::uint32_t ordinal = 0;
        std::map<std::string_view, base::Span> seen;  // a map: ladders may be long
        for_each_clause<syntax::Block>(block.clauses, [&](const syntax::Block& nested) {
            if (nested.keyword != "category" && nested.keyword != "outcome") return;
            check_identifier(cx, nested.name);
            auto [earlier, first] = seen.emplace(nested.name.name, nested.name.span);
            if (!first) {
                report_duplicate(cx, base::word("word.check.kind_category"), nested.name,
                                 earlier->second);
                return;
            }
            auto category_id = ir::CategoryId::from_index(cx.program.categories.size());
            ir::Category category;
            category.name = nested.name.name;
            category.label = to_label(nested.label);
            category.ladder = ladder_id;
            category.kind = nested.keyword == "category" ? ir::CategoryKind::Ordinal
                                                         : ir::CategoryKind::Outcome;
            if (category.kind == ir::CategoryKind::Ordinal) category.ordinal = ordinal++;
            category.notes = texts(nested.clauses, "note");
            category.quotes = texts(nested.clauses, "quote");
            category.span = nested.name.span;
            declare_sanctions(nested, category_id, category);
            cx.program.categories.push_back(std::move(category));
            cx.category_syntax.push_back({&nested, module});
            ladder.categories.push_back(category_id);
        });
        cx.program.ladders.push_back(std::move(ladder));
        cx.ladder_syntax.push_back({&block, module});
    }

    /// The reason of `absorbs` is shown next to every absorbed recommendation, so it must be
    /// written in both languages (E3019).
    void check_absorbs_reason(const syntax::LabelClause& clause, const ir::Label& reason) const {
        auto blank = [](const std::string& text) {
            return text.find_first_not_of(" \t\n\r") == std::string::npos;
        };
        if (!blank(reason.id) && reason.en && !blank(*reason.en)) return;
        cx.error(codes::kAbsorbsReason, clause.span, base::msg("E3019")).hint =
            base::msg("E3019.hint");
    }

    void declare_sanctions(const syntax::Block& category_block, ir::CategoryId category_id,
                           ir::Category& category) const {
        std::map<std::string_view, base::Span> seen;  // a map: categories may be long
        for_each_clause<syntax::Block>(category_block.clauses, [&](const syntax::Block& nested) {
            if (nested.keyword != "sanction") return;
            check_identifier(cx, nested.name);
            auto [earlier, first] = seen.emplace(nested.name.name, nested.name.span);
            if (!first) {
                report_duplicate(cx, base::word("word.check.kind_sanction"), nested.name,
                                 earlier->second);
                return;
            }
            ir::Sanction sanction;
            sanction.name = nested.name.name;
            sanction.label = to_label(nested.label);
            sanction.category = category_id;
            sanction.rank = static_cast<std::uint32_t>(category.sanctions.size());
            sanction.notes = texts(nested.clauses, "note");
            sanction.quotes = texts(nested.clauses, "quote");
            if (const auto* absorbs =
                    find_keyword<syntax::LabelClause>(nested.clauses, "absorbs")) {
                sanction.absorbs = to_label(absorbs->text);
                check_absorbs_reason(*absorbs, *sanction.absorbs);
            }
            sanction.span = nested.name.span;
            category.sanctions.push_back(ir::SanctionId::from_index(cx.program.sanctions.size()));
            cx.program.sanctions.push_back(std::move(sanction));
            cx.sanction_syntax.push_back({&nested, module});
        });
    }

    void declare_track(const syntax::Block& block) const {
        std::size_t index = cx.program.tracks.size();
        if (!declare(cx, Namespace::Track, SymbolKind::Track, index, module, block.name,
                     base::word("word.check.kind_track"))) {
            return;
        }
        ir::Track track;
        track.name = block.name.name;
        track.label = to_label(block.label);
        track.notes = texts(block.clauses, "note");
        track.quotes = texts(block.clauses, "quote");
        track.module = module;
        track.span = block.name.span;
        cx.program.tracks.push_back(std::move(track));
        cx.track_syntax.push_back({&block, module});
    }
};

}  // namespace

void declare_names(Context& cx) {
    std::size_t rule_blocks = 0;
    for (std::size_t m = 0; m < cx.files.size(); ++m) {
        Declarer declarer{cx, ir::ModuleId::from_index(m), rule_blocks};
        for (const syntax::Declaration& declaration : cx.files[m].declarations) {
            boost::apply_visitor(declarer, declaration);
        }
    }
}

}  // namespace netral::check
