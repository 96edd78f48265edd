// SPDX-License-Identifier: Apache-2.0
// Checker tests: one table row per diagnostic code (inline rule sets parsed with syntax::parse),
// the sample rule set checking clean, cycle reports with one note per edge, narrowing and other
// accepted inputs, the IR shape of a small rule, a dot golden for the dependency graph, and
// its combine / escalate policy nodes.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.hpp"
#include "check/checker.hpp"
#include "check/codes.hpp"
#include "check/dependency_graph.hpp"
#include "check/expr_text.hpp"
#include "syntax/parse.hpp"

namespace netral::check {
namespace {

/// A module most cases import: a ruleset, two regulations, a small vocabulary, two tracks and
/// a ladder. It checks clean on its own.
constexpr const char* kPrelude = R"(module base "Base"
ruleset test "Test" {
  version "1"
  in force by decided
}
regulation PP 94/2021 "PP 94"
regulation UU 10/2016 "UU 10"
enum kind { social campaign money }
enum role { audience speaker }
enum stage_kind { prospective determined }
record act {
  date: date required
  kind: kind required
  note: text
  variant on kind {
    campaign { role: role = audience }
    social { role: stage_kind required }
  }
}
record entry {
  step: steps required
  date: date required
}
fact decided: date = as_of
fact acts: list of act required
fact history: list of entry
fact limit: int = 3
fact flag: bool = false
fact other: bool = false
fact label: text
track discipline { cite PP 94/2021 Pasal 8 }
track ethics { cite PP 94/2021 Pasal 9 }
ladder steps {
  category low { sanction a sanction b }
  category high
}
)";

/// The outcome of parsing and checking some files.
struct Run {
    base::SourceMap sources;                    ///< the files
    std::vector<base::Diagnostic> diagnostics;  ///< sorted
    std::size_t errors = 0;                     ///< error count
    std::size_t warnings = 0;                   ///< warning count
    std::optional<ir::Program> program;         ///< when checking succeeded

    /// All diagnostics as text, for failure messages.
    std::string text() const {
        return base::render_text(diagnostics, sources, netral::Language::English);
    }
};

/// Parses every file and checks them together. Files are named m0.rules, m1.rules, …
/// Untranslated texts (W2070) are not reported unless asked for: most cases write their labels
/// and reasons in Indonesian only, for brevity; the W2070 rows and tests ask for it.
Run run(const std::vector<std::string>& texts, const CheckOptions& options = {},
        bool report_untranslated = false) {
    Run out;
    base::DiagnosticSink sink;
    if (!report_untranslated) sink.disable_warning(std::string(codes::kNoEnglish));
    std::vector<syntax::Module> modules;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        base::FileId file = out.sources.add("m" + std::to_string(i) + ".rules", texts[i]);
        if (auto module = syntax::parse(out.sources, file, sink)) modules.push_back(*module);
    }
    if (!sink.has_errors()) out.program = check(out.sources, modules, sink, options);
    out.diagnostics = sink.sorted();
    out.errors = sink.error_count();
    out.warnings = sink.warning_count();
    return out;
}

/// Splits a case's source text at lines `===` into files; prepends the prelude unless the
/// text starts with `#no-prelude`.
std::vector<std::string> case_files(const std::string& source_text) {
    std::vector<std::string> files;
    std::string_view text = source_text;
    if (text.rfind("#no-prelude\n", 0) == 0) {
        text.remove_prefix(std::string_view("#no-prelude\n").size());
    } else {
        files.emplace_back(kPrelude);
    }
    std::string current;
    std::istringstream lines{std::string(text)};
    for (std::string line; std::getline(lines, line);) {
        if (line == "===") {
            files.push_back(current);
            current.clear();
            continue;
        }
        current += line + "\n";
    }
    files.push_back(current);
    return files;
}

/// One row of the diagnostic table: the code must be reported at this line and column of
/// the file that contains it.
struct ErrorCase {
    const char* name;               ///< what the row shows
    const char* source_text;        ///< the case module(s)
    const char* expected_code;      ///< the code that must be reported
    std::uint32_t expected_line;    ///< 1-based line of its primary span
    std::uint32_t expected_column;  ///< 1-based column of its primary span
};

// A rule in the usual layout; the `when` line is line 6 of the case file.
#define NETRAL_RULE_WITH(WHEN)    \
    "module m\n"                  \
    "import base\n"               \
    "rule r {\n"                  \
    "  cite PP 94/2021 Pasal 5\n" \
    "  status verified\n"         \
    "  " WHEN                     \
    "\n"                          \
    "  then discipline low\n"     \
    "  because \"x\"\n"           \
    "}\n"

// A rule binding `x` over acts (line 6) with a `when` on line 7.
#define NETRAL_FOR_RULE_WITH(FOR, WHEN) \
    "module m\n"                        \
    "import base\n"                     \
    "rule r {\n"                        \
    "  cite PP 94/2021 Pasal 5\n"       \
    "  status verified\n"               \
    "  " FOR                            \
    "\n"                                \
    "  " WHEN                           \
    "\n"                                \
    "  then discipline low\n"           \
    "  because \"x\"\n"                 \
    "}\n"

