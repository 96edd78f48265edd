// SPDX-License-Identifier: Apache-2.0
// The PostgreSQL decision log against a real throwaway cluster (postgres_cluster.sh, started by
// CTest's `postgresql` fixture; NETRAL_TEST_POSTGRESQL_SOCKET names its socket directory). Each
// test case gets a fresh database. The same behaviour as the SQLite log's tests: round trips,
// rule sets kept once, replay after the rules changed, grouped concurrent appends, prune, the
// schema version, and errors rather than crashes.
#include <libpq-fe.h>

#include <cstdlib>
#include <filesystem>
#include <set>
#include <thread>

#include "decision_log/decision_log.hpp"
#include "support.hpp"

namespace fs = std::filesystem;
namespace dl = netral::decision_log;

namespace {

std::string socket_dir() {
    const char* dir = std::getenv("NETRAL_TEST_POSTGRESQL_SOCKET");
    REQUIRE_MESSAGE(dir != nullptr,
                    "run through CTest: the `postgresql` fixture starts the cluster");
    return dir;
}

std::string uri(const std::string& database) {
    return "postgresql:///" + database + "?host=" + socket_dir() + "&user=netral";
}

/// Runs `sql` on `database`.
void admin(const std::string& database, const std::string& sql) {
    PGconn* conn = PQconnectdb(uri(database).c_str());
    REQUIRE(PQstatus(conn) == CONNECTION_OK);
    PGresult* result = PQexec(conn, sql.c_str());
    INFO(PQresultErrorMessage(result));
    CHECK(
        (PQresultStatus(result) == PGRES_COMMAND_OK || PQresultStatus(result) == PGRES_TUPLES_OK));
    PQclear(result);
    PQfinish(conn);
}

/// A fresh, empty database named `name`; its URI.
std::string fresh_database(const std::string& name) {
    admin("postgres", "DROP DATABASE IF EXISTS " + name);
    admin("postgres", "CREATE DATABASE " + name);
    return uri(name);
}

std::unique_ptr<dl::Store> open_log(const std::string& target) {
    std::string error;
    std::unique_ptr<dl::Store> store = dl::open_store(target, error);
    INFO(error);
    REQUIRE(store != nullptr);
    return store;
}

struct Rules {
    std::vector<netral::Source> files;
    std::shared_ptr<const netral::RuleSet> compiled;
};

Rules eval_rules(const std::string& extra_comment = "") {
    std::string error;
    auto files = netral::load_rule_directory(
        (fs::path(NETRAL_TEST_DIR) / "cli" / "rules" / "eval" / "rules").string(), error);
    REQUIRE(files.has_value());
    if (!extra_comment.empty()) files->front().text += "\n# " + extra_comment + "\n";
    netral::CompileResult compiled = netral::compile_rules(*files);
    REQUIRE(compiled.ok());
    return {*files, compiled.rules};
}

dl::Entry sample_entry(const std::string& digest, const std::string& time = "") {
    dl::Entry entry;
    entry.time = time;
    entry.digest = digest;
    entry.options = R"({"as_of":"2024-12-01"})";
    entry.incident = "person: {status: pns}\n";
    entry.incident_format = "yaml";
    entry.source = "incident.yaml";
    entry.decision_hash = dl::body_hash("body");
    return entry;
}

}  // namespace

TEST_CASE("postgresql log: entries and rule sets round-trip") {
    std::string target = fresh_database("roundtrip");
    auto store = open_log(target);
    Rules rules = eval_rules();
    dl::RuleSetFiles files = dl::rule_set_files(*rules.compiled, rules.files);
    store->keep_rule_set(files);
    store->keep_rule_set(files);
    CHECK(store->failure().empty());
    std::optional<dl::RuleSetFiles> back = store->rule_set(files.digest);
    REQUIRE(back.has_value());
    REQUIRE(back->files.size() == rules.files.size());
    CHECK(back->files[0].path == rules.files[0].path);
    CHECK(back->files[0].text == rules.files[0].text);

    dl::Entry entry = sample_entry(files.digest);
    std::string id = store->append(entry);
    REQUIRE_FALSE(id.empty());
    std::optional<dl::Entry> found = store->find(id);
    REQUIRE(found.has_value());
    CHECK(found->incident == entry.incident);
    CHECK(found->options == entry.options);
    CHECK(found->engine_version == netral::version());
    CHECK_FALSE(store->find("no-such-id").has_value());
    CHECK(store->failure().empty());
    // The same id twice fails alone; the store goes on.
    dl::Entry fixed = sample_entry(files.digest);
    fixed.id = "fixed-id";
    CHECK(store->append(fixed) == "fixed-id");
    CHECK(store->append(fixed).empty());
    CHECK(store->failure().find("duplicate key") != std::string::npos);
    CHECK_FALSE(store->append(sample_entry(files.digest)).empty());
    // Reopening finds the schema in place.
    store.reset();
    store = open_log(target);
    CHECK(store->find("fixed-id").has_value());
}

