// SPDX-License-Identifier: Apache-2.0
// Reading an input file without trusting its size: at most one byte past a limit is read, so the
// caller can report an oversized file (with its own diagnostic) without ever holding it whole.
#pragma once

#include <cstddef>
#include <string>

namespace netral::base {

/// Reads `path` into `text`, stopping after `limit + 1` bytes (so `text.size() > limit` tells
/// that the file is larger than the limit). Reads in chunks, so the text's capacity stays near
/// its size however high the limit. False when the file cannot be opened or read.
bool read_file_bounded(const std::string& path, std::size_t limit, std::string& text);

}  // namespace netral::base
