// SPDX-License-Identifier: Apache-2.0
// `netral replay ID --log FILE`: makes a logged decision again from what the decision log kept
// and prints it, byte for byte the body that was sent; exit 1 when the entry is unknown,
// damaged, or its replay differs. docs/decision-log.md describes the log.
#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/shared_options.hpp"
#include "decision_log/decision_log.hpp"

namespace netral::cli {

namespace {

/// The command line of `netral replay`.
struct ReplayArgs {
    std::string id;                            ///< ID
    std::string log;                           ///< --log FILE
    std::string format;                        ///< --format; empty: as sent
    std::string lang;                          ///< --lang, of the diagnostics (and a re-rendering)
    std::string detail;                        ///< --detail; empty: as sent
    CheckOptions options;                      ///< the language chosen with --lang
    const CLI::Option* lang_option = nullptr;  ///< to know whether --lang was given
};

int run(const Invocation& invocation, const ReplayArgs& args) {
    std::string error;
    decision_log::OpenOptions open;
    open.create = false;  // a mistyped path must not leave an empty log behind
    std::unique_ptr<decision_log::Store> store = decision_log::open_store(args.log, error, open);
    if (!store) {
        invocation.err << "netral replay: " << error << "\n";
        return kExitErrors;
    }
    Language language = args.options.language;
    decision_log::ReplayResult result = decision_log::replay(*store, args.id, language);
    if (!result.ok()) {
        invocation.err << result.text;
        return kExitErrors;
    }
    const decision_log::Entry& entry = *result.entry;
    invocation.err << "replayed " << entry.id << " (made " << entry.time << " with netral "
                   << entry.engine_version << ", rules " << entry.digest << "): the same decision, "
                   << result.replay_hash << "\n";
    bool rerender = !args.format.empty() || !args.detail.empty() || args.lang_option->count() > 0;
    if (!rerender) {
        invocation.out << result.body;
        return kExitOk;
    }
    // Shown otherwise than it was sent: the options not given stay as they were.
    const RequestOptions& sent = *result.options;
    Format format = args.format.empty() ? sent.format : parse_format(args.format).value();
    Detail detail = args.detail.empty() ? sent.detail : parse_detail(args.detail).value();
    Language shown = args.lang_option->count() > 0 ? language : sent.language;
    invocation.out << render(*result.decision, format, shown, detail);
    return kExitOk;
}

}  // namespace

Runner define_replay(CLI::App& app) {
    auto args = std::make_shared<ReplayArgs>();
    app.footer(
        "Usage: netral replay ID --log FILE [OPTIONS]\n\n"
        "Makes the decision ID of a decision log again, from what the log kept: the rule\n"
        "files of its digest, its options with the as-of date fixed when it was made, the\n"
        "incident's text. Prints the decision exactly as it was sent (the same bytes) and\n"
        "names the entry on standard error; --format, --lang or --detail show it otherwise\n"
        "once the replay is checked. See docs/decision-log.md.\n\n"
        "Exit 0 when the replay is the decision sent, 1 when the entry is unknown or damaged,\n"
        "its rules no longer compile, or the replay differs (both hashes are shown), 2 for\n"
        "usage problems.\n");
    app.add_option("ID", args->id, "the entry's id (the decision_id of the service)")->required();
    add_value_option(app, "--log", args->log, "FILE",
                     "the decision log: an SQLite file, or postgresql://…")
        ->required();
    add_format_option(app, args->format,
                      {Format::Json, Format::Text, Format::Markdown, Format::Html}, {},
                      "show the replayed decision in FORMAT (default: as sent)");
    CLI::Option* lang = add_lang_option(app, args->lang, args->options);
    lang->description("language of the diagnostics, and of the decision if given");
    args->lang_option = lang;
    add_choice_option(app, "--detail", args->detail, {"summary", "full"}, "LEVEL",
                      "how much of the trail text and Markdown show (default: as sent)");
    return [args](const Invocation& invocation) { return run(invocation, *args); };
}

}  // namespace netral::cli
