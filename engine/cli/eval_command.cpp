// SPDX-License-Identifier: Apache-2.0
// `netral eval INCIDENT|DIR|-...` and `netral explain INCIDENT [--why-not TARGET]`: compile the
// rule set, then read, evaluate and print each incident — one decision in full, a summary table
// for several, or JSON Lines (also from standard input, for pipelines). Inputs are evaluated on a
// pool of threads and printed in input order. Decisions go to standard output; diagnostics about
// the rules or an incident, and the progress bar, go to standard error. docs/batch.md.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <istream>
#include <optional>
#include <ostream>
#include <sstream>
#include <thread>

#include "base/ordered_map.hpp"
#include "cli/batch.hpp"
#include "cli/case_files.hpp"
#include "cli/commands.hpp"
#include "cli/load_rules.hpp"
#include "cli/pdf_print.hpp"
#include "cli/progress.hpp"
#include "cli/shared_options.hpp"
#include "cli/summary_table.hpp"
#include "netral/evaluate.hpp"

namespace netral::cli {
namespace {

/// The command line of `netral eval` and `netral explain`.
struct EvalArgs {
    bool explain = false;             ///< the explain command
    std::vector<std::string> inputs;  ///< INCIDENT, DIR or `-`
    std::string rules;                ///< --rules
    std::string format;               ///< empty: by the inputs
    std::string output;               ///< -o FILE: written instead of standard output
    std::string lang;                 ///< --lang
    std::string detail;               ///< --detail: summary (eval) or full (explain)
    std::string as_of;                ///< empty: today
    std::vector<std::string> params;  ///< NAME=VALUE
    std::string why_not;              ///< explain: TARGET
    std::string jsonl;                ///< eval: FILE for JSON Lines besides the output
    std::size_t jobs = 0;             ///< eval: 0 = the number of cores
    bool no_progress = false;         ///< eval: no progress bar
    std::string color;                ///< --color, for the rule set's diagnostics
    CheckOptions options;             ///< limits and disabled warnings
};

constexpr const char* kEvalHelp =
    "Usage: netral eval INCIDENT|DIR... [OPTIONS]\n"
    "       netral eval - [OPTIONS] < incidents.jsonl\n\n"
    "Evaluates incident files (YAML, or JSON) against the rule set. One file prints\n"
    "its decision: outcome, tracks, findings with their rules and articles, referrals\n"
    "and review items, with the justification trail. Several files, or a DIR (its\n"
    "*.yaml, *.yml and *.json files, not its subdirectories), print a summary table\n"
    "in path order; --format text, markdown or json prints every decision in full\n"
    "instead, and --format jsonl one JSON line per input. `-` reads JSON Lines on\n"
    "standard input (one incident per line) and writes one JSON line per input line,\n"
    "in order: the decision, or an error object. See docs/batch.md.\n\n"
    "--format html writes one incident's decision as a standalone document for print\n"
    "(A4, page numbers, the decision record in the footer); --format pdf prints that\n"
    "document with WeasyPrint (Debian package weasyprint) to -o FILE, or to standard\n"
    "output when it is not a terminal.\n\n";

constexpr const char* kExplainHelp =
    "Usage: netral explain INCIDENT [--why-not TARGET] [OPTIONS]\n\n"
    "Evaluates one incident and prints the decision with its whole justification\n"
    "trail, then every rule examined that did not apply, with the condition that\n"
    "failed. With --why-not, shows instead for each rule that could have given TARGET\n"
    "(a rule id, a category such as heavy, or a sanction such as\n"
    "medium.allowance_cut_6m) which of its conditions failed, the values seen, and\n"
    "which values would have made them hold.\n\n"
    "--format html and pdf print the decision as a document, as for netral eval.\n\n";

constexpr const char* kExitHelp =
    "The rule set used (path and digest) is named on standard error. Exit 0 when every\n"
    "incident was evaluated, 1 when the rules or an incident are invalid (diagnostics on\n"
    "standard error; the other incidents are still evaluated), 2 for usage problems.\n";

/// More threads than this only cost memory: evaluation is CPU-bound.
constexpr std::size_t kMaxJobs = 256;

/// Today's date in UTC as YYYY-MM-DD, taken once so that a batch running past midnight judges
/// every incident by the same day.
std::string today_utc() {
    auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    std::chrono::year_month_day date{days};
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                       static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

/// Reads one line of `in` without its end (`\n`, or `\r\n`) into `line`, keeping at most
/// `limit + 1` bytes of it so that an endless line cannot exhaust memory (the loader then
/// reports it as too large). False at the end of the input.
bool read_line(std::istream& in, std::size_t limit, std::string& line) {
    line.clear();
    std::streambuf* buffer = in.rdbuf();
    bool any = false;
    for (;;) {
        int c = buffer->sbumpc();
        if (c == std::char_traits<char>::eof()) return any;
        any = true;
        if (c == '\n') break;
        if (line.size() <= limit) line.push_back(static_cast<char>(c));
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return true;
}

/// The options of evaluate() from the command line; false after printing a usage error.
bool eval_options(const Invocation& invocation, const char* name, const EvalArgs& args,
                  EvalOptions& options, int& exit_code) {
    options.as_of = args.as_of.empty() ? today_utc() : args.as_of;
    options.why_not = args.why_not;
    options.language = args.options.language;
    // explain shows the full detail: the rules that did not apply as well (docs/evaluation.md).
    options.examine_all = args.explain && args.why_not.empty();
    for (const std::string& assignment : args.params) {
        auto eq = assignment.find('=');
        if (eq == std::string::npos || eq == 0) {
            exit_code =
                usage_error(invocation, name, "--param takes NAME=VALUE, got `" + assignment + "`");
            return false;
        }
        options.params.emplace_back(assignment.substr(0, eq), assignment.substr(eq + 1));
    }
    return true;
}

/// How the inputs are printed, from --format and the inputs; false after a usage error.
bool choose_output(const Invocation& invocation, const char* name, const EvalArgs& args,
                   bool from_stdin, bool several, BatchContext& context, int& exit_code) {
    std::string format = args.format;
    if (from_stdin && !format.empty() && format != "jsonl") {
        exit_code = usage_error(invocation, name,
                                "standard input (`-`) is read and written as JSON Lines; "
                                "--format " +
                                    format + " is not available with it");
        return false;
    }
    if (format.empty()) format = from_stdin ? "jsonl" : (several ? "summary" : "text");
    // A document for print is one incident's: several would be several documents in one
    // stream (docs/decisions.md).
    if (several && (format == "html" || format == "pdf")) {
        exit_code = usage_error(
            invocation, name,
            "--format " + format + " prints one incident's decision; give one incident file");
        return false;
    }
    if (format == "pdf" && args.output.empty() && invocation.environment.stdout_is_terminal) {
        exit_code = usage_error(invocation, name,
                                "--format pdf writes a binary file: give -o FILE, or redirect "
                                "standard output");
        return false;
    }
    // summary and jsonl are ways of printing a batch; the others, a decision's Format. The
    // option's choices are the names parse_format() reads, so value() holds.
    context.output = format == "summary" ? BatchOutput::Summary
                     : format == "jsonl" ? BatchOutput::Lines
                                         : BatchOutput::Each;
    // pdf is the HTML document printed afterwards (run()).
    if (context.output == BatchOutput::Each) {
        context.format = format == "pdf" ? Format::Html : parse_format(format).value();
    }
    context.language = parse_language(args.lang).value();
    context.detail = parse_detail(args.detail).value();
    return true;
}

/// Prints the HTML `document` to `path` as PDF, or to standard output when `path` is empty;
/// the exit code.
int print_document(const Invocation& invocation, const char* name, const std::string& printer,
                   const std::string& document, const std::string& path) {
    std::string problem;
    if (path.empty()) {
        std::string bytes;
        problem = print_pdf_bytes(printer, document, bytes);
        invocation.out << bytes;
    } else {
        problem = print_pdf(printer, document, path);
    }
    if (problem.empty()) return kExitOk;
    invocation.err << "netral " << name << ": printing the PDF failed: " << problem << '\n';
    return kExitUsage;
}

int run(const Invocation& invocation, const EvalArgs& parsed) {
    const char* name = parsed.explain ? "explain" : "eval";
    bool explain = parsed.explain;
    std::string error;
    const std::vector<std::string>& args = parsed.inputs;
    if (args.empty()) return usage_error(invocation, name, "no incident file given");
    bool from_stdin = std::find(args.begin(), args.end(), "-") != args.end();
    std::error_code ec;
    if (explain && (args.size() > 1 || from_stdin || std::filesystem::is_directory(args[0], ec))) {
        return usage_error(invocation, name, "explain takes one incident file");
    }
    if (from_stdin && args.size() > 1) {
        return usage_error(invocation, name,
                           "`-` (standard input) cannot be combined with files or directories");
    }
    if (from_stdin && invocation.environment.in == nullptr) {
        return usage_error(invocation, name, "no standard input to read");
    }
    std::vector<std::string> files;
    bool several = false;
    if (!from_stdin) {
        // Files in the order given, each directory's in path order: `eval b.yaml a.yaml` prints
        // b first, as a shell glob or `find | xargs` lists them.
        for (const std::string& arg : args) {
            auto found = case_files({arg}, error, "incident file");
            if (!found) return usage_error(invocation, name, error);
            files.insert(files.end(), found->begin(), found->end());
        }
        several = files.size() > 1 || std::any_of(args.begin(), args.end(), [&](const auto& arg) {
                      return std::filesystem::is_directory(arg, ec);
                  });
    }
    std::size_t jobs =
        parsed.jobs != 0 ? parsed.jobs : std::max(1u, std::thread::hardware_concurrency());
    BatchContext context;
    int exit_code = kExitOk;
    if (!eval_options(invocation, name, parsed, context.options, exit_code) ||
        !choose_output(invocation, name, parsed, from_stdin, several, context, exit_code)) {
        return exit_code;
    }
    bool pdf = parsed.format == "pdf";
    std::string printer;
    if (pdf) {
        std::optional<std::string> found =
            find_on_path(kPdfProgram, invocation.environment.getenv("PATH"));
        if (!found) {
            return usage_error(invocation, name,
                               fmt::format("--format pdf needs the program `{}`, not found on "
                                           "PATH (Debian: apt-get install {})",
                                           kPdfProgram, kPdfPackage));
        }
        printer = *found;
    }
    // Where the decisions go: standard output, -o FILE, or (pdf) a buffer printed at the end.
    std::ofstream output_file;
    std::ostringstream document;
    if (!parsed.output.empty() && !pdf) {
        output_file.open(parsed.output, std::ios::binary | std::ios::trunc);
        if (!output_file) {
            return usage_error(invocation, name, "cannot write `" + parsed.output + "`");
        }
    }
    std::ostream& out = pdf                     ? static_cast<std::ostream&>(document)
                        : output_file.is_open() ? static_cast<std::ostream&>(output_file)
                                                : invocation.out;
    CompiledRules compiled = compile_rules_option(
        invocation, {name, parsed.rules, parsed.options, parsed.color, "nothing was evaluated"});
    if (!compiled.rules) return compiled.exit_code;
    context.rules = compiled.rules;
    // The options are the same for every input: a bad one is a usage error before the first.
    std::vector<Diagnostic> problems = check_eval_options(*context.rules, context.options);
    if (!problems.empty()) {
        std::string message;
        for (const Diagnostic& d : problems) {
            message += (message.empty() ? "" : "; ") + d.message;
            if (!d.hint.empty()) message += " (" + d.hint + ")";
        }
        return usage_error(invocation, name, message);
    }
    // Standard output is the decisions alone (a document, JSON, JSON Lines): the rule set is
    // named on standard error.
    invocation.err << rule_set_line(compiled.location, context.rules->digest());
    std::ofstream jsonl_file;
    if (!parsed.jsonl.empty()) {
        const std::string& path = parsed.jsonl;
        jsonl_file.open(path, std::ios::binary | std::ios::trunc);
        if (!jsonl_file) return usage_error(invocation, name, "cannot write `" + path + "`");
        context.json_lines = true;
    }

    // Inputs in order: the files, or the lines of standard input as they arrive.
    std::size_t next_file = 0;
    std::size_t line_number = 0;
    std::function<std::optional<BatchInput>()> next = [&]() -> std::optional<BatchInput> {
        BatchInput input;
        if (from_stdin) {
            if (!read_line(*invocation.environment.in, context.limits.max_bytes, input.text)) {
                return std::nullopt;
            }
            input.line = ++line_number;
            input.name = "<stdin>:" + std::to_string(input.line);
            return input;
        }
        if (next_file == files.size()) return std::nullopt;
        input.name = files[next_file++];
        return input;
    };
    std::function<BatchResult(BatchInput&)> work = [&context](BatchInput& input) {
        return evaluate_input(context, input);
    };

    // Several JSON decisions form one array: `[`, the documents separated by `,`, `]`.
    bool array = context.output == BatchOutput::Each && context.format == Format::Json && several;
    context.error_objects = array;
    bool failed = false;
    std::size_t done = 0;
    std::size_t printed = 0;
    std::vector<SummaryRow> rows;
    Progress progress(invocation.err, files.size(),
                      invocation.environment.stderr_is_terminal && !parsed.no_progress);
    if (array) out << "[\n";
    std::function<void(BatchResult&)> deliver = [&](BatchResult& result) {
        failed = failed || !result.valid;
        if (!result.diagnostics.empty() || !result.output.empty()) progress.clear();
        invocation.err << result.diagnostics;
        if (context.output == BatchOutput::Summary) {
            rows.push_back(std::move(result.row));
        } else if (!result.output.empty()) {
            std::string& text = result.output;
            if (array && text.back() == '\n') text.pop_back();
            if (printed > 0 && context.output == BatchOutput::Each) {
                out << (array ? ",\n" : "\n");
            }
            out << text;
            ++printed;
        }
        if (jsonl_file.is_open()) jsonl_file << result.json_line;
        progress.update(++done);
    };
    // A pipeline may wait for each answer before it writes the next line: flush whenever the
    // next result is not ready yet.
    std::function<void()> idle = [&] {
        if (from_stdin) out.flush();
    };
    // No more workers than inputs when their number is known; one more thread reads the inputs.
    std::size_t workers =
        from_stdin ? jobs : std::max<std::size_t>(1, std::min(jobs, files.size()));
    std::optional<base::WorkerPool> pool;
    if (workers > 1) pool.emplace(workers + 1);
    std::size_t window = std::max<std::size_t>(16, 4 * jobs);
    base::ordered_map<BatchInput, BatchResult>(pool ? &*pool : nullptr, window, next, work, deliver,
                                               idle);
    progress.clear();
    if (array) out << "\n]\n";
    if (context.output == BatchOutput::Summary) out << summary_table(rows);
    if (pdf && !failed) {
        int printed_code = print_document(invocation, name, printer, document.str(), parsed.output);
        if (printed_code != kExitOk) return printed_code;
    }
    if (output_file.is_open() && !output_file.flush()) {
        invocation.err << "netral " << name << ": writing `" << parsed.output << "` failed\n";
        return kExitErrors;
    }
    if (jsonl_file.is_open()) {
        jsonl_file.flush();
        if (!jsonl_file) {
            invocation.err << "netral " << name << ": writing the JSON Lines file failed\n";
            return kExitErrors;
        }
    }
    return failed ? kExitErrors : kExitOk;
}

Runner define(CLI::App& app, bool explain) {
    auto args = std::make_shared<EvalArgs>();
    args->explain = explain;
    app.footer(std::string(explain ? kExplainHelp : kEvalHelp) + kExitHelp);
    app.add_option(
        explain ? "INCIDENT" : "INPUT", args->inputs,
        explain ? "the incident file" : "incident files, directories, or - for standard input");
    add_rules_option(app, args->rules);
    if (explain) {
        args->format = "text";
        add_format_option(app, args->format,
                          {Format::Text, Format::Json, Format::Markdown, Format::Html}, {"pdf"},
                          "text, json, markdown, html or pdf");
    } else {
        add_format_option(app, args->format,
                          {Format::Text, Format::Json, Format::Markdown, Format::Html},
                          {"summary", "jsonl", "pdf"},
                          "text, json, markdown, html, pdf, summary or jsonl (default: text for "
                          "one file, summary for several, jsonl for -)");
    }
    add_value_option(app, "-o,--output", args->output, "FILE",
                     "write the output to FILE instead of standard output (pdf: the PDF file)");
    add_lang_option(app, args->lang, args->options);
    // explain is asked for the whole trail; eval answers first and keeps the trees for --detail.
    args->detail = std::string(to_string(explain ? Detail::Full : Detail::Summary));
    add_choice_option(app, "--detail", args->detail, {"summary", "full"}, "LEVEL",
                      explain ? "text, markdown, html: summary, or full with the condition trees "
                                "(default: full)"
                              : "text, markdown, html: summary, or full with the condition trees "
                                "(default: summary)");
    add_value_option(app, "--as-of", args->as_of, "DATE",
                     "evaluation date YYYY-MM-DD (default: today, UTC)");
    add_repeated_option(app, "--param", args->params, "NAME=VALUE",
                        "choose a parameter's value, e.g. medium_types=pp53_delays");
    if (explain) {
        add_value_option(app, "--why-not", args->why_not, "TARGET",
                         "explain why a rule id or ladder step (e.g. heavy) was not the result");
    } else {
        add_value_option(app, "--jsonl", args->jsonl, "FILE",
                         "also write every decision (or error object) as JSON Lines to FILE");
        add_count_option(app, "-j,--jobs", args->jobs, 1, kMaxJobs, "N",
                         "incidents evaluated at once, 1 to 256 (default: the number of cores)",
                         false);
        app.add_flag("--no-progress", args->no_progress,
                     "no progress bar (shown only on a terminal)");
    }
    add_color_option(app, args->color);
    add_front_end_options(app, args->options);
    return [args](const Invocation& invocation) { return run(invocation, *args); };
}

}  // namespace

Runner define_eval(CLI::App& app) { return define(app, false); }
Runner define_explain(CLI::App& app) { return define(app, true); }

}  // namespace netral::cli
