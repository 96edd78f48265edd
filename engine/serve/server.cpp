// SPDX-License-Identifier: Apache-2.0
// The Beast server (structure after Beast's advanced server example): one acceptor, a session
// per connection on its own strand, a fixed pool of threads running the io_context. Requests
// are read in two steps — the header, then the body — so an oversized Content-Length is
// refused (413) before any of the body is read. A per-request deadline answers a slow or stalled
// client with 408. Handlers run on the worker threads; a request holds the rule set it started
// with, so a reload never changes an answer half-way. SIGHUP and --watch reloads compile on a
// thread of their own, so that neither requests nor signals wait for a compile.
#include "serve/server.hpp"

#include <atomic>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <condition_variable>
#include <limits>
#include <list>
#include <memory>
#include <optional>
#include <ostream>
#include <random>
#include <thread>
#include <vector>

#include "serve/log.hpp"

namespace netral::serve {

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

class Server;

/// One connection: reads requests one after the other (keep-alive) and answers each.
class Session : public std::enable_shared_from_this<Session> {
public:
    Session(tcp::socket&& socket, Server& server);
    ~Session();
    /// Starts reading requests, or (`reject`) answers 503 and closes.
    void start(bool reject);
    /// On shutdown: closes the connection now unless a request is being handled (that one is
    /// answered, then the connection closes). Called on the session's strand.
    void stop_if_idle();
    auto executor() { return stream_.get_executor(); }

private:
    void read_request();
    void on_header(beast::error_code ec);
    void read_body();
    void on_body(beast::error_code ec);
    void on_read_error(beast::error_code ec);
    void send(HttpResponse response, bool keep_alive);
    void on_write(beast::error_code ec, bool keep_alive);
    void log(const HttpResponse& response);
    void close();
    std::string request_id();

    Server& server_;
    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    asio::steady_timer deadline_;  ///< the time left to receive the current request
    bool timed_out_ = false;       ///< the deadline cancelled the read
    bool busy_ = false;            ///< a request is being handled or answered
    std::chrono::steady_clock::time_point started_;  ///< of the current request
    std::string method_;        ///< of the request being handled (the parser is released by then)
    std::string target_;        ///< of the request being handled
    std::size_t bytes_in_ = 0;  ///< its body's size
    std::shared_ptr<http::response<http::string_body>> response_;  ///< being written
    std::shared_ptr<http::response<http::empty_body>> continue_;   ///< 100 Continue
    std::list<std::weak_ptr<Session>>::iterator registry_;  ///< this session in the server's list
};

class Server {
public:
    Server(const ServerOptions& options, Service& service, std::ostream& log)
        : options_(options),
          service_(service),
          logger_(log),
          acceptor_(asio::make_strand(ioc_)),
          signals_(ioc_, SIGINT, SIGTERM, SIGHUP),
          watch_timer_(ioc_),
          accept_timer_(acceptor_.get_executor()) {
        std::random_device random;
        id_prefix_ = std::to_string(random() % 100000000);
    }

    int run();

    const ServerOptions& options() const { return options_; }
    Service& service() { return service_; }
    Logger& logger() { return logger_; }
    bool stopping() const { return stopping_; }
    std::string next_request_id() {
        return id_prefix_ + "-" + std::to_string(next_id_.fetch_add(1) + 1);
    }

    /// A session began or ended; the registry lets shutdown reach the idle ones.
    std::list<std::weak_ptr<Session>>::iterator enter(const std::shared_ptr<Session>& session) {
        std::lock_guard lock(sessions_mutex_);
        return sessions_.insert(sessions_.end(), session);
    }
    void leave(std::list<std::weak_ptr<Session>>::iterator at) {
        std::lock_guard lock(sessions_mutex_);
        sessions_.erase(at);
        if (sessions_.empty()) drained_.notify_all();
    }

private:
    void accept();
    void wait_for_signal();
    void watch(std::string fingerprint);
    void stop();
    void reload(std::string_view trigger);

