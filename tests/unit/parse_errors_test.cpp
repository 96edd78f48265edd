// SPDX-License-Identifier: Apache-2.0
// Malformed rule files. Every row pins the FIRST diagnostic exactly: its code, line, column (in
// code points, as the renderer counts them) and message, and the number of diagnostics in all.
// Codes: E1001 no declaration here, E1002 expected X found Y, E1003 unclosed string, E1004 bad
// UTF-8 or NUL, E9001 file too large, E9002 nesting too deep, E9004 too many errors.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "syntax/parse.hpp"

namespace {

using namespace std::string_literals;

// The tables below use designated initializers and leave defaulted fields out. GCC 12's
// -Wmissing-field-initializers warns about that (GCC 13 no longer does); the defaults are meant.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

/// One diagnostic reduced to what a user sees: code, position and message.
struct Reported {
    std::string code;       ///< stable code, e.g. "E1002"
    std::uint32_t line;     ///< 1-based line
    std::uint32_t column;   ///< 1-based column in code points
    std::string message;    ///< the one-line message
    std::string note;       ///< the first note's message, or empty
    std::string hint;       ///< the hint, or empty
};

/// Parses `input` as one file; returns whether a module came back and every diagnostic, sorted.
std::pair<bool, std::vector<Reported>> parse_input(const std::string& input,
                                                   const netral::syntax::ParseLimits& limits,
                                                   std::size_t error_limit) {
    netral::base::SourceMap sources;
    netral::base::DiagnosticSink sink(error_limit);
    netral::base::FileId file = sources.add("test.rules", input);
    bool parsed = netral::syntax::parse(sources, file, sink, limits).has_value();
    std::vector<Reported> reported;
    for (const netral::base::Diagnostic& d : sink.sorted()) {
        netral::base::LineCol at = sources.file(file).line_col(d.span.begin);
        auto english = [](const netral::base::Message& m) {
            return netral::base::render(m, netral::Language::English);
        };
        reported.push_back({d.code, at.line, at.column, english(d.message),
                            d.notes.empty() ? std::string() : english(d.notes.front().message),
                            english(d.hint)});
    }
    return {parsed, reported};
}

std::string repeat(const std::string& text, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) out += text;
    return out;
}

struct ErrorCase {
    std::string name;                      ///< what the row is about
    std::string input;                     ///< the whole rule file
    std::string expected_code;             ///< code of the first diagnostic
    std::uint32_t expected_line = 0;       ///< its 1-based line
    std::uint32_t expected_column = 0;     ///< its 1-based column, in code points
    std::string expected_message;          ///< its message, exactly
    std::size_t expected_count = 1;        ///< diagnostics in total (recovery may add more)
    std::string expected_note;             ///< its first note when not empty
    std::string expected_hint;             ///< its hint when not empty
    netral::syntax::ParseLimits limits{};  ///< parser limits for the row
    std::size_t error_limit = 100;         ///< the sink's error limit (E9004)
};