const ErrorCase error_cases[] = {
    // --- names, modules, declarations
    {"duplicate enum", "module m\nimport base\nenum e { a b }\nenum e { c }\n", "E2001", 4, 6},
    {"duplicate enum value", "module m\nenum e { a b a }\n", "E2001", 2, 14},
    {"duplicate field", "module m\nrecord r { a: int  a: bool }\n", "E2001", 2, 20},
    {"variant field repeating a common field",
     "module m\nenum k { x y }\nrecord r { kind: k  a: int  variant on kind { x { a: bool } } }\n",
     "E2001", 3, 51},
    {"duplicate variant case",
     "module m\nenum k { x y }\nrecord r { kind: k  variant on kind { x { } x { } } }\n", "E2001",
     3, 45},
    {"duplicate category", "module m\nladder l { category a category a }\n", "E2001", 2, 32},
    {"duplicate sanction", "module m\nladder l { category a { sanction s sanction s } }\n", "E2001",
     2, 45},
    {"unknown module", "module m\nimport bsae\n", "E2002", 2, 8},
    {"name of a module not imported",
     "module m\nimport base\nfact z: hidden\n===\nmodule o\nenum hidden { a }\n", "E2003", 3, 9},
    {"unknown type", "module m\nimport base\nfact z: kindd\n", "E2004", 3, 9},
    {"unknown name in an expression", NETRAL_RULE_WITH("when flagg"), "E2004", 6, 8},
    {"unknown enum value", NETRAL_FOR_RULE_WITH("for x in acts", "when x.kind == socail"), "E2004",
     7, 18},
    {"unknown category", NETRAL_RULE_WITH("when flag\n  then discipline hihg"), "E2004", 7, 19},
    {"ambiguous type",
     "module m\nimport o\nimport p\nfact z: dup\n===\nmodule o\nenum dup { a }\n===\n"
     "module p\nenum dup { b }\n",
     "E2005", 4, 9},
    {"duplicate module name", "module base\n", "E2006", 1, 8},
    {"module not first", "import base\nmodule m\n", "E2007", 2, 1},
    {"module missing", "enum e { a }\n", "E2007", 1, 1},
    {"module imports itself", "module m\nimport m\n", "W2008", 2, 1},
    {"set of a fact", NETRAL_RULE_WITH("when flag\n  then set flag = true"), "E2009", 7, 12},
    {"no ruleset", "#no-prelude\nmodule m\n", "E2010", 1, 8},
    {"two rulesets", "module m\nruleset other {\n}\n", "E2011", 2, 9},
    {"clause not allowed", NETRAL_RULE_WITH("default a"), "E2020", 6, 3},
    {"clause repeated", NETRAL_RULE_WITH("status gap"), "E2021", 6, 3},
    {"rule without because",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
     "  then discipline low\n}\n",
     "E2022", 3, 6},
    {"param default not a value",
     "module m\nparam p {\n  value yes\n  value no\n  default maybe\n}\n", "E2030", 5, 11},
    {"unknown strategy", "module m\nimport base\ncombine discipline {\n  strategy heavist\n}\n",
     "E2031", 4, 12},
    {"unknown doctrine", NETRAL_RULE_WITH("exception to r as lex_special"), "E2031", 6, 21},
    {"variant on a text field", "module m\nrecord r {\n  name: text\n  variant on name {\n  }\n}\n",
     "E2040", 4, 14},
    {"derived never defined", "module m\nderive d: bool\n", "E2050", 2, 8},
    {"derived defined twice",
     "module m\nimport base\nderive d(a: act): bool = true\nrule r {\n  cite PP 94/2021 Pasal 5\n"
     "  status verified\n  for x in acts\n  then set d(x) = false\n  because \"x\"\n}\n",
     "E2051", 8, 3},
    {"derived with two parameters",
     "module m\nimport base\nderive d(a: act, b: act): bool = true\n", "E2052", 3, 18},
    {"table key not an enum", "module m\ntable t {\n  key k: date\n  column c: int\n}\n", "E2060",
     3, 10},
    {"row with too many keys",
     "module m\nimport base\ntable t {\n  key k: kind\n  column c: int\n"
     "  row social, campaign { c = 1 }\n}\n",
     "E2061", 6, 7},
    {"row without a cell",
     "module m\nimport base\ntable t {\n  key k: kind\n  column c: int\n  row social { }\n}\n",
     "E2062", 6, 3},
    {"duplicate row",
     "module m\nimport base\ntable t {\n  key k: kind\n  column c: int\n  row social { c = 1 }\n"
     "  row social { c = 2 }\n}\n",
     "E2063", 7, 7},
    // --- types and expressions
    {"int as a condition", NETRAL_RULE_WITH("when limit"), "E3001", 6, 8},
    {"ordering text", NETRAL_RULE_WITH("when label < \"x\""), "E3002", 6, 8},
    {"comparison chain", NETRAL_RULE_WITH("when limit < 1 < 2"), "E3003", 6, 8},
    {"is set on a field with a default", NETRAL_RULE_WITH("when limit is set"), "E3004", 6, 8},
    {"member of an int", NETRAL_RULE_WITH("when limit.x == 1"), "E3005", 6, 13},
    {"variant field with two types",
     NETRAL_FOR_RULE_WITH("for x in acts", "when x.role == audience"), "E3006", 7, 10},
    {"variant field excluded",
     NETRAL_FOR_RULE_WITH("for x in acts where x.kind == money", "when x.role == audience"),
     "E3007", 7, 10},
    {"table used as a value",
     "module m\nimport base\ntable t {\n  key k: kind\n  column c: int\n  row social { c = 1 }\n}\n"
     "derive d: int = t\n",
     "E3008", 8, 17},
    {"derived with parameter used bare",
     "module m\nimport base\nderive d(a: act): bool = true\nderive e: bool = d\n", "E3009", 4, 18},
    {"invalid date", "module m\nimport base\nderive d: bool = decided < 2023-02-30\n", "E3010", 3,
     28},
    {"period ends before it starts", NETRAL_RULE_WITH("in force from 2024-01-01 until 2023-01-01"),
     "E3011", 6, 34},
    {"default not constant", "module m\nimport base\nfact f: bool = flag\n", "E3012", 3, 16},
    {"required fact with a default", "module m\nimport base\nfact f: bool required = true\n",
     "E3015", 3, 25},
    {"required field with a default",
     "module m\nimport base\nrecord r2 {\n  x: int required = 3\n}\n", "E3015", 4, 21},
    {"table column with a default",
     "module m\nimport base\nenum k { a }\ntable t {\n  key k: k\n  column c: int = 1\n"
     "  row a { c = 1 }\n}\n",
     "E3015", 6, 19},
    {"regulation in force judged by its own date",
     "module m\nimport base\nregulation UU 1/2000 \"x\" in force from 2000-01-01 by decided\n",
     "E2020", 3, 54},
    {"escalate without latest",
     "module m\nimport base\nescalate discipline {\n  for h in history\n  previous h.sanction\n}\n",
     "E2022", 3, 10},
    {"empty set without type", "module m\nimport base\nderive d: bool = {} == {}\n", "E3013", 3,
     18},
    {"binder over an int", NETRAL_FOR_RULE_WITH("for x in limit", "when flag"), "E3014", 6, 12},
    {"in force without a date",
     "#no-prelude\nmodule m\nruleset s {\n}\nregulation PP 94/2021 \"x\"\ntrack t {}\n"
     "ladder l { category c }\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
     "  in force from 2024-01-01\n  then t c\n  because \"x\"\n}\n",
     "E3016", 10, 3},
    {"unclosed brace in a reason",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
     "  then discipline low\n  because \"a { b\"\n}\n",
     "E3020", 7, 14},
    {"English reason with another placeholder",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
     "  then discipline low\n  because \"pada {decided}\" en \"on {limit}\"\n}\n",
     "E3021", 7, 31},
    {"English reason missing a placeholder",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
     "  then discipline low\n  because \"{limit} pada {decided}\" en \"on {decided}\"\n}\n",
     "E3021", 7, 39},
    {"reason without its English form",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
     "  then discipline low\n  because \"pada {decided}\"\n}\n",
     "W2070", 7, 11},
    {"review reason without its English form",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
     "  then review \"Perlu dikaji\"\n  because \"x\" en \"x\"\n}\n",
     "W2070", 6, 15},
    {"rule title without its English form",
     "module m\nimport base\nrule r \"Judul\" {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
     "  then discipline low\n  because \"x\" en \"x\"\n}\n",
     "W2070", 3, 8},
    {"enum value label with an empty English form",
     "module m\nenum e \"Jenis\" en \"Kind\" {\n  a \"Satu\" en \"\"\n}\n", "W2070", 3, 5},
    {"record field label without its English form",
     "module m\nrecord r \"Catatan\" en \"Record\" {\n  x: int \"Jumlah\"\n}\n", "W2070", 3, 10},
    {"review reason with an empty Indonesian form",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
     "  then review \"\" en \"To be assessed\"\n  because \"x\" en \"x\"\n}\n",
     "W2070", 6, 15},
    {"fact label without its English form", "module m\nfact f: int \"Jumlah\"\n", "W2070", 2, 13},
    {"sanction label in a ladder without its English form",
     "module m\nladder l \"Tangga\" en \"Ladder\" {\n  category c \"Kategori\" en \"Category\" "
     "{\n    sanction s \"Sanksi\"\n  }\n}\n",
     "W2070", 4, 16},
    {"param value label without its English form",
     "module m\nparam p \"Pilihan\" en \"Choice\" {\n  value a \"Satu\"\n  value b \"Dua\" en "
     "\"Two\"\n  default a\n  status practice\n}\n",
     "W2070", 3, 11},
    {"regulation title without its English form",
     "#no-prelude\nmodule m \"M\" en \"M\"\nregulation PP 94/2021 \"Disiplin PNS\"\n", "W2070", 2,
     23},
    {"unknown name in a placeholder",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
     "  then discipline low\n  because \"on {decidd}\"\n}\n",
     "E2004", 7, 16},
    // --- dependency graph
    {"derived cycle", "module m\nderive d: bool = e\nderive e: bool = d\n", "E4001", 2, 8},
    {"exception cycle",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
     "  exception to s\n  then discipline low\n  because \"x\"\n}\n"
     "rule s {\n  cite PP 94/2021 Pasal 5\n  status verified\n  exception to r\n"
     "  then discipline high\n  because \"x\"\n}\n",
     "E4002", 3, 6},
    {"exception over another collection",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
     "  for x in acts\n  then discipline low\n  because \"x\"\n}\n"
     "rule s {\n  cite PP 94/2021 Pasal 5\n  status verified\n  for h in history\n"
     "  exception to r\n  then discipline high\n  because \"x\"\n}\n",
     "W4003", 14, 3},
    {"exception that never meets its target",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
     "  for x in acts where x.kind == money\n  then discipline low\n  because \"x\"\n}\n"
     "rule s {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
     "  for y in acts where y.kind == social\n  exception to r\n  then discipline high\n"
     "  because \"x\"\n}\n",
     "W4003", 14, 3},
    // --- legal structure
    {"rule without citation",
     "module m\nimport base\nrule r {\n  status verified\n  then discipline low\n  because "
     "\"x\"\n}\n",
     "E5001", 3, 6},
    {"rule without status",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  then discipline low\n"
     "  because \"x\"\n}\n",
     "E5002", 3, 6},
    {"unknown status",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verifed\n"
     "  then discipline low\n  because \"x\"\n}\n",
     "E5003", 5, 10},
    {"huruf of two letters",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5 huruf ab\n  status verified\n"
     "  then discipline low\n  because \"x\"\n}\n",
     "E5004", 4, 27},
    {"ayat after huruf",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5 huruf a ayat (1)\n"
     "  status verified\n  then discipline low\n  because \"x\"\n}\n",
     "E5004", 4, 35},
    {"a locator after the huruf of an angka",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 4 angka 15 huruf c angka 2\n"
     "  status verified\n  then discipline low\n  because \"x\"\n}\n",
     "E5004", 4, 44},
    {"Lampiran not roman", "module m\nimport base\ntrack t {\n  cite PP 94/2021 Lampiran IIII\n}\n",
     "E5004", 4, 19},
    {"inferred citation with an empty reason",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5 inferred \"\"\n"
     "  status verified\n  then discipline low\n  because \"x\"\n}\n",
     "E5006", 4, 36},
    {"inferred citation with a blank English reason",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5 inferred \"alasan\" en \" \"\n"
     "  status verified\n  then discipline low\n  because \"x\"\n}\n",
     "E5006", 4, 36},
    {"unknown regulation",
     "module m\nimport base\nrule r {\n  cite PP 9/2021 Pasal 5\n  status verified\n"
     "  then discipline low\n  because \"x\"\n}\n",
     "E5005", 4, 8},
    {"never fires: two values", NETRAL_RULE_WITH("when limit == 1 and limit == 2"), "W5010", 3, 6},
    {"never fires: x and not x", NETRAL_RULE_WITH("when flag and not flag"), "W5010", 3, 6},
    {"never fires: bounds", NETRAL_RULE_WITH("when decided < 2020-01-01 and decided >= 2021-01-01"),
     "W5010", 3, 6},
    {"never fires: unordered sets with repeats",
     NETRAL_RULE_WITH("when limit in {3, 1, 2, 1} and limit not in {2, 3, 1}"), "W5010", 3, 6},
    {"never fires: disjoint sets",
     NETRAL_FOR_RULE_WITH("for x in acts where x.kind in {social, money}",
                          "when x.kind in {campaign}"),
     "W5010", 3, 6},
    {"overlapping versions",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
     "  in force from 2020-01-01 until 2021-12-31\n  then discipline low\n  because \"x\"\n}\n"
     "rule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n  in force from 2021-06-01\n"
     "  then discipline low\n  because \"x\"\n}\n",
     "E5020", 13, 3},
    {"gap between versions",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
     "  in force until 2020-12-31\n  then discipline low\n  because \"x\"\n}\n"
     "rule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n  in force from 2021-02-01\n"
     "  then discipline low\n  because \"x\"\n}\n",
     "W5021", 13, 3},
    {"same rule id without versions",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
     "  then discipline low\n  because \"x\"\n}\n"
     "rule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n  then discipline low\n"
     "  because \"x\"\n}\n",
     "E2001", 9, 6},
    {"conflicting levels",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
     "  when flag\n  then discipline low\n  because \"x\"\n}\n"
     "rule s {\n  cite PP 94/2021 Pasal 5\n  status verified\n  when other and flag\n"
     "  then discipline high\n  because \"x\"\n}\n",
     "E5030", 10, 6},
    {"conflict by set subsumption",
     "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
     "  for x in acts where x.kind in {social, money}\n  then discipline low\n  because \"x\"\n}\n"
     "rule s {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
     "  for y in acts where y.kind == social and flag\n  then discipline high\n  because "
     "\"x\"\n}\n",
     "E5030", 10, 6},
    {"conflicting values of a derived fact",
     "module m\nimport base\nderive d(a: act): bool\nrule t1 {\n  cite PP 94/2021 Pasal 5\n"
     "  status verified\n  for x in acts\n  then set d(x) = true\n  because \"x\"\n}\n"
     "rule t2 {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
     "  for x in acts where x.date > 2020-01-01\n  then set d(x) = false\n  because \"x\"\n}\n",
     "E5030", 11, 6},
    {"escalate on a date",
     "module m\nimport base\nescalate ethics {\n  for h in history\n  previous h.date\n}\n",
     "E3001", 5, 12},
    {"ruleset validity with a period",
     "#no-prelude\nmodule m\nruleset s {\n  in force from 2020-01-01\n}\n", "E2020", 3, 3},
    {"identifier too long",
     "module m\nenum "
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "a"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa { x }\n",
     "E9003", 2, 6},
};

