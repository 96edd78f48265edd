// SPDX-License-Identifier: Apache-2.0
// What the opaque handles of include/netral/netral.h hold. They are global-namespace structs
// because the C header declares them so; each wraps an immutable value of the C++ API.
#pragma once

#include <memory>

#include "netral/decision.hpp"
#include "netral/evaluate.hpp"

/// A compiled rule set, shared with the decisions and facts made from it.
struct netral_rules {
    std::shared_ptr<const netral::RuleSet> rules;  ///< never null
};

/// A decision kept for rendering; a plain value that refers to no rule set.
struct netral_decision {
    netral::Decision decision;  ///< as decide() made it
};
