// SPDX-License-Identifier: Apache-2.0
#include "cli/color.hpp"

#include <string>

namespace netral::cli {

bool use_color(std::string_view when, const Environment& environment, Stream stream) {
    if (when == "always") return true;
    if (when == "never") return false;
    if (environment.getenv) {
        auto no_color = environment.getenv("NO_COLOR");
        if (no_color && !no_color->empty()) return false;
    }
    switch (stream) {
        case Stream::Out:
            return environment.stdout_is_terminal;
        case Stream::Err:
            return environment.stderr_is_terminal;
    }
    return false;
}

std::string red(std::string_view text, bool color) {
    if (!color) return std::string(text);
    return "\033[1;31m" + std::string(text) + "\033[0m";
}

}  // namespace netral::cli
