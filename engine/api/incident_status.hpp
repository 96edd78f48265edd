// SPDX-License-Identifier: Apache-2.0
// How a refused incident is classed, shared by decide() and the C API's what-if so that both
// call the same input unreadable or invalid.
#pragma once

#include <vector>

#include "netral/netral.hpp"

namespace netral::api {

/// True when the first error is one of reading the text (E6001–E6009): the input is not a
/// document at all, rather than a document that is not a valid incident.
bool unreadable(const std::vector<Diagnostic>& diagnostics);

}  // namespace netral::api
