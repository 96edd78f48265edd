// SPDX-License-Identifier: Apache-2.0
// Parser behaviour: spans, recovery across declarations, limits, and X3 pitfalls we guard.
#include <doctest/doctest.h>

#include <memory>

#include "syntax/dump.hpp"
#include "syntax/parse.hpp"

namespace {

struct Parsed {
    netral::base::SourceMap sources;
    netral::base::DiagnosticSink sink;
    std::optional<netral::syntax::Module> module;
};

std::unique_ptr<Parsed> parse_text(const std::string& text,
                                   const netral::syntax::ParseLimits& limits = {}) {
    auto parsed = std::make_unique<Parsed>();
    auto file = parsed->sources.add("test.rules", text);
    parsed->module = netral::syntax::parse(parsed->sources, file, parsed->sink, limits);
    return parsed;
}

}  // namespace

TEST_CASE("a rule parses with spans that cover its source text") {
    auto parsed = parse_text("module m\nrule r \"t\" {\n  status verified\n}\n");
    REQUIRE(parsed->module);
    CHECK(netral::syntax::dump(*parsed->module) ==
          "module m @0..8\n"
          "rule r {} @9..41\n"
          "  label \"t\" @16..19\n"
          "  status verified @24..39\n");
}

TEST_CASE("truncated input is an error, never an empty success") {
    // X3 pitfall 3: without care, `rule r then` could return true with nothing parsed.
    auto parsed = parse_text("module m\nrule r \"t\" {\n  for a in acts where a.kind ==");
    CHECK_FALSE(parsed->module);
    CHECK(parsed->sink.has_errors());
}

TEST_CASE("the parser resumes at the next declaration after an error") {
    auto parsed = parse_text(
        "module m\n"
        "fact a int\n"
        "fact b: bool\n"
        "enum e { x y\n"
        "rule r \"t\" { when a ==  }\n");
    auto diagnostics = parsed->sink.sorted();
    REQUIRE(diagnostics.size() == 3);
    CHECK(diagnostics[0].code == "E1002");
    CHECK(netral::base::render(diagnostics[0].message, netral::Language::English) ==
          "expected `:`, found `int`");
    // `rule` at the start of line 5 ends the unclosed enum, and parsing resumes there.
    CHECK(netral::base::render(diagnostics[1].message, netral::Language::English) ==
          "expected `}` or an enum value, found `rule`");
    CHECK(netral::base::render(diagnostics[2].message, netral::Language::English) ==
          "expected an expression, found `}`");
}

TEST_CASE("parse errors read in Indonesian, the grammar's expectations included") {
    auto parsed = parse_text("module m\nenum e { a b\nfact x int\n");
    auto diagnostics = parsed->sink.sorted();
    REQUIRE(!diagnostics.empty());
    CHECK(netral::base::render(diagnostics[0].message, netral::Language::Indonesian) ==
          "seharusnya `}` atau sebuah nilai enum, tetapi ditemukan `fact`");
    auto text = parse_text("module m\nrule r { note \"open\n}\n");
    auto reported = text->sink.sorted();
    REQUIRE(!reported.empty());
    const netral::base::Diagnostic& d = reported[0];
    CHECK(d.code == "E1003");
    CHECK(netral::base::render(d.message, netral::Language::Indonesian)
              .rfind("seharusnya penutup", 0) == 0);
    REQUIRE(!d.notes.empty());
    CHECK(netral::base::render(d.notes.back().message, netral::Language::Indonesian) ==
          "di dalam `rule` yang dibuka di baris 2");
}

TEST_CASE("nesting past the limit is a diagnostic, not a stack overflow") {
    std::string deep = "module m\nderive d: int = " + std::string(100000, '(') + "1" +
                       std::string(100000, ')') + "\n";
    auto parsed = parse_text(deep);
    auto diagnostics = parsed->sink.sorted();
    REQUIRE_FALSE(diagnostics.empty());
    CHECK(diagnostics[0].code == "E9002");
    std::string nots = "module m\nderive d: bool = ";
    for (int i = 0; i < 50000; ++i) nots += "not ";
    nots += "true\n";
    auto parsed_nots = parse_text(nots);
    REQUIRE_FALSE(parsed_nots->sink.sorted().empty());
    CHECK(parsed_nots->sink.sorted()[0].code == "E9002");
}

TEST_CASE("a file over the size limit is refused before parsing") {
    netral::syntax::ParseLimits limits;
    limits.max_file_bytes = 16;
    auto parsed = parse_text("module m\n# a comment that is long enough\n", limits);
    REQUIRE(parsed->sink.sorted().size() == 1);
    CHECK(parsed->sink.sorted()[0].code == "E9001");
}

TEST_CASE("invalid UTF-8 is reported at its byte") {
    auto parsed = parse_text("module m\nfact a: text \"\xff\"\n");
    REQUIRE(parsed->sink.sorted().size() == 1);
    CHECK(parsed->sink.sorted()[0].code == "E1004");
    CHECK(parsed->sink.sorted()[0].span.begin == 23);
}
