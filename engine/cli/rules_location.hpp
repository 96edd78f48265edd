// SPDX-License-Identifier: Apache-2.0
// Which rule set a command uses and why: the directory given, else $NETRAL_RULES, else the
// bundled rules. Every command names it (path, origin, digest) so that a run on the wrong
// rules is visible; docs/decisions.md says where each command prints it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cli/app.hpp"

namespace netral::cli {

/// Where a rule set came from.
enum class RulesOrigin {
    Argument,     ///< RULES_DIR or --rules on the command line
    Environment,  ///< $NETRAL_RULES
    Bundled,      ///< next to the executable, under the install prefix, or the source tree's
};

/// A rules directory and how it was chosen.
struct RulesLocation {
    std::string path;                            ///< as given, or normalised when found
    RulesOrigin origin = RulesOrigin::Argument;  ///< why this directory
};

/// The rules directory: `given` when not empty, else $NETRAL_RULES, else the bundled rules next
/// to the executable (`rules/`, `../rules/`), under the install prefix
/// (`../share/netral/rules/`) or in the source tree. None when there is none.
std::optional<RulesLocation> find_rules(const std::string& given, const Environment& environment);

/// The origin as JSON writes it: "argument", "environment" or "bundled".
std::string_view to_string(RulesOrigin origin);

/// `rule set: PATH, DIGEST`, with `(bundled)` or `(from NETRAL_RULES)` after the path, and a
/// new line.
std::string rule_set_line(const RulesLocation& location, const std::string& digest);

/// `{"path":…,"origin":…,"digest":…}` on one line, for JSON reports.
std::string rule_set_json(const RulesLocation& location, const std::string& digest);

/// When the bundled rules are used although the current directory has a `rules/` directory of
/// its own, the warning that says so (one line); otherwise empty.
std::string local_rules_warning(const RulesLocation& location, const Environment& environment);

}  // namespace netral::cli
