// SPDX-License-Identifier: Apache-2.0
// The message catalogues cannot drift apart: both languages have the same keys with the same
// fields, every template formats, every diagnostic code and every key the engine names has a
// text in both, and rendering picks the reader's language down to the words in the arguments.
#include "base/message.hpp"

#include <doctest/doctest.h>
#include <fmt/args.h>
#include <fmt/format.h>

#include <map>
#include <regex>
#include <set>

#include "base/message_catalogue.hpp"
#include "support.hpp"

namespace fs = std::filesystem;
using netral::Language;
using netral::base::CatalogueEntry;

namespace {

/// The positional fields a template uses ({0}, {1:>3}, …), as indices.
std::set<int> fields(std::string_view pattern) {
    std::set<int> out;
    std::regex field(R"(\{(\d+)[}:])");
    std::string text(pattern);
    for (std::sregex_iterator it(text.begin(), text.end(), field), end; it != end; ++it) {
        out.insert(std::stoi((*it)[1].str()));
    }
    return out;
}

std::map<std::string, std::string> as_map(const std::vector<CatalogueEntry>& entries,
                                          std::string_view name) {
    std::map<std::string, std::string> out;
    for (const CatalogueEntry& e : entries) {
        INFO(name << " catalogue gives key " << e.key << " twice");
        CHECK(out.emplace(std::string(e.key), std::string(e.pattern)).second);
    }
    return out;
}

/// Every string in engine/ that a regex's first group captures.
std::set<std::string> captured_in_engine(const std::regex& pattern) {
    std::set<std::string> out;
    for (const auto& entry :
         fs::recursive_directory_iterator(fs::path(NETRAL_TEST_DIR) / ".." / "engine")) {
        auto ext = entry.path().extension();
        if (ext != ".cpp" && ext != ".hpp") continue;
        std::string text = netral::testing::read_file(entry.path());
        for (std::sregex_iterator it(text.begin(), text.end(), pattern), end; it != end; ++it) {
            out.insert((*it)[1].str());
        }
    }
    return out;
}

std::set<std::string> codes_in_docs() {
    std::set<std::string> codes;
    std::string text =
        netral::testing::read_file(fs::path(NETRAL_TEST_DIR) / ".." / "docs" / "errors.md");
    std::regex heading("\n## ([EW][0-9]{4}) ");
    for (std::sregex_iterator it(text.begin(), text.end(), heading), end; it != end; ++it) {
        codes.insert((*it)[1].str());
    }
    return codes;
}

}  // namespace

TEST_CASE("messages: both catalogues have the same keys, the same fields, and formats that work") {
    auto english = as_map(netral::base::english_messages(), "the English");
    auto indonesian = as_map(netral::base::indonesian_messages(), "the Indonesian");
    REQUIRE(english.size() > 3);
    for (const auto& [key, pattern] : english) {
        INFO("key " << key);
        auto other = indonesian.find(key);
        CHECK_MESSAGE(other != indonesian.end(), "the Indonesian catalogue lacks it");
        if (other == indonesian.end()) continue;
        CHECK(fields(pattern) == fields(other->second));
        CHECK_FALSE(pattern.empty());
        CHECK_FALSE(other->second.empty());
        // Formats with as many arguments as its highest field asks for.
        std::set<int> used = fields(pattern);
        fmt::dynamic_format_arg_store<fmt::format_context> args;
        int count = used.empty() ? 0 : *used.rbegin() + 1;
        for (int i = 0; i < count; ++i) args.push_back(std::string("x"));
        CHECK_NOTHROW((void)fmt::vformat(pattern, args));
        CHECK_NOTHROW((void)fmt::vformat(other->second, args));
    }
    for (const auto& [key, pattern] : indonesian) {
        INFO("key " << key << " is only in the Indonesian catalogue");
        CHECK(english.count(key) == 1);
    }
}

TEST_CASE("messages: every diagnostic code in docs/errors.md has its message in both languages") {
    std::set<std::string> codes = codes_in_docs();
    REQUIRE(codes.size() > 40);
    for (const std::string& code : codes) {
        INFO("code " << code);
        CHECK_FALSE(netral::base::lookup(Language::English, code).empty());
        CHECK_FALSE(netral::base::lookup(Language::Indonesian, code).empty());
    }
}

TEST_CASE("messages: every key the engine names is in both catalogues") {
    std::set<std::string> keys =
        captured_in_engine(std::regex(R"re(\b(?:msg|word|lookup\(language,)\s*\(?\s*"([^"]+)")re"));
    REQUIRE(keys.size() > 3);
    for (const std::string& key : keys) {
        INFO("key " << key);
        CHECK_FALSE(netral::base::lookup(Language::English, key).empty());
        CHECK_FALSE(netral::base::lookup(Language::Indonesian, key).empty());
    }
}

TEST_CASE("messages: rendering fills the fields and translates word arguments") {
    using netral::base::msg;
    using netral::base::render;
    using netral::base::word;
    CHECK(render(msg("hint.did_you_mean", "kampanye"), Language::English) ==
          "did you mean `kampanye`?");
    CHECK(render(msg("hint.did_you_mean", "kampanye"), Language::Indonesian) ==
          "maksud Anda `kampanye`?");
    CHECK(render(msg("E9004", 100), Language::English) == "too many errors; stopped after 100");
    // A word argument is looked up in the reader's language.
    CHECK(render(msg("hint.did_you_mean", word("diag.note")), Language::Indonesian) ==
          "maksud Anda `catatan`?");
    // A word is itself a template without fields: its escaped braces come out single.
    CHECK(render(msg("E1002", word("word.syntax.set"), "`x`"), Language::English) ==
          "expected a set {…}, found `x`");
    CHECK(render(msg("E1002", word("word.syntax.set"), "`x`"), Language::Indonesian) ==
          "seharusnya sebuah himpunan {…}, tetapi ditemukan `x`");
    // A literal is the same in every language; a missing key stays visible.
    CHECK(render(netral::base::Message::literal("as written"), Language::Indonesian) ==
          "as written");
    CHECK(render(msg("no.such.key", "a"), Language::English) == "\u2039no.such.key\u203a: a");
}
