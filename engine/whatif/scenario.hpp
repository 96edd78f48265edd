// SPDX-License-Identifier: Apache-2.0
// The scenario runner behind the public run_scenario() (include/netral/scenario.hpp): the
// scenario file read strictly, the base incident taken from the caller and loaded once, every
// variant's changes resolved against it and each variant run through what_if().
#pragma once

#include "io/load_incident.hpp"
#include "netral/scenario.hpp"
#include "whatif/rule_set_view.hpp"

namespace netral::whatif {

/// Runs `scenario` against `rules` (see netral::run_scenario). The base incident is
/// `base_incident.incident` when given, else the text its loader returns for the path `base:`
/// names; this function opens no file itself. Diagnostics in `language`. Never throws for bad
/// input; reentrant.
ScenarioResult run_scenario(const RuleSetView& rules, const Source& scenario,
                            const ScenarioBase& base_incident, const io::Limits& io_limits,
                            Language language, const ScenarioBounds& bounds);

}  // namespace netral::whatif