// clang-format off
std::vector<ErrorCase> error_cases() {
    return {
        // Every declaration kind cut short or misspelled.
        {.name = "module without a name",
         .input = "module\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected a name, found end of file"},
        {.name = "module label without English text",
         .input = "module m \"Contoh\" en\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected a string, found end of file"},
        {.name = "import without a name",
         .input = "module m\nimport\n",
         .expected_code = "E1002", .expected_line = 3, .expected_column = 1,
         .expected_message = "expected a name, found end of file"},
        {.name = "misspelled declaration keyword",
         .input = "module m\nrul r {\n}\n",
         .expected_code = "E1001", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected a declaration, found `rul`",
         .expected_hint = "did you mean `rule`?"},
        {.name = "ruleset without a body",
         .input = "ruleset s \"Aturan\"\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected `{`, found end of file"},
        {.name = "ruleset without a name",
         .input = "ruleset {\n}\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 9,
         .expected_message = "expected a name, found `{`"},
        {.name = "regulation without a reference",
         .input = "regulation\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected a regulation such as PP 94/2021, found end of file"},
        {.name = "regulation without a number",
         .input = "regulation PP \"Disiplin\"\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 15,
         .expected_message = "expected a regulation number such as 94/2021 or a year, found `\"`"},
        {.name = "enum without braces",
         .input = "enum race presidential legislative\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 11,
         .expected_message = "expected `{`, found `presidential`"},
        {.name = "enum never closed",
         .input = "enum race { presidential legislative\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected `}` or an enum value, found end of file",
         .expected_note = "in the `enum` opened at line 1"},
        {.name = "enum value that is not a name",
         .input = "enum race { presidential, legislative }\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 25,
         .expected_message = "expected `}` or an enum value, found `,`"},
        {.name = "record field without colon",
         .input = "record person {\n  name text\n}\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 8,
         .expected_message = "expected `:`, found `text`"},
        {.name = "record never closed",
         .input = "record person {\n  name: text\n",
         .expected_code = "E1002", .expected_line = 3, .expected_column = 1,
         .expected_message = "expected `}`, a field `name: type` or `variant on …`, found end of file"},
        {.name = "variant without on",
         .input = "record act {\n  kind: act_kind\n  variant kind {}\n}\n",
         .expected_code = "E1002", .expected_line = 3, .expected_column = 11,
         .expected_message = "expected `on`, found `kind`"},
        {.name = "variant case never closed",
         .input = "record act {\n"
                  "  kind: act_kind\n"
                  "  variant on kind {\n"
                  "    social_media { action: sm_action\n"
                  "  }\n"
                  "}\n",
         .expected_code = "E1002", .expected_line = 7, .expected_column = 1,
         .expected_message = "expected `}`, a field `name: type` or `variant on …`, found end of file"},
        {.name = "fact without a field",
         .input = "fact\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected a field `name: type`, found end of file"},
        {.name = "fact without colon",
         .input = "fact decided date\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 14,
         .expected_message = "expected `:`, found `date`"},
        {.name = "fact without a type",
         .input = "fact decided:\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected a type, found end of file"},
        {.name = "set type without of",
         .input = "fact tags: set attribute_kind\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 16,
         .expected_message = "expected `of`, found `attribute_kind`"},
        {.name = "list type cut short",
         .input = "fact acts: list\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected `of`, found end of file"},
        {.name = "default without a value",
         .input = "fact count_limit: int =\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected an expression, found end of file"},
        {.name = "derive without a type",
         .input = "derive regime = pp94\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 15,
         .expected_message = "expected `:`, found `=`"},
        {.name = "derive parameter list never closed",
         .input = "derive stage(a: act: candidate_stage\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 20,
         .expected_message = "expected `)`, found `:`"},
        {.name = "derive with empty parameter list",
         .input = "derive stage(): candidate_stage\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 14,
         .expected_message = "expected a parameter `name: type`, found `)`"},
        {.name = "derive parameter without colon",
         .input = "derive stage(a act): candidate_stage\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 16,
         .expected_message = "expected `:`, found `act`"},
        {.name = "table without a body",
         .input = "table calendar \"Kalender\"\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected `{`, found end of file"},
        {.name = "table key without colon",
         .input = "table calendar {\n  key election election_id\n}\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 16,
         .expected_message = "expected `:`, found `election_id`"},
        {.name = "table column without a field",
         .input = "table calendar {\n  column\n}\n",
         .expected_code = "E1002", .expected_line = 3, .expected_column = 1,
         .expected_message = "expected a column `name: type`, found `}`"},
        {.name = "table row without braces",
         .input = "table calendar {\n  row pilkada-2024 voting = 2024-11-27\n}\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 20,
         .expected_message = "expected `{`, found `voting`"},
        {.name = "table cell without a value",
         .input = "table calendar {\n  row pilkada-2024 { voting = }\n}\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 31,
         .expected_message = "expected an expression, found `}`"},
        {.name = "table cell without equals",
         .input = "table calendar {\n  row pilkada-2024 { voting 2024-11-27 }\n}\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 22,
         .expected_message = "expected `}` or a cell `column = value`, found `voting`"},
        {.name = "table never closed",
         .input = "table calendar {\n  key election: election_id\n",
         .expected_code = "E1002", .expected_line = 3, .expected_column = 1,
         .expected_message = "expected `}`, `key`, `column`, `row` or a clause, found end of file"},
        {.name = "param value without a name",
         .input = "param medium_types {\n  value\n}\n",
         .expected_code = "E1002", .expected_line = 3, .expected_column = 1,
         .expected_message = "expected a name, found `}`"},
        {.name = "category without a name",
         .input = "ladder sanction_id {\n  category\n}\n",
         .expected_code = "E1002", .expected_line = 3, .expected_column = 1,
         .expected_message = "expected a name, found `}`"},
        {.name = "sanction body never closed",
         .input = "ladder sanction_id {\n  category heavy {\n    sanction discharge {\n  }\n}\n",
         .expected_code = "E1002", .expected_line = 6, .expected_column = 1,
         .expected_message = "expected `}` or a clause (cite, status, for, when, then,"
                             " because, note, …), found end of file",
         .expected_note = "in the `ladder` opened at line 1"},
        {.name = "track without a body",
         .input = "track discipline \"Hukuman disiplin\"\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected `{`, found end of file"},
        {.name = "rule never closed",
         .input = "rule r \"t\" {\n  when a\n",
         .expected_code = "E1002", .expected_line = 3, .expected_column = 1,
         .expected_message = "expected `}` or a clause (cite, status, for, when, then,"
                             " because, note, …), found end of file",
         .expected_note = "in the `rule` opened at line 1"},
        {.name = "unknown clause in a rule",
         .input = "rule r \"t\" {\n  whenever a\n}\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 3,
         .expected_message = "expected `}` or a clause (cite, status, for, when, then,"
                             " because, note, …), found `whenever`"},
        {.name = "combine strategy without a value",
         .input = "combine discipline { strategy }\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 31,
         .expected_message = "expected a name, found `}`"},
        {.name = "escalate for without in",
         .input = "escalate discipline {\n  for h history\n}\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 9,
         .expected_message = "expected `in`, found `history`"},
        {.name = "status swallowing the next clause",
         .input = "rule r {\n  status\n  because \"x\"\n}\n",
         .expected_code = "E1002", .expected_line = 3, .expected_column = 3,
         .expected_message = "expected a name, found `because`"},
        // Brackets, parentheses and sets left open.
        {.name = "parenthesis never closed",
         .input = "derive d: bool = (a and b\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected `)`, found end of file"},
        {.name = "bracket never closed",
         .input = "derive d: date = calendar[election.campaign\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected `]`, found end of file"},
        {.name = "call never closed",
         .input = "derive d: bool = stage(act, b\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected `)`, found end of file"},
        {.name = "set never closed",
         .input = "derive d: bool = a in {x, y\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected `}`, found end of file"},
        {.name = "set with trailing comma",
         .input = "derive d: bool = a in {x, y,}\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 28,
         .expected_message = "expected `}`, found `,`"},
        // Operators and constructs missing a part.
        {.name = "and without right operand",
         .input = "derive d: bool = a and\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected an expression, found end of file"},
        {.name = "or without right operand",
         .input = "derive d: bool = a or\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected an expression, found end of file"},
        {.name = "comparison without right operand",
         .input = "derive d: bool = a ==\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected an expression, found end of file"},
        {.name = "in without right operand",
         .input = "derive d: bool = a in\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected an expression, found end of file"},
        {.name = "not without operand",
         .input = "derive d: bool = not\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected an expression, found end of file"},
        {.name = "range without end",
         .input = "derive d: bool = a ..\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected a value or name, found end of file"},
        {.name = "member access without a name",
         .input = "derive d: bool = a.\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected a field name, found end of file"},
        {.name = "call with empty arguments",
         .input = "derive d: bool = stage()\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 24,
         .expected_message = "expected arguments, found `)`"},
        {.name = "is without set or unset",
         .input = "derive d: bool = a is present\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 23,
         .expected_message = "expected `set` or `unset`, found `present`"},
        {.name = "if without else",
         .input = "derive d: int = if a then 1\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected `else`, found end of file"},
        {.name = "if without then",
         .input = "derive d: int = if a 1 else 2\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 22,
         .expected_message = "expected `then`, found `1`"},
        {.name = "quantifier without in",
         .input = "derive d: bool = any(h history)\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 24,
         .expected_message = "expected `in`, found `history`"},
        {.name = "quantifier never closed",
         .input = "derive d: bool = any(h in history where h.x\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected `)`, found end of file"},
        {.name = "number glued to a word",
         .input = "derive d: int = 1a\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 17,
         .expected_message = "expected an expression, found `1a`"},
        {.name = "number too large",
         .input = "derive d: int = 99999999999999999999\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 17,
         .expected_message = "expected an expression, found `99999999999999999999`"},
        {.name = "decimal number",
         .input = "derive d: int = 1.5\n",
         .expected_code = "E1001", .expected_line = 1, .expected_column = 18,
         .expected_message = "expected a declaration, found `.`"},
        // Strings (E1003 for an unclosed one).
        {.name = "string never closed",
         .input = "fact a: int \"Nomor\nfact b: int\n",
         .expected_code = "E1003", .expected_line = 1, .expected_column = 19,
         .expected_message = "expected closing `\"` (strings end on the line they start;"
                             " use \"\"\" for several lines), found end of line"},
        {.name = "triple-quoted string never closed",
         .input = "rule r {\n  quote \"\"\"Setiap PNS\n  dilarang\n}\n",
         .expected_code = "E1003", .expected_line = 5, .expected_column = 1,
         .expected_message = "expected closing `\"\"\"`, found end of file",
         .expected_note = "the string opened at line 2"},
        {.name = "unknown escape",
         .input = "fact a: text \"a\\qb\"\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 17,
         .expected_message = "expected an escape (\\\" \\\\ \\n \\t), found `qb`"},
        {.name = "backslash at end of string",
         .input = "fact a: text \"a\\\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 17,
         .expected_message = "expected an escape (\\\" \\\\ \\n \\t), found end of line"},
        // Dates and citations.
        {.name = "date with one-digit month",
         .input = "rule r { in force from 2024-9-1 }\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 24,
         .expected_message = "expected a date (YYYY-MM-DD), found `2024-9-1`"},
        {.name = "one-digit date in an expression",
         .input = "derive d: bool = decided < 2024-9-1\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 28,
         .expected_message = "expected an expression, found `2024-9-1`"},
        {.name = "citation without a number",
         .input = "rule r { cite PP Pasal 5 }\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 18,
         .expected_message = "expected a regulation number such as 94/2021 or a year, found `Pasal`"},
        {.name = "citation without regulation",
         .input = "rule r { cite }\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 15,
         .expected_message = "expected a citation such as PP 94/2021 Pasal 5, found `}`"},
        {.name = "locator without a value",
         .input = "rule r {\n  cite PP 94/2021 Pasal\n}\n",
         .expected_code = "E1002", .expected_line = 3, .expected_column = 1,
         .expected_message = "expected a locator value such as 14, (1), i or II, found `}`"},
        // Conclusions, relations and `in force`.
        {.name = "then without a conclusion",
         .input = "rule r {\n  then\n}\n",
         .expected_code = "E1002", .expected_line = 3, .expected_column = 1,
         .expected_message = "expected a conclusion (`TRACK CATEGORY`, `refer …`, `review"
                             " \"…\"`, `provisional \"…\"` or `set … = …`), found `}`"},
        {.name = "then swallowing the next clause",
         .input = "rule r {\n  then discipline\n  because \"x\"\n}\n",
         .expected_code = "E1002", .expected_line = 3, .expected_column = 3,
         .expected_message = "expected a category such as `heavy`, found `because`"},
        {.name = "then set without equals",
         .input = "rule r { then set spouse_exempt(act) }\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 38,
         .expected_message = "expected `=`, found `}`"},
        {.name = "then review without a reason",
         .input = "rule r { then review banding }\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 22,
         .expected_message = "expected a label, found `banding`"},
        {.name = "then refer without a citation",
         .input = "rule r { then refer }\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 21,
         .expected_message = "expected a citation such as PP 94/2021 Pasal 5, found `}`"},
        {.name = "exception without to",
         .input = "rule r {\n  exception attributes_at_campaign\n}\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 13,
         .expected_message = "expected `to`, found `attributes_at_campaign`"},
        {.name = "prevails without over",
         .input = "rule r {\n  prevails attributes_at_campaign\n}\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 12,
         .expected_message = "expected `over`, found `attributes_at_campaign`"},
        {.name = "in force followed by garbage",
         .input = "rule r {\n  in force banana\n}\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 12,
         .expected_message = "expected `}` or a clause (cite, status, for, when, then,"
                             " because, note, …), found `banana`"},
        {.name = "in force from without a date",
         .input = "rule r {\n  in force from banana\n}\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 17,
         .expected_message = "expected a date (YYYY-MM-DD), found `banana`"},
        {.name = "row without an id",
         .input = "rule r { row }\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 14,
         .expected_message = "expected a row id such as C2.2, found `}`"},
        // Reserved words used as names.
        {.name = "reserved word and as a fact name",
         .input = "fact and: int\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 6,
         .expected_message = "expected a field `name: type`, found `and`"},
        {.name = "reserved word in as a fact name",
         .input = "fact in: int\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 6,
         .expected_message = "expected a field `name: type`, found `in`"},
        {.name = "reserved word as a rule name",
         .input = "rule if {\n}\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 6,
         .expected_message = "expected a name, found `if`"},
        {.name = "reserved word as a for variable",
         .input = "rule r { for all in acts }\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 14,
         .expected_message = "expected a name, found `all`"},
        {.name = "declaration keyword at line start is not a name",
         .input = "fact decided:\nfact acts: list of act\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected a type, found `fact`"},
        // Stray characters and top-level garbage.
        {.name = "stray at sign",
         .input = "@\n",
         .expected_code = "E1001", .expected_line = 1, .expected_column = 1,
         .expected_message = "expected a declaration, found `@`"},
        {.name = "stray dollar in an expression",
         .input = "rule r {\n  when a $ b\n}\n",
         .expected_code = "E1002", .expected_line = 2, .expected_column = 10,
         .expected_message = "expected `}` or a clause (cite, status, for, when, then,"
                             " because, note, …), found `$`"},
        {.name = "non-ASCII identifier",
         .input = "fact é: int\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 6,
         .expected_message = "expected a field `name: type`, found `é`"},
        {.name = "error column counts code points",
         .input = "fact a: text \"héllo wörld\" x\n",
         .expected_code = "E1001", .expected_line = 1, .expected_column = 28,
         .expected_message = "expected a declaration, found `x`"},
        {.name = "words at top level",
         .input = "hello world\n",
         .expected_code = "E1001", .expected_line = 1, .expected_column = 1,
         .expected_message = "expected a declaration, found `hello`",
         .expected_hint = "a file holds declarations such as `rule`, `fact`,"
                          " `enum`, `table` or `derive`"},
        {.name = "closing brace at top level",
         .input = "module m\n}\n",
         .expected_code = "E1001", .expected_line = 2, .expected_column = 1,
         .expected_message = "expected a declaration, found `}`"},
        // Encoding (E1004): the byte is reported before any parsing.
        {.name = "NUL byte",
         .input = "module m\nfact a\0: int\n"s,
         .expected_code = "E1004", .expected_line = 2, .expected_column = 7,
         .expected_message = "invalid UTF-8 or NUL byte in a rule file"},
        {.name = "invalid byte in a string",
         .input = "module m\nfact a: text \"\xff\"\n",
         .expected_code = "E1004", .expected_line = 2, .expected_column = 15,
         .expected_message = "invalid UTF-8 or NUL byte in a rule file"},
        {.name = "overlong encoding",
         .input = "fact a: text \"\xc0\xaf\"\n",
         .expected_code = "E1004", .expected_line = 1, .expected_column = 15,
         .expected_message = "invalid UTF-8 or NUL byte in a rule file"},
        {.name = "UTF-16 surrogate",
         .input = "fact a: text \"\xed\xa0\x80\"\n",
         .expected_code = "E1004", .expected_line = 1, .expected_column = 15,
         .expected_message = "invalid UTF-8 or NUL byte in a rule file"},
        {.name = "code point past U+10FFFF",
         .input = "fact a: text \"\xf4\x90\x80\x80\"\n",
         .expected_code = "E1004", .expected_line = 1, .expected_column = 15,
         .expected_message = "invalid UTF-8 or NUL byte in a rule file"},
        {.name = "truncated sequence at end of file",
         .input = "fact a: text \"\xe2\x82",
         .expected_code = "E1004", .expected_line = 1, .expected_column = 15,
         .expected_message = "invalid UTF-8 or NUL byte in a rule file"},
        {.name = "lone continuation byte after non-ASCII text",
         .input = "fact a: text \"wörld\x80\"\n",
         .expected_code = "E1004", .expected_line = 1, .expected_column = 20,
         .expected_message = "invalid UTF-8 or NUL byte in a rule file"},
        // Limits: file size (E9001), nesting (E9002), error count (E9004).
        {.name = "file over the size limit",
         .input = "module m\n# a comment long enough\n",
         .expected_code = "E9001", .expected_line = 1, .expected_column = 1,
         .expected_message = "file is larger than the limit of 16 bytes",
         .limits = {.max_file_bytes = 16}},
        {.name = "parentheses past the depth limit",
         .input = "derive d: int = " + repeat("(", 65) + "1" + repeat(")", 65) + "\n",
         .expected_code = "E9002", .expected_line = 1, .expected_column = 81,
         .expected_message = "nesting deeper than 64 levels"},
        {.name = "not past the depth limit",
         .input = "derive d: bool = " + repeat("not ", 70) + "a\n",
         .expected_code = "E9002", .expected_line = 1, .expected_column = 274,
         .expected_message = "nesting deeper than 64 levels"},
        {.name = "if-else-if chain past the depth limit",
         .input = "derive d: int = " + repeat("if a then 1 else ", 70) + "2\n",
         .expected_code = "E9002", .expected_line = 1, .expected_column = 1091,
         .expected_message = "nesting deeper than 64 levels"},
        {.name = "sets past the depth limit",
         .input = "derive d: bool = " + repeat("{", 70) + repeat("}", 70) + "\n",
         .expected_code = "E9002", .expected_line = 1, .expected_column = 82,
         .expected_message = "nesting deeper than 64 levels"},
        {.name = "calls past the depth limit",
         .input = "derive d: bool = " + repeat("f(", 70) + "a" + repeat(")", 70) + "\n",
         .expected_code = "E9002", .expected_line = 1, .expected_column = 146,
         .expected_message = "nesting deeper than 64 levels"},
        {.name = "field chain past the depth limit (no stack overflow in the checker)",
         .input = "derive d: bool = a" + repeat(".f", 20000) + "\n",
         .expected_code = "E9002", .expected_line = 1, .expected_column = 147,
         .expected_message = "nesting deeper than 64 levels"},
        {.name = "index and call chain past a small depth limit",
         .input = "derive d: bool = a[1](2).f.g\n",
         .expected_code = "E9002", .expected_line = 1, .expected_column = 27,
         .expected_message = "nesting deeper than 3 levels",
         .limits = {.max_depth = 3}},
        {.name = "nested categories past the depth limit (no stack overflow)",
         .input = "ladder l {\n" + repeat("category c { ", 5000) + repeat("}", 5000) + "\n}\n",
         .expected_code = "E9002", .expected_line = 2, .expected_column = 833,
         .expected_message = "nesting deeper than 64 levels"},
        {.name = "parentheses past a small depth limit",
         .input = "derive d: int = ((((1))))\n",
         .expected_code = "E9002", .expected_line = 1, .expected_column = 20,
         .expected_message = "nesting deeper than 3 levels",
         .limits = {.max_depth = 3}},
        {.name = "not past a small depth limit",
         .input = "derive d: bool = not not not not a\n",
         .expected_code = "E9002", .expected_line = 1, .expected_column = 30,
         .expected_message = "nesting deeper than 3 levels",
         .limits = {.max_depth = 3}},
        {.name = "if-else-if chain past a small depth limit",
         .input = "derive d: int = if a then 1 else if a then 1 else if a then 1 else 2\n",
         .expected_code = "E9002", .expected_line = 1, .expected_column = 54,
         .expected_message = "nesting deeper than 3 levels",
         .limits = {.max_depth = 3}},
        {.name = "sets past a small depth limit",
         .input = "derive d: bool = {{{{}}}}\n",
         .expected_code = "E9002", .expected_line = 1, .expected_column = 21,
         .expected_message = "nesting deeper than 3 levels",
         .limits = {.max_depth = 3}},
        {.name = "categories past a small depth limit",
         .input = "ladder l {\n  category a {\n    category b {\n"
                  "      category c {\n        category d\n      }\n    }\n  }\n}\n",
         .expected_code = "E9002", .expected_line = 5, .expected_column = 9,
         .expected_message = "nesting deeper than 3 levels",
         .limits = {.max_depth = 3}},
        {.name = "error limit",
         .input = "fact a int\nfact b int\nfact c int\nfact d int\n",
         .expected_code = "E1002", .expected_line = 1, .expected_column = 8,
         .expected_message = "expected `:`, found `int`",
         .expected_count = 3,
         .error_limit = 2},
    };
}
// clang-format on

}  // namespace

