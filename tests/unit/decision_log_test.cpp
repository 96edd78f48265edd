// SPDX-License-Identifier: Apache-2.0
// The decision log on real SQLite files in a temporary directory: entries and rule sets round
// trip, replay reproduces decide()'s body byte for byte (also after the rules changed),
// concurrent appends are all kept and share transactions, prune, the schema version, the
// file's mode, and bad files give errors rather than crashes.
#include "decision_log/decision_log.hpp"

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <thread>

#include "decision_log/sqlite_db.hpp"
#include "support.hpp"

namespace fs = std::filesystem;
namespace dl = netral::decision_log;
using netral::Language;

namespace {

/// A fresh, empty directory for one test case (test cases run in parallel processes).
fs::path fresh_dir(const std::string& name) {
    fs::path dir =
        fs::temp_directory_path() / ("netral-dlog-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

/// Runs one SQL statement on `path` outside the store (to damage a log on purpose).
void raw_sql(const fs::path& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    INFO((error != nullptr ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

/// The integer `sql` returns on `path`.
long long raw_integer(const fs::path& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    long long value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

/// The text `sql` returns on `path`.
std::string raw_text(const fs::path& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    std::string value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

/// A rule set as a host has it: the files and their compilation.
struct Rules {
    std::vector<netral::Source> files;
    std::shared_ptr<const netral::RuleSet> compiled;
};

Rules eval_rules(const std::string& extra_comment = "") {
    std::string error;
    auto files = netral::load_rule_directory(
        (fs::path(NETRAL_TEST_DIR) / "cli" / "rules" / "eval" / "rules").string(), error);
    REQUIRE(files.has_value());
    // A comment changes the digest and nothing else: "the rules changed".
    if (!extra_comment.empty()) files->front().text += "\n# " + extra_comment + "\n";
    netral::CompileResult compiled = netral::compile_rules(*files);
    REQUIRE(compiled.ok());
    return {*files, compiled.rules};
}

netral::Source rally() {
    fs::path path =
        fs::path(NETRAL_TEST_DIR) / "cli" / "rules" / "eval" / "incidents" / "rally.yaml";
    return {"rally.yaml", netral::testing::read_file(path)};
}

/// Decides `incident` as a host would and logs it; returns the id and the body sent.
std::pair<std::string, std::string> decide_and_log(dl::Store& store, const Rules& rules,
                                                   const netral::Source& incident,
                                                   netral::RequestOptions options) {
    dl::resolve_as_of(options);
    netral::DecideResult decided =
        netral::decide(rules.compiled, incident, netral::IncidentFormat::Auto, options);
    REQUIRE(decided.ok());
    store.keep_rule_set(dl::rule_set_files(*rules.compiled, rules.files));
    REQUIRE(store.failure().empty());
    std::string id = store.append(dl::make_entry(
        *rules.compiled, incident, netral::IncidentFormat::Auto, options, decided.body));
    INFO(store.failure());
    REQUIRE_FALSE(id.empty());
    return {id, decided.body};
}

std::unique_ptr<dl::Store> open_log(const fs::path& path) {
    std::string error;
    std::unique_ptr<dl::Store> store = dl::open_store(path.string(), error);
    INFO(error);
    REQUIRE(store != nullptr);
    return store;
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

TEST_CASE("decision log: an entry round-trips; append fills id, time and version") {
    fs::path dir = fresh_dir("roundtrip");
    auto store = open_log(dir / "log.sqlite");
    Rules rules = eval_rules();
    store->keep_rule_set(dl::rule_set_files(*rules.compiled, rules.files));
    dl::Entry entry = sample_entry(rules.compiled->digest());
    std::string id = store->append(entry);
    REQUIRE_FALSE(id.empty());
    // A UUIDv7: 8-4-4-4-12 hex digits, version 7.
    CHECK(id.size() == 36);
    CHECK(id[14] == '7');
    std::optional<dl::Entry> found = store->find(id);
    REQUIRE(found.has_value());
    CHECK(found->id == id);
    CHECK(found->time.size() == 24);  // 2024-12-01T09:30:00.123Z
    CHECK(found->time.back() == 'Z');
    CHECK(found->engine_version == netral::version());
    CHECK(found->digest == entry.digest);
    CHECK(found->options == entry.options);
    CHECK(found->incident == entry.incident);
    CHECK(found->incident_format == entry.incident_format);
    CHECK(found->source == entry.source);
    CHECK(found->decision_hash == entry.decision_hash);
    // Ids sort by time: a later append has a greater id.
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    std::string later = store->append(entry);
    CHECK(later > id);
    // A given id and time are kept as they are; the same id twice is refused.
    dl::Entry fixed = sample_entry(rules.compiled->digest(), "2024-01-01T00:00:00.000Z");
    fixed.id = "fixed-id";
    CHECK(store->append(fixed) == "fixed-id");
    CHECK(store->find("fixed-id")->time == "2024-01-01T00:00:00.000Z");
    CHECK(store->append(fixed).empty());
    CHECK(store->failure().find("UNIQUE constraint failed") != std::string::npos);
    // A missing id is no failure; an entry of a rule set never kept is.
    CHECK_FALSE(store->find("no-such-id").has_value());
    CHECK(store->failure().empty());
    CHECK(store->append(sample_entry("sha256:" + std::string(64, '0'))).empty());
    CHECK(store->failure().find("was never kept") != std::string::npos);
    // A malformed entry is refused before it is queued.
    dl::Entry bad = sample_entry(rules.compiled->digest());
    bad.incident_format = "xml";
    CHECK(store->append(bad).empty());
    CHECK(store->failure().find("incident_format `xml`") != std::string::npos);
}

TEST_CASE("decision log: a rule set is kept once per digest") {
    fs::path dir = fresh_dir("ruleset");
    auto store = open_log(dir / "log.sqlite");
    Rules rules = eval_rules();
    dl::RuleSetFiles files = dl::rule_set_files(*rules.compiled, rules.files);
    store->keep_rule_set(files);
    store->keep_rule_set(files);
    CHECK(store->failure().empty());
    CHECK(raw_integer(dir / "log.sqlite", "SELECT count(*) FROM rule_sets") == 1);
    CHECK(raw_integer(dir / "log.sqlite", "SELECT count(*) FROM rule_files") ==
          static_cast<long long>(rules.files.size()));
    std::optional<dl::RuleSetFiles> back = store->rule_set(files.digest);
    REQUIRE(back.has_value());
    REQUIRE(back->files.size() == rules.files.size());
    for (std::size_t i = 0; i < rules.files.size(); ++i) {
        CHECK(back->files[i].path == rules.files[i].path);
        CHECK(back->files[i].text == rules.files[i].text);
    }
    CHECK_FALSE(store->rule_set("sha256:" + std::string(64, 'a')).has_value());
    CHECK(store->failure().empty());
}

TEST_CASE("decision log: replay gives decide()'s body byte for byte, after the rules changed") {
    fs::path dir = fresh_dir("replay");
    auto store = open_log(dir / "log.sqlite");
    Rules original = eval_rules();
    netral::RequestOptions options;
    options.format = netral::Format::Json;
    auto [first, first_body] = decide_and_log(*store, original, rally(), options);

    // The rules change (another digest) and a second decision is logged with them.
    Rules changed = eval_rules("changed");
    REQUIRE(changed.compiled->digest() != original.compiled->digest());
    netral::RequestOptions text_options;
    text_options.format = netral::Format::Text;
    text_options.language = Language::English;
    text_options.eval.language = Language::English;
    auto [second, second_body] = decide_and_log(*store, changed, rally(), text_options);

    // A fresh store: nothing cached in the store itself.
    store.reset();
    store = open_log(dir / "log.sqlite");
    dl::ReplayResult replayed = dl::replay(*store, first);
    INFO(replayed.text);
    REQUIRE(replayed.ok());
    CHECK(replayed.body == first_body);
    CHECK(replayed.rules->digest() == original.compiled->digest());
    CHECK(replayed.replay_hash == replayed.original_hash);
    dl::ReplayResult replayed_second = dl::replay(*store, second);
    REQUIRE(replayed_second.ok());
    CHECK(replayed_second.body == second_body);
    CHECK(replayed_second.rules->digest() == changed.compiled->digest());
    // The as-of date was fixed when the decision was made.
    CHECK(replayed.entry->options.find("\"as_of\":\"20") != std::string::npos);
}

TEST_CASE("decision log: replay reports unknown, damaged and differing entries") {
    fs::path dir = fresh_dir("replay-errors");
    fs::path path = dir / "log.sqlite";
    auto store = open_log(path);
    Rules rules = eval_rules();
    auto [id, body] = decide_and_log(*store, rules, rally(), {});

    dl::ReplayResult unknown = dl::replay(*store, "no-such-id", Language::English);
    CHECK_FALSE(unknown.found);
    REQUIRE_FALSE(unknown.diagnostics.empty());
    CHECK(unknown.diagnostics.front().code == "E7041");
    CHECK(unknown.diagnostics.front().message == "the decision log has no entry `no-such-id`");

    // A hash of the right shape that is not the body's: the replay differs.
    raw_sql(path, "UPDATE decisions SET decision_hash = 'sha256:" + std::string(64, 'b') + "'");
    dl::ReplayResult differs = dl::replay(*store, id, Language::English);
    CHECK(differs.found);
    CHECK_FALSE(differs.matches);
    CHECK(differs.body == body);  // the replay itself is right; the record is not
    REQUIRE_FALSE(differs.diagnostics.empty());
    CHECK(differs.diagnostics.front().code == "E7045");

    struct Damage {
        std::string sql;       ///< what is done to the row
        std::string expected;  ///< in the E7042 message
    };
    const std::vector<Damage> damages = {
        {"UPDATE decisions SET decision_hash = 'x'", "decision_hash `x` is not sha256:<hex>"},
        {"UPDATE decisions SET options = '{\"lang\": \"fr\"}'", "its options cannot be read"},
        {"UPDATE decisions SET time = 'yesterday'", "time `yesterday` is not an RFC 3339"},
        {"DELETE FROM rule_sets", "its rule set sha256:"},
    };
    for (const Damage& damage : damages) {
        CAPTURE(damage.sql);
        // Each case starts from the original row.
        raw_sql(path, "PRAGMA foreign_keys = OFF; DELETE FROM decisions");
        store = open_log(path);
        auto [fresh_id, fresh_body] = decide_and_log(*store, rules, rally(), {});
        raw_sql(path, "PRAGMA foreign_keys = OFF; " + damage.sql);
        dl::ReplayResult damaged = dl::replay(*store, fresh_id, Language::English);
        CHECK(damaged.found);
        CHECK_FALSE(damaged.ok());
        REQUIRE_FALSE(damaged.diagnostics.empty());
        CHECK(damaged.diagnostics.front().code == "E7042");
        CHECK(damaged.diagnostics.front().message.find(damage.expected) != std::string::npos);
    }
}

TEST_CASE("decision log: concurrent appends are all kept, and share transactions") {
    fs::path dir = fresh_dir("concurrent");
    auto store = open_log(dir / "log.sqlite");
    Rules rules = eval_rules();
    store->keep_rule_set(dl::rule_set_files(*rules.compiled, rules.files));
    constexpr int kThreads = 8;
    constexpr int kPerThread = 25;
    std::vector<std::vector<std::string>> ids(kThreads);
    std::vector<std::string> shared(kThreads);  // each thread's try at one id all share
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < kPerThread; ++i) {
                dl::Entry entry = sample_entry(rules.compiled->digest());
                entry.source = "thread-" + std::to_string(t) + "-" + std::to_string(i);
                ids[t].push_back(store->append(entry));
                if (i == kPerThread / 2) {
                    // A failing entry in the middle of a batch fails alone: the entries
                    // after it in the same transaction are written and reported written.
                    dl::Entry duplicate = sample_entry(rules.compiled->digest());
                    duplicate.id = "shared-id";
                    shared[t] = store->append(duplicate);
                }
            }
        });
    }
    for (std::thread& thread : threads) thread.join();
    CHECK(std::count(shared.begin(), shared.end(), "shared-id") == 1);
    std::set<std::string> unique;
    for (int t = 0; t < kThreads; ++t) {
        for (int i = 0; i < kPerThread; ++i) {
            const std::string& id = ids[t][i];
            REQUIRE_FALSE(id.empty());
            unique.insert(id);
            std::optional<dl::Entry> entry = store->find(id);
            REQUIRE(entry.has_value());
            CHECK(entry->source == "thread-" + std::to_string(t) + "-" + std::to_string(i));
        }
    }
    constexpr std::size_t kAppends = kThreads * kPerThread;
    CHECK(unique.size() == kAppends);
    CHECK(raw_integer(dir / "log.sqlite", "SELECT count(*) FROM decisions") == kAppends + 1);
    // Group commit: waiting appends went into the transaction of the next batch.
    MESSAGE(store->transactions() << " transactions for " << kAppends << " appends");
    CHECK(store->transactions() >= 1);
    CHECK(store->transactions() < kAppends);
}

TEST_CASE("decision log: a statement's error is its last run's, so a batch goes on after one") {
    fs::path dir = fresh_dir("statement");
    raw_sql(dir / "t.db", "CREATE TABLE t (id TEXT PRIMARY KEY)");
    dl::Database db;
    std::string error;
    REQUIRE(db.open((dir / "t.db").string(), error));
    dl::Statement insert(db.handle(), "INSERT INTO t (id) VALUES (?1)");
    REQUIRE(insert.ok());
    struct Run {
        std::string id;  ///< inserted
        bool fails;      ///< a duplicate
    };
    for (const Run& run : std::vector<Run>{{"a", false}, {"a", true}, {"b", false}}) {
        CAPTURE(run.id);
        insert.bind(1, run.id);
        insert.step();
        CHECK(insert.error().empty() == !run.fails);
        insert.reset();
    }
    CHECK(raw_integer(dir / "t.db", "SELECT count(*) FROM t") == 2);
}

TEST_CASE("decision log: prune deletes older entries and the rule sets no entry needs") {
    fs::path dir = fresh_dir("prune");
    auto store = open_log(dir / "log.sqlite");
    Rules old_rules = eval_rules("old");
    Rules new_rules = eval_rules();
    store->keep_rule_set(dl::rule_set_files(*old_rules.compiled, old_rules.files));
    store->keep_rule_set(dl::rule_set_files(*new_rules.compiled, new_rules.files));
    std::string old_digest = old_rules.compiled->digest();
    std::string new_digest = new_rules.compiled->digest();
    std::string a = store->append(sample_entry(old_digest, "2024-05-31T23:59:59.999Z"));
    std::string b = store->append(sample_entry(new_digest, "2024-05-31T10:00:00.000Z"));
    std::string c = store->append(sample_entry(new_digest, "2024-06-01T00:00:00.000Z"));
    CHECK(store->prune("2024-05-01") == 0);
    CHECK(store->prune("2024-06-01") == 2);
    CHECK(store->failure().empty());
    CHECK_FALSE(store->find(a).has_value());
    CHECK_FALSE(store->find(b).has_value());
    CHECK(store->find(c).has_value());
    CHECK_FALSE(store->rule_set(old_digest).has_value());
    CHECK(store->rule_set(new_digest).has_value());
    // A rule set kept by this store comes back with the next entry that needs it.
    CHECK_FALSE(store->append(sample_entry(old_digest)).empty());
    CHECK(store->rule_set(old_digest).has_value());
    // Not a date: a failure, nothing deleted.
    CHECK(store->prune("2024-13-01") == 0);
    CHECK(store->failure().find("`2024-13-01` is not a date") != std::string::npos);
    CHECK(store->find(c).has_value());
}

TEST_CASE("decision log: the file is private, versioned, and refused when it is not a log") {
    fs::path dir = fresh_dir("file");
    fs::path path = dir / "log.sqlite";
    {
        auto store = open_log(path);
        Rules rules = eval_rules();
        store->keep_rule_set(dl::rule_set_files(*rules.compiled, rules.files));
        REQUIRE_FALSE(store->append(sample_entry(rules.compiled->digest())).empty());
        // The log and, while it is open, its write-ahead log and shared-memory index: all hold
        // personal data, all are private whatever the umask.
        for (const char* suffix : {"", "-wal", "-shm"}) {
            CAPTURE(suffix);
            struct stat info {};
            REQUIRE(::stat((path.string() + suffix).c_str(), &info) == 0);
            CHECK((info.st_mode & 0777) == 0600);
        }
    }
    CHECK(raw_integer(path, "PRAGMA user_version") == 1);
    CHECK(raw_integer(path, "PRAGMA application_id") == 0x6e74726c);
    CHECK(raw_text(path, "PRAGMA journal_mode") == "wal");
    std::string error;
    // A log of a newer schema.
    raw_sql(path, "PRAGMA user_version = 99");
    CHECK(dl::open_store(path.string(), error) == nullptr);
    CHECK(error.find("newer netral (schema version 99; this build reads up to 1)") !=
          std::string::npos);
    // Not SQLite at all.
    netral::testing::write_file(dir / "notes.txt", "these are not the droids\n");
    CHECK(dl::open_store((dir / "notes.txt").string(), error) == nullptr);
    CHECK(error == "cannot open the decision log `" + (dir / "notes.txt").string() +
                       "`: file is not a database");
    // SQLite, but some other program's database.
    raw_sql(dir / "other.db", "CREATE TABLE t (x INTEGER)");
    CHECK(dl::open_store((dir / "other.db").string(), error) == nullptr);
    CHECK(error.find("not a netral decision log") != std::string::npos);
    // Missing, when it must exist; a directory.
    dl::OpenOptions existing;
    existing.create = false;
    CHECK(dl::open_store((dir / "missing.sqlite").string(), error, existing) == nullptr);
    CHECK(error.find("it does not exist") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "missing.sqlite"));
    CHECK(dl::open_store(dir.string(), error) == nullptr);
    CHECK(error.find("it is not a file") != std::string::npos);
    // A PostgreSQL target goes to that back end (tests/decision_log/postgres_test.cpp): here
    // one with no server behind it.
    CHECK(dl::open_store("postgresql://netral@/netral?host=/nonexistent", error) == nullptr);
    bool refused = error.find("PostgreSQL") != std::string::npos ||
                   error.rfind("cannot open the decision log `postgresql://netral@/netral", 0) == 0;
    CHECK(refused);
    // Read-only (root may write anything, so only checked for others).
    if (::geteuid() != 0) {
        fs::path read_only = dir / "read-only.sqlite";
        { auto store = open_log(read_only); }
        fs::permissions(read_only, fs::perms::owner_read);
        CHECK(dl::open_store(read_only.string(), error) == nullptr);
        CHECK(error.find("read-only") != std::string::npos);
    }
}

TEST_CASE("decision log: a log locked by another process fails the append, not the process") {
    fs::path dir = fresh_dir("locked");
    fs::path path = dir / "log.sqlite";
    dl::OpenOptions options;
    options.lock_timeout = std::chrono::milliseconds(50);
    std::string error;
    std::unique_ptr<dl::Store> store = dl::open_store(path.string(), error, options);
    REQUIRE(store != nullptr);
    Rules rules = eval_rules();
    store->keep_rule_set(dl::rule_set_files(*rules.compiled, rules.files));
    std::string before = store->append(sample_entry(rules.compiled->digest()));
    REQUIRE_FALSE(before.empty());
    // Another connection holds the write lock.
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
    CHECK(store->append(sample_entry(rules.compiled->digest())).empty());
    CHECK(store->failure().find("database is locked") != std::string::npos);
    CHECK(store->prune("2000-01-01") == 0);
    CHECK(store->failure().find("cannot prune: database is locked") != std::string::npos);
    // Reading goes on (WAL), and once the lock is gone appends do too.
    CHECK(store->find(before).has_value());
    REQUIRE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(other);
    CHECK_FALSE(store->append(sample_entry(rules.compiled->digest())).empty());
    CHECK(store->failure().empty());
}

TEST_CASE("decision log: options_json is canonical and read back by parse_request_options") {
    Rules rules = eval_rules();
    netral::RequestOptions options;
    options.eval.as_of = "2024-12-01";
    options.eval.params = {{"series", "delays"}};
    options.format = netral::Format::Markdown;
    options.language = Language::English;
    options.eval.language = Language::English;
    options.detail = netral::Detail::Full;
    std::string json = dl::options_json(options);
    CHECK(json == R"({"as_of":"2024-12-01","params":{"series":"delays"},"lang":"en",)"
                  R"("format":"markdown","detail":"full","why_not":""})");
    netral::RequestOptionsResult back =
        netral::parse_request_options(*rules.compiled, netral::Source{"options", json});
    INFO(netral::to_json(back.diagnostics));
    REQUIRE(back.ok());
    CHECK(dl::options_json(*back.options) == json);
    // An empty as_of is today's date, never empty.
    netral::RequestOptions today;
    CHECK(dl::options_json(today).find(R"("as_of":"")") == std::string::npos);
}
