// SPDX-License-Identifier: Apache-2.0
// The command table, and parsing and dispatch of `netral COMMAND …` with CLI11: one root app
// with a subcommand per command. Usage problems are exit 2 with a message on the error stream;
// nothing here writes to the process's own streams.
#include "cli/app.hpp"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/help_formatter.hpp"
#include "cli/usage_problems.hpp"

namespace netral::cli {

namespace {

/// What follows the options in `netral --help`.
constexpr const char* kRootFooter =
    "RULES_DIR defaults to $NETRAL_RULES, else the bundled rules.\n"
    "Exit codes: 0 done, 1 errors in the input, 2 usage problems.\n";

/// The root app with every command declared on it, and each command's runner.
struct CommandLine {
    CLI::App app{"", "netral"};
    bool version = false;                                     ///< -V, --version
    std::vector<std::pair<const CLI::App*, Runner>> runners;  ///< per command, in table order

    CommandLine() {
        app.formatter(std::make_shared<HelpFormatter>());
        app.set_help_flag("-h,--help", "show help (also `netral COMMAND --help`)");
        app.add_flag("-V,--version", version, "print the version");
        app.footer(kRootFooter);
        // Left-over arguments are reported here, with a did-you-mean, not by CLI11.
        app.allow_extras();
        // One command per line: after it, a word that names a command (`eval doc`, a file) is
        // an argument, not a second command.
        app.require_subcommand(0, 1);
        for (const Command& command : commands()) {
            CLI::App* sub = app.add_subcommand(command.name, command.summary);
            sub->set_help_flag("-h,--help", "show this help");
            sub->allow_extras();
            runners.emplace_back(sub, command.define(*sub));
        }
    }
};

/// The command being parsed when a problem was found, else the root app.
const CLI::App& current(const CLI::App& app) {
    auto selected = app.get_subcommands();
    return selected.empty() ? app : *selected.front();
}

}  // namespace

const std::vector<Command>& commands() {
    static const std::vector<Command> kCommands = {
        {"check", "check a rule set and report its diagnostics", define_check},
        {"graph", "print the dependency graph of a rule set (dot, json, svg)", define_graph},
        {"eval", "evaluate incident files into decisions with their trail", define_eval},
        {"explain", "one incident's decision with its whole trail, and --why-not", define_explain},
        {"test", "run test cases (incidents with `expect`) and report --coverage", define_test},
        {"whatif", "what changes if some facts were different: the decisions' diff", define_whatif},
        {"doc", "write a rule set's reference: articles, rows, parameters, review items",
         define_doc},
        {"serve", "answer decisions over HTTP/JSON: evaluate, batch, whatif, reload",
         define_serve},
        {"replay", "make a logged decision again and check it is the one sent", define_replay},
        {"log", "manage a decision log: `netral log prune --before DATE --log FILE`", define_log},
        {"completion", "print a shell completion script: `netral completion bash`",
         define_completion},
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
    auto cwd = std::filesystem::current_path(ec);
    if (!ec) environment.current_dir = cwd.string();
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
    Invocation invocation{out, err, environment};
    CommandLine command_line;
    CLI::App& app = command_line.app;
    if (args.empty()) {
        err << app.help();
        return kExitUsage;
    }
    // `netral help [COMMAND]` and `netral version`, the words for the flags.
    if (args.front() == "help") {
        if (args.size() > 1) return run({args[1], "--help"}, out, err, environment);
        out << app.help();
        return kExitOk;
    }
    if (args.front() == "version") return run({"--version"}, out, err, environment);

    // CLI11 takes the arguments last first.
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    try {
        app.parse(reversed);
    } catch (const CLI::CallForHelp&) {
        out << app.help();  // the help of the command given, if any
        return kExitOk;
    } catch (const CLI::ParseError& error) {
        const CLI::App& at = current(app);
        return usage_error(invocation, &at == &app ? "" : at.get_name(), describe(error, at));
    }
    if (auto left = app.remaining(); !left.empty()) {
        return usage_error(invocation, "", unknown_argument(left.front(), app));
    }
    const CLI::App& command = current(app);
    if (&command == &app) {
        if (command_line.version) {
            out << "netral " << netral::version() << "\n";
            return kExitOk;
        }
        err << app.help();
        return kExitUsage;
    }
    if (auto left = command.remaining(); !left.empty()) {
        return usage_error(invocation, command.get_name(), unknown_argument(left.front(), command));
    }
    for (const auto& [sub, runner] : command_line.runners) {
        if (sub == &command) return runner(invocation);
    }
    return kExitUsage;
}

}  // namespace netral::cli
