// SPDX-License-Identifier: Apache-2.0
// A large rule set is parsed on several threads (api/front_end.cpp); its diagnostics must be the
// ones of parsing its files one after another: same errors, same order, same error limit.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "netral/netral.hpp"

namespace {

/// Rule files with a syntax error each, and, when `pad`, enough comment-only files to take the
/// rule set past the size at which files are parsed in parallel.
std::vector<netral::Source> broken_set(bool pad) {
    std::vector<netral::Source> out;
    for (int i = 0; i < 6; ++i) {
        out.push_back({"broken-" + std::to_string(i) + ".rules",
                       "rule r" + std::to_string(i) + " \"R\" {\n  when x ==\n}\n"});
        if (!pad) continue;
        std::string comments;
        while (comments.size() < 64 * 1024) comments += "# padding line of a large rule set\n";
        out.push_back({"pad-" + std::to_string(i) + ".rules", comments});
    }
    return out;
}

}  // namespace

TEST_CASE("parallel parse: the same diagnostics, in the same order, as one file at a time") {
    netral::CheckReport sequential = netral::check_rules(broken_set(false));
    netral::CheckReport parallel = netral::check_rules(broken_set(true));
    REQUIRE(sequential.diagnostics().size() >= 6);
    REQUIRE(parallel.diagnostics().size() == sequential.diagnostics().size());
    for (std::size_t i = 0; i < parallel.diagnostics().size(); ++i) {
        const netral::Diagnostic& a = parallel.diagnostics()[i];
        const netral::Diagnostic& b = sequential.diagnostics()[i];
        CHECK(a.code == b.code);
        CHECK(a.location.file == b.location.file);
        CHECK(a.location.line == b.location.line);
        CHECK(a.message == b.message);
    }
}

TEST_CASE("parallel parse: the error limit stops at the same error") {
    netral::CheckOptions options;
    options.limits.max_errors = 3;
    netral::CheckReport sequential = netral::check_rules(broken_set(false), options);
    netral::CheckReport parallel = netral::check_rules(broken_set(true), options);
    REQUIRE(parallel.diagnostics().size() == sequential.diagnostics().size());
    CHECK(parallel.diagnostics().back().code == "E9004");
    CHECK(parallel.diagnostics().back().location.file ==
          sequential.diagnostics().back().location.file);
}
