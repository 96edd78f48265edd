// SPDX-License-Identifier: Apache-2.0
// The test-case files named on a command line (`netral test`, `netral doc`): each directory
// contributes its *.yaml, *.yml and *.json files (not its subdirectories), each file itself.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace netral::cli {

/// The cases directory when a command is given none.
inline constexpr const char* kDefaultCases = "examples";

/// The case files named by `args`, sorted and without repeats, with the paths as given (a
/// directory's files as `DIR/name`). On a missing path, an unreadable directory or a directory
/// without case files returns none and sets `error` (a usage error), which calls the files
/// `what` ("test case", "incident file").
std::optional<std::vector<std::string>> case_files(const std::vector<std::string>& args,
                                                   std::string& error,
                                                   const std::string& what = "test case");

}  // namespace netral::cli
