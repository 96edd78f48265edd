// SPDX-License-Identifier: Apache-2.0
// The network side of `netral serve`: HTTP/1.1 with keep-alive over Boost.Beast, a fixed pool
// of worker threads, limits on header size, body size, request time and connections, hot
// reload on SIGHUP or by polling the rules directory, and a graceful stop on SIGTERM/SIGINT.
// Every answer comes from Service::handle(); this is the only file that sees Beast.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>

#include "serve/service.hpp"

namespace netral::serve {

/// How the server listens and what it tolerates. The defaults are safe for a service exposed
/// behind a reverse proxy.
struct ServerOptions {
    std::string host = "127.0.0.1";  ///< the address to bind
    std::uint16_t port = 8080;       ///< 0: an ephemeral port (the log's first line names it)
    unsigned threads = 0;            ///< worker threads; 0: the hardware's concurrency
    std::size_t max_header_bytes = 16 << 10;  ///< request line and header fields (431 above)
    std::size_t max_body_bytes = 4 << 20;     ///< request body (413 above)
    std::chrono::milliseconds request_timeout{10000};  ///< to receive one request (408 after)
    std::size_t max_connections = 512;                 ///< open connections; more are answered 503
    std::chrono::milliseconds drain_timeout{30000};    ///< on stop: time left to in-flight requests
    bool watch = false;  ///< poll the rules directory and reload when a file changes
    std::chrono::milliseconds watch_interval{1000};  ///< polling period of `watch`
};

/// Serves until SIGTERM or SIGINT, then stops accepting, finishes the requests in flight and
/// returns 0; returns 1 (with a log line) when the address cannot be bound. Writes one JSON log
/// line per event to `log`: the first names the bound address (`"event":"listening"`).
int run_server(const ServerOptions& options, Service& service, std::ostream& log);

}  // namespace netral::serve
