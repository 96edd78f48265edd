// SPDX-License-Identifier: Apache-2.0
// The service without its network (engine/serve): request targets, the envelope's member
// ranges, secrets, and a reload while a request is in flight, which must finish on the rule set
// it started with. tests/service/ drives the real server.
#include <doctest/doctest.h>

#include <boost/json/parse.hpp>
#include <filesystem>
#include <future>
#include <thread>

#include "serve/auth.hpp"
#include "serve/envelope.hpp"
#include "serve/openapi.hpp"
#include "serve/service.hpp"
#include "serve/target.hpp"
#include "support.hpp"

namespace fs = std::filesystem;
using namespace netral;
using namespace netral::serve;

TEST_CASE("serve: a target is split into its path and decoded query parameters") {
    struct Row {
        std::string target;
        bool valid;
        std::string path;
        std::vector<std::pair<std::string, std::string>> query;
    };
    const std::vector<Row> rows = {
        {"/v1/evaluate", true, "/v1/evaluate", {}},
        {"/v1/evaluate?lang=en&param.x=a+b",
         true,
         "/v1/evaluate",
         {{"lang", "en"}, {"param.x", "a b"}}},
        {"/a%20b?k=%41%2b&flag", true, "/a b", {{"k", "A+"}, {"flag", ""}}},
        {"/x?k=%4", false, "/x", {}},
        {"/x?k=%zz", false, "/x", {}},
        {"http://host/x", false, "", {}},
        {"/x?&&a=1&", true, "/x", {{"a", "1"}}},
    };
    for (const Row& row : rows) {
        INFO("target " << row.target);
        Target target = parse_target(row.target);
        CHECK(target.valid == row.valid);
        if (!row.valid) continue;
        CHECK(target.path == row.path);
        CHECK(target.query == row.query);
    }
}

TEST_CASE("serve: the envelope's members are found in place, and the rest blanked") {
    std::string body =
        "{\"options\": {\"lang\": \"en\"},\n \"incident\": {\"id\": \"é\", \"x\": [1, \"]\"]}}";
    auto members = top_level_members(body);
    REQUIRE(members);
    REQUIRE(members->size() == 2);
    CHECK((*members)[0].key == "options");
    CHECK(body.substr((*members)[0].begin, (*members)[0].end - (*members)[0].begin) ==
          "{\"lang\": \"en\"}");
    CHECK((*members)[1].key == "incident");
    CHECK(body.substr((*members)[1].begin, (*members)[1].end - (*members)[1].begin) ==
          "{\"id\": \"é\", \"x\": [1, \"]\"]}");
    std::string kept = keep_only(body, (*members)[1].begin, (*members)[1].end);
    // The same line and column for every kept character: one space per character before it.
    CHECK(kept == std::string(27, ' ') + "\n" + std::string(13, ' ') +
                      "{\"id\": \"é\", \"x\": [1, \"]\"]} ");
    CHECK_FALSE(top_level_members("[1, 2]"));
    CHECK(top_level_members("{}")->empty());
}

TEST_CASE("serve: secrets compare by value only") {
    CHECK(constant_time_equal("key-one", "key-one"));
    CHECK_FALSE(constant_time_equal("key-one", "key-onE"));
    CHECK_FALSE(constant_time_equal("key-one", "key-on"));
    CHECK_FALSE(constant_time_equal("key", ""));
    CHECK_FALSE(constant_time_equal("", "key"));
    Credentials credentials{"admin", {"k1", "k2"}};
    HttpRequest request;
    CHECK_FALSE(has_api_key(credentials, request));
    request.headers = {{"x-api-key", "k2"}};
    CHECK(has_api_key(credentials, request));
    request.headers = {{"Authorization", "bearer k1"}};
    CHECK(has_api_key(credentials, request));
    CHECK_FALSE(is_admin(credentials, request));
    request.headers = {{"Authorization", "Bearer admin"}};
    CHECK(is_admin(credentials, request));
    CHECK(has_api_key(Credentials{}, HttpRequest{}));  // no keys configured: open
}

