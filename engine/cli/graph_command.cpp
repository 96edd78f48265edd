// SPDX-License-Identifier: Apache-2.0
// `netral graph [RULES_DIR]`: the dependency graph of a checked rule set as dot, JSON or SVG.
// Standard output holds the graph alone, so the rule set is named on standard error except in
// JSON, which carries it as `rule_set`.
#include <sys/wait.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <ostream>

#include "api/front_end.hpp"
#include "check/dependency_graph.hpp"
#include "cli/color.hpp"
#include "cli/commands.hpp"
#include "cli/load_rules.hpp"
#include "cli/shared_options.hpp"

namespace netral::cli {
namespace {

/// The command line of `netral graph`.
struct GraphArgs {
    std::vector<std::string> directories;  ///< RULES_DIR (at most one)
    std::string rules;                     ///< --rules, the same as RULES_DIR
    std::string format = "dot";            ///< dot, json or svg
    std::string color;                     ///< --color, for the diagnostics on standard error
    std::string lang;                      ///< --lang, of the diagnostics
    CheckOptions options;                  ///< limits and disabled warnings
};

/// Runs Graphviz `dot -Tsvg` on a temporary file; none when dot cannot be run.
std::optional<std::string> dot_to_svg(const std::string& dot, std::string& error) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path dir = fs::temp_directory_path(ec);
    if (ec) {
        error = "no temporary directory for Graphviz: " + ec.message();
        return std::nullopt;
    }
    // mkstemps creates the file exclusively under an unpredictable name, so nothing another
    // user placed in the shared directory (a symbolic link) is written through.
    std::string name = (dir / "netral-graph-XXXXXX.dot").string();
    int fd = mkstemps(name.data(), 4);
    if (fd < 0) {
        error = "cannot create a temporary file for Graphviz in `" + dir.string() + "`";
        return std::nullopt;
    }
    close(fd);
    fs::path input = name;
    {
        std::ofstream file(input);
        file << dot;
        if (!file) {
            fs::remove(input, ec);
            error = "cannot write `" + input.string() + "`";
            return std::nullopt;
        }
    }
    // The path goes to the shell in single quotes; a quote inside it ($TMPDIR) is spelled '\''.
    std::string quoted_path;
    for (char c : input.string()) {
        if (c == '\'') {
            quoted_path += "'\\''";
        } else {
            quoted_path += c;
        }
    }
    std::string command = "dot -Tsvg '" + quoted_path + "' 2>/dev/null";
    FILE* pipe = popen(command.c_str(), "r");
    std::string svg;
    if (pipe != nullptr) {
        std::array<char, 4096> buffer{};
        std::size_t n = 0;
        while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) svg.append(buffer.data(), n);
        int status = pclose(pipe);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) svg.clear();
    }
    fs::remove(input, ec);
    if (svg.empty()) {
        error =
            "`--format svg` needs Graphviz `dot` (apt-get install graphviz); "
            "use `--format dot` otherwise";
        return std::nullopt;
    }
    return svg;
}

int run(const Invocation& invocation, const GraphArgs& args) {
    if (args.directories.size() > 1 || (!args.directories.empty() && !args.rules.empty())) {
        return usage_error(invocation, "graph", "graph takes one RULES_DIR");
    }
    std::string given = args.directories.empty() ? args.rules : args.directories.front();
    auto input = load_rules(invocation, "graph", given, args.options.limits);
    if (!input) return kExitUsage;
    api::FrontEnd front_end(args.options.limits.max_errors);
    api::run_front_end(front_end, input->sources, args.options);
    bool json = args.format == "json";
    // Standard output is the graph alone, for dot and svg: the rule set is named on standard
    // error, as are the diagnostics.
    if (!json || !front_end.program) {
        invocation.err << rule_set_line(input->location, input->digest);
    }
    if (!front_end.program) {
        bool color = use_color(args.color, invocation.environment, Stream::Err);
        invocation.err << base::render_text(front_end.sink.sorted(), front_end.sources,
                                            args.options.language, color);
        return kExitErrors;
    }
    check::DependencyGraph graph = check::build_graph(*front_end.program);
    if (json) {
        std::string text = check::render_graph_json(graph);
        // The graph is one object: the rule set goes in as its first key.
        if (text.size() >= 2 && text.front() == '{') {
            text = "{\"rule_set\":" + rule_set_json(input->location, input->digest) +
                   (text[1] == '}' ? "" : ",") + text.substr(1);
        }
        invocation.out << text << (text.empty() || text.back() != '\n' ? "\n" : "");
    } else if (args.format == "svg") {
        std::string error;
        auto svg = dot_to_svg(check::render_dot(graph), error);
        if (!svg) return usage_error(invocation, "graph", error);
        invocation.out << *svg;
    } else {
        invocation.out << check::render_dot(graph);
    }
    return kExitOk;
}

}  // namespace

Runner define_graph(CLI::App& app) {
    auto args = std::make_shared<GraphArgs>();
    app.footer(
        "Usage: netral graph [RULES_DIR] [OPTIONS]\n\n"
        "Prints the dependency graph of a rule set: facts and parameters -> derived facts\n"
        "-> rules -> tracks and ladder steps -> combine and escalate policies, with\n"
        "exceptions as dashed edges. The rule set must check without errors. JSON names the\n"
        "rule set (`rule_set`: path, origin, digest); with dot and svg, standard error does.\n");
    app.add_option("RULES_DIR", args->directories, "the rules directory");
    add_value_option(app, "-r,--rules", args->rules, "DIR", "the rules directory, as RULES_DIR");
    add_choice_option(app, "-f,--format", args->format, {"dot", "json", "svg"}, "FORMAT",
                      "dot, json, or svg via Graphviz");
    add_color_option(app, args->color);
    add_lang_option(app, args->lang, args->options);
    add_front_end_options(app, args->options);
    return [args](const Invocation& invocation) { return run(invocation, *args); };
}

}  // namespace netral::cli
