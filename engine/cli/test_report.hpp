// SPDX-License-Identifier: Apache-2.0
// How `netral test` prints its results: one line per failing case and the closing
// `N passed, N failed` as text, or one JSON document; the coverage report in either form.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "netral/test.hpp"

namespace netral::cli {

/// Prints the failures (`FAIL` in red when `color`), the coverage report when given, and the
/// closing count line.
void print_test_text(std::ostream& out, const std::vector<CaseResult>& cases,
                     const CoverageReport* coverage, bool color);

/// Prints the rule set (`rule_set`, the JSON text of rule_set_json()), every case with its
/// diagnostics in their one JSON form (to_json), the counts and the coverage report when given,
/// as one JSON object.
void print_test_json(std::ostream& out, const std::string& rule_set,
                     const std::vector<CaseResult>& cases, const CoverageReport* coverage);

}  // namespace netral::cli
