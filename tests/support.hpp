// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the test drivers: reading files, golden comparison with UPDATE_GOLDEN.
#pragma once

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace netral::testing {

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

inline void write_file(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

inline bool updating_goldens() {
    const char* value = std::getenv("UPDATE_GOLDEN");
    return value != nullptr && std::string(value) == "1";
}

/// Compares `actual` with the golden file; with UPDATE_GOLDEN=1 rewrites it instead. A missing
/// golden fails (and is written when updating), so a new case cannot pass by accident.
inline void check_golden(const std::filesystem::path& golden, const std::string& actual) {
    if (updating_goldens()) {
        write_file(golden, actual);
        return;
    }
    INFO("golden file: " << golden.string());
    REQUIRE_MESSAGE(std::filesystem::exists(golden),
                    "missing golden; run with UPDATE_GOLDEN=1 to create it");
    std::string expected = read_file(golden);
    if (expected != actual) {
        MESSAGE("actual output:\n" << actual);
    }
    CHECK(expected == actual);
}

}  // namespace netral::testing