    ServerOptions options_;
    Service& service_;
    Logger logger_;
    asio::io_context ioc_;
    tcp::acceptor acceptor_;
    asio::signal_set signals_;
    asio::steady_timer watch_timer_;
    asio::steady_timer accept_timer_;  ///< the pause after a failed accept
    /// Where SIGHUP and --watch reloads compile, one at a time: off the I/O threads, so that
    /// requests and signals (a SIGTERM during a reload) are served while a rule set compiles.
    asio::thread_pool reloader_{1};
    std::atomic<bool> stopping_{false};
    std::string id_prefix_;                  ///< differs between runs
    std::atomic<std::uint64_t> next_id_{0};  ///< requests so far
    std::mutex sessions_mutex_;              ///< guards sessions_
    std::list<std::weak_ptr<Session>> sessions_;
    std::condition_variable_any drained_;  ///< sessions_ became empty
};

// --- Session ---

Session::Session(tcp::socket&& socket, Server& server)
    : server_(server), stream_(std::move(socket)), deadline_(stream_.get_executor()) {}

Session::~Session() { server_.leave(registry_); }

void Session::start(bool reject) {
    registry_ = server_.enter(shared_from_this());
    if (reject) {
        asio::dispatch(stream_.get_executor(), [self = shared_from_this()] {
            self->busy_ = true;
            self->started_ = std::chrono::steady_clock::now();
            self->send(self->server_.service().refuse(ProblemKind::Unavailable, "/",
                                                      self->server_.next_request_id()),
                       false);
        });
        return;
    }
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->read_request(); });
}

void Session::stop_if_idle() {
    if (!busy_) close();
}

void Session::read_request() {
    busy_ = false;
    method_.clear();
    target_.clear();
    bytes_in_ = 0;
    started_ = std::chrono::steady_clock::now();
    if (server_.stopping()) return close();
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(server_.options().max_header_bytes));
    // No body limit while the header is read, so that an oversized Content-Length reaches
    // on_header with the request line known (for the 413 and its log line); set there.
    parser_->body_limit(std::numeric_limits<std::uint64_t>::max());
    timed_out_ = false;
    deadline_.expires_after(server_.options().request_timeout);
    deadline_.async_wait([weak = weak_from_this()](beast::error_code ec) {
        auto self = weak.lock();
        if (ec || !self) return;
        self->timed_out_ = true;
        beast::error_code ignored;
        beast::get_lowest_layer(self->stream_).socket().cancel(ignored);
    });
    http::async_read_header(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_header(ec); });
}

void Session::on_header(beast::error_code ec) {
    if (ec) return on_read_error(ec);
    started_ = std::chrono::steady_clock::now();
    const auto& header = parser_->get();
    auto length = parser_->content_length();  // boost::optional
    if (length && *length > server_.options().max_body_bytes) {
        deadline_.cancel();
        busy_ = true;
        return send(server_.service().refuse(ProblemKind::BodyTooLarge,
                                             std::string(header.target()), request_id(),
                                             std::to_string(server_.options().max_body_bytes)),
                    false);
    }
    parser_->body_limit(server_.options().max_body_bytes);  // a chunked body stops there
    if (beast::iequals(header[http::field::expect], "100-continue")) {
        continue_ = std::make_shared<http::response<http::empty_body>>(http::status::continue_,
                                                                       header.version());
        return http::async_write(stream_, *continue_,
                                 [self = shared_from_this()](beast::error_code ec, std::size_t) {
                                     if (ec) return self->close();
                                     self->read_body();
                                 });
    }
    read_body();
}

void Session::read_body() {
    http::async_read(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_body(ec); });
}

void Session::on_body(beast::error_code ec) {
    deadline_.cancel();
    if (ec) return on_read_error(ec);
    busy_ = true;
    std::string id = request_id();  // before release(): it reads the parsed header
    method_ = std::string(parser_->get().method_string());
    target_ = std::string(parser_->get().target());
    http::request<http::string_body> message = parser_->release();
    HttpRequest request;
    request.method = std::string(message.method_string());
    request.target = std::string(message.target());
    for (const auto& field : message) {
        request.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    }
    request.body = std::move(message.body());
    request.request_id = std::move(id);
    bytes_in_ = request.body.size();
    HttpResponse response = server_.service().handle(request);
    send(std::move(response), message.keep_alive() && !server_.stopping());
}

