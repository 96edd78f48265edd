// SPDX-License-Identifier: Apache-2.0
// The public test-case API (include/netral/test.hpp): run_case() on in-memory incidents against
// the small CLI rule set, one table row per way a case can end, and coverage() over the results.
// The CLI goldens (tests/cli, `test_*`) pin the rendered output; this pins the values.
#include "netral/test.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cases/expectation.hpp"
#include "rule_sets.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

namespace {

std::shared_ptr<const netral::RuleSet> eval_rules() {
    return netral::testing::compiled_rules(fs::path(NETRAL_TEST_DIR) / "cli" / "rules" / "eval" /
                                           "rules");
}

/// A rally incident (medium from rule `rally`) followed by `expect_block`.
std::string rally_with(const std::string& expect_block) {
    return "id: T\ndecided: 2024-12-01\nacts:\n  - id: a1\n    date: 2024-10-05\n"
           "    kind: campaign_event\n" +
           expect_block;
}

struct CaseRow {
    std::string name;                    ///< what the row shows
    std::string expect_block;            ///< the `expect` block appended to the rally
    netral::CaseStatus expected_status;  ///< how the case must end
    std::string expected_mismatch;       ///< the first mismatch, or empty
    std::string expected_difference;     ///< a part of the first trail difference, or empty
    std::string expected_code;           ///< the first diagnostic code, or empty
};

}  // namespace

TEST_CASE("test api: run_case ends passed, failed or invalid") {
    const std::vector<CaseRow> rows = {
        {"all keys hold",
         "expect:\n  category: medium\n  review: false\n  sanctions: [medium.cut_6m, "
         "medium.cut_9m]\n  recommended: medium.cut_6m\n  findings: [rally]\n  citations: [\"PP "
         "94/2021 Pasal 5 huruf n\"]\n  referrals: []\n  tracks: { discipline: medium }\n",
         netral::CaseStatus::Passed, "", "", ""},
        {"params change the sanctions",
         "expect:\n  params: { series: delays }\n  category: medium\n  review: false\n"
         "  sanctions: [medium.delay_1y, medium.demotion_1y]\n",
         netral::CaseStatus::Passed, "", "", ""},
        {"wrong category", "expect:\n  category: heavy\n  review: false\n",
         netral::CaseStatus::Failed, "category expected heavy, got medium",
         "cli.rules:96) gave medium on act a1", ""},
        {"unexpected finding", "expect:\n  category: medium\n  review: false\n  findings: []\n",
         netral::CaseStatus::Failed, "findings unexpected [rally]", "rule rally (", ""},
        {"citation not made by the decision",
         "expect:\n  category: medium\n  review: false\n  citations: [\"PP 94/2021 Pasal 5 "
         "huruf n angka 5\"]\n",
         netral::CaseStatus::Failed, "citation `PP 94/2021 Pasal 5 huruf n angka 5` not cited",
         "it is cited by rule harm_post", ""},
        {"uncited citation not made",
         "expect:\n  category: medium\n  review: false\n  uncited: [\"PP 94/2021 Pasal 5 huruf n "
         "angka 5\"]\n",
         netral::CaseStatus::Passed, "", "", ""},
        {"uncited citation made in force",
         "expect:\n  category: medium\n  review: false\n  uncited: [\"PP 94/2021 Pasal 5 huruf "
         "n\"]\n",
         netral::CaseStatus::Failed,
         "citation `PP 94/2021 Pasal 5 huruf n` cited in force",
         "the decision cites `PP 94/2021 Pasal 5 huruf n angka 1` in force", ""},
        {"uncited citation the rule set never makes",
         "expect:\n  category: medium\n  review: false\n  uncited: [\"PP 94/2021 Pasal 99\"]\n",
         netral::CaseStatus::Invalid, "", "", "E8006"},
        {"no expect block", "", netral::CaseStatus::Invalid, "", "", "E8001"},
        {"unknown key", "expect:\n  category: medium\n  review: false\n  finding: [rally]\n",
         netral::CaseStatus::Invalid, "", "", "E8002"},
        {"review not a boolean", "expect:\n  category: medium\n  review: yes\n",
         netral::CaseStatus::Invalid, "", "", "E8003"},
        {"unknown sanction",
         "expect:\n  category: medium\n  review: false\n  sanctions: [medium.cut_7m]\n",
         netral::CaseStatus::Invalid, "", "", "E8004"},
        {"unknown rule", "expect:\n  category: medium\n  review: false\n  findings: [ralley]\n",
         netral::CaseStatus::Invalid, "", "", "E8005"},
        {"missing review", "expect:\n  category: medium\n", netral::CaseStatus::Invalid, "", "",
         "E8009"},
    };
    for (const CaseRow& row : rows) {
        SUBCASE(row.name.c_str()) {
            netral::CaseResult result =
                netral::run_case(eval_rules(), {"case.yaml", rally_with(row.expect_block)});
            INFO(result.text);
            CHECK(result.status == row.expected_status);
            if (!row.expected_mismatch.empty()) {
                REQUIRE_FALSE(result.mismatches.empty());
                CHECK(result.mismatches.front() == row.expected_mismatch);
            }
            if (!row.expected_difference.empty()) {
                CHECK(result.first_difference.find(row.expected_difference) != std::string::npos);
            }
            if (!row.expected_code.empty()) {
                REQUIRE_FALSE(result.diagnostics.empty());
                CHECK(result.diagnostics.front().code == row.expected_code);
                CHECK(result.diagnostics.front().location.line > 0);
            }
            CHECK(result.decision.has_value() ==
                  (row.expected_status != netral::CaseStatus::Invalid));
        }
    }
}