TEST_CASE("postgresql log: replay is byte for byte, after the rules changed") {
    auto store = open_log(fresh_database("replay"));
    std::vector<std::pair<std::string, std::string>> made;  // id, body
    for (const std::string& comment : {std::string(), std::string("changed")}) {
        Rules rules = eval_rules(comment);
        netral::Source incident{
            "rally.yaml", netral::testing::read_file(fs::path(NETRAL_TEST_DIR) / "cli" / "rules" /
                                                     "eval" / "incidents" / "rally.yaml")};
        netral::RequestOptions options;
        dl::resolve_as_of(options);
        netral::DecideResult decided =
            netral::decide(rules.compiled, incident, netral::IncidentFormat::Auto, options);
        REQUIRE(decided.ok());
        store->keep_rule_set(dl::rule_set_files(*rules.compiled, rules.files));
        std::string id = store->append(dl::make_entry(
            *rules.compiled, incident, netral::IncidentFormat::Auto, options, decided.body));
        REQUIRE_FALSE(id.empty());
        made.emplace_back(id, decided.body);
    }
    for (const auto& [id, body] : made) {
        dl::ReplayResult replayed = dl::replay(*store, id);
        INFO(replayed.text);
        CHECK(replayed.ok());
        CHECK(replayed.body == body);
    }
    CHECK(dl::replay(*store, made[0].first).rules->digest() !=
          dl::replay(*store, made[1].first).rules->digest());
}

TEST_CASE("postgresql log: concurrent appends are all kept, and share transactions") {
    auto store = open_log(fresh_database("concurrent"));
    Rules rules = eval_rules();
    store->keep_rule_set(dl::rule_set_files(*rules.compiled, rules.files));
    constexpr int kThreads = 8;
    constexpr int kPerThread = 25;
    std::vector<std::vector<std::string>> ids(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < kPerThread; ++i) {
                ids[t].push_back(store->append(sample_entry(rules.compiled->digest())));
            }
        });
    }
    for (std::thread& thread : threads) thread.join();
    std::set<std::string> unique;
    for (const auto& list : ids) {
        for (const std::string& id : list) {
            REQUIRE_FALSE(id.empty());
            unique.insert(id);
            CHECK(store->find(id).has_value());
        }
    }
    constexpr std::size_t kAppends = kThreads * kPerThread;
    CHECK(unique.size() == kAppends);
    MESSAGE(store->transactions() << " transactions for " << kAppends << " appends");
    CHECK(store->transactions() >= 1);
    CHECK(store->transactions() < kAppends);
}

TEST_CASE("postgresql log: prune deletes older entries and unused rule sets") {
    auto store = open_log(fresh_database("prune"));
    Rules old_rules = eval_rules("old");
    Rules new_rules = eval_rules();
    store->keep_rule_set(dl::rule_set_files(*old_rules.compiled, old_rules.files));
    store->keep_rule_set(dl::rule_set_files(*new_rules.compiled, new_rules.files));
    std::string a =
        store->append(sample_entry(old_rules.compiled->digest(), "2024-05-31T23:59:59.999Z"));
    std::string c =
        store->append(sample_entry(new_rules.compiled->digest(), "2024-06-01T00:00:00.000Z"));
    CHECK(store->prune("2024-06-01") == 1);
    CHECK(store->failure().empty());
    CHECK_FALSE(store->find(a).has_value());
    CHECK(store->find(c).has_value());
    CHECK_FALSE(store->rule_set(old_rules.compiled->digest()).has_value());
    CHECK(store->rule_set(new_rules.compiled->digest()).has_value());
    CHECK(store->prune("June") == 0);
    CHECK(store->failure().find("`June` is not a date") != std::string::npos);
}

TEST_CASE("postgresql log: newer schemas, other databases and bad targets are refused") {
    std::string error;
    std::string target = fresh_database("schema");
    { auto store = open_log(target); }
    admin("schema", "UPDATE netral_meta SET value = '99' WHERE key = 'schema_version'");
    CHECK(dl::open_store(target, error) == nullptr);
    CHECK(error.find("newer netral (schema version 99; this build reads up to 1)") !=
          std::string::npos);

    admin("schema", "UPDATE netral_meta SET value = 'two' WHERE key = 'schema_version'");
    CHECK(dl::open_store(target, error) == nullptr);
    CHECK(error.find("its schema version `two` is not a version number") != std::string::npos);

    std::string other = fresh_database("other");
    admin("other", "CREATE TABLE decisions (x INTEGER)");
    CHECK(dl::open_store(other, error) == nullptr);
    CHECK(error.find("not a netral decision log's") != std::string::npos);

    // No server there; the password is not repeated in the message.
    std::string missing = "postgresql://netral:secret@/netral?host=" + socket_dir() + "-missing";
    CHECK(dl::open_store(missing, error) == nullptr);
    CHECK(error.find("cannot open the decision log `postgresql://netral:***@/netral") == 0);
    CHECK(error.find("secret") == std::string::npos);
}