#undef NETRAL_RULE_WITH
#undef NETRAL_FOR_RULE_WITH

TEST_CASE("the prelude checks clean") {
    Run result = run({kPrelude});
    INFO(result.text());
    CHECK(result.errors == 0);
    CHECK(result.warnings == 0);
    CHECK(result.program.has_value());
}

TEST_CASE("every diagnostic code is reported at its place") {
    for (const ErrorCase& row : error_cases) {
        SUBCASE(row.name) {
            Run result =
                run(case_files(row.source_text), {}, row.expected_code == codes::kNoEnglish);
            INFO("case: ", std::string(row.name));
            INFO(result.text());
            bool found = std::any_of(
                result.diagnostics.begin(), result.diagnostics.end(),
                [&](const base::Diagnostic& d) {
                    if (d.code != row.expected_code) return false;
                    base::LineCol at = result.sources.file(d.span.file).line_col(d.span.begin);
                    return at.line == row.expected_line && at.column == row.expected_column;
                });
            CHECK_MESSAGE(found, "expected ", std::string(row.expected_code), " at ",
                          row.expected_line, ":", row.expected_column);
            // Errors withhold the program; warnings do not.
            CHECK(result.program.has_value() == (result.errors == 0));
        }
    }
}

TEST_CASE("the conflict search stops at its work limit with W5031") {
    // The rules of the "conflicting levels" row: with room for one pair but not for comparing
    // its atoms, the search stops at the first rule instead of reporting E5030.
    const char* text =
        "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
        "  when flag\n  then discipline low\n  because \"x\"\n}\n"
        "rule s {\n  cite PP 94/2021 Pasal 5\n  status verified\n  when other and flag\n"
        "  then discipline high\n  because \"x\"\n}\n";
    CheckOptions options;
    options.max_conflict_comparisons = 1;
    Run result = run(case_files(text), options);
    INFO(result.text());
    REQUIRE(result.diagnostics.size() == 1);
    const base::Diagnostic& d = result.diagnostics.front();
    CHECK(d.code == "W5031");
    base::LineCol at = result.sources.file(d.span.file).line_col(d.span.begin);
    CHECK(at.line == 3);
    CHECK(at.column == 6);
    CHECK(base::render(d.message, Language::English) ==
          "conflicts between rules were not all checked: the search stopped at its limit of 1 "
          "comparisons while comparing `r`");
    CHECK(result.program.has_value());
    // Under the default limit the same rules are compared, and conflict.
    Run complete = run(case_files(text));
    REQUIRE(complete.diagnostics.size() == 1);
    CHECK(complete.diagnostics.front().code == "E5030");
}

