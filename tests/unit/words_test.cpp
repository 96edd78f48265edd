// SPDX-License-Identifier: Apache-2.0
// The evaluator's words (engine/eval/words.hpp): both tables complete and in key order, the same
// placeholders in both languages, and say() filling them with language-neutral values and Texts.
#include "eval/words.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace {

using netral::Text;
using netral::eval::say;
using netral::eval::Word;
using netral::eval::WordTable;

std::size_t placeholders(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t at = text.find("{}"); at != std::string_view::npos;
         at = text.find("{}", at + 2)) {
        ++count;
    }
    return count;
}

}  // namespace

TEST_CASE("eval words: both tables are complete and in key order") {
    for (bool english : {false, true}) {
        const WordTable& table = netral::eval::word_table(english);
        for (std::size_t i = 0; i < table.size(); ++i) {
            INFO((english ? "English" : "Indonesian") << " entry " << i);
            CHECK(static_cast<std::size_t>(table[i].key) == i);
            CHECK_FALSE(table[i].text.empty());
        }
    }
}

TEST_CASE("eval words: each word has the same placeholders in both languages") {
    const WordTable& indonesian = netral::eval::word_table(false);
    const WordTable& english = netral::eval::word_table(true);
    for (std::size_t i = 0; i < indonesian.size(); ++i) {
        INFO("entry " << i << ": " << english[i].text);
        CHECK(placeholders(indonesian[i].text) == placeholders(english[i].text));
        // A word without placeholders is a word, not an id: it must be translated.
        if (placeholders(english[i].text) == 0) CHECK(indonesian[i].text != english[i].text);
    }
}

TEST_CASE("eval words: say fills placeholders in order, per language") {
    struct Case {
        const char* name;
        Text said;
        Text expected;
    };
    const std::string path = "acts[a2].date";
    const Text heaviest{"terberat", "heaviest"};
    const Case cases[] = {
        {"no placeholder", say(Word::DetailInexactDate), {"tanggal tidak pasti", "inexact date"}},
        {"a fact path",
         say(Word::NeedExactDay, {path}),
         {"acts[a2].date (tanggal pasti hingga hari)", "acts[a2].date (exact day)"}},
        {"a table name",
         say(Word::NeedTableRow, {std::string("calendar")}),
         {"baris tabel calendar", "a row of table calendar"}},
        {"a Text and ids",
         say(Word::StepCombine, {std::string("2"), heaviest, std::string("medium")}),
         {"2 temuan; kategori terberat: medium", "2 finding(s); heaviest category: medium"}},
        {"a what-if change's label",
         say(Word::DetailSetByWhatIf, {std::string("--set #1")}),
         {"diubah oleh what-if --set #1", "set by what-if --set #1"}},
        {"a missing argument stays empty",
         say(Word::DetailSetByRule),
         {"ditetapkan oleh aturan ", "set by rule "}},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        CHECK(c.said.id == c.expected.id);
        CHECK(c.said.en == c.expected.en);
    }
}
