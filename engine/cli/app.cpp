// SPDX-License-Identifier: Apache-2.0
// The command table, top-level help and dispatch of `netral COMMAND …`.
#include "cli/app.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <ostream>

#include "base/suggest.hpp"
#include "cli/commands.hpp"

namespace netral::cli {
namespace {

void print_help(std::ostream& out) {
    out << "netral " << netral::version()
        << " — rules engine for ASN election-neutrality sanctions\n\n"
           "Usage: netral COMMAND [ARGS] [OPTIONS]\n\nCommands:\n";
    for (const Command& command : commands()) {
        std::size_t pad = command.name.size() < 8 ? 8 - command.name.size() : 1;
        out << "  " << command.name << std::string(pad, ' ') << command.summary << "\n";
    }
    out << "\nOptions:\n  -h, --help   show help (also `netral COMMAND --help`)\n"
           "  --version    print the version\n\n"
           "RULES_DIR defaults to $NETRAL_RULES, else the bundled rules.\n"
           "Exit codes: 0 done, 1 errors in the input, 2 usage problems.\n";
}

}  // namespace

const std::vector<Command>& commands() {
    static const std::vector<Command> kCommands = {
        {"check", "check a rule set and report its diagnostics", run_check},
        {"graph", "print the dependency graph of a rule set (dot, json, svg)", run_graph},
        {"eval", "evaluate incident files into decisions with their trail", run_eval},
        {"explain", "one incident's decision with its whole trail, and --why-not", run_explain},
        {"test", "run test cases (incidents with `expect`) and report --coverage", run_test},
        {"whatif", "what changes if some facts were different: the decisions' diff", run_whatif},
        {"doc", "write a rule set's reference: articles, rows, parameters, review items", run_doc},
    };
    return kCommands;
}

Environment Environment::from_process() {
    Environment environment;
    environment.getenv = [](const std::string& name) -> std::optional<std::string> {
        const char* value = std::getenv(name.c_str());
        return value != nullptr ? std::optional<std::string>(value) : std::nullopt;
    };
    environment.stdout_is_terminal = isatty(STDOUT_FILENO) == 1;
    environment.stderr_is_terminal = isatty(STDERR_FILENO) == 1;
    environment.in = &std::cin;
    std::error_code ec;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) environment.executable_dir = exe.parent_path().string();
    return environment;
}

int usage_error(const Invocation& invocation, const std::string& command,
                const std::string& message) {
    invocation.err << "netral: " << message << "\n";
    invocation.err << "Try `netral " << (command.empty() ? "" : command + " ") << "--help`.\n";
    return kExitUsage;
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
        const Environment& environment) {
    if (args.empty()) {
        print_help(err);
        return kExitUsage;
    }
    const std::string& first = args.front();
    if (first == "-h" || first == "--help" || first == "help") {
        if (first == "help" && args.size() > 1) {
            return run({args[1], "--help"}, out, err, environment);
        }
        print_help(out);
        return kExitOk;
    }
    if (first == "--version" || first == "version") {
        out << "netral " << netral::version() << "\n";
        return kExitOk;
    }
    Invocation invocation{{args.begin() + 1, args.end()}, out, err, environment};
    std::vector<std::string> names;
    for (const Command& command : commands()) {
        if (command.name == first) return command.run(invocation);
        names.push_back(command.name);
    }
    std::string message = "unknown command `" + first + "`";
    std::string hint = base::did_you_mean(first, names);
    if (!hint.empty()) message += "; " + hint;
    return usage_error(invocation, "", message);
}

}  // namespace netral::cli
