// SPDX-License-Identifier: Apache-2.0
// The English catalogue of the engine's messages: diagnostics (keyed by code, with suffixes for
// the variants of one code, ".hint" and ".note" for their hints and notes), their shared words
// and hints. Templates use fmt's positional fields {0}, {1}, …; the Indonesian catalogue
// (messages_id.cpp) has the same keys with the same fields. Order does not matter: the table is
// sorted on first use, and message_test rejects a key given twice.
#include "base/message_catalogue.hpp"

namespace netral::base {

std::vector<CatalogueEntry> english_messages() {
    return {
        // Words of the diagnostic rendering itself.
        {"diag.error", "error"},
        {"diag.hint", "hint"},
        {"diag.note", "note"},
        {"diag.warning", "warning"},
        // Shared hints.
        {"hint.did_you_mean", "did you mean `{0}`?"},
        // --- E1xxx and E9001-E9003: parsing (engine/syntax) ---
        {"E1001", "expected a declaration, found {0}"},
        {"E1001.hint", "a file holds declarations such as `rule`, `fact`, `enum`, `table` or `derive`"},
        {"E1002", "expected {0}, found {1}"},
        {"E1003", "expected {0}, found {1}"},
        {"E1003.note", "the string opened at line {0}"},
        {"note.syntax.opened_at", "in the `{0}` opened at line {1}"},
        {"E1004", "invalid UTF-8 or NUL byte in a rule file"},
        {"E1004.hint", "rule files are UTF-8 text; re-save the file as UTF-8"},
        {"E9001", "file is larger than the limit of {0} bytes"},
        {"E9001.hint", "split it into several modules, or raise the limit with --max-file-bytes"},
        {"E9002", "nesting deeper than {0} levels"},
        {"E9002.hint", "split the expression, or raise the limit with --max-depth"},
        {"word.syntax.end_of_file", "end of file"},
        {"word.syntax.end_of_line", "end of line"},
        {"word.syntax.identifier", "identifier"},
        {"word.syntax.name", "a name"},
        {"word.syntax.field_name", "a field name"},
        {"word.syntax.escape", "an escape (\\\" \\\\ \\n \\t)"},
        {"word.syntax.closing_quote", "closing `\"` (strings end on the line they start; use \"\"\" for several lines)"},
        {"word.syntax.closing_triple", "closing `\"\"\"`"},
        {"word.syntax.string", "a string"},
        {"word.syntax.label", "a label"},
        {"word.syntax.date", "a date (YYYY-MM-DD)"},
        {"word.syntax.number", "a number"},
        {"word.syntax.bool", "true or false"},
        {"word.syntax.row_id", "a row id such as C2.2"},
        {"word.syntax.expression", "an expression"},
        {"word.syntax.not_expression", "an expression after `not`"},
        {"word.syntax.value_or_name", "a value or name"},
        {"word.syntax.paren", "a parenthesised expression"},
        {"word.syntax.quantifier", "any(…), all(…) or count(…)"},
        {"word.syntax.set", "a set {{…}}"},
        {"word.syntax.suffix", "`.field`, `[key]` or `(argument)`"},
        {"word.syntax.or_tail", "`or` and an expression"},
        {"word.syntax.and_tail", "`and` and an expression"},
        {"word.syntax.comparison", "a comparison"},
        {"word.syntax.range_tail", "`..` and an end"},
        {"word.syntax.set_or_unset", "`set` or `unset`"},
        {"word.syntax.set_items", "set elements"},
        {"word.syntax.arguments", "arguments"},
        {"word.syntax.regulation_word", "a regulation name such as PP"},
        {"word.syntax.regulation_number", "a regulation number such as 94/2021 or a year"},
        {"word.syntax.regulation", "a regulation such as PP 94/2021"},
        {"word.syntax.locator_value", "a locator value such as 14, (1), i or II"},
        {"word.syntax.locator", "a locator (Pasal, ayat, huruf, angka, …)"},
        {"word.syntax.citation", "a citation such as PP 94/2021 Pasal 5"},
        {"word.syntax.type", "a type"},
        {"word.syntax.field", "a field `name: type`"},
        {"word.syntax.column", "a column `name: type`"},
        {"word.syntax.nested_block", "a category, outcome or sanction"},
        {"word.syntax.clause", "a clause"},
        {"word.syntax.cite_clause", "`cite` and a citation"},
        {"word.syntax.value_clause", "`value` and a name"},
        {"word.syntax.refer", "`refer` and a citation"},
        {"word.syntax.review", "`review` and a reason"},
        {"word.syntax.provisional", "`provisional` and a reason"},
        {"word.syntax.finding", "a track and a category, such as `discipline heavy`"},
        {"word.syntax.level", "a category such as `heavy`"},
        {"word.syntax.conclusion", "a conclusion (`TRACK CATEGORY`, `refer …`, `review \"…\"`, `provisional \"…\"` or `set … = …`)"},
        {"word.syntax.then_clause", "`then` and a conclusion"},
        {"word.syntax.block_body", "`}}` or a clause (cite, status, for, when, then, because, note, …)"},
        {"word.syntax.record_body", "`}}`, a field `name: type` or `variant on …`"},
        {"word.syntax.parameter", "a parameter `name: type`"},
        {"word.syntax.row_body", "`}}` or a cell `column = value`"},
        {"word.syntax.table_body", "`}}`, `key`, `column`, `row` or a clause"},
        {"word.syntax.declaration", "a declaration (module, import, ruleset, regulation, enum, record, fact, derive, table, param, ladder, track, rule, combine or escalate)"},
        {"word.syntax.block", "a block"},
        {"word.syntax.row_keys", "row keys"},
        {"word.syntax.parameters", "parameters"},
        {"word.syntax.clauses", "clauses"},
        {"word.syntax.enum_value", "an enum value"},
        {"word.syntax.variant_case", "a variant case `tag {{ fields }}`"},
        {"word.syntax.cell", "a cell `column = value`"},
        {"word.syntax.enum_body", "`}}` or an enum value"},
        {"word.syntax.relation", "`exception to` or `prevails over`"},
        {"word.syntax.placeholder_end", "the end of the placeholder `}}`"},

        // --- E2xxx-E5xxx, W2xxx-W5xxx: the checker (engine/check) ---

        // --- E6xxx: incident files and changes (engine/io) ---

        // --- E7xxx: the API and the command line (engine/api, engine/cli) ---

        // --- E8xxx: example cases and their expectations (engine/cases) ---

        // --- E9004: limits (engine/base) ---
        {"E9004", "too many errors; stopped after {0}"},
        {"E9004.hint", "raise the limit with --max-errors"},
    };
}

}  // namespace netral::base
