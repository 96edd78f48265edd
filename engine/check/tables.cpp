// SPDX-License-Identifier: Apache-2.0
// The table pass: every row gives one value of each key's enum and a constant for every
// column; no two rows share their keys. Rows become ir::TableRow with cells in column order.
#include <map>

#include "base/suggest.hpp"
#include "check/clause_values.hpp"
#include "check/codes.hpp"
#include "check/ir_walk.hpp"
#include "check/passes.hpp"

namespace netral::check {

namespace {

std::string row_name(const syntax::TableRow& row) {
    std::string out;
    for (const syntax::Ident& key : row.keys) out += (out.empty() ? "" : ", ") + key.name;
    return out;
}

/// The key values of a row, or none after reporting.
std::optional<std::vector<std::uint32_t>> row_keys(Context& cx, const ir::Table& table,
                                                   const syntax::TableRow& row) {
    if (row.keys.size() != table.keys.size()) {
        cx.error(codes::kRowKeys, row.keys.empty() ? row.span : row.keys.front().span,
                 base::msg("E2061", table.name, table.keys.size(), row.keys.size()));
        return std::nullopt;
    }
    std::vector<std::uint32_t> keys;
    for (std::size_t k = 0; k < row.keys.size(); ++k) {
        if (!table.keys[k].type.valid()) return std::nullopt;
        const ir::Enum& type = cx.program.enums[table.keys[k].type.index()];
        std::optional<std::uint32_t> found =
            cx.members.enum_value(cx.program, table.keys[k].type, row.keys[k].name);
        if (!found) {
            base::Diagnostic& d = cx.error(
                codes::kUnknownName, row.keys[k].span,
                base::msg("E2004.row_key", row.keys[k].name, type.name, table.keys[k].name));
            if (!cx.sink.saturated())
                d.hint = base::did_you_mean(row.keys[k].name, value_names(type));
            return std::nullopt;
        }
        keys.push_back(*found);
    }
    return keys;
}

void resolve_rows(Context& cx, ir::TableId id) {
    const auto [decl, module] = cx.table_syntax[id.index()];
    cx.program.tables[id.index()].citations = resolve_citations(cx, decl->clauses);
    std::map<std::vector<std::uint32_t>, base::Span> seen;
    std::vector<std::string> column_names;
    for (const ir::TableColumn& column : cx.program.tables[id.index()].columns) {
        column_names.push_back(column.name);
    }
    for (const syntax::TableRow& row : decl->rows) {
        // Past the error limit nothing more is shown; a table of thousands of columns and empty
        // rows would otherwise still build an error per missing cell: rows times columns.
        if (cx.sink.saturated()) return;
        const ir::Table& table = cx.program.tables[id.index()];
        auto keys = row_keys(cx, table, row);
        if (keys) {
            auto [it, inserted] = seen.emplace(*keys, row.span);
            if (!inserted) {
                cx.error(codes::kDuplicateRow, row.keys.front().span,
                         base::msg("E2063", table.name, row_name(row)))
                    .notes.push_back({it->second, base::msg("E2063.note")});
                keys.reset();
            }
        }
        ir::TableRow out;
        out.span = row.span;
        out.cells.assign(table.columns.size(), ir::ExprId());
        std::vector<base::Span> given(table.columns.size());
        for (const syntax::Cell& cell : row.cells) {
            std::optional<std::uint32_t> column =
                cx.members.column(cx.program, id, cell.column.name);
            if (!column) {
                base::Diagnostic& d =
                    cx.error(codes::kUnknownName, cell.column.span,
                             base::msg("E2004.column", table.name, cell.column.name));
                if (!cx.sink.saturated())
                    d.hint = base::did_you_mean(cell.column.name, column_names);
                continue;
            }
            std::size_t c = *column;
            if (out.cells[c].valid()) {
                cx.error(codes::kDuplicate, cell.column.span,
                         base::msg("E2001.cell", cell.column.name))
                    .notes.push_back({given[c], base::msg("note.check.first_given")});
                continue;
            }
            ExprResolver resolver(cx, module);
            ir::Type type = table.columns[c].type;
            ir::ExprId value =
                resolver.resolve_as(cell.value, type, base::msg("E3001.column", cell.column.name));
            if (!is_constant(cx.program, value)) {
                cx.error(codes::kNotConstant, cx.program.span_of(value), base::msg("E3012.cell"));
            }
            out.cells[c] = value;
            given[c] = cell.column.span;
        }
        for (std::size_t c = 0; c < table.columns.size() && !cx.sink.saturated(); ++c) {
            if (out.cells[c].valid()) continue;
            cx.error(codes::kMissingCell, row.span,
                     base::msg("E2062", row_name(row), table.columns[c].name))
                .notes.push_back({table.columns[c].span, base::msg("E2062.note")});
        }
        if (!keys) continue;
        out.keys = std::move(*keys);
        cx.program.tables[id.index()].rows.push_back(std::move(out));
    }
}

}  // namespace

void resolve_tables(Context& cx) {
    for (std::size_t i = 0; i < cx.program.tables.size(); ++i) {
        resolve_rows(cx, ir::TableId::from_index(i));
    }
}

}  // namespace netral::check