TEST_CASE("serve: a request in flight during a reload finishes on the rule set it started with") {
    fs::path dir = fs::temp_directory_path() / "netral_serve_reload_test";
    fs::remove_all(dir);
    fs::copy(NETRAL_RULES_DIR, dir, fs::copy_options::recursive);
    LoadResult first = load_rule_state(dir.string(), {}, Language::English);
    REQUIRE(first.state);
    std::string old_digest = first.state->rules->digest();
    auto store = std::make_shared<RuleStore>(dir.string(), CheckOptions{}, first.state);

    std::promise<void> entered;
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    ServiceOptions options;
    options.on_decision = [&](const DecisionRecord& record) {
        CHECK(record.digest == old_digest);
        entered.set_value();
        released.wait();  // the decision is made; the response is not written yet
    };
    Service service(store, options);
    HttpRequest request;
    request.method = "POST";
    request.target = "/v1/evaluate?as_of=2025-02-01";
    request.headers = {{"Content-Type", "application/yaml"}};
    request.body = netral::testing::read_file(fs::path(NETRAL_RULES_DIR).parent_path() /
                                              "examples" / "c1-10-official-car-to-rally.yaml");
    request.request_id = "t-1";
    auto answer = std::async(std::launch::async, [&] { return service.handle(request); });
    entered.get_future().wait();

    // A broken set is refused; a good one replaces the old set while the request waits.
    fs::path file;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() == ".rules") file = entry.path();
    }
    std::string original = netral::testing::read_file(file);
    netral::testing::write_file(file, original + "\nrule broken (\n");
    CHECK_FALSE(service.reload(Language::English).state);
    CHECK(store->current()->rules->digest() == old_digest);
    netral::testing::write_file(file, original + "\n# changed\n");
    LoadResult second = service.reload(Language::English);
    REQUIRE(second.state);
    CHECK(store->current()->rules->digest() != old_digest);
    CHECK(store->reloads() == 1);
    CHECK(store->failed_reloads() == 1);

    release.set_value();
    HttpResponse response = answer.get();
    CHECK(response.status == 200);
    CHECK(response.body.find(old_digest) != std::string::npos);
    CHECK(response.body.find(second.state->rules->digest()) == std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("serve: the OpenAPI document is OpenAPI 3.1 and describes exactly the routes served") {
    boost::json::value document = boost::json::parse(openapi_document());
    REQUIRE(document.is_object());
    CHECK(document.at("openapi").as_string().starts_with("3.1"));
    CHECK_FALSE(document.at("info").at("title").as_string().empty());
    CHECK_FALSE(document.at("info").at("version").as_string().empty());
    const boost::json::object& paths = document.at("paths").as_object();
    std::size_t operations = 0;
    for (const auto& [path, item] : paths) operations += item.as_object().size();
    std::vector<RouteName> served = routes();
    CHECK(operations == served.size());
    for (const RouteName& route : served) {
        INFO(route.method << " " << route.path);
        const boost::json::value* item = paths.if_contains(route.path);
        REQUIRE(item != nullptr);
        std::string method(route.method);
        for (char& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const boost::json::value* operation = item->as_object().if_contains(method);
        REQUIRE(operation != nullptr);
        CHECK_FALSE(operation->at("responses").as_object().empty());
    }
}

TEST_CASE("serve: the decision hook sees each decision before it is sent; its failure is a 500") {
    LoadResult loaded = load_rule_state(NETRAL_RULES_DIR, {}, Language::English);
    REQUIRE(loaded.state);
    auto store = std::make_shared<RuleStore>(NETRAL_RULES_DIR, CheckOptions{}, loaded.state);
    HttpRequest request;
    request.method = "POST";
    request.target = "/v1/evaluate?as_of=2025-02-01&format=text&lang=en";
    request.headers = {{"Content-Type", "application/yaml"}};
    request.body = netral::testing::read_file(fs::path(NETRAL_RULES_DIR).parent_path() /
                                              "examples" / "c1-10-official-car-to-rally.yaml");
    request.request_id = "t-2";

    std::vector<std::string> seen;
    ServiceOptions logging;
    logging.on_decision = [&](const DecisionRecord& record) {
        CHECK(record.source == "<request>");
        CHECK(record.incident == request.body);
        CHECK(record.format == IncidentFormat::Yaml);
        CHECK(record.options->format == Format::Text);
        seen.push_back(*record.body);
    };
    HttpResponse answered = Service(store, logging).handle(request);
    CHECK(answered.status == 200);
    REQUIRE(seen.size() == 1);
    CHECK(seen.front() == answered.body);

    ServiceOptions failing;
    failing.on_decision = [](const DecisionRecord&) { throw std::runtime_error("log is full"); };
    HttpResponse refused = Service(store, failing).handle(request);
    CHECK(refused.status == 500);
    CHECK(refused.content_type == "application/problem+json");
    CHECK(refused.body.find("urn:netral:problem:internal") != std::string::npos);
    CHECK(refused.body.find("DECISION") == std::string::npos);
}

namespace {

/// A decision log whose writes fail, as a full disk or a lost database would make them.
class FailingStore : public netral::decision_log::Store {
public:
    void keep_rule_set(const netral::decision_log::RuleSetFiles&) override { succeed(); }
    std::string append(netral::decision_log::Entry) override {
        fail("log.db: entry not appended: disk I/O error");
        ++appends;
        return {};
    }
    std::optional<netral::decision_log::Entry> find(std::string_view) override {
        succeed();
        return std::nullopt;
    }
    std::optional<netral::decision_log::RuleSetFiles> rule_set(std::string_view) override {
        succeed();
        return std::nullopt;
    }
    std::size_t prune(std::string_view) override { return 0; }
    std::size_t transactions() const override { return 0; }
    int appends = 0;
};

/// The value of the response's field `name`, or "".
std::string field(const HttpResponse& response, std::string_view name) {
    for (const auto& [key, value] : response.headers) {
        if (key == name) return value;
    }
    return {};
}

}  // namespace

TEST_CASE("serve: a decision the log cannot keep is not given: 503 log-unavailable") {
    LoadResult loaded = load_rule_state(NETRAL_RULES_DIR, {}, Language::English);
    REQUIRE(loaded.state);
    auto store = std::make_shared<RuleStore>(NETRAL_RULES_DIR, CheckOptions{}, loaded.state);
    auto failing = std::make_unique<FailingStore>();
    FailingStore& log = *failing;
    ServiceOptions options;
    options.log = std::make_shared<DecisionLog>(std::move(failing));
    Service service(store, options);
    std::string incident = netral::testing::read_file(
        fs::path(NETRAL_RULES_DIR).parent_path() / "examples" / "c1-10-official-car-to-rally.yaml");

    HttpRequest request;
    request.method = "POST";
    request.target = "/v1/evaluate?as_of=2025-02-01&lang=en";
    request.headers = {{"Content-Type", "application/yaml"}};
    request.body = incident;
    request.request_id = "t-3";
    HttpResponse refused = service.handle(request);
    CHECK(log.appends == 1);
    CHECK(refused.status == 503);
    CHECK(refused.content_type == "application/problem+json");
    CHECK(refused.body.find("urn:netral:problem:log-unavailable") != std::string::npos);
    CHECK(refused.body.find("\"outcome\"") == std::string::npos);
    CHECK(field(refused, "Decision-Id").empty());
    CHECK(field(refused, "Retry-After") == "1");

    // A batch is withheld whole when one of its lines cannot be logged.
    request.target = "/v1/evaluate/batch?as_of=2025-02-01";
    request.headers = {{"Content-Type", "application/x-ndjson"}};
    request.body =
        R"({"id": "B-1", "election": "pilkada-2024", "decided": "2025-01-30",)"
        R"( "person": {"status": "pns", "position_class": "pelaksana"}, "acts": [{"id": "r",)"
        R"( "date": "2024-10-05", "kind": "campaign_event", "event": "campaign",)"
        R"( "role": "audience", "state_facility": "used"}]})"
        "\n";
    HttpResponse batch = service.handle(request);
    CHECK(log.appends == 2);
    CHECK(batch.status == 503);
    CHECK(batch.body.find("urn:netral:problem:log-unavailable") != std::string::npos);
    CHECK(field(batch, "Decision-Id").empty());
}
