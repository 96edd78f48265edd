// SPDX-License-Identifier: Apache-2.0
// The public façade (include/netral/netral.hpp): its promises on odd input. check_rules never
// throws for bad input, and load_rule_directory reads files whole however high the limit.
#include <doctest/doctest.h>

#include <filesystem>
#include <limits>
#include <string>

#include "netral/netral.hpp"
#include "support.hpp"

namespace {

/// A fresh, empty directory under the system's temporary directory.
std::filesystem::path scratch_directory(const std::string& name) {
    std::filesystem::path dir = std::filesystem::temp_directory_path() / ("netral-api-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

}  // namespace

TEST_CASE("check_rules: a rule set of no files is a diagnostic, not an exception") {
    netral::CheckOptions options;
    options.language = netral::Language::English;
    netral::CheckReport report = netral::check_rules({}, options);
    CHECK_FALSE(report.ok());
    REQUIRE(report.diagnostics().size() == 1);
    const netral::Diagnostic& d = report.diagnostics().front();
    CHECK(d.code == "E2010");
    CHECK(d.location.file.empty());
    CHECK(d.location.line == 0);
    CHECK(report.text().rfind("<rule set>: error[E2010]: ", 0) == 0);
    CHECK(report.json().find(R"("file":"","line":0)") != std::string::npos);
}

TEST_CASE("load_rule_directory: reads whole files whatever the byte limit") {
    struct LimitCase {
        const char* name;              ///< what the row shows
        std::size_t max_file_bytes;    ///< the limit given
        std::size_t expected_size;     ///< bytes of the 10-byte file that are read
    };
    const LimitCase cases[] = {
        {"the default limit", netral::Limits{}.max_file_bytes, 10},
        {"the largest limit", std::numeric_limits<std::size_t>::max(), 10},
        {"a limit below the size", 4, 5},
    };
    std::filesystem::path dir = scratch_directory("limits");
    netral::testing::write_file(dir / "a.rules", "module a\n#");
    for (const LimitCase& row : cases) {
        SUBCASE(row.name) {
            netral::Limits limits;
            limits.max_file_bytes = row.max_file_bytes;
            std::string error;
            auto sources = netral::load_rule_directory(dir.string(), error, limits);
            REQUIRE(sources.has_value());
            REQUIRE(sources->size() == 1);
            CHECK(sources->front().text.size() == row.expected_size);
            CHECK(error.empty());
        }
    }
    std::filesystem::remove_all(dir);
}
