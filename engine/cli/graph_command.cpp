// SPDX-License-Identifier: Apache-2.0
// `netral graph [RULES_DIR]`: the dependency graph of a checked rule set as dot, JSON or SVG.
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <ostream>

#include "api/front_end.hpp"
#include "check/dependency_graph.hpp"
#include "cli/commands.hpp"
#include "cli/load_rules.hpp"

namespace netral::cli {
namespace {

std::vector<OptionSpec> graph_specs() {
    std::vector<OptionSpec> specs = {
        {"--format", true, {"dot", "json", "svg"}, "dot (default), json, or svg via Graphviz",
         "FORMAT"},
    };
    for (OptionSpec& spec : front_end_option_specs()) specs.push_back(std::move(spec));
    return specs;
}

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
        error = "`--format svg` needs Graphviz `dot` (apt-get install graphviz); "
                "use `--format dot` otherwise";
        return std::nullopt;
    }
    return svg;
}

}  // namespace

int run_graph(const Invocation& invocation) {
    std::string error;
    auto specs = graph_specs();
    auto parsed = parse_options(invocation.args, specs, error);
    if (!parsed) return usage_error(invocation, "graph", error);
    if (parsed->help) {
        invocation.out
            << "Usage: netral graph [RULES_DIR] [OPTIONS]\n\n"
               "Prints the dependency graph of a rule set: facts and parameters -> derived facts\n"
               "-> rules -> tracks and ladder steps -> combine and escalate policies, with\n"
               "exceptions as dashed edges. The rule set must check without errors.\n\n"
            << options_help(specs);
        return kExitOk;
    }
    auto input = load_rules(invocation, "graph", *parsed);
    if (!input) return kExitUsage;
    api::FrontEnd front_end(input->options.limits.max_errors);
    api::run_front_end(front_end, input->sources, input->options);
    if (!front_end.program) {
        // Diagnostics go to stderr here: stdout is reserved for the graph.
        invocation.err << base::render_text(front_end.sink.sorted(), front_end.sources);
        return kExitErrors;
    }
    check::DependencyGraph graph = check::build_graph(*front_end.program);
    std::string format = parsed->get("--format", "dot");
    if (format == "json") {
        std::string json = check::render_graph_json(graph);
        invocation.out << json << (json.empty() || json.back() != '\n' ? "\n" : "");
    } else if (format == "svg") {
        auto svg = dot_to_svg(check::render_dot(graph), error);
        if (!svg) return usage_error(invocation, "graph", error);
        invocation.out << *svg;
    } else {
        invocation.out << check::render_dot(graph);
    }
    return kExitOk;
}

}  // namespace netral::cli
