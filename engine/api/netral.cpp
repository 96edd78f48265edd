// SPDX-License-Identifier: Apache-2.0
// Implements the public façade in include/netral/netral.hpp over the internal pipeline.
#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>

#include "api/front_end.hpp"
#include "base/public_diagnostic.hpp"
#include "base/read_file.hpp"
#include "netral/netral.hpp"

namespace netral {

const char* version() { return NETRAL_VERSION; }

bool CheckReport::ok() const {
    return std::none_of(diagnostics_.begin(), diagnostics_.end(),
                        [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

CheckReport check_rules(const std::vector<Source>& sources, const CheckOptions& options) {
    api::FrontEnd front_end(options.limits.max_errors);
    api::run_front_end(front_end, sources, options);
    std::vector<base::Diagnostic> sorted = front_end.sink.sorted();
    CheckReport report;
    report.diagnostics_ = base::to_public(sorted, front_end.sources, options.language);
    report.text_ = base::render_text(sorted, front_end.sources, options.language, false);
    report.text_color_ = base::render_text(sorted, front_end.sources, options.language, true);
    report.json_ = to_json(report.diagnostics_);
    return report;
}

std::optional<std::vector<Source>> load_rule_directory(const std::string& directory,
                                                       std::string& error,
                                                       const Limits& limits) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(directory, ec)) {
        error = "`" + directory + "` is not a readable directory";
        return std::nullopt;
    }
    std::vector<fs::path> paths;
    fs::recursive_directory_iterator it(directory, fs::directory_options::skip_permission_denied,
                                        ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && it->path().extension() == ".rules") {
            paths.push_back(it->path());
            if (paths.size() > limits.max_files) {
                error = "more than " + std::to_string(limits.max_files) + " rule files in `" +
                        directory + "`";
                return std::nullopt;
            }
        }
    }
    if (ec) {
        error = "cannot read `" + directory + "`: " + ec.message();
        return std::nullopt;
    }
    if (paths.empty()) {
        error = "no rule files (*.rules) in `" + directory + "`";
        return std::nullopt;
    }
    std::sort(paths.begin(), paths.end());
    std::vector<Source> sources;
    for (const fs::path& path : paths) {
        // One byte past the limit at most: the parser reports the oversized file (E9001).
        std::string text;
        if (!base::read_file_bounded(path.string(), limits.max_file_bytes, text)) {
            error = "cannot read `" + path.string() + "`";
            return std::nullopt;
        }
        sources.push_back({path.lexically_normal().string(), std::move(text)});
    }
    return sources;
}

}  // namespace netral