/// Two rules on `discipline` where `specific` implies `general`, concluding the given levels, on
/// a ladder with a lowest category (`none`), two more and an outcome.
std::string overlapping_rules(const std::string& general_level, const std::string& specific_level) {
    return "#no-prelude\nmodule m\nruleset t {\n  version \"1\"\n  in force by decided\n}\n"
           "regulation PP 94/2021 \"PP 94\"\nfact decided: date = as_of\n"
           "fact flag: bool = false\nfact other: bool = false\n"
           "track discipline { cite PP 94/2021 Pasal 8 }\n"
           "track ethics { cite PP 94/2021 Pasal 9 }\n"
           "ladder steps {\n  category none\n  category light\n"
           "  category heavy { sanction demotion sanction discharge }\n  outcome elsewhere\n}\n"
           "rule general {\n  cite PP 94/2021 Pasal 5\n  status verified\n  when flag\n"
           "  then discipline " +
           general_level +
           "\n  because \"x\"\n}\n"
           "rule specific {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
           "  when other and flag\n  then discipline " +
           specific_level + "\n  because \"x\"\n}\n";
}

TEST_CASE("E5030 on a track follows its combine block's overlaps declaration") {
    struct OverlapCase {
        const char* name;                         ///< what the row shows
        const char* general_level;                ///< level of the rule that applies more often
        const char* specific_level;               ///< level of the rule within it
        const char* combine_block;                ///< appended to the two rules
        std::vector<std::string> expected_codes;  ///< every diagnostic, in position order
    };
    const char* declared = "combine discipline {\n  strategy heaviest\n  overlaps resolved\n}\n";
    const OverlapCase cases[] = {
        {"no combine block: a conflict", "light", "heavy", "", {"E5030"}},
        {"heaviest without the declaration: a conflict",
         "light",
         "heavy",
         "combine discipline {\n  strategy heaviest\n}\n",
         {"E5030"}},
        {"heaviest declared resolved: no conflict", "light", "heavy", declared, {}},
        {"the specific rule milder: no conflict either", "heavy", "light", declared, {}},
        {"two sanctions of one category: no conflict",
         "heavy.demotion",
         "heavy.discharge",
         declared,
         {}},
        {"declared under the default strategy: no conflict",
         "light",
         "heavy",
         "combine discipline {\n  overlaps resolved\n}\n",
         {}},
        {"declared on another track: still a conflict",
         "light",
         "heavy",
         "combine ethics {\n  overlaps resolved\n}\n",
         {"E5030"}},
        {"a no-sanction rule is not settled by the strategy", "light", "none", declared, {"E5030"}},
        {"an outcome is not settled by the strategy", "elsewhere", "heavy", declared, {"E5030"}},
        {"mildest cannot declare it",
         "light",
         "heavy",
         "combine discipline {\n  strategy mildest\n  overlaps resolved\n}\n",
         {"E5032"}},
        {"an unknown word",
         "light",
         "heavy",
         "combine discipline {\n  overlaps settled\n}\n",
         {"E2031"}},
        {"the declaration given twice",
         "light",
         "heavy",
         "combine discipline {\n  overlaps resolved\n  overlaps resolved\n}\n",
         {"E2021"}},
        {"derived facts still conflict on a resolved track",
         "light",
         "heavy",
         "combine discipline {\n  overlaps resolved\n}\nrecord act { date: date required }\n"
         "fact acts: list of act required\nderive d(a: act): bool\n"
         "rule t1 {\n  cite PP 94/2021 Pasal 5\n  status verified\n  for x in acts\n"
         "  then set d(x) = true\n  because \"x\"\n}\n"
         "rule t2 {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
         "  for x in acts where x.date > 2020-01-01\n  then set d(x) = false\n"
         "  because \"x\"\n}\n",
         {"E5030"}},
    };
    for (const OverlapCase& row : cases) {
        SUBCASE(row.name) {
            Run result = run(case_files(overlapping_rules(row.general_level, row.specific_level) +
                                        row.combine_block));
            INFO(result.text());
            std::vector<std::string> codes;
            for (const base::Diagnostic& d : result.diagnostics) codes.push_back(d.code);
            CHECK(codes == row.expected_codes);
            CHECK(result.program.has_value() == row.expected_codes.empty());
        }
    }
}

