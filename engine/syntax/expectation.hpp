// SPDX-License-Identifier: Apache-2.0
// The names the grammar gives its rules are English: X3 reports them as what it expected. This
// maps each to a catalogue word, so "expected …" reads in the reader's language.
#pragma once

#include <string_view>

#include "base/message.hpp"

namespace netral::syntax {

/// The catalogue word for a grammar rule's name; a name that is only code (`` `}` ``,
/// `` `table` ``) or unknown stays a literal, shown as written in every language.
base::MessageArg expectation(std::string_view name);

}  // namespace netral::syntax
