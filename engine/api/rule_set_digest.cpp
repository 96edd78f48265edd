// SPDX-License-Identifier: Apache-2.0
#include "api/rule_set_digest.hpp"

#include <algorithm>
#include <string_view>
#include <utility>

#include "base/sha256.hpp"

namespace netral::api {

std::string rule_set_digest(const std::vector<Source>& sources) {
    std::vector<std::pair<std::string, const std::string*>> files;
    for (const Source& source : sources) {
        std::string name = source.path;
        auto slash = name.find_last_of("/\\");
        if (slash != std::string::npos) name = name.substr(slash + 1);
        files.emplace_back(std::move(name), &source.text);
    }
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : *a.second < *b.second;
    });
    base::Sha256 sha;
    for (const auto& [name, text] : files) {
        sha.update(name);
        sha.update(std::string_view("\0", 1));
        sha.update(*text);
        sha.update(std::string_view("\0", 1));
    }
    return "sha256:" + sha.hex();
}

}  // namespace netral::api
