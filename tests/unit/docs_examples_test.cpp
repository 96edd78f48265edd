// SPDX-License-Identifier: Apache-2.0
// The examples of the language reference cannot drift from the engine. Every ```netral block
// of docs/language.md is parsed with the real grammar, and blocks marked with an HTML comment
// on the line before the opening fence are run through the whole front end:
//
//   <!-- check: complete -->          no error and no warning
//   <!-- check: error E2004 -->       E2004 is reported, and every error reported is an E2004
//   <!-- check: warning W5021 -->     no error; W5021 is reported, and every warning is a W5021
//
// How a block becomes a rule file:
//   * A block without a `module` line gets `module example` in front of it.
//   * A block that starts with clauses instead of declarations (a list of `cite` lines, a
//     `because` text) is wrapped in `rule example { … }` for parsing; such a fragment cannot
//     be marked.
//   * A marked block that declares a `ruleset` is checked on its own. Any other marked block is
//     checked as one more module of the bundled rule pack in rules/, so it can use the pack's
//     names; when it has no `module` line it also imports every module of the pack.
// Diagnostics are reported at their line in docs/language.md.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "api/front_end.hpp"
#include "netral/netral.hpp"
#include "support.hpp"
#include "syntax/parse.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kLanguageDoc = fs::path(NETRAL_TEST_DIR) / ".." / "docs" / "language.md";
const fs::path kRulePack = fs::path(NETRAL_TEST_DIR) / ".." / "rules";

/// What a `<!-- check: … -->` marker asks of the block after it.
struct Marker {
    enum class Kind { Complete, Error, Warning };
    Kind kind = Kind::Complete;
    std::string code;       ///< the expected code, for Error and Warning
    std::size_t line = 0;   ///< 1-based line of the marker in the markdown file
};

/// One fenced block of the markdown file.
struct Block {
    std::string language;          ///< the info string after ``` (may be empty)
    std::size_t fence_line = 0;    ///< 1-based line of the opening fence
    std::size_t first_line = 0;    ///< 1-based line of the first content line
    std::string text;              ///< the content, with the fence's indentation removed
    std::optional<Marker> marker;  ///< the marker on the line before the fence, if any
};

/// Everything the markdown file holds that the tests look at.
struct Document {
    std::vector<Block> blocks;
    std::vector<std::string> problems;  ///< malformed markers, stray markers, unclosed fences
};

std::string trim(const std::string& text) {
    std::size_t begin = text.find_first_not_of(" \t\r");
    if (begin == std::string::npos) return {};
    std::size_t end = text.find_last_not_of(" \t\r");
    return text.substr(begin, end - begin + 1);
}

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::string where(std::size_t line) { return "docs/language.md:" + std::to_string(line); }

/// Parses a marker line, or reports why it is malformed.
std::optional<Marker> parse_marker(const std::string& line, std::size_t number,
                                   std::vector<std::string>& problems) {
    static const std::regex complete(R"(<!--\s*check:\s*complete\s*-->)");
    static const std::regex coded(R"(<!--\s*check:\s*(error|warning)\s+([EW][0-9]{4})\s*-->)");
    std::smatch match;
    if (std::regex_match(line, complete)) return Marker{Marker::Kind::Complete, {}, number};
    if (std::regex_match(line, match, coded)) {
        bool error = match[1] == "error";
        std::string code = match[2];
        if (error != (code[0] == 'E')) {
            problems.push_back(where(number) + ": `" + match[1].str() + "` marker with code " +
                               code + " (errors are E codes, warnings W codes)");
            return std::nullopt;
        }
        return Marker{error ? Marker::Kind::Error : Marker::Kind::Warning, code, number};
    }
    problems.push_back(where(number) +
                       ": malformed marker; write <!-- check: complete -->, "
                       "<!-- check: error E1234 --> or <!-- check: warning W1234 -->");
    return std::nullopt;
}

Document read_document() {
    Document doc;
    std::vector<std::string> lines = split_lines(netral::testing::read_file(kLanguageDoc));
    std::optional<Marker> pending;
    std::size_t pending_line = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        std::string stripped = trim(line);
        if (stripped.rfind("<!--", 0) == 0 && stripped.find("check:") != std::string::npos) {
            if (pending) {
                doc.problems.push_back(where(pending_line) +
                                       ": marker not followed by a fenced block");
            }
            pending = parse_marker(stripped, i + 1, doc.problems);
            pending_line = i + 1;
            continue;
        }
        if (stripped.rfind("```", 0) != 0) {
            if (pending && !stripped.empty()) {
                doc.problems.push_back(where(pending_line) +
                                       ": marker not directly followed by a fenced block");
                pending.reset();
            }
            continue;
        }
        Block block;
        std::size_t indent = line.find("```");
        block.language = trim(stripped.substr(3));
        block.fence_line = i + 1;
        block.first_line = i + 2;
        block.marker = pending;
        pending.reset();
        bool closed = false;
        for (++i; i < lines.size(); ++i) {
            if (trim(lines[i]) == "```") {
                closed = true;
                break;
            }
            // Remove the fence's indentation (blocks inside list items are indented).
            std::size_t cut = 0;
            while (cut < indent && cut < lines[i].size() && lines[i][cut] == ' ') ++cut;
            block.text += lines[i].substr(cut) + "\n";
        }
        if (!closed) doc.problems.push_back(where(block.fence_line) + ": fence never closed");
        doc.blocks.push_back(std::move(block));
    }
    if (pending) doc.problems.push_back(where(pending_line) + ": marker at the end of the file");
    return doc;
}

