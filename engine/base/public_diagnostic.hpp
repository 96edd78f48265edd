// SPDX-License-Identifier: Apache-2.0
// Diagnostics in the public shape (include/netral/netral.hpp): internal ones converted with
// their locations and texts in one language, and usage errors, which have no place in a file.
// Every stage that hands diagnostics to a host (eval's options, what-if, the api) uses these.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.hpp"
#include "base/message.hpp"
#include "netral/netral.hpp"

namespace netral::base {

/// Converts internal diagnostics to the public shape, their texts in `language`; spans become
/// file:line:col locations through `sources` (an empty Location for a file it does not hold).
std::vector<netral::Diagnostic> to_public(const std::vector<Diagnostic>& diagnostics,
                                          const SourceMap& sources, Language language);

/// An error without a location (a bad option, a null handle), its texts rendered in `language`.
netral::Diagnostic usage_error(std::string_view code, const Message& message, const Message& hint,
                               Language language);

/// Diagnostics without a location as text: `error[E7010]: message` and the hint, a line each,
/// the words of the frame in `language`.
std::string usage_text(const std::vector<netral::Diagnostic>& diagnostics, Language language);

}  // namespace netral::base
