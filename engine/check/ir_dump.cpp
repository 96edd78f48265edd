// SPDX-License-Identifier: Apache-2.0
// The IR dump's entry point and its vocabulary sections: the ruleset, modules, regulations,
// enums, records, facts, derived facts, params, tables and variables. Ladders, policies and
// rules are in ir_dump_rules.cpp.
#include "check/ir_dump.hpp"

#include <optional>
#include <string>

#include "check/expr_text.hpp"
#include "check/ir_dump_writer.hpp"

namespace netral::check {

namespace {

using detail::DumpWriter;

void dump_ruleset(DumpWriter& w) {
    const ir::Ruleset& ruleset = w.program().ruleset;
    w.line(0, "ruleset " + ruleset.name + DumpWriter::label(ruleset.label) +
                  w.module_suffix(ruleset.module));
    if (!ruleset.version.empty()) w.line(1, "version " + DumpWriter::quoted(ruleset.version));
    if (ruleset.judged_by) w.line(1, "in force by " + w.typed(*ruleset.judged_by));
    switch (ruleset.inexact) {
        case ir::InexactPolicy::Range:
            break;  // the default, left out like an absent clause
        case ir::InexactPolicy::Heaviest:
            w.line(1, "inexact heaviest");
            break;
        case ir::InexactPolicy::Mildest:
            w.line(1, "inexact mildest");
            break;
    }
    w.texts(1, "note", ruleset.notes);
}

void dump_modules(DumpWriter& w) {
    const ir::Program& p = w.program();
    if (!w.section("modules", p.modules.size())) return;
    for (std::size_t i = 0; i < p.modules.size(); ++i) {
        const ir::Module& module = p.modules[i];
        w.line(1, DumpWriter::id(ir::ModuleId::from_index(i)) + " " + module.name +
                      DumpWriter::label(module.label));
        for (ir::ModuleId imported : module.imports) {
            w.line(2, "import " + p.modules[imported.index()].name + " (" +
                          DumpWriter::id(imported) + ")");
        }
    }
}

void dump_regulations(DumpWriter& w) {
    const ir::Program& p = w.program();
    if (!w.section("regulations", p.regulations.size())) return;
    for (std::size_t i = 0; i < p.regulations.size(); ++i) {
        const ir::Regulation& regulation = p.regulations[i];
        w.line(1, DumpWriter::id(ir::RegulationId::from_index(i)) + " " + regulation.key +
                      DumpWriter::label(regulation.label) + w.module_suffix(regulation.module));
        if (regulation.in_force) w.in_force(2, *regulation.in_force);
        w.texts(2, "note", regulation.notes);
        w.texts(2, "quote", regulation.quotes);
    }
}

void dump_enums(DumpWriter& w) {
    const ir::Program& p = w.program();
    if (!w.section("enums", p.enums.size())) return;
    for (std::size_t i = 0; i < p.enums.size(); ++i) {
        const ir::Enum& e = p.enums[i];
        std::string head = DumpWriter::id(ir::EnumId::from_index(i)) + " " + e.name;
        if (e.param) {
            // A param's values are listed with the param.
            w.line(1, head + " (values of param " + DumpWriter::id(*e.param) + ")");
            continue;
        }
        w.line(1, head + DumpWriter::label(e.label) + w.module_suffix(e.module));
        for (std::size_t v = 0; v < e.values.size(); ++v) {
            w.line(2, "[" + std::to_string(v) + "] " + e.values[v].name +
                          DumpWriter::label(e.values[v].label));
        }
    }
}

/// `name: type [required] [= default] "label"`: the shared shape of fields and facts.
std::string field_text(const DumpWriter& w, const std::string& name, ir::Type type, bool required,
                       const std::optional<ir::ExprId>& default_value, const ir::Label& label) {
    std::string text = name + ": " + w.type_text(type);
    if (required) text += " required";
    if (default_value) text += " = " + expr_text(w.program(), *default_value);
    return text + DumpWriter::label(label);
}

void dump_field(DumpWriter& w, int depth, ir::FieldId id) {
    const ir::Field& field = w.program().fields[id.index()];
    w.line(depth, "field " + DumpWriter::id(id) + " " +
                      field_text(w, field.name, field.type, field.required, field.default_value,
                                 field.label) +
                      (field.key ? " key" : ""));
}

void dump_records(DumpWriter& w) {
    const ir::Program& p = w.program();
    if (!w.section("records", p.records.size())) return;
    for (std::size_t i = 0; i < p.records.size(); ++i) {
        const ir::Record& record = p.records[i];
        w.line(1, DumpWriter::id(ir::RecordId::from_index(i)) + " " + record.name +
                      DumpWriter::label(record.label) + w.module_suffix(record.module));
        for (ir::FieldId field : record.fields) dump_field(w, 2, field);
        if (!record.tag_field) continue;
        const ir::Field& tag = p.fields[record.tag_field->index()];
        w.line(2, "variant on " + tag.name + " (field " + DumpWriter::id(*record.tag_field) + ")");
        const ir::Enum* tags =
            tag.type.kind == ir::TypeKind::Enum ? &p.enums[tag.type.ref] : nullptr;
        for (const ir::VariantCase& c : record.cases) {
            std::string value = tags != nullptr ? tags->values[c.tag].name : "?";
            w.line(3, "case " + value + " [" + std::to_string(c.tag) + "]");
            for (ir::FieldId field : c.fields) dump_field(w, 4, field);
        }
    }
}

void dump_facts(DumpWriter& w) {
    const ir::Program& p = w.program();
    if (!w.section("facts", p.facts.size())) return;
    for (std::size_t i = 0; i < p.facts.size(); ++i) {
        const ir::Fact& fact = p.facts[i];
        w.line(1, DumpWriter::id(ir::FactId::from_index(i)) + " " +
                      field_text(w, fact.name, fact.type, fact.required, fact.default_value,
                                 fact.label) +
                      (fact.key ? " key" : "") + w.module_suffix(fact.module));
    }
}

void dump_derived(DumpWriter& w) {
    const ir::Program& p = w.program();
    if (!w.section("derived", p.derived.size())) return;
    for (std::size_t i = 0; i < p.derived.size(); ++i) {
        const ir::Derived& derived = p.derived[i];
        std::string signature = derived.name;
        if (derived.param) {
            const ir::Variable& param = p.vars[derived.param->index()];
            signature += "(" + param.name + " (var " + DumpWriter::id(*derived.param) +
                         "): " + w.type_text(param.type) + ")";
        }
        w.line(1, DumpWriter::id(ir::DerivedId::from_index(i)) + " " + signature + ": " +
                      w.type_text(derived.type) + DumpWriter::label(derived.label) +
                      w.module_suffix(derived.module));
        if (derived.value) w.expr_block(2, "=", *derived.value);
        for (ir::RuleId rule : derived.set_by) {
            w.line(2,
                   "set by rule " + p.rules[rule.index()].name + " (" + DumpWriter::id(rule) + ")");
        }
        w.citations(2, derived.citations);
        w.texts(2, "note", derived.notes);
    }
}

void dump_params(DumpWriter& w) {
    const ir::Program& p = w.program();
    if (!w.section("params", p.params.size())) return;
    for (std::size_t i = 0; i < p.params.size(); ++i) {
        const ir::Param& param = p.params[i];
        const ir::Enum& values = p.enums[param.values.index()];
        w.line(1, DumpWriter::id(ir::ParamId::from_index(i)) + " " + param.name +
                      DumpWriter::label(param.label) + w.module_suffix(param.module));
        w.line(2, "values enum " + DumpWriter::id(param.values));
        for (std::size_t v = 0; v < values.values.size(); ++v) {
            w.line(3, "[" + std::to_string(v) + "] " + values.values[v].name +
                          DumpWriter::label(values.values[v].label));
        }
        if (param.default_value < values.values.size()) {
            w.line(2, "default " + values.values[param.default_value].name + " [" +
                          std::to_string(param.default_value) + "]");
        }
        if (param.status)
            w.line(2, std::string("status ") + status_text(*param.status));
        w.citations(2, param.citations);
        w.texts(2, "note", param.notes);
        w.texts(2, "quote", param.quotes);
    }
}

void dump_tables(DumpWriter& w) {
    const ir::Program& p = w.program();
    if (!w.section("tables", p.tables.size())) return;
    for (std::size_t i = 0; i < p.tables.size(); ++i) {
        const ir::Table& table = p.tables[i];
        w.line(1, DumpWriter::id(ir::TableId::from_index(i)) + " " + table.name +
                      DumpWriter::label(table.label) + w.module_suffix(table.module));
        for (const ir::TableKey& key : table.keys) {
            w.line(2, "key " + key.name + ": " + p.enums[key.type.index()].name + " (enum " +
                          DumpWriter::id(key.type) + ")");
        }
        for (const ir::TableColumn& column : table.columns) {
            w.line(2, "column " + column.name + ": " + w.type_text(column.type) +
                          DumpWriter::label(column.label));
        }
        for (const ir::TableRow& row : table.rows) {
            std::string text = "row ";
            for (std::size_t k = 0; k < row.keys.size() && k < table.keys.size(); ++k) {
                const ir::Enum& key_enum = p.enums[table.keys[k].type.index()];
                if (k > 0) text += ", ";
                text += key_enum.values[row.keys[k]].name;
            }
            text += " {";
            for (std::size_t c = 0; c < row.cells.size() && c < table.columns.size(); ++c) {
                text += c == 0 ? " " : ", ";
                text += table.columns[c].name;
                text += " = ";
                text += expr_text(p, row.cells[c]);
            }
            w.line(2, text + " }");
        }
        w.citations(2, table.citations);
        w.texts(2, "note", table.notes);
    }
}

void dump_variables(DumpWriter& w) {
    const ir::Program& p = w.program();
    if (!w.section("variables", p.vars.size())) return;
    for (std::size_t i = 0; i < p.vars.size(); ++i) {
        w.line(1, DumpWriter::id(ir::VarId::from_index(i)) + " " + p.vars[i].name + ": " +
                      w.type_text(p.vars[i].type));
    }
}

}  // namespace

std::string dump_ir(const ir::Program& program) {
    DumpWriter writer(program);
    dump_ruleset(writer);
    dump_modules(writer);
    dump_regulations(writer);
    dump_enums(writer);
    dump_records(writer);
    dump_facts(writer);
    dump_derived(writer);
    dump_params(writer);
    dump_tables(writer);
    detail::dump_ladders_and_policies(writer);
    detail::dump_rules(writer);
    dump_variables(writer);
    return writer.text();
}

}  // namespace netral::check
