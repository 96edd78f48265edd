// SPDX-License-Identifier: Apache-2.0
// The identity of a rule set's text: the digest RuleSet::digest() reports, computable from the
// sources alone so that a command can name a rule set that does not compile (`netral check`).
#pragma once

#include <string>
#include <vector>

#include "netral/netral.hpp"

namespace netral::api {

/// "sha256:<hex>" over the files in name order: each file's name without its directories (so
/// the digest does not depend on where the rules are installed), NUL, its text, NUL. Files of
/// the same name are ordered by text. Thread-safe.
std::string rule_set_digest(const std::vector<Source>& sources);

}  // namespace netral::api
