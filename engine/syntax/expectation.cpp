// SPDX-License-Identifier: Apache-2.0
// One table from the grammar's rule names (grammar_def.hpp) to catalogue words. A rule renamed
// there without a row here still reads, in English: the name is then shown as written.
#include "syntax/expectation.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace netral::syntax {
namespace {

using Row = std::pair<std::string_view, base::MessageArg>;

const std::vector<Row>& rows() {
    using base::word;
    static const std::vector<Row> table = {
        {"identifier", word("word.syntax.identifier")},
        {"a name", word("word.syntax.name")},
        {"a field name", word("word.syntax.field_name")},
        {"an escape (\\\" \\\\ \\n \\t)", word("word.syntax.escape")},
        {"closing `\"` (strings end on the line they start; use \"\"\" for several lines)",
         word("word.syntax.closing_quote")},
        {"closing `\"\"\"`", word("word.syntax.closing_triple")},
        {"a string", word("word.syntax.string")},
        {"a label", word("word.syntax.label")},
        {"a date (YYYY-MM-DD)", word("word.syntax.date")},
        {"a number", word("word.syntax.number")},
        {"true or false", word("word.syntax.bool")},
        {"a row id such as C2.2", word("word.syntax.row_id")},
        {"an expression", word("word.syntax.expression")},
        {"an expression after `not`", word("word.syntax.not_expression")},
        {"a value or name", word("word.syntax.value_or_name")},
        {"a parenthesised expression", word("word.syntax.paren")},
        {"any(…), all(…) or count(…)", word("word.syntax.quantifier")},
        {"a set {…}", word("word.syntax.set")},
        {"`.field`, `[key]` or `(argument)`", word("word.syntax.suffix")},
        {"`or` and an expression", word("word.syntax.or_tail")},
        {"`and` and an expression", word("word.syntax.and_tail")},
        {"a comparison", word("word.syntax.comparison")},
        {"`..` and an end", word("word.syntax.range_tail")},
        {"`set` or `unset`", word("word.syntax.set_or_unset")},
        {"set elements", word("word.syntax.set_items")},
        {"arguments", word("word.syntax.arguments")},
        {"a regulation name such as PP", word("word.syntax.regulation_word")},
        {"a regulation number such as 94/2021 or a year", word("word.syntax.regulation_number")},
        {"a regulation such as PP 94/2021", word("word.syntax.regulation")},
        {"a locator value such as 14, (1), i or II", word("word.syntax.locator_value")},
        {"a locator (Pasal, ayat, huruf, angka, …)", word("word.syntax.locator")},
        {"a citation such as PP 94/2021 Pasal 5", word("word.syntax.citation")},
        {"a type", word("word.syntax.type")},
        {"a field `name: type`", word("word.syntax.field")},
        {"a column `name: type`", word("word.syntax.column")},
        {"a category, outcome or sanction", word("word.syntax.nested_block")},
        {"a clause", word("word.syntax.clause")},
        {"`cite` and a citation", word("word.syntax.cite_clause")},
        {"`value` and a name", word("word.syntax.value_clause")},
        {"`refer` and a citation", word("word.syntax.refer")},
        {"`review` and a reason", word("word.syntax.review")},
        {"`provisional` and a reason", word("word.syntax.provisional")},
        {"a track and a category, such as `discipline heavy`", word("word.syntax.finding")},
        {"a category such as `heavy`", word("word.syntax.level")},
        {"a conclusion (`TRACK CATEGORY`, `refer …`, `review \"…\"`, `provisional \"…\"` or "
         "`set … = …`)",
         word("word.syntax.conclusion")},
        {"`then` and a conclusion", word("word.syntax.then_clause")},
        {"`}` or a clause (cite, status, for, when, then, because, note, …)",
         word("word.syntax.block_body")},
        {"`}`, a field `name: type` or `variant on …`", word("word.syntax.record_body")},
        {"a parameter `name: type`", word("word.syntax.parameter")},
        {"`}` or a cell `column = value`", word("word.syntax.row_body")},
        {"`}`, `key`, `column`, `row` or a clause", word("word.syntax.table_body")},
        {"a declaration (module, import, ruleset, regulation, enum, record, fact, derive, table, "
         "param, ladder, track, rule, combine or escalate)",
         word("word.syntax.declaration")},
        {"a block", word("word.syntax.block")},
        {"row keys", word("word.syntax.row_keys")},
        {"parameters", word("word.syntax.parameters")},
        {"clauses", word("word.syntax.clauses")},
        {"an enum value", word("word.syntax.enum_value")},
        {"a variant case `tag { fields }`", word("word.syntax.variant_case")},
        {"a cell `column = value`", word("word.syntax.cell")},
        {"`}` or an enum value", word("word.syntax.enum_body")},
        {"`exception to` or `prevails over`", word("word.syntax.relation")},
        {"the end of the placeholder `}`", word("word.syntax.placeholder_end")},
    };
    return table;
}

}  // namespace

base::MessageArg expectation(std::string_view name) {
    const std::vector<Row>& table = rows();
    auto it =
        std::find_if(table.begin(), table.end(), [&](const Row& row) { return row.first == name; });
    if (it == table.end()) return {std::string(name), false, {}};
    return it->second;
}

}  // namespace netral::syntax
