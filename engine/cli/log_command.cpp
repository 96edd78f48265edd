// SPDX-License-Identifier: Apache-2.0
// `netral log prune --before DATE --log FILE`: deletes the decision log's entries made before a
// day, and the rule sets no entry needs any more (docs/decision-log.md, "Pruning").
#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/shared_options.hpp"
#include "decision_log/decision_log.hpp"
#include "decision_log/entry_id.hpp"

namespace netral::cli {

namespace {

/// The command line of `netral log prune`.
struct PruneArgs {
    std::string before;  ///< --before DATE
    std::string log;     ///< --log FILE
};

int prune(const Invocation& invocation, const PruneArgs& args) {
    std::string error;
    decision_log::OpenOptions open;
    open.create = false;
    std::unique_ptr<decision_log::Store> store = decision_log::open_store(args.log, error, open);
    if (!store) {
        invocation.err << "netral log prune: " << error << "\n";
        return kExitErrors;
    }
    std::size_t deleted = store->prune(args.before);
    if (std::string failure = store->failure(); !failure.empty()) {
        invocation.err << "netral log prune: " << failure << "\n";
        return kExitErrors;
    }
    invocation.out << "deleted " << deleted << (deleted == 1 ? " entry" : " entries")
                   << " made before " << args.before << " from " << args.log << "\n";
    return kExitOk;
}

}  // namespace

Runner define_log(CLI::App& app) {
    auto args = std::make_shared<PruneArgs>();
    app.footer(
        "Usage: netral log prune --before DATE --log FILE\n\n"
        "Works on a decision log (docs/decision-log.md). `prune` deletes the entries made\n"
        "before DATE (YYYY-MM-DD, UTC) and the rule sets no remaining entry was made with,\n"
        "overwriting what it deletes: the log holds personal data, keep it no longer than\n"
        "needed.\n\n"
        "Exit 0 when done, 1 when the log cannot be opened or written, 2 for usage problems.\n");
    app.require_subcommand(1, 1);
    CLI::App* sub = app.add_subcommand("prune", "delete the entries made before a day");
    sub->set_help_flag("-h,--help", "show this help");
    sub->footer(
        "Usage: netral log prune --before DATE --log FILE\n\n"
        "Deletes the entries made before DATE (YYYY-MM-DD, UTC) and the rule sets no remaining\n"
        "entry was made with, then says how many entries it deleted.\n");
    add_value_option(*sub, "--before", args->before, "DATE",
                     "delete the entries made before this day (YYYY-MM-DD, UTC)")
        ->required()
        ->check(CLI::Validator(
            [](std::string& value) {
                return decision_log::is_date(value)
                           ? std::string()
                           : "`--before` takes a date YYYY-MM-DD, got `" + value + "`";
            },
            ""));
    add_value_option(*sub, "--log", args->log, "FILE",
                     "the decision log: an SQLite file, or postgresql://…")
        ->required();
    return [args](const Invocation& invocation) { return prune(invocation, *args); };
}

}  // namespace netral::cli