TEST_CASE("E5032 points at the declaration and at the strategy, in both languages") {
    const char* text =
        "module m\nimport base\ncombine discipline {\n  strategy mildest\n"
        "  overlaps resolved\n}\n";
    Run result = run(case_files(text));
    INFO(result.text());
    REQUIRE(result.diagnostics.size() == 1);
    const base::Diagnostic& d = result.diagnostics.front();
    CHECK(d.code == "E5032");
    base::LineCol at = result.sources.file(d.span.file).line_col(d.span.begin);
    CHECK(at.line == 5);
    CHECK(at.column == 3);
    CHECK(d.span.end - d.span.begin == std::string_view("overlaps resolved").size());
    REQUIRE(d.notes.size() == 1);
    base::LineCol note_at =
        result.sources.file(d.notes[0].span.file).line_col(d.notes[0].span.begin);
    CHECK(note_at.line == 4);
    CHECK(base::render(d.message, Language::English) ==
          "`overlaps resolved` in `combine discipline` needs `strategy heaviest`: under `mildest` "
          "a milder finding would silently replace a heavier one");
    CHECK(base::render(d.message, Language::Indonesian) ==
          "`overlaps resolved` dalam `combine discipline` memerlukan `strategy heaviest`: dengan "
          "`mildest`, temuan yang lebih ringan diam-diam menggantikan temuan yang lebih berat");
    CHECK(base::render(d.hint, Language::English) ==
          "write `strategy heaviest`, or remove `overlaps resolved` and settle each overlap with "
          "`exception to` or `prevails over`");
}

TEST_CASE("the IR keeps the overlaps declaration") {
    Run declared =
        run(case_files("module m\nimport base\ncombine discipline {\n  overlaps resolved\n}\n"
                       "combine ethics {\n  strategy heaviest\n}\n"));
    INFO(declared.text());
    REQUIRE(declared.program.has_value());
    REQUIRE(declared.program->combines.size() == 2);
    CHECK(declared.program->combines[0].overlaps_resolved);
    CHECK_FALSE(declared.program->combines[1].overlaps_resolved);
}

TEST_CASE("messages are lower case and name what they are about") {
    Run result = run(case_files("module m\nimport base\nfact z: kindd\n"));
    REQUIRE(result.diagnostics.size() == 1);
    const base::Diagnostic& d = result.diagnostics.front();
    CHECK(base::render(d.message, Language::English) == "unknown type `kindd`");
    CHECK(base::render(d.hint, Language::English) == "did you mean `kind`?");

    Run hidden = run(case_files("module m\nfact z: hidden\n===\nmodule o\nenum hidden { a }\n"));
    REQUIRE(!hidden.diagnostics.empty());
    CHECK(base::render(hidden.diagnostics.front().message, Language::English) ==
          "`hidden` is declared in module `o`, which this module does not import");
    CHECK(base::render(hidden.diagnostics.front().hint, Language::English) == "add `import o`");
}

TEST_CASE("checker messages, hints and notes read in Indonesian") {
    struct Row {
        const char* source;
        const char* message;
        const char* hint;
        const char* note;
    };
    const Row rows[] = {
        {"module m\nimport base\nfact z: kindd\n", "jenis `kindd` tidak dikenal",
         "maksud Anda `kind`?", ""},
        {"module m\nfact z: hidden\n===\nmodule o\nenum hidden { a }\n",
         "`hidden` dideklarasikan dalam modul `o`, yang tidak diimpor oleh modul ini",
         "tambahkan `import o`", "dideklarasikan di sini"},
        {"module m\nimport base\nderive d: int = 1\nderive d: int = 2\n",
         "nama `d` dideklarasikan dua kali", "", "pertama kali dideklarasikan di sini"},
        {"module m\nimport base\nderive d: bool = 1\n",
         "jenis tidak cocok pada definisi `d`: seharusnya bool, tetapi ditemukan int", "", ""},
    };
    for (const Row& row : rows) {
        Run result = run(case_files(row.source));
        INFO(result.text());
        REQUIRE(!result.diagnostics.empty());
        const base::Diagnostic& d = result.diagnostics.front();
        CHECK(base::render(d.message, Language::Indonesian) == row.message);
        CHECK(base::render(d.hint, Language::Indonesian) == row.hint);
        CHECK(base::render(d.notes.empty() ? base::Message() : d.notes.front().message,
                           Language::Indonesian) == row.note);
    }
}

TEST_CASE("one mistake, one diagnostic") {
    const char* sources[] = {
        "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
        "  for x in acts\n  when x.role == audience\n  then discipline low\n  because \"x\"\n}\n",
        "module m\nimport base\nderive d: bool = {} == {}\n",
        "module m\nimport base\nderive d: bool = nothing in {a, b}\n",
        "module m\nimport base\nderive d: stage_kind = if nothing then prospective else "
        "determined\n",
        // The first element of an untyped set is resolved once, and its failure silences the
        // bare names after it.
        "module m\nimport base\nderive d(a: act): bool = {a.bogus, social} == {social}\n",
    };
    for (const char* source : sources) {
        Run result = run(case_files(source));
        INFO(result.text());
        CHECK(result.diagnostics.size() == 1);
    }
}