bool starts_with_word(const std::string& line, const std::string& word) {
    if (line.rfind(word, 0) != 0) return false;
    return line.size() == word.size() || line[word.size()] == ' ' || line[word.size()] == '\t';
}

/// True when some line of the block starts (unindented) with `word`.
bool has_line_starting_with(const std::string& text, const std::string& word) {
    for (const std::string& line : split_lines(text)) {
        if (starts_with_word(line, word)) return true;
    }
    return false;
}

/// True when the first line that is neither blank nor a comment opens a declaration.
bool starts_with_declaration(const std::string& text) {
    static const std::vector<std::string> keywords = {
        "module", "import", "ruleset", "regulation", "enum",    "record",  "fact",    "derive",
        "table",  "param",  "ladder",  "track",      "rule",    "combine", "escalate"};
    for (const std::string& line : split_lines(text)) {
        std::string stripped = trim(line);
        if (stripped.empty() || stripped[0] == '#') continue;
        return std::any_of(keywords.begin(), keywords.end(),
                           [&](const std::string& k) { return starts_with_word(stripped, k); });
    }
    return true;  // only comments: a file with nothing but `module example`
}

/// A block made into a rule file: the text and how many lines were put in front of it.
struct Prepared {
    std::string text;
    std::size_t prefix_lines = 0;
};

Prepared prepare(const Block& block, const std::vector<std::string>& imports) {
    Prepared out;
    std::string prefix;
    if (!has_line_starting_with(block.text, "module")) {
        prefix += "module example\n";
        for (const std::string& module : imports) prefix += "import " + module + "\n";
    }
    bool fragment = !starts_with_declaration(block.text);
    if (fragment) prefix += "rule example {\n";
    out.prefix_lines = static_cast<std::size_t>(std::count(prefix.begin(), prefix.end(), '\n'));
    out.text = prefix + block.text + (fragment ? "}\n" : "");
    return out;
}

/// `docs/language.md:LINE: error[E2004]: message` for a diagnostic in the example file, or the
/// pack file's own place for one elsewhere.
std::string describe(const netral::base::Diagnostic& d, const netral::base::SourceMap& sources,
                     netral::base::FileId example, const Block& block, std::size_t prefix_lines) {
    const netral::base::SourceFile& file = sources.file(d.span.file);
    netral::base::LineCol at = file.line_col(d.span.begin);
    std::string place;
    if (d.span.file == example) {
        std::size_t line = at.line > prefix_lines ? at.line - prefix_lines : 1;
        place = where(block.first_line + line - 1) +
                (at.line > prefix_lines ? "" : " (in the lines the test puts in front)");
    } else {
        place = file.path() + ":" + std::to_string(at.line);
    }
    std::string severity = d.severity == netral::base::Severity::Error ? "error" : "warning";
    return place + ": " + severity + "[" + d.code +
           "]: " + netral::base::render(d.message, netral::Language::English);
}

/// Codes the parser reports: a block marked with one of them is not expected to parse.
bool is_parser_code(const std::string& code) {
    return code.rfind("E1", 0) == 0 || code == "E9001" || code == "E9002";
}

/// The bundled pack's files and module names.
struct Pack {
    std::vector<netral::Source> sources;
    std::vector<std::string> modules;
};

const Pack& rule_pack() {
    static const Pack pack = [] {
        Pack out;
        std::string error;
        auto sources = netral::load_rule_directory(kRulePack.string(), error);
        REQUIRE_MESSAGE(sources.has_value(), error);
        out.sources = *sources;
        static const std::regex module_line(R"((^|\n)module ([A-Za-z_][A-Za-z0-9_-]*))");
        for (const netral::Source& source : out.sources) {
            std::smatch match;
            if (std::regex_search(source.text, match, module_line)) {
                out.modules.push_back(match[2]);
            }
        }
        return out;
    }();
    return pack;
}

