// SPDX-License-Identifier: Apache-2.0
#include "cli/case_files.hpp"

#include <algorithm>
#include <filesystem>

namespace netral::cli {

namespace {

namespace fs = std::filesystem;

bool is_case_file(const fs::path& path) {
    std::string ext = path.extension().string();
    return ext == ".yaml" || ext == ".yml" || ext == ".json";
}

}  // namespace

std::optional<std::vector<std::string>> case_files(const std::vector<std::string>& args,
                                                   std::string& error, const std::string& what) {
    std::vector<std::string> files;
    for (const std::string& arg : args) {
        std::error_code ec;
        if (fs::is_directory(arg, ec)) {
            std::size_t before = files.size();
            for (const fs::directory_entry& entry : fs::directory_iterator(arg, ec)) {
                if (entry.is_regular_file(ec) && is_case_file(entry.path())) {
                    files.push_back((fs::path(arg) / entry.path().filename()).string());
                }
            }
            if (ec) {
                error = "cannot read the directory `" + arg + "`";
                return std::nullopt;
            }
            if (files.size() == before) {
                error = "no " + what + " (*.yaml, *.yml, *.json) in `" + arg + "`";
                return std::nullopt;
            }
        } else if (fs::is_regular_file(arg, ec)) {
            files.push_back(arg);
        } else {
            error = "no such file or directory `" + arg + "`";
            return std::nullopt;
        }
    }
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    return files;
}

}  // namespace netral::cli
