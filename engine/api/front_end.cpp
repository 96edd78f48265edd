// SPDX-License-Identifier: Apache-2.0
// The one front-end pipeline (parse every file, then check) and the conversion of internal
// diagnostics to the public shape.
#include "api/front_end.hpp"

#include <algorithm>
#include <optional>
#include <system_error>
#include <thread>

#include "base/worker_pool.hpp"
#include "syntax/parse.hpp"

namespace netral::api {

void run_front_end(FrontEnd& front_end, const std::vector<Source>& sources,
                   const CheckOptions& options, Stage stop_after) {
    for (const std::string& code : options.disabled_warnings) front_end.sink.disable_warning(code);
    // Identifier length is the checker's limit: only declared names are bounded (E9003).
    syntax::ParseLimits parse_limits{options.limits.max_file_bytes, options.limits.max_depth};
    std::vector<base::FileId> files;
    std::size_t bytes = 0;
    for (const Source& source : sources) {
        files.push_back(front_end.sources.add(source.path, source.text));
        bytes += source.text.size();
    }
    // Files parse independently: a large rule set is parsed on every core, each file into a
    // sink of its own, and the results are merged in file order, so the outcome is the same as
    // parsing one file after the other.
    std::vector<std::optional<syntax::Module>> parsed(files.size());
    std::vector<base::DiagnosticSink> sinks;
    sinks.reserve(files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
        sinks.emplace_back(front_end.sink.error_limit());
        for (const std::string& code : options.disabled_warnings)
            sinks.back().disable_warning(code);
    }
    auto parse_one = [&](std::size_t i) {
        parsed[i] = syntax::parse(front_end.sources, files[i], sinks[i], parse_limits);
    };
    constexpr std::size_t kParallelBytes = 256 * 1024;  // below this, threads cost more
    std::size_t threads =
        std::min<std::size_t>({files.size(), std::max(1u, std::thread::hardware_concurrency()), 8});
    std::optional<base::WorkerPool> pool;
    if (bytes >= kParallelBytes && threads > 1) {
        try {
            pool.emplace(threads - 1);  // the calling thread parses too
        } catch (const std::system_error&) {
            // No threads to be had: the calling thread parses every file.
        }
    }
    base::for_each_index(pool ? &*pool : nullptr, files.size(), parse_one);
    bool all_parsed = true;
    for (std::size_t i = 0; i < files.size(); ++i) {
        front_end.sink.absorb(sinks[i]);
        if (parsed[i]) {
            front_end.modules.push_back(std::move(*parsed[i]));
        } else {
            all_parsed = false;
        }
    }
    if (!all_parsed || stop_after == Stage::Parse || front_end.sink.has_errors()) return;
    check::CheckOptions check_options;
    check_options.max_identifier = options.limits.max_identifier;
    check_options.max_depth = options.limits.max_depth;
    check_options.max_rules = options.limits.max_rules;
    front_end.program =
        check::check(front_end.sources, front_end.modules, front_end.sink, check_options);
}

}  // namespace netral::api
