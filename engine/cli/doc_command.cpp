// SPDX-License-Identifier: Apache-2.0
// `netral doc [DIR|FILE...]`: writes the reference of a rule set as Markdown (articles → rules →
// cases, rows, parameters with their reasons, review items), evaluating the cases to see which
// rules they exercise. `--out FILE` writes a file, and `--check` only compares with it, so a
// checked-in reference cannot drift from the rules. docs/testing.md describes it.
#include <fstream>
#include <ostream>
#include <sstream>

#include "base/read_file.hpp"
#include "cli/case_files.hpp"
#include "cli/commands.hpp"
#include "cli/load_rules.hpp"
#include "netral/reference.hpp"

namespace netral::cli {

namespace {

/// The largest existing reference --check reads.
constexpr std::size_t kMaxReferenceBytes = 16 << 20;

std::vector<OptionSpec> doc_specs() {
    std::vector<OptionSpec> specs = {
        {"--rules", true, {}, "the rules directory (default: $NETRAL_RULES, else bundled)", "DIR"},
        {"--out", true, {}, "write the reference to FILE instead of standard output", "FILE"},
        {"--check", false, {}, "with --out: write nothing, exit 1 when FILE is out of date", ""},
    };
    for (OptionSpec& spec : front_end_option_specs()) specs.push_back(std::move(spec));
    return specs;
}

void print_help(std::ostream& out) {
    out << "Usage: netral doc [DIR|FILE...] [OPTIONS]\n\n"
           "Writes the reference of a rule set as Markdown: every article its rules cite, with\n"
           "the rules (file:line) and the test cases whose decisions exercise them; the brief\n"
           "rows; the parameters with their values, default, status and reason (notes); and the\n"
           "rules, parameters and escalation policies legal staff must review. The cases are\n"
           "given as for `netral test` (default `examples`) and evaluated with their `expect`\n"
           "settings. The first line names the command that regenerates the document. See\n"
           "docs/testing.md.\n\n"
           "Exit 0 when written (or, with --check, up to date), 1 when the rules or a case are\n"
           "invalid or (--check) the file differs, 2 for usage problems.\n\n"
        << options_help(doc_specs());
}

/// The command as typed, without the options that do not change the document: what the first
/// line of the document shows.
std::string regenerate_command(const ParsedArgs& parsed) {
    std::string command = "netral doc";
    if (parsed.has("--rules")) command += " --rules " + parsed.get("--rules", "");
    for (const std::string& arg : parsed.positional) command += " " + arg;
    if (parsed.has("--out")) command += " --out " + parsed.get("--out", "");
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

}  // namespace

int run_doc(const Invocation& invocation) {
    std::string error;
    auto specs = doc_specs();
    auto parsed = parse_options(invocation.args, specs, error);
    if (!parsed) return usage_error(invocation, "doc", error);
    if (parsed->help) {
        print_help(invocation.out);
        return kExitOk;
    }
    if (parsed->has("--check") && !parsed->has("--out")) {
        return usage_error(invocation, "doc", "--check needs --out FILE");
    }
    CheckOptions check_options;
    if (!front_end_options(*parsed, check_options, error)) {
        return usage_error(invocation, "doc", error);
    }
    std::vector<std::string> args = parsed->positional;
    if (args.empty()) args.push_back(kDefaultCases);
    auto files = case_files(args, error);
    if (!files) return usage_error(invocation, "doc", error);

    int rules_exit = kExitOk;
    std::shared_ptr<const RuleSet> rules = compile_rules_option(
        invocation, "doc", *parsed, check_options, "nothing was written", rules_exit);
    if (!rules) return rules_exit;

    IncidentLimits limits;
    std::vector<CaseResult> results;
    std::size_t invalid = 0;
    for (const std::string& path : *files) {
        std::string text;
        if (!base::read_file_bounded(path, limits.max_bytes, text)) {
            return usage_error(invocation, "doc", "cannot read `" + path + "`");
        }
        results.push_back(run_case(rules, Source{path, std::move(text)}, limits));
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

    std::string command = regenerate_command(*parsed);
    std::string document = rule_set_reference(*rules, results, {command});
    if (!parsed->has("--out")) {
        invocation.out << document;
        return kExitOk;
    }
    std::string out_path = parsed->get("--out", "");
    if (parsed->has("--check")) return check_file(invocation, out_path, document, command);
    std::ofstream file(out_path, std::ios::binary | std::ios::trunc);
    file << document;
    file.close();
    if (!file) return usage_error(invocation, "doc", "cannot write `" + out_path + "`");
    return kExitOk;
}

}  // namespace netral::cli