TEST_CASE("parse errors: the first diagnostic has the exact code, place and message") {
    for (const ErrorCase& c : error_cases()) {
        SUBCASE(c.name.c_str()) {
            auto [parsed, reported] = parse_input(c.input, c.limits, c.error_limit);
            CHECK_FALSE(parsed);
            REQUIRE_FALSE(reported.empty());
            const Reported& first = reported.front();
            CHECK(first.code == c.expected_code);
            CHECK(first.line == c.expected_line);
            CHECK(first.column == c.expected_column);
            CHECK(first.message == c.expected_message);
            CHECK(reported.size() == c.expected_count);
            if (!c.expected_note.empty()) CHECK(first.note == c.expected_note);
            if (!c.expected_hint.empty()) CHECK(first.hint == c.expected_hint);
        }
    }
}

namespace {

/// Expected diagnostics of one file, in output order.
struct SequenceCase {
    std::string name;                          ///< what the row is about
    std::string input;                         ///< the whole rule file
    std::vector<Reported> expected_reported;   ///< every diagnostic (note and hint unchecked)
    std::size_t error_limit = 100;             ///< the sink's error limit (E9004)
};

// clang-format off
std::vector<SequenceCase> sequence_cases() {
    return {
        {.name = "one error per broken declaration, in order, each at its place",
         .input = "module m\n"
                  "fact a int\n"              // 2: missing `:`
                  "fact b: bool\n"
                  "enum e { x y\n"            // 4: never closed; line 5 opens a rule
                  "rule r \"t\" {\n"
                  "  when a ==\n"
                  "}\n"                       // 7: the comparison has no right side
                  "derive d: int = (1\n"      // 8: `(` never closed; line 9 opens a table
                  "table t {\n"
                  "  row a { b = }\n"         // 10: a cell without a value
                  "}\n",
         .expected_reported = {
             {"E1002", 2, 8, "expected `:`, found `int`", "", ""},
             {"E1002", 5, 1, "expected `}` or an enum value, found `rule`", "", ""},
             {"E1002", 7, 1, "expected an expression, found `}`", "", ""},
             {"E1002", 9, 1, "expected `)`, found `table`", "", ""},
             {"E1002", 10, 15, "expected an expression, found `}`", "", ""}}},
        {.name = "an error reported at the start of the next declaration does not hide it",
         .input = "fact a: set\n"
                  "fact b int\n"
                  "fact c:\n"
                  "fact d: int\n",
         .expected_reported = {
             {"E1002", 2, 1, "expected `of`, found `fact`", "", ""},
             {"E1002", 2, 8, "expected `:`, found `int`", "", ""},
             {"E1002", 4, 1, "expected a type, found `fact`", "", ""}}},
        {.name = "recovery skips indented and stray lines up to an unindented declaration",
         .input = "rule r {\n"
                  "  when @\n"
                  "  rule inner {\n"
                  "}\n"
                  "rule s {\n"
                  "  then discipline\n"
                  "}\n"
                  "@\n",
         .expected_reported = {
             {"E1002", 2, 8, "expected an expression, found `@`", "", ""},
             {"E1002", 7, 1, "expected a category such as `heavy`, found `}`", "", ""}}},
        {.name = "the error limit adds E9004 after the last kept error and stops",
         .input = "fact a int\nfact b int\nfact c int\nfact d int\n",
         .expected_reported = {
             {"E1002", 1, 8, "expected `:`, found `int`", "", ""},
             {"E1002", 2, 8, "expected `:`, found `int`", "", ""},
             {"E9004", 3, 8, "too many errors; stopped after 2", "", ""}},
         .error_limit = 2},
        {.name = "a limit of one error",
         .input = "@\nfact a int\n",
         .expected_reported = {
             {"E1001", 1, 1, "expected a declaration, found `@`", "", ""},
             {"E9004", 2, 8, "too many errors; stopped after 1", "", ""}},
         .error_limit = 1},
    };
}
// clang-format on

}  // namespace