void Session::on_read_error(beast::error_code ec) {
    bool received = parser_ && (parser_->got_some() || buffer_.size() > 0);
    if (timed_out_) {
        if (!received) return close();  // an idle keep-alive connection: close quietly
        busy_ = true;
        std::string target = parser_->is_header_done() ? std::string(parser_->get().target()) : "/";
        return send(
            server_.service().refuse(ProblemKind::RequestTimeout, target, request_id(),
                                     std::to_string(server_.options().request_timeout.count())),
            false);
    }
    if (ec == http::error::end_of_stream || ec == asio::error::operation_aborted ||
        ec == asio::error::eof || ec == asio::error::connection_reset || !received) {
        return close();
    }
    busy_ = true;
    std::string target = parser_->is_header_done() ? std::string(parser_->get().target()) : "/";
    if (ec == http::error::body_limit) {
        return send(server_.service().refuse(ProblemKind::BodyTooLarge, target, request_id(),
                                             std::to_string(server_.options().max_body_bytes)),
                    false);
    }
    if (ec == http::error::header_limit) {
        return send(server_.service().refuse(ProblemKind::HeadersTooLarge, target, request_id(),
                                             std::to_string(server_.options().max_header_bytes)),
                    false);
    }
    if (ec.category() == http::make_error_code(http::error::bad_target).category() ||
        ec == http::error::partial_message) {
        // The bytes are not HTTP (a bad request line, a bad field, chunking gone wrong).
        return send(server_.service().refuse(ProblemKind::MalformedRequest, target, request_id()),
                    false);
    }
    close();
}

std::string Session::request_id() {
    // A client's own id is kept when it is a plain token, so its logs and ours line up.
    if (parser_ && parser_->is_header_done()) {
        std::string_view given = parser_->get()["X-Request-Id"];
        bool plain = !given.empty() && given.size() <= 64;
        for (char c : given) {
            plain = plain && (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ||
                              c == '.');
        }
        if (plain) return std::string(given);
    }
    return server_.next_request_id();
}

void Session::send(HttpResponse response, bool keep_alive) {
    log(response);
    response_ = std::make_shared<http::response<http::string_body>>();
    response_->version(11);
    response_->result(static_cast<unsigned>(response.status));
    response_->set(http::field::server, "netral");
    if (!response.content_type.empty()) {
        response_->set(http::field::content_type, response.content_type);
    }
    for (const auto& [name, value] : response.headers) response_->insert(name, value);
    response_->body() = std::move(response.body);
    response_->keep_alive(keep_alive);
    response_->prepare_payload();
    stream_.expires_after(server_.options().request_timeout);
    http::async_write(stream_, *response_,
                      [self = shared_from_this(), keep_alive](beast::error_code ec, std::size_t) {
                          self->on_write(ec, keep_alive);
                      });
}

void Session::log(const HttpResponse& response) {
    // One line per answer, refusals included; what was not read is left empty.
    std::string id;
    for (const auto& [name, value] : response.headers) {
        if (name == "X-Request-Id") id = value;
    }
    std::string method = method_;
    std::string target = target_;
    if (method.empty() && parser_ && parser_->is_header_done()) {
        method = std::string(parser_->get().method_string());
        target = std::string(parser_->get().target());
    }
    beast::error_code ec;
    auto remote = beast::get_lowest_layer(stream_).socket().remote_endpoint(ec);
    std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - started_;
    server_.logger().write(
        "info", "request",
        {text_field("request_id", id), text_field("method", method), text_field("target", target),
         number_field("status", response.status), number_field("duration_ms", took.count()),
         number_field("bytes_in", bytes_in_), number_field("bytes_out", response.body.size()),
         text_field("remote", ec ? "" : remote.address().to_string())});
}

void Session::on_write(beast::error_code ec, bool keep_alive) {
    stream_.expires_never();
    response_.reset();
    if (ec || !keep_alive) return close();
    read_request();
}

void Session::close() {
    deadline_.cancel();
    beast::error_code ignored;
    auto& socket = beast::get_lowest_layer(stream_).socket();
    socket.shutdown(tcp::socket::shutdown_send, ignored);
    socket.close(ignored);
}

// --- Server ---

