// SPDX-License-Identifier: Apache-2.0
// The two catalogues as written, before sorting; only message.cpp and message_test use them.
#pragma once

#include <vector>

#include "base/message.hpp"

namespace netral::base {

/// The English templates, in the order written.
std::vector<CatalogueEntry> english_messages();
/// The Indonesian templates, in the order written.
std::vector<CatalogueEntry> indonesian_messages();

}  // namespace netral::base
