// SPDX-License-Identifier: Apache-2.0
// A request target split into its path and its query parameters, percent-decoded, for the
// router (the path) and the routes that take options from the query string.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace netral::serve {

/// A request target, decoded.
struct Target {
    std::string path;  ///< the path, percent-decoded (`/v1/evaluate`)
    /// The query parameters in order, names and values percent-decoded, `+` read as a space;
    /// a name without `=` has an empty value.
    std::vector<std::pair<std::string, std::string>> query;
    bool valid = true;  ///< false: a malformed percent escape or a path not starting with `/`
};

/// Splits and decodes `target` (`/v1/evaluate?param.x=a&lang=en`).
Target parse_target(std::string_view target);

}  // namespace netral::serve
