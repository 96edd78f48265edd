// SPDX-License-Identifier: Apache-2.0
// Runs the front end (parse every file, then check them together) and keeps every artefact, so
// the public API, the CLI and the tests share one pipeline.
#pragma once

#include <optional>
#include <vector>

#include "base/diagnostic.hpp"
#include "check/checker.hpp"
#include "netral/netral.hpp"
#include "syntax/ast.hpp"

namespace netral::api {

/// Everything one run of the front end produced. Not thread-safe; one per run.
struct FrontEnd {
    base::SourceMap sources;                      ///< the files, by FileId
    base::DiagnosticSink sink;                    ///< every diagnostic of every stage
    std::vector<syntax::Module> modules;          ///< files that parsed
    std::optional<check::ir::Program> program;    ///< present when there was no error

    explicit FrontEnd(std::size_t max_errors) : sink(max_errors) {}
};

/// Stages the front end can stop after (`--dump-after`).
enum class Stage { Parse, Check };

/// Parses and checks `sources`. Parsing continues over all files so every syntax error is
/// reported; checking runs only when every file parsed.
void run_front_end(FrontEnd& front_end, const std::vector<Source>& sources,
                   const CheckOptions& options, Stage stop_after = Stage::Check);

}  // namespace netral::api
