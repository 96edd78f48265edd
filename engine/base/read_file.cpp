// SPDX-License-Identifier: Apache-2.0
// Implements read_file_bounded (read_file.hpp).
#include "base/read_file.hpp"

#include <array>
#include <fstream>

namespace netral::base {

bool read_file_bounded(const std::string& path, std::size_t limit, std::string& text) {
    text.clear();
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::array<char, std::size_t{64} * 1024> chunk{};
    while (in && text.size() <= limit) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        text.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) return false;
    if (text.size() > limit) text.resize(limit + 1);
    return true;
}

}  // namespace netral::base