TEST_CASE("parse errors: recovery reports every broken declaration in order") {
    for (const SequenceCase& c : sequence_cases()) {
        SUBCASE(c.name.c_str()) {
            auto [parsed, reported] = parse_input(c.input, {}, c.error_limit);
            CHECK_FALSE(parsed);
            REQUIRE(reported.size() == c.expected_reported.size());
            for (std::size_t i = 0; i < reported.size(); ++i) {
                INFO("diagnostic " << i);
                CHECK(reported[i].code == c.expected_reported[i].code);
                CHECK(reported[i].line == c.expected_reported[i].line);
                CHECK(reported[i].column == c.expected_reported[i].column);
                CHECK(reported[i].message == c.expected_reported[i].message);
            }
        }
    }
}

namespace {

/// Inputs right at a limit, or close to a construct that fails, that must parse.
struct AcceptedCase {
    std::string name;                      ///< what the row is about
    std::string input;                     ///< the whole rule file
    netral::syntax::ParseLimits limits{};  ///< parser limits for the row
};

// clang-format off
std::vector<AcceptedCase> accepted_cases() {
    return {
        {.name = "a file exactly at the size limit",
         .input = "module m\n# 16b\n",
         .limits = {.max_file_bytes = 16}},
        {.name = "63 parentheses around a value: 64 levels",
         .input = "derive d: int = " + repeat("(", 63) + "1" + repeat(")", 63) + "\n"},
        {.name = "a field chain of 64 levels: a name and its first suffix count as one",
         .input = "derive d: bool = a" + repeat(".f", 64) + " and b\n"},
        {.name = "nesting at a small limit",
         .input = "derive d: bool = not {(a)}\n",
         .limits = {.max_depth = 4}},
        {.name = "depth is counted per branch, not in total",
         .input = "derive d: bool = ((a)) and ((b)) and ((c)) and ((d))\n",
         .limits = {.max_depth = 3}},
        {.name = "keywords are whole words: notable, index, format, iffy, settle, isle",
         .input = "derive d: bool = notable and index == format or iffy in settle and isle\n"},
        {.name = "a declaration keyword inside a line is a name",
         .input = "derive d: bool = rule == fact and table\n"},
        {.name = "in force after a when expression is a clause, not `in`",
         .input = "rule r {\n  when a == b\n  in force from 2024-01-01\n}\n"},
        {.name = "a ladder category may be named like a word clause value",
         .input = "ladder l {\n  category heavy\n  default heavy\n}\n"},
        {.name = "a file of comments and blank lines only",
         .input = "# only a comment\n\n   \n# another\n"},
        {.name = "an empty file",
         .input = ""},
        {.name = "a UTF-8 byte-order mark before the first declaration",
         .input = "\xEF\xBB\xBF" "module m\nfact a: int\n"},
        {.name = "CRLF line ends",
         .input = "module m\r\nrule r {\r\n  when a # comment\r\n}\r\n"},
    };
}
// clang-format on

}  // namespace

TEST_CASE("parse: inputs at a limit or next to a pitfall still parse") {
    for (const AcceptedCase& c : accepted_cases()) {
        SUBCASE(c.name.c_str()) {
            auto [parsed, reported] = parse_input(c.input, c.limits, 100);
            CHECK(parsed);
            CHECK(reported.empty());
            for (const Reported& r : reported) {
                INFO(r.code << " " << r.line << ":" << r.column << " " << r.message);
                CHECK(false);
            }
        }
    }
}
