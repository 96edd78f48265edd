// SPDX-License-Identifier: Apache-2.0
// A readable, stable rendering of the syntax tree (`netral check --dump-after parse`), used by
// the syntax golden tests to pin down what the grammar builds.
#pragma once

#include <string>

#include "syntax/ast.hpp"

namespace netral::syntax {

/// One node per line, indented by depth, with `@offset..end` spans.
std::string dump(const Module& module);

}  // namespace netral::syntax