/// Runs the front end on a marked block; returns the problems found (empty when it behaves as
/// its marker says).
std::vector<std::string> check_marked(const Block& block) {
    const Marker& marker = *block.marker;
    bool alone = has_line_starting_with(block.text, "ruleset");
    std::vector<netral::Source> sources;
    std::vector<std::string> imports;
    if (!alone) {
        sources = rule_pack().sources;
        imports = rule_pack().modules;
    }
    Prepared prepared = prepare(block, imports);
    sources.push_back({"example.rules", prepared.text});

    netral::CheckOptions options;
    // The examples write labels and reasons in Indonesian only, to stay short: untranslated
    // texts (W2070) count only in an example of that warning.
    if (marker.code != "W2070") options.disabled_warnings.push_back("W2070");
    netral::api::FrontEnd front_end(options.limits.max_errors);
    netral::api::run_front_end(front_end, sources, options);
    auto example = static_cast<netral::base::FileId>(sources.size() - 1);

    std::vector<std::string> problems;
    std::vector<netral::base::Diagnostic> diagnostics = front_end.sink.sorted();
    bool found = false;
    std::vector<std::string> unexpected;
    for (const netral::base::Diagnostic& d : diagnostics) {
        bool is_error = d.severity == netral::base::Severity::Error;
        bool expected = false;
        switch (marker.kind) {
            case Marker::Kind::Complete:
                break;
            case Marker::Kind::Error:
                expected = is_error && d.code == marker.code;
                break;
            case Marker::Kind::Warning:
                expected = !is_error && d.code == marker.code;
                break;
        }
        found = found || expected;
        if (!expected) {
            unexpected.push_back(describe(d, front_end.sources, example, block,
                                          prepared.prefix_lines));
        }
    }
    std::string what = marker.kind == Marker::Kind::Complete ? "complete example"
                       : marker.kind == Marker::Kind::Error  ? "example of error " + marker.code
                                                             : "example of warning " + marker.code;
    what += " at " + where(block.first_line) +
            (alone ? " (checked on its own)" : " (checked with the rule pack in rules/)");
    if (marker.kind != Marker::Kind::Complete && !found) {
        problems.push_back(what + ": " + marker.code + " was not reported");
    }
    for (const std::string& text : unexpected) {
        problems.push_back(what + ": unexpected diagnostic " + text);
    }
    return problems;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& line : lines) out += line + "\n";
    return out;
}

}  // namespace

TEST_CASE("docs: language.md has well-formed fences and check markers") {
    Document doc = read_document();
    CHECK_MESSAGE(doc.problems.empty(), joined(doc.problems));
    for (const Block& block : doc.blocks) {
        INFO(where(block.fence_line) << ": fenced block");
        CHECK_MESSAGE(!block.language.empty(),
                      "every fenced block names its language (```netral, ```sh or ```ebnf)");
        if (block.marker) {
            CHECK_MESSAGE(block.language == "netral", "a check marker must precede a ```netral block");
            CHECK_MESSAGE(starts_with_declaration(block.text),
                          "a marked block must consist of declarations, not clause fragments");
        }
    }
}

TEST_CASE("docs: every netral block of language.md parses") {
    Document doc = read_document();
    std::size_t parsed = 0;
    for (const Block& block : doc.blocks) {
        if (block.language != "netral") continue;
        if (block.marker && block.marker->kind == Marker::Kind::Error &&
            is_parser_code(block.marker->code)) {
            continue;  // an example of a syntax error; checked with the marked blocks
        }
        Prepared prepared = prepare(block, {});
        netral::base::SourceMap sources;
        netral::base::DiagnosticSink sink;
        netral::base::FileId file = sources.add("example.rules", prepared.text);
        bool ok = netral::syntax::parse(sources, file, sink).has_value();
        std::vector<std::string> problems;
        for (const netral::base::Diagnostic& d : sink.sorted()) {
            problems.push_back(describe(d, sources, file, block, prepared.prefix_lines));
        }
        INFO("the ```netral block at " << where(block.fence_line) << " as parsed:\n"
                                       << prepared.text);
        CHECK_MESSAGE(ok, joined(problems));
        CHECK_MESSAGE(problems.empty(), joined(problems));
        ++parsed;
    }
    INFO(parsed << " netral blocks of docs/language.md parsed");
    CHECK(parsed >= 30);
}

TEST_CASE("docs: marked examples of language.md check as their markers say") {
    Document doc = read_document();
    std::size_t complete = 0;
    std::size_t errors = 0;
    std::size_t warnings = 0;
    for (const Block& block : doc.blocks) {
        if (!block.marker || block.language != "netral") continue;
        switch (block.marker->kind) {
            case Marker::Kind::Complete:
                ++complete;
                break;
            case Marker::Kind::Error:
                ++errors;
                break;
            case Marker::Kind::Warning:
                ++warnings;
                break;
        }
        std::vector<std::string> problems = check_marked(block);
        CHECK_MESSAGE(problems.empty(), joined(problems));
    }
    INFO(complete << " complete examples, " << errors << " error examples, " << warnings
                  << " warning examples");
    CHECK(complete >= 3);
    CHECK(errors >= 5);
}