TEST_CASE("conditions that failed to check raise no analysis warnings") {
    // Both conjuncts are invalid; as atoms they printed alike and "contradicted" (W5010).
    Run result = run(case_files(
        "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
        "  for x in acts\n  when x.nope == 1 and x.other == 2\n  then discipline low\n"
        "  because \"x\"\n}\n"));
    INFO(result.text());
    CHECK(result.errors == 2);
    CHECK(result.warnings == 0);
}

TEST_CASE("reason placeholders obey the nesting limit") {
    CheckOptions options;
    options.max_depth = 2;
    Run result = run(
        case_files("module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
                   "  then discipline low\n  because \"{((limit))}\"\n}\n"),
        options);
    INFO(result.text());
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics.front().code == "E9002");
}

TEST_CASE("reason texts with escapes") {
    // Escapes cannot produce braces, so placeholders are found in the source text itself.
    Run located = run(
        case_files("module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
                   "  then discipline low\n  because \"say \\\"hi\\\" on {decidd}\"\n}\n"));
    INFO(located.text());
    REQUIRE(located.diagnostics.size() == 1);
    base::Diagnostic d = located.diagnostics.front();
    CHECK(d.code == "E2004");
    base::LineCol at = located.sources.file(d.span.file).line_col(d.span.begin);
    CHECK(at.line == 7);
    CHECK(at.column == 27);

    // An escape inside a placeholder: its syntax error points at the whole string.
    Run inside = run(
        case_files("module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
                   "  then discipline low\n  because \"x {label == \\\"y\\\"}\"\n}\n"));
    INFO(inside.text());
    REQUIRE(inside.diagnostics.size() == 1);
    d = inside.diagnostics.front();
    CHECK(d.code.rfind("E1", 0) == 0);
    at = inside.sources.file(d.span.file).line_col(d.span.begin);
    CHECK(at.line == 7);
    CHECK(at.column == 11);
}

TEST_CASE("too many rules") {
    CheckOptions options;
    options.max_rules = 1;
    Run result =
        run(case_files(
                "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
                "  then discipline low\n  because \"x\"\n}\nrule s {\n  cite PP 94/2021 Pasal 5\n"
                "  status verified\n  then discipline low\n  because \"x\"\n}\n"),
            options);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics.front().code == "E9005");
}

TEST_CASE("the sample rule set checks clean") {
    std::vector<std::filesystem::path> paths;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(NETRAL_TEST_DIR) + "/rulesets/sample")) {
        if (entry.path().extension() == ".rules") paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    std::vector<std::string> texts;
    for (const auto& path : paths) {
        std::ifstream in(path);
        std::stringstream text;
        text << in.rdbuf();
        texts.push_back(text.str());
    }
    REQUIRE(texts.size() == 3);
    Run result = run(texts);
    INFO(result.text());
    CHECK(result.errors == 0);
    CHECK(result.warnings == 0);
    CHECK(result.program.has_value());
}

TEST_CASE("a cycle is reported once, with one note per edge") {
    SUBCASE("three derived facts") {
        Run result = run(
            case_files("module m\nderive a: bool = b\nderive b: bool = c\nderive c: bool = a\n"));
        std::vector<base::Diagnostic> cycles;
        for (const auto& d : result.diagnostics) {
            if (d.code == "E4001") cycles.push_back(d);
        }
        REQUIRE(cycles.size() == 1);
        // Told from user to what it uses, the order a reader follows the definitions.
        CHECK(base::render(cycles[0].message, Language::English) ==
              "derived facts depend on themselves: `a` -> `b` -> `c` -> `a`");
        REQUIRE(cycles[0].notes.size() == 3);
        CHECK(base::render(cycles[0].notes[0].message, Language::English) == "`a` uses `b` here");
        CHECK(base::render(cycles[0].notes[1].message, Language::English) == "`b` uses `c` here");
        CHECK(base::render(cycles[0].notes[2].message, Language::English) == "`c` uses `a` here");
    }
    SUBCASE("a rule that sets what its condition reads") {
        Run result = run(case_files(
            "module m\nimport base\nderive d(a: act): bool\nrule r {\n  cite PP 94/2021 Pasal 5\n"
            "  status verified\n  for x in acts\n  when d(x)\n  then set d(x) = true\n"
            "  because \"x\"\n}\n"));
        auto it = std::find_if(result.diagnostics.begin(), result.diagnostics.end(),
                               [](const base::Diagnostic& d) { return d.code == "E4001"; });
        REQUIRE(it != result.diagnostics.end());
        REQUIRE(it->notes.size() == 2);
        CHECK(base::render(it->notes[0].message, Language::English) == "rule `r` sets `d` here");
        CHECK(base::render(it->notes[1].message, Language::English) == "rule `r` uses `d` here");
    }
    SUBCASE("three rules overriding each other") {
        Run result = run(
            case_files("module m\nimport base\n"
                       "rule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n  prevails over s\n"
                       "  then discipline low\n  because \"x\"\n}\n"
                       "rule s {\n  cite PP 94/2021 Pasal 5\n  status verified\n  prevails over t\n"
                       "  then discipline low\n  because \"x\"\n}\n"
                       "rule t {\n  cite PP 94/2021 Pasal 5\n  status verified\n  exception to r\n"
                       "  then discipline low\n  because \"x\"\n}\n"));
        auto count = std::count_if(result.diagnostics.begin(), result.diagnostics.end(),
                                   [](const base::Diagnostic& d) { return d.code == "E4002"; });
        REQUIRE(count == 1);
        auto it = std::find_if(result.diagnostics.begin(), result.diagnostics.end(),
                               [](const base::Diagnostic& d) { return d.code == "E4002"; });
        REQUIRE(it->notes.size() == 3);
        CHECK(base::render(it->notes[2].message, Language::English) ==
              "rule `t` is an exception to rule `r` here");
    }
}

