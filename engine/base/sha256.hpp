// SPDX-License-Identifier: Apache-2.0
// SHA-256 (FIPS 180-4), for the content digest of a rule set. Small and dependency-free: the
// engine needs one digest per compilation, not a crypto library.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace netral::base {

class Sha256 {
public:
    Sha256();
    void update(std::string_view bytes);
    /// The digest as 64 lower-case hex digits; the object is spent afterwards.
    std::string hex();

private:
    void block(const std::uint8_t* data);
    std::array<std::uint32_t, 8> state_;
    std::array<std::uint8_t, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t length_ = 0;  ///< bytes hashed so far
};

}  // namespace netral::base
