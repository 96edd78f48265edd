// SPDX-License-Identifier: Apache-2.0
// `netral serve`: the HTTP/JSON decision service (docs/service.md) on the rule set the other
// commands would use. Reads the rules and the secret files, then hands over to engine/serve
// until SIGTERM or SIGINT; its log lines go to standard error.
#include <CLI/CLI.hpp>
#include <charconv>
#include <limits>
#include <memory>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/load_rules.hpp"
#include "cli/shared_options.hpp"
#include "decision_log/store.hpp"
#include "serve/server.hpp"
#include "serve/service.hpp"

namespace netral::cli {

namespace {

/// The command line of `netral serve`.
struct ServeArgs {
    std::string listen = "127.0.0.1:8080";    ///< --listen HOST:PORT
    std::size_t threads = 0;                  ///< --threads; 0: the hardware's concurrency
    std::string rules;                        ///< --rules
    bool watch = false;                       ///< --watch
    std::string admin_token_file;             ///< --admin-token-file
    std::string api_keys_file;                ///< --api-keys-file
    std::string cors_origin;                  ///< --cors-origin
    std::size_t max_body_bytes = 4 << 20;     ///< --max-body-bytes
    std::size_t max_header_bytes = 16 << 10;  ///< --max-header-bytes
    std::size_t request_timeout_ms = 10000;   ///< --request-timeout-ms
    std::size_t max_connections = 512;        ///< --max-connections
    std::size_t time_limit_ms = 5000;         ///< --time-limit-ms, of one evaluation
    std::size_t work_limit = 0;               ///< --work-limit, steps of one evaluation
    std::string color;                        ///< --color, for the rule set's diagnostics
    std::string lang;                         ///< --lang, of the rule set's diagnostics
    std::string log;                          ///< --log FILE|postgresql://…; empty: no log
    CheckOptions options;                     ///< limits and disabled warnings
};

/// HOST:PORT (the host may be `[::1]`); none when malformed.
std::optional<std::pair<std::string, std::uint16_t>> split_listen(const std::string& listen) {
    std::size_t colon = listen.rfind(':');
    if (colon == std::string::npos || colon == 0) return std::nullopt;
    std::string host = listen.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') {
        host = host.substr(1, host.size() - 2);
    }
    unsigned port = 0;
    const char* first = listen.data() + colon + 1;
    const char* last = listen.data() + listen.size();
    auto [end, ec] = std::from_chars(first, last, port);
    if (ec != std::errc() || end != last || first == last || port > 65535) return std::nullopt;
    return std::pair{host, static_cast<std::uint16_t>(port)};
}

int run(const Invocation& invocation, const ServeArgs& args) {
    const std::string name = "serve";
    auto listen = split_listen(args.listen);
    if (!listen) {
        return usage_error(
            invocation, name,
            "--listen takes HOST:PORT, e.g. 127.0.0.1:8080, not `" + args.listen + "`");
    }
    serve::ServiceOptions service_options;
    if (!args.admin_token_file.empty()) {
        std::string error;
        auto secrets = serve::read_secrets(args.admin_token_file, error);
        if (!secrets) return usage_error(invocation, name, "--admin-token-file: " + error);
        service_options.credentials.admin_token = secrets->front();
    }
    if (!args.api_keys_file.empty()) {
        std::string error;
        auto secrets = serve::read_secrets(args.api_keys_file, error);
        if (!secrets) return usage_error(invocation, name, "--api-keys-file: " + error);
        service_options.credentials.api_keys = std::move(*secrets);
    }
    service_options.cors_origin = args.cors_origin;
    service_options.time_limit = std::chrono::milliseconds(args.time_limit_ms);
    service_options.work_limit = args.work_limit;
    CompiledRules compiled = compile_rules_option(
        invocation, {name, args.rules, args.options, args.color, "the service was not started"});
    if (!compiled.rules) return compiled.exit_code;
    std::shared_ptr<const serve::RuleState> initial =
        serve::make_rule_state(compiled.rules, compiled.location.path);
    if (!args.log.empty()) {
        std::string error;
        auto log_store = decision_log::open_store(args.log, error);
        if (!log_store) return usage_error(invocation, name, "--log: " + error);
        service_options.log = std::make_shared<serve::DecisionLog>(std::move(log_store));
        // The log keeps the files themselves: read once more, they must be the set compiled.
        serve::LoadResult loaded =
            serve::load_rule_state(compiled.location.path, args.options, args.options.language);
        if (!loaded.state || loaded.state->rules->digest() != compiled.rules->digest()) {
            return usage_error(invocation, name,
                               "--log: the rule files changed while the service was starting");
        }
        initial = loaded.state;
        if (!service_options.log->keep(*initial)) {
            return usage_error(invocation, name,
                               "--log: " + service_options.log->store().failure());
        }
    }
    auto store = std::make_shared<serve::RuleStore>(compiled.location.path, args.options, initial);
    serve::Service service(store, std::move(service_options));

    serve::ServerOptions server_options;
    server_options.host = listen->first;
    server_options.port = listen->second;
    server_options.threads = static_cast<unsigned>(args.threads);
    server_options.max_body_bytes = args.max_body_bytes;
    server_options.max_header_bytes = args.max_header_bytes;
    server_options.request_timeout = std::chrono::milliseconds(args.request_timeout_ms);
    server_options.max_connections = args.max_connections;
    server_options.watch = args.watch;
    return serve::run_server(server_options, service, invocation.err) == 0 ? kExitOk : kExitUsage;
}

}  // namespace

