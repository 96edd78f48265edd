// SPDX-License-Identifier: Apache-2.0
// The text rendering of diagnostics: carets under the span, notes, hints, and safe output for
// hostile lines (very long, tabs, malformed UTF-8, byte-order mark).
#include <doctest/doctest.h>

#include "base/diagnostic.hpp"

namespace {

/// A message shown as it is, in either language: these tests are about layout.
netral::base::Message literal(std::string text) {
    return netral::base::Message::literal(std::move(text));
}

std::string render_one(const std::string& text, std::uint32_t begin, std::uint32_t end) {
    netral::base::SourceMap sources;
    auto file = sources.add("f.rules", text);
    netral::base::DiagnosticSink sink;
    sink.error("E1002", {file, begin, end}, literal("message"));
    return netral::base::render_text(sink.sorted(), sources, netral::Language::English);
}

}  // namespace

TEST_CASE("render: the caret run covers the span in code points") {
    CHECK(render_one("fact é: intt\n", 9, 13) ==
          "f.rules:1:9: error[E1002]: message\n"
          " 1 | fact é: intt\n"
          "   |         ^^^^\n");
}

TEST_CASE("render: tabs before the span are kept so the caret lines up") {
    CHECK(render_one("\tfact x\n", 6, 7) ==
          "f.rules:1:7: error[E1002]: message\n"
          " 1 | \tfact x\n"
          "   | \t     ^\n");
}

TEST_CASE("render: a long line is cut to a window around the span") {
    std::string line(500, 'a');
    std::string out = render_one(line + "\n", 300, 303);
    CHECK(out.find(" 1 | …" + std::string(80, 'a') + std::string(83, 'a') + "…\n") !=
          std::string::npos);
    CHECK(out.find("\n   |  " + std::string(80, ' ') + "^^^\n") != std::string::npos);
    CHECK(out.size() < 450);
}

TEST_CASE("render: malformed bytes and control characters are shown safely") {
    std::string out = render_one("a\xff\x01z\n", 3, 4);
    CHECK(out ==
          "f.rules:1:4: error[E1002]: message\n"
          " 1 | a\xEF\xBF\xBD?z\n"
          "   |    ^\n");
}

TEST_CASE("render: a byte-order mark takes no column") {
    std::string out = render_one("\xEF\xBB\xBFmodule\n", 3, 9);
    CHECK(out ==
          "f.rules:1:1: error[E1002]: message\n"
          " 1 | module\n"
          "   | ^^^^^^\n");
}

TEST_CASE("render: notes and hints follow the primary snippet") {
    netral::base::SourceMap sources;
    auto file = sources.add("f.rules", "fact a: int\nfact a: bool\n");
    netral::base::DiagnosticSink sink;
    auto& d = sink.error("E2001", {file, 17, 18}, literal("`a` is declared twice"));
    d.notes.push_back({{file, 5, 6}, literal("first declared here")});
    d.hint = literal("rename one of them");
    CHECK(netral::base::render_text(sink.sorted(), sources, netral::Language::English) ==
          "f.rules:2:6: error[E2001]: `a` is declared twice\n"
          " 2 | fact a: bool\n"
          "   |      ^\n"
          "note: f.rules:1:6: first declared here\n"
          " 1 | fact a: int\n"
          "   |      ^\n"
          "hint: rename one of them\n");
}

TEST_CASE("sink: the error limit closes the list with E9004") {
    netral::base::SourceMap sources;
    auto file = sources.add("f.rules", "x\n");
    netral::base::DiagnosticSink sink(2);
    for (int i = 0; i < 5; ++i) sink.error("E1002", {file, 0, 1}, literal("m"));
    auto sorted = sink.sorted();
    REQUIRE(sorted.size() == 3);
    CHECK(sorted.back().code == "E9004");
    CHECK(sink.saturated());
}

TEST_CASE("sink: absorbing per-part sinks in order gives what one sink would have") {
    // Parts (files) checked in parallel, each into a sink of the same limit, then merged in
    // order: the same errors, notes and hints, and E9004 where one sink would have stopped.
    netral::base::SourceMap sources;
    auto a = sources.add("a.rules", "x\n");
    auto b = sources.add("b.rules", "y\n");
    auto fill = [](netral::base::DiagnosticSink& sink, netral::base::FileId file, int errors) {
        for (int i = 0; i < errors; ++i) {
            auto& d = sink.error("E1002", {file, static_cast<std::uint32_t>(i), 1}, literal("m"));
            d.hint = literal("h" + std::to_string(i));
        }
        sink.warning("W5010", {file, 0, 1}, literal("w"));
    };
    netral::base::DiagnosticSink one(3);
    fill(one, a, 2);
    fill(one, b, 3);
    netral::base::DiagnosticSink part_a(3);
    netral::base::DiagnosticSink part_b(3);
    fill(part_a, a, 2);
    fill(part_b, b, 3);
    netral::base::DiagnosticSink merged(3);
    merged.absorb(part_a);
    merged.absorb(part_b);
    auto expected = one.sorted();
    auto actual = merged.sorted();
    REQUIRE(actual.size() == expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        CHECK(actual[i].code == expected[i].code);
        CHECK(actual[i].span.file == expected[i].span.file);
        CHECK(actual[i].span.begin == expected[i].span.begin);
        CHECK(actual[i].hint == expected[i].hint);
    }
    CHECK(merged.saturated());
    CHECK(merged.error_count() == one.error_count());
}

TEST_CASE("source: line_col counts code points at every offset of long mixed lines") {
    // Columns are counted from a table of code points every few bytes (so a diagnostic on a
    // long line costs no more than one on a short one); check every offset against a direct
    // count, across table boundaries, multi-byte characters, a byte-order mark and new lines.
    std::string text = "\xEF\xBB\xBF";
    for (int i = 0; i < 90; ++i)
        text += i % 7 == 0 ? "\xC3\xA9" : i % 11 == 0 ? "\xE2\x80\xA6" : "a";
    text += "\n";
    for (int i = 0; i < 150; ++i) text += i % 5 == 0 ? "\xF0\x9F\x98\x80" : "b";
    text += "\n\n";
    netral::base::SourceFile file("f.rules", text);
    std::uint32_t line = 1;
    std::uint32_t column = 1;
    for (std::uint32_t offset = 0; offset <= text.size(); ++offset) {
        netral::base::LineCol at = file.line_col(offset);
        CHECK(at.line == line);
        if (offset >= 3 || line > 1) CHECK(at.column == column);
        if (offset == text.size()) break;
        auto c = static_cast<unsigned char>(text[offset]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if (offset >= 3 && (c & 0xC0) != 0x80) {
            ++column;
        }
    }
    CHECK(file.line_col(static_cast<std::uint32_t>(text.size()) + 10).line == line);
}

TEST_CASE("sink: an error dropped by a limit of 0 still counts as an error") {
    netral::base::DiagnosticSink sink(0);
    sink.error("E1002", {0, 0, 1}, literal("m"));
    CHECK(sink.error_count() == 0);
    CHECK(sink.saturated());
    CHECK(sink.has_errors());
}
