// SPDX-License-Identifier: Apache-2.0
// One input of `netral eval` evaluated into everything the command may print about it: the
// rendering asked for, its JSON line, its summary row and its diagnostics. Pure work on shared,
// read-only state, so the worker threads of a batch run it side by side (docs/batch.md).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "netral/evaluate.hpp"

namespace netral::cli {

/// What `netral eval` prints for each input.
enum class BatchOutput {
    Each,     ///< the whole decision in `format` (text, markdown or json)
    Summary,  ///< nothing per input; one summary row each, as a table at the end
    Lines,    ///< one JSON line each: the decision, or an error object
};

/// What every input of one batch shares. Read-only while the batch runs.
struct BatchContext {
    std::shared_ptr<const RuleSet> rules;  ///< the compiled rule set
    EvalOptions options;                   ///< already checked (check_eval_options)
    IncidentLimits limits;                 ///< bounds on each input
    BatchOutput output = BatchOutput::Each;
    Format format = Format::Text;  ///< BatchOutput::Each: the rendering
    Language language = Language::Indonesian;
    Detail detail = Detail::Summary;  ///< text and Markdown: how much of the trail
    bool json_lines = false;          ///< also make the JSON line (--jsonl FILE)
    /// Each + json over several inputs (one array): an input that gives no decision is its
    /// error object in the array, so the array keeps one element per input, in order.
    bool error_objects = false;
};

/// One input: a file named on the command line, or one line of standard input.
struct BatchInput {
    std::string name;      ///< the path, or `<stdin>:N`
    std::size_t line = 0;  ///< standard input: the line number from 1; 0 for a file
    std::string text;      ///< standard input: the line without its end; a file: read by the
                           ///< worker
};

/// One row of the summary table.
struct SummaryRow {
    std::string file;      ///< the input's name
    bool valid = false;    ///< false: the input could not be read or is not a valid incident
    std::string error;     ///< !valid: `E6021 unknown key …` (the first error) and how many more
    std::string incident;  ///< the incident's id, `-` when it has none
    std::string category;  ///< the outcome's category id
    std::string sanction;  ///< the sanction recommended on the outcome's track, `-` when none
    std::vector<std::string> review;  ///< kinds of the review items, each once, first seen first
    std::size_t findings = 0;         ///< findings that count (displaced ones left out)
};

/// Everything printed about one input, computed by a worker.
struct BatchResult {
    bool valid = false;       ///< an incident read and evaluated
    std::string output;       ///< Each: the rendering (empty when invalid, or the error object
                              ///< with error_objects); Lines: the JSON line
    std::string json_line;    ///< with BatchContext::json_lines (or Lines): the JSON line
    std::string diagnostics;  ///< for standard error; empty when valid and without warnings
    SummaryRow row;           ///< for the summary table
};

/// Reads (a file), loads, evaluates and renders one input. Thread-safe: any number of calls may
/// share one context. Never throws for bad input (only std::bad_alloc escapes).
BatchResult evaluate_input(const BatchContext& context, BatchInput& input);

/// The error object of JSON Lines output for an input that gave no decision (docs/batch.md):
/// `{"source":…,"line":N,"error":{…},"diagnostics":[…]}` on one line, ending in a new line.
/// `line` is left out for a file. Standard input's locations name `<stdin>` and the input line.
std::string error_line(const BatchInput& input, const std::vector<Diagnostic>& diagnostics);

}  // namespace netral::cli
