// SPDX-License-Identifier: Apache-2.0
// The command line of `netral whatif`, shared by its three forms: one incident with changes
// (whatif_command.cpp), a scenario file (whatif_scenario.cpp) and --explore
// (whatif_explore.cpp).
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "netral/netral.hpp"

namespace netral::cli {

/// Every option of `netral whatif`, as parsed.
struct WhatifArgs {
    std::vector<std::string> inputs;       ///< INCIDENT or SCENARIO (exactly one)
    std::vector<std::string> sets;         ///< --set PATH=VALUE, in order
    std::vector<std::string> unsets;       ///< --unset PATH, in order
    std::vector<std::string> params;       ///< --param NAME=VALUE (changed side)
    std::string as_of;                     ///< --as-of (changed side); empty: today
    std::vector<std::string> base_params;  ///< --base-param NAME=VALUE
    std::string base_as_of;                ///< --base-as-of; empty: --as-of
    std::string rules;                     ///< --rules
    std::string format = "text";           ///< text, json or markdown
    std::string lang;                      ///< id or en
    std::string color;                     ///< --color, for the rule set's diagnostics
    bool explore = false;                  ///< --explore
    std::string depth = "1";               ///< --depth 1|2, with --explore
    std::size_t budget = 10000;            ///< --budget N, with --explore
    CheckOptions options;                  ///< limits and disabled warnings
    std::vector<std::string> given;        ///< long names of the options given, e.g. "--set"

    /// Whether `option` ("--set") was given on the command line.
    bool has(std::string_view option) const {
        return std::find(given.begin(), given.end(), option) != given.end();
    }
};

}  // namespace netral::cli