Runner define_serve(CLI::App& app) {
    auto args = std::make_shared<ServeArgs>();
    app.footer(
        "Usage: netral serve [--listen HOST:PORT] [--rules DIR] [OPTIONS]\n\n"
        "Answers decisions over HTTP/JSON: POST /v1/evaluate (one incident, JSON or YAML),\n"
        "/v1/evaluate/batch (JSON Lines), /v1/whatif, /v1/explore; GET /v1/ruleset,\n"
        "/v1/openapi.json, /healthz, /readyz, /metrics; POST /v1/admin/reload.\n"
        "See docs/service.md.\n\n"
        "Logs one JSON line per request on standard error; the first line names the bound\n"
        "address (port 0 picks a free one). SIGHUP, --watch or the admin route reload the\n"
        "rules; a rule set with errors never replaces the one being served. SIGTERM and\n"
        "SIGINT stop accepting, finish the requests in flight and exit 0. With --log, every\n"
        "decision is in the decision log before it is answered (header Decision-Id), and\n"
        "GET /v1/decisions/ID and POST /v1/decisions/ID/replay read it. Exit 1 when the\n"
        "rule set has errors, 2 for usage problems or an address that cannot be bound.\n");
    add_value_option(app, "--listen", args->listen, "ADDRESS",
                     "HOST:PORT to listen on (port 0: any free port)");
    add_count_option(app, "--threads", args->threads, 0, 1024, "N",
                     "worker threads (0: one per hardware thread)");
    add_rules_option(app, args->rules);
    app.add_flag("--watch", args->watch, "reload when a rule file changes (checked every second)");
    add_value_option(app, "--admin-token-file", args->admin_token_file, "FILE",
                     "the bearer token of the admin routes (off without it)");
    add_value_option(app, "--api-keys-file", args->api_keys_file, "FILE",
                     "API keys, one per line, required by the evaluation routes");
    add_value_option(app, "--cors-origin", args->cors_origin, "ORIGIN",
                     "allow browsers of ORIGIN (or *) to call the service");
    add_count_option(app, "--max-body-bytes", args->max_body_bytes, 1, std::size_t{1} << 30, "N",
                     "largest request body (413 above)");
    add_count_option(app, "--max-header-bytes", args->max_header_bytes, 1024, 1 << 20, "N",
                     "largest request header (431 above)");
    add_count_option(app, "--request-timeout-ms", args->request_timeout_ms, 10, 3600000, "MS",
                     "time to receive one request (408 after)");
    add_count_option(app, "--max-connections", args->max_connections, 1, 1000000, "N",
                     "open connections (503 above)");
    add_count_option(app, "--time-limit-ms", args->time_limit_ms, 0, 3600000, "MS",
                     "most time one evaluation, or one what-if, scenario or exploration in "
                     "all, may take; 422 E7006 after (0: no limit)");
    add_count_option(app, "--work-limit", args->work_limit, 0,
                     std::numeric_limits<std::uint32_t>::max(), "STEPS",
                     "most steps one evaluation may take, 422 E7006 after (0: no limit)");
    add_value_option(app, "--log", args->log, "FILE",
                     "append every decision to this decision log (an SQLite file, or "
                     "postgresql://…) before answering it");
    add_color_option(app, args->color);
    add_lang_option(app, args->lang, args->options);
    add_front_end_options(app, args->options);
    return [args](const Invocation& invocation) { return run(invocation, *args); };
}

}  // namespace netral::cli
