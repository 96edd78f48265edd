// SPDX-License-Identifier: Apache-2.0
// The error catalogue cannot drift: every diagnostic code the engine can emit has an entry in
// docs/errors.md, and every entry there names a code the engine emits.
#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "support.hpp"

namespace fs = std::filesystem;

namespace {

/// Codes written as string literals ("E1234", "W5010") anywhere in engine/.
std::set<std::string> codes_in_engine() {
    std::set<std::string> codes;
    std::regex literal("\"([EW][0-9]{4})\"");
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(NETRAL_TEST_DIR) / ".." /
                                                              "engine")) {
        auto ext = entry.path().extension();
        if (ext != ".cpp" && ext != ".hpp") continue;
        std::string text = netral::testing::read_file(entry.path());
        for (std::sregex_iterator it(text.begin(), text.end(), literal), end; it != end; ++it) {
            codes.insert((*it)[1].str());
        }
    }
    return codes;
}

std::set<std::string> codes_in_docs() {
    std::set<std::string> codes;
    std::string text = netral::testing::read_file(fs::path(NETRAL_TEST_DIR) / ".." / "docs" /
                                                  "errors.md");
    std::regex heading("\n## ([EW][0-9]{4}) ");
    for (std::sregex_iterator it(text.begin(), text.end(), heading), end; it != end; ++it) {
        codes.insert((*it)[1].str());
    }
    return codes;
}

}  // namespace

TEST_CASE("docs: every diagnostic code has an entry in docs/errors.md and no entry is stale") {
    std::set<std::string> emitted = codes_in_engine();
    std::set<std::string> documented = codes_in_docs();
    REQUIRE(emitted.size() > 40);
    for (const std::string& code : emitted) {
        INFO("code " << code << " is emitted by engine/ but not documented");
        CHECK(documented.count(code) == 1);
    }
    for (const std::string& code : documented) {
        INFO("docs/errors.md documents " << code << ", which engine/ never emits");
        CHECK(emitted.count(code) == 1);
    }
}