TEST_CASE("accepted constructs") {
    struct AcceptedCase {
        const char* name;         ///< what the row shows
        const char* source_text;  ///< must check without errors or warnings
    };
    const AcceptedCase cases[] = {
        {"narrowing by the binder filter",
         "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
         "  for x in acts where x.kind == campaign\n  when x.role == speaker\n"
         "  then discipline low\n  because \"{x.role} on {x.date}\"\n}\n"},
        {"narrowing earlier in an and chain",
         "module m\nimport base\nderive d(a: act): bool = a.kind == social and a.role == "
         "determined\n"},
        {"narrowing by a set of tags",
         "module m\nimport base\nderive d(a: act): bool = a.kind in {social} and a.role == "
         "determined\n"},
        {"enum value on the left",
         "module m\nimport base\nderive d(a: act): bool = campaign == a.kind\n"},
        {"ladder steps in sets and comparisons",
         "module m\nimport base\nderive d: bool = any(h in history where h.step in {low.a, high})"
         " and count(h in history where h.step > low) >= 1\n"},
        {"is set on an optional field",
         "module m\nimport base\nderive d(a: act): bool = a.note is set\n"},
        {"if with enum branches",
         "module m\nimport base\nderive d: stage_kind = if flag then determined else "
         "prospective\n"},
        {"table cells and periods",
         "module m\nimport base\ntable t {\n  key k: kind\n  column p: period\n"
         "  row social { p = 2024-01-01 .. 2024-02-01 }\n  row campaign { p = 2024-03-01 .. "
         "2024-04-01 }\n"
         "  row money { p = 2024-05-01 .. 2024-06-01 }\n}\n"
         "derive d(a: act): bool = a.date in t[a.kind].p\n"},
        {"literal braces in a reason",
         "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5 ayat (1) huruf a angka 2\n"
         "  status verified\n  then discipline low\n  because \"{{literal}} {limit}\"\n}\n"},
        {"an English reason that reorders the placeholders",
         "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
         "  then discipline low\n  then review \"Perlu dikaji\" en \"To be assessed\"\n"
         "  because \"{limit} kali pada {decided}\" en \"On { decided }, {limit} times\"\n}\n"},
        {"a huruf after angka: the lettered item of a numbered item",
         "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 4 angka 15 huruf c\n"
         "  cite PP 94/2021 Pasal 5 huruf n angka 2 huruf a\n  status verified\n"
         "  then discipline low\n  because \"x\"\n}\n"},
        {"an inferred citation with its reason",
         "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5 huruf a\n"
         "    inferred \"dibaca dari pasal\" en \"read into the article\"\n"
         "  cite PP 94/2021 Pasal 7\n  status verified\n  then discipline low\n"
         "  because \"x\"\n}\n"},
        {"versions with adjacent periods",
         "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
         "  in force until 2020-12-31\n  then discipline low\n  because \"x\"\n}\n"
         "rule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n  in force from 2021-01-01\n"
         "  then discipline high\n  because \"x\"\n}\n"},
        {"an exception settles a conflict",
         "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n"
         "  when flag\n  then discipline low\n  because \"x\"\n}\n"
         "rule s {\n  cite PP 94/2021 Pasal 5\n  status verified\n  when other and flag\n"
         "  exception to r as lex_specialis\n  then discipline high\n  because \"x\"\n}\n"},
        {"circular imports",
         "module m\nimport o\nfact z: e\n===\nmodule o\nimport m\nenum e { a }\n"},
        // `>` becomes `>= bound + 1` for the analyses; at the int64 maximum it stays opaque
        // (no signed overflow).
        {"a bound at the end of int64",
         "module m\nimport base\nderive d: bool = limit > 9223372036854775807 and limit < 0\n"},
    };
    for (const AcceptedCase& row : cases) {
        SUBCASE(row.name) {
            Run result = run(case_files(row.source_text));
            INFO(result.text());
            CHECK(result.errors == 0);
            CHECK(result.warnings == 0);
        }
    }
}

TEST_CASE("W2070 is not reported for texts in both languages, nor for declarations without one") {
    struct TranslatedCase {
        const char* name;         ///< what the row shows
        const char* source_text;  ///< must check without W2070
    };
    const TranslatedCase cases[] = {
        {"every shown text in both languages",
         "#no-prelude\nmodule m \"Modul\" en \"Module\"\nruleset s \"Aturan\" en \"Rules\" {}\n"
         "regulation PP 94/2021 \"Disiplin\" en \"Discipline\"\n"
         "enum e \"Jenis\" en \"Kind\" { a \"Satu\" en \"One\" }\n"
         "fact f: e \"Fakta\" en \"Fact\"\n"
         "track t \"Jalur\" en \"Track\" {}\n"
         "ladder l \"Tangga\" en \"Ladder\" { category c \"Kategori\" en \"Category\" }\n"
         "rule r \"Judul\" en \"Title\" {\n  cite PP 94/2021 Pasal 5\n"
         "    inferred \"dibaca\" en \"read into\"\n  status verified\n  when f == a\n"
         "  then t c\n  then review \"Kaji\" en \"Assess\"\n"
         "  because \"pada {f}\" en \"on {f}\"\n  note \"for authors only\"\n}\n"},
        {"declarations without labels",
         "#no-prelude\nmodule m\nruleset s {}\nregulation PP 94/2021\nenum e { a }\n"
         "track t {}\nladder l { category c }\n"},
    };
    for (const TranslatedCase& row : cases) {
        SUBCASE(row.name) {
            Run result = run(case_files(row.source_text), {}, true);
            INFO(result.text());
            CHECK(result.errors == 0);
            CHECK(result.warnings == 0);
        }
    }
}

TEST_CASE("the IR of a rule") {
    Run result = run(case_files(
        "module m\nimport base\nrule r \"Title\" {\n  row C1.2\n  cite PP 94/2021 Pasal 5 ayat "
        "(2)\n"
        "  status practice\n  in force from 2021-01-01\n  for x in acts where x.kind == campaign\n"
        "  when x.role == speaker\n  then discipline low.b\n  then refer UU 10/2016 Pasal 187A\n"
        "  because \"spoke on {x.date}\"\n}\n"));
    INFO(result.text());
    REQUIRE(result.program.has_value());
    const ir::Program& program = *result.program;
    REQUIRE(program.rules.size() == 1);
    const ir::Rule& rule = program.rules.front();
    CHECK(rule.name == "r");
    CHECK(rule.title.id == "Title");
    CHECK(rule.row == "C1.2");
    CHECK(rule.status == ir::Status::Practice);
    REQUIRE(rule.citations.size() == 1);
    CHECK(ir::to_string(program, rule.citations[0]) == "PP 94/2021 Pasal 5 ayat (2)");
    CHECK_FALSE(rule.citations[0].inference.has_value());
    REQUIRE(rule.in_force.has_value());
    CHECK(rule.in_force->judged_by_ruleset);
    CHECK(expr_text(program, *rule.in_force->judged_by) == "decided");
    REQUIRE(rule.binder.has_value());
    CHECK(expr_text(program, rule.binder->collection) == "acts");
    CHECK(expr_text(program, *rule.binder->filter) == "x.kind == campaign");
    CHECK(expr_text(program, *rule.condition, rule.binder->var) == "$.role == speaker");
    REQUIRE(rule.conclusions.size() == 2);
    const auto& finding = std::get<ir::Finding>(rule.conclusions[0]);
    CHECK(level_text(program, finding.level) == "low.b");
    CHECK(program.tracks[finding.track.index()].name == "discipline");
    const auto& referral = std::get<ir::Referral>(rule.conclusions[1]);
    CHECK(ir::to_string(program, referral.citation) == "UU 10/2016 Pasal 187A");
    REQUIRE(rule.because.parts.size() == 2);
    CHECK(rule.because.parts[0].text == "spoke on ");
    CHECK(expr_text(program, *rule.because.parts[1].expr) == "x.date");
    CHECK(program.type_of(*rule.because.parts[1].expr) == ir::Type::date());
}

