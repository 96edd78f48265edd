// SPDX-License-Identifier: Apache-2.0
// The summary `netral eval` prints for several incidents: one aligned row per input — file,
// incident id, category, recommended sanction, findings, review — and a totals line.
#pragma once

#include <string>
#include <vector>

#include "cli/batch.hpp"

namespace netral::cli {

/// The table of `rows` in input order, columns aligned with two spaces, ids as the rule pack
/// spells them (language-neutral), and the totals line last. An invalid input's row shows its
/// first error in place of the decision's columns. Deterministic.
std::string summary_table(const std::vector<SummaryRow>& rows);

}  // namespace netral::cli