TEST_CASE("test api: a citation shown as not in force does not count as uncited's breach") {
    // Decided before PP 94/2021 was in force: the rally's citation is shown, not relied on.
    const std::string incident =
        "id: T\ndecided: 2021-01-04\nacts:\n  - id: a1\n    date: 2020-10-05\n"
        "    kind: campaign_event\nexpect:\n  category: medium\n  review: true\n"
        "  review_kinds: [validity]\n  citations: [\"PP 94/2021 Pasal 5 huruf n angka 1\"]\n"
        "  uncited: [\"PP 94/2021 Pasal 5 huruf n angka 1\"]\n";
    netral::CaseResult result = netral::run_case(eval_rules(), {"case.yaml", incident});
    INFO(result.text);
    CHECK(result.status == netral::CaseStatus::Passed);
}

TEST_CASE("test api: coverage counts the rules the decisions name") {
    std::vector<netral::CaseResult> cases = {netral::run_case(
        eval_rules(), {"case.yaml", rally_with("expect:\n  category: medium\n  review: false\n")})};
    netral::CoverageReport report = netral::coverage(*eval_rules(), cases);
    CHECK(report.rules == 2);
    REQUIRE(report.uncovered_rules.size() == 1);
    CHECK(report.uncovered_rules.front().id == "harm_post");
    CHECK(report.uncovered_citations ==
          std::vector<std::string>{"PP 94/2021 Pasal 5 huruf n angka 5"});
    CHECK_FALSE(report.complete());
}

TEST_CASE("test api: a listed citation matches itself and more precise ones only") {
    struct Row {
        std::string expected;  ///< as listed in `citations`
        std::string actual;    ///< as a rule cites it
        bool matches;          ///< whether the listed one is satisfied
    };
    const std::vector<Row> rows = {
        {"PP 94/2021 Pasal 14", "PP 94/2021 Pasal 14", true},
        {"PP 94/2021 Pasal 14", "PP 94/2021 Pasal 14 huruf i angka 3", true},
        {"PP 94/2021 Pasal 1", "PP 94/2021 Pasal 14", false},
        {"PP 94/2021 Pasal 14 huruf i", "PP 94/2021 Pasal 14", false},
    };
    for (const Row& row : rows) {
        INFO(row.expected << " vs " << row.actual);
        CHECK(netral::cases::citation_matches(row.expected, row.actual) == row.matches);
    }
}