TEST_CASE("an inferred citation keeps its reason in the IR, and only that citation") {
    Run result = run(case_files(
        "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 7\n"
        "  cite PP 94/2021 Pasal 5 huruf a inferred \"alasan\" en \"reason\"\n"
        "  status practice\n  then discipline low\n  because \"x\"\n}\n"));
    INFO(result.text());
    REQUIRE(result.program.has_value());
    const ir::Rule& rule = result.program->rules.front();
    REQUIRE(rule.citations.size() == 2);
    CHECK_FALSE(rule.citations[0].inference.has_value());
    REQUIRE(rule.citations[1].inference.has_value());
    CHECK(rule.citations[1].inference->id == "alasan");
    CHECK(rule.citations[1].inference->en == "reason");
    CHECK(ir::to_string(*result.program, rule.citations[1]) == "PP 94/2021 Pasal 5 huruf a");
}

TEST_CASE("a huruf after angka keeps its place in the canonical text") {
    Run result = run(case_files(
        "module m\nimport base\nrule r {\n  cite PP 94/2021 Pasal 4 angka 15 huruf c\n"
        "  status practice\n  then discipline low\n  because \"x\"\n}\n"));
    INFO(result.text());
    REQUIRE(result.program.has_value());
    const ir::Rule& rule = result.program->rules.front();
    REQUIRE(rule.citations.size() == 1);
    CHECK(ir::to_string(*result.program, rule.citations[0]) == "PP 94/2021 Pasal 4 angka 15 huruf c");
}

TEST_CASE("dependency graph as dot") {
    Run result = run(
        case_files("module m\nimport base\nderive busy: bool = limit > 2\n"
                   "rule r {\n  cite PP 94/2021 Pasal 5\n  status verified\n  when busy\n"
                   "  then discipline high\n  because \"x\"\n}\n"
                   "rule s {\n  cite PP 94/2021 Pasal 5\n  status verified\n  when busy and flag\n"
                   "  exception to r\n  then ethics low.a\n  because \"x\"\n}\n"));
    INFO(result.text());
    REQUIRE(result.program.has_value());
    DependencyGraph graph = build_graph(*result.program);
    const std::string expected = R"(digraph G {
rankdir=LR;
0[label="fact\ndecided", shape=box];
1[label="fact\nacts", shape=box];
2[label="fact\nhistory", shape=box];
3[label="fact\nlimit", shape=box];
4[label="fact\nflag", shape=box];
5[label="fact\nother", shape=box];
6[label="fact\nlabel", shape=box];
7[label="derived\nbusy", shape=ellipse];
8[label="rule\nr", shape=box, style=rounded];
9[label="rule\ns", shape=box, style=rounded];
10[label="track\ndiscipline", shape=hexagon];
11[label="track\nethics", shape=hexagon];
12[label="category\nlow", shape=octagon];
13[label="category\nhigh", shape=octagon];
14[label="sanction\nlow.a", shape=note];
15[label="sanction\nlow.b", shape=note];
3->7 [label="uses"];
4->9 [label="uses"];
7->8 [label="uses"];
7->9 [label="uses"];
8->10 [label="concludes"];
8->13 [label="concludes"];
9->11 [label="concludes"];
9->14 [label="concludes"];
9->8 [label="exception", style=dashed];
}
)";
    CHECK(render_dot(graph) == expected);
    CHECK(render_graph_json(graph).rfind(R"({"nodes":[{"id":0,"kind":"fact","name":"decided"})",
                                         0) == 0);
}

TEST_CASE("dependency graph: combine and escalate policies") {
    Run result =
        run(case_files("module m\nimport base\n"
                       "combine discipline {\n  strategy heaviest\n}\n"
                       "combine ethics {\n  strategy mildest\n}\n"
                       "escalate discipline {\n  for h in history where h.date < decided\n"
                       "  latest h.date\n  previous h.step\n}\n"));
    INFO(result.text());
    REQUIRE(result.program.has_value());
    DependencyGraph graph = build_graph(*result.program);
    const Graph& g = graph.graph;
    // Policies come last: the combine policies in order, then the escalate policies.
    std::size_t first = graph.vertex(NodeKind::Policy, 0);
    REQUIRE(boost::num_vertices(g) == first + 3);
    CHECK(g[first].name == "combine discipline");
    CHECK(g[first + 1].name == "combine ethics");
    CHECK(g[first + 2].name == "escalate discipline");
    CHECK(g[first + 2].kind == NodeKind::Policy);
    CHECK(g[first + 2].index == 2);
    std::vector<std::string> edges;
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        edges.push_back(g[boost::source(*it, g)].name + " -" + edge_kind_name(g[*it].kind) + "-> " +
                        g[boost::target(*it, g)].name);
    }
    // boost::edges lists edges by source vertex: facts, then tracks.
    const std::vector<std::string> expected = {
        "decided -uses-> escalate discipline",   "history -uses-> escalate discipline",
        "discipline -uses-> combine discipline", "discipline -uses-> escalate discipline",
        "ethics -uses-> combine ethics",
    };
    CHECK(edges == expected);
    std::string dot_node =
        std::to_string(first) + R"([label="policy\ncombine discipline", shape=parallelogram];)";
    CHECK(render_dot(graph).find(dot_node) != std::string::npos);
    std::string json_node = R"({"id":)" + std::to_string(first + 2) +
                            R"(,"kind":"policy","name":"escalate discipline"})";
    CHECK(render_graph_json(graph).find(json_node) != std::string::npos);
}

}  // namespace
}  // namespace netral::check
