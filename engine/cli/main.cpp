// SPDX-License-Identifier: Apache-2.0
// The `netral` executable: exceptions stop here (only bad_alloc and I/O failures reach it).
#include <exception>
#include <iostream>

#include "cli/app.hpp"

int main(int argc, char** argv) {
    // The CLI uses only the C++ streams; unsynchronised, `netral eval -` reads its input lines in
    // blocks rather than a character at a time through stdio.
    std::ios::sync_with_stdio(false);
    try {
        std::vector<std::string> args(argv + 1, argv + argc);
        return netral::cli::run(args, std::cout, std::cerr,
                                netral::cli::Environment::from_process());
    } catch (const std::exception& error) {
        std::cerr << "netral: internal error: " << error.what() << "\n";
        return netral::cli::kExitInternal;
    }
}
