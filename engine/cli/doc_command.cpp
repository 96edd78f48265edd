// SPDX-License-Identifier: Apache-2.0
// `netral doc [DIR|FILE...]`: writes the reference of a rule set as Markdown (articles → rules →
// cases, rows, parameters with their reasons, review items), evaluating the cases to see which
// rules they exercise. `--out FILE` writes a file, and `--check` only compares with it, so a
// checked-in reference cannot drift from the rules. docs/testing.md describes it.
#include <CLI/CLI.hpp>
#include <fstream>
#include <memory>
#include <ostream>
#include <sstream>

#include "base/read_file.hpp"
#include "cli/case_files.hpp"
#include "cli/commands.hpp"
#include "cli/load_rules.hpp"
#include "cli/shared_options.hpp"
#include "netral/reference.hpp"

namespace netral::cli {

namespace {

/// The largest existing reference --check reads.
constexpr std::size_t kMaxReferenceBytes = 16 << 20;

/// The command line of `netral doc`.
struct DocArgs {
    std::vector<std::string> paths;  ///< DIR|FILE; none: examples
    std::string rules;               ///< --rules
    std::string out;                 ///< --out FILE; empty: standard output
    bool check = false;              ///< with --out: compare, write nothing
    bool incidents = false;          ///< --incidents: the incident keys, not the reference
    std::string color;               ///< --color, for the rule set's diagnostics
    std::string lang;                ///< --lang, of the diagnostics
    CheckOptions options;            ///< limits and disabled warnings
};

/// The command as typed, without the options that do not change the document: what the first
/// line of the document shows.
std::string regenerate_command(const DocArgs& args) {
    std::string command = "netral doc";
    if (args.incidents) command += " --incidents";
    if (!args.rules.empty()) command += " --rules " + args.rules;
    for (const std::string& arg : args.paths) command += " " + arg;
    if (!args.out.empty()) command += " --out " + args.out;
    return command;
}

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

/// Compares the file at `path` with `generated`; prints where they first differ when they do.
int check_file(const Invocation& invocation, const std::string& path, const std::string& generated,
               const std::string& command) {
    std::string existing;
    if (!base::read_file_bounded(path, kMaxReferenceBytes, existing)) {
        invocation.err << "netral doc: `" << path << "` does not exist or cannot be read\n"
                       << "Regenerate it: " << command << "\n";
        return kExitErrors;
    }
    if (existing == generated) return kExitOk;
    std::vector<std::string> old_lines = split_lines(existing);
    std::vector<std::string> new_lines = split_lines(generated);
    std::size_t at = 0;
    while (at < old_lines.size() && at < new_lines.size() && old_lines[at] == new_lines[at]) ++at;
    auto shown = [](const std::vector<std::string>& lines, std::size_t index) {
        return index < lines.size() ? lines[index] : std::string("(end of file)");
    };
    invocation.err << "netral doc: `" << path << "` is out of date: line " << at + 1 << " differs\n"
                   << "  file:      " << shown(old_lines, at) << "\n"
                   << "  generated: " << shown(new_lines, at) << "\n"
                   << "Regenerate it: " << command << "\n";
    return kExitErrors;
}

/// Prints the document, writes it to --out, or (--check) compares it with --out.
int deliver(const Invocation& invocation, const DocArgs& args, const std::string& document,
            const std::string& command) {
    if (args.out.empty()) {
        invocation.out << document;
        return kExitOk;
    }
    const std::string& out_path = args.out;
    if (args.check) return check_file(invocation, out_path, document, command);
    std::ofstream file(out_path, std::ios::binary | std::ios::trunc);
    file << document;
    file.close();
    if (!file) return usage_error(invocation, "doc", "cannot write `" + out_path + "`");
    return kExitOk;
}

int run(const Invocation& invocation, const DocArgs& args) {
    if (args.check && args.out.empty()) {
        return usage_error(invocation, "doc", "--check needs --out FILE");
    }
    if (args.incidents && !args.paths.empty()) {
        return usage_error(invocation, "doc", "--incidents takes no cases");
    }
    std::vector<std::string> paths = args.paths;
    if (paths.empty() && !args.incidents) paths.push_back(kDefaultCases);
    std::string error;
    std::optional<std::vector<std::string>> files =
        args.incidents ? std::vector<std::string>{} : case_files(paths, error);
    if (!files) return usage_error(invocation, "doc", error);

    CompiledRules compiled = compile_rules_option(
        invocation, {"doc", args.rules, args.options, args.color, "nothing was written"});
    if (!compiled.rules) return compiled.exit_code;
    const std::shared_ptr<const RuleSet>& rules = compiled.rules;
    // The document must not depend on where the rules are installed (--check compares it on
    // every machine): the rule set is named on standard error.
    invocation.err << rule_set_line(compiled.location, rules->digest());

    if (args.incidents) {
        std::string command = regenerate_command(args);
        return deliver(invocation, args, incident_reference(*rules, {command}), command);
    }

    IncidentLimits limits;
    std::vector<CaseResult> results;
    std::size_t invalid = 0;
    for (const std::string& path : *files) {
        std::string text;
        if (!base::read_file_bounded(path, limits.max_bytes, text)) {
            return usage_error(invocation, "doc", "cannot read `" + path + "`");
        }
        results.push_back(
            run_case(rules, Source{path, std::move(text)}, limits, args.options.language));
        if (results.back().status == CaseStatus::Invalid) {
            invocation.err << results.back().text;
            ++invalid;
        }
    }
    if (invalid > 0) {
        invocation.err << "netral doc: " << invalid << (invalid == 1 ? " case is" : " cases are")
                       << " invalid; nothing was written\n";
        return kExitErrors;
    }

    std::string command = regenerate_command(args);
    return deliver(invocation, args, rule_set_reference(*rules, results, {command}), command);
}

}  // namespace

Runner define_doc(CLI::App& app) {
    auto args = std::make_shared<DocArgs>();
    app.footer(
        "Usage: netral doc [DIR|FILE...] [OPTIONS]\n\n"
        "Writes the reference of a rule set as Markdown: every article its rules cite, with\n"
        "the rules (file:line) and the test cases whose decisions exercise them; the brief\n"
        "rows; the parameters with their values, default, status and reason (notes); and the\n"
        "rules, parameters and escalation policies legal staff must review. The cases are\n"
        "given as for `netral test` (default `examples`) and evaluated with their `expect`\n"
        "settings. The first line names the command that regenerates the document; the rule\n"
        "set used (path and digest) is named on standard error. See docs/testing.md.\n\n"
        "With --incidents, writes instead every key an incident file may have, with its\n"
        "type, required or default, labels and values, from the rule set's vocabulary\n"
        "(docs/incidents.md).\n\n"
        "Exit 0 when written (or, with --check, up to date), 1 when the rules or a case are\n"
        "invalid or (--check) the file differs, 2 for usage problems.\n");
    app.add_option("PATH", args->paths, "case files and directories (default: examples)");
    add_rules_option(app, args->rules);
    add_value_option(app, "-o,--out", args->out, "FILE",
                     "write the reference to FILE instead of standard output");
    app.add_flag("--incidents", args->incidents,
                 "write the keys an incident file may have (docs/incidents.md) instead, from "
                 "the rule set's vocabulary; takes no cases");
    app.add_flag("--check", args->check,
                 "with --out: write nothing, exit 1 when FILE is out of date");
    add_color_option(app, args->color);
    add_lang_option(app, args->lang, args->options);
    add_front_end_options(app, args->options);
    return [args](const Invocation& invocation) { return run(invocation, *args); };
}

}  // namespace netral::cli