int Server::run() {
    beast::error_code ec;
    tcp::endpoint endpoint(asio::ip::make_address(options_.host, ec), options_.port);
    if (!ec) acceptor_.open(endpoint.protocol(), ec);
    if (!ec) acceptor_.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec) acceptor_.bind(endpoint, ec);
    if (!ec) acceptor_.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) {
        logger_.write("error", "bind_failed",
                      {text_field("address", options_.host + ":" + std::to_string(options_.port)),
                       text_field("error", ec.message())});
        return 1;
    }
    tcp::endpoint bound = acceptor_.local_endpoint();
    unsigned threads = options_.threads != 0 ? options_.threads
                                             : std::max(1u, std::thread::hardware_concurrency());
    auto state = service_.store().current();
    logger_.write(
        "info", "listening",
        {text_field("address", bound.address().to_string() + ":" + std::to_string(bound.port())),
         number_field("threads", threads), text_field("rules", state->directory),
         text_field("digest", state->rules->digest())});
    accept();
    wait_for_signal();
    if (options_.watch) watch(directory_fingerprint(service_.store().directory()));

    std::vector<std::thread> pool;
    for (unsigned i = 0; i < threads; ++i) pool.emplace_back([this] { ioc_.run(); });
    // After a stop signal the sessions drain; past the drain timeout the rest are cut off.
    {
        std::mutex wait_mutex;
        std::unique_lock lock(wait_mutex);
        while (!stopping_) drained_.wait_for(lock, std::chrono::milliseconds(100));
    }
    {
        std::unique_lock lock(sessions_mutex_);
        drained_.wait_for(lock, options_.drain_timeout, [this] { return sessions_.empty(); });
    }
    ioc_.stop();
    for (std::thread& thread : pool) thread.join();
    // A reload still compiling finishes (the service outlives this object only so long);
    // reloads still queued are dropped.
    reloader_.stop();
    reloader_.join();
    logger_.write("info", "stopped", {});
    return 0;
}

void Server::accept() {
    acceptor_.async_accept(
        asio::make_strand(ioc_), [this](beast::error_code ec, tcp::socket socket) {
            if (ec) {
                if (stopping_) return;
                // Out of file descriptors, say: try again shortly rather than spin.
                logger_.write("error", "accept_failed", {text_field("error", ec.message())});
                accept_timer_.expires_after(std::chrono::milliseconds(100));
                accept_timer_.async_wait([this](beast::error_code wait_ec) {
                    if (!wait_ec && !stopping_) accept();
                });
                return;
            }
            bool full;
            {
                std::lock_guard lock(sessions_mutex_);
                full = sessions_.size() >= options_.max_connections;
            }
            auto session = std::make_shared<Session>(std::move(socket), *this);
            session->start(full);
            if (!stopping_) accept();
        });
}

void Server::wait_for_signal() {
    signals_.async_wait([this](beast::error_code ec, int signal) {
        if (ec) return;
        if (signal == SIGHUP) {
            asio::post(reloader_, [this] { reload("SIGHUP"); });
            return wait_for_signal();
        }
        stop();
    });
}

void Server::reload(std::string_view trigger) {
    LoadResult result = service_.reload(Language::English);
    if (result.state) {
        logger_.write("info", "reloaded",
                      {text_field("trigger", std::string(trigger)),
                       text_field("digest", result.state->rules->digest())});
    } else {
        std::string codes;
        for (const Diagnostic& d : result.diagnostics) {
            if (d.severity == Severity::Error) codes += (codes.empty() ? "" : " ") + d.code;
        }
        logger_.write("error", "reload_failed",
                      {text_field("trigger", std::string(trigger)), text_field("errors", codes),
                       text_field("digest", service_.store().current()->rules->digest())});
    }
}

void Server::watch(std::string fingerprint) {
    watch_timer_.expires_after(options_.watch_interval);
    watch_timer_.async_wait([this, fingerprint](beast::error_code ec) {
        if (ec || stopping_) return;
        // Read and compiled on the reloader; the timer is re-armed once that is done.
        asio::post(reloader_, [this, fingerprint] {
            std::string now = directory_fingerprint(service_.store().directory());
            if (now != fingerprint && !stopping_) reload("watch");
            asio::post(ioc_, [this, now] {
                if (!stopping_) watch(now);
            });
        });
    });
}

void Server::stop() {
    logger_.write("info", "stopping", {});
    service_.set_ready(false);
    stopping_ = true;
    beast::error_code ignored;
    signals_.cancel(ignored);
    asio::post(acceptor_.get_executor(), [this] {
        beast::error_code ignored;
        acceptor_.close(ignored);
        accept_timer_.cancel();
    });
    watch_timer_.cancel();
    std::lock_guard lock(sessions_mutex_);
    for (const auto& weak : sessions_) {
        if (auto session = weak.lock()) {
            asio::post(session->executor(), [session] { session->stop_if_idle(); });
        }
    }
    drained_.notify_all();
}

}  // namespace

int run_server(const ServerOptions& options, Service& service, std::ostream& log) {
    Server server(options, service, log);
    return server.run();
}

}  // namespace netral::serve
