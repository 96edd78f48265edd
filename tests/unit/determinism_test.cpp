// SPDX-License-Identifier: Apache-2.0
// Determinism of evaluation: one compiled rule set and one loaded incident, evaluated at the same
// time from two threads and again in a loop, render to byte-identical JSON and text; and the
// same incident written as YAML and as JSON gives the same decision (except `source`, and the
// file positions that the trail quotes from each file).
#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "netral/evaluate.hpp"
#include "rule_sets.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

namespace {

using netral::testing::bundled_rules;

fs::path example(const std::string& name) {
    return fs::path(NETRAL_RULES_DIR).parent_path() / "examples" / name;
}

std::shared_ptr<const netral::Facts> load(const std::string& path, const std::string& text) {
    netral::IncidentResult incident = netral::load_incident(bundled_rules(), {path, text});
    REQUIRE_MESSAGE(incident.ok(), incident.text);
    return incident.facts;
}

/// The renderings of one evaluation that must not vary.
struct Rendered {
    std::string json;
    std::string text_id;
    std::string text_en;
    std::string markdown;
};

Rendered evaluate_and_render(const netral::Facts& facts, const netral::EvalOptions& options) {
    netral::EvalResult result = netral::evaluate(*bundled_rules(), facts, options);
    Rendered out;
    if (!result.ok()) return out;
    out.json = netral::render(*result.decision, netral::Format::Json);
    out.text_id = netral::render(*result.decision, netral::Format::Text);
    out.text_en = netral::render(*result.decision, netral::Format::Text, netral::Language::English);
    out.markdown = netral::render(*result.decision, netral::Format::Markdown);
    return out;
}

void require_same(const Rendered& a, const Rendered& b) {
    CHECK(a.json == b.json);
    CHECK(a.text_id == b.text_id);
    CHECK(a.text_en == b.text_en);
    CHECK(a.markdown == b.markdown);
}

/// `json` without its top-level `source` line.
std::string without_source(const std::string& json) {
    std::string out;
    std::size_t start = 0;
    while (start < json.size()) {
        std::size_t end = json.find('\n', start);
        if (end == std::string::npos) end = json.size() - 1;
        std::string line = json.substr(start, end - start + 1);
        if (line.rfind("  \"source\": ", 0) != 0) out += line;
        start = end + 1;
    }
    return out;
}

/// `json` with every location object that points into `file` reduced to its file name, so the
/// trail's line and column (which differ between a YAML and a JSON file) are not compared.
std::string without_positions_in(std::string json, const std::string& file) {
    const std::string key = "\"file\": \"" + file + "\",";
    for (std::size_t at = json.find(key); at != std::string::npos; at = json.find(key, at)) {
        std::size_t line_end = json.find('\n', json.find('\n', at + key.size()) + 1);
        std::size_t column_end = json.find('\n', line_end + 1);
        REQUIRE(column_end != std::string::npos);
        json.replace(at, column_end - at, "\"file\": \"incident\"");
        at += 1;
    }
    return json;
}

// The jnp-2024-0031 example (two acts, a history entry, a nested evidence map), as JSON.
const char* const kJnpJson = R"({
  "id": "JNP-2024-0031",
  "election": "pilkada-2024",
  "person": {
    "name": "A. R.",
    "status": "pns",
    "position_class": "administrator",
    "position": "Camat Bangkala",
    "agency": "Pemerintah Kabupaten Jeneponto"
  },
  "history": [
    {"sanction": "moral.open_statement", "date": "2023-02-14", "nature": "neutrality"}
  ],
  "acts": [
    {
      "id": "like-1",
      "date": "2024-10-03",
      "kind": "social_media",
      "action": "like",
      "content": "candidate_promotion",
      "evidence": {"source": "Bawaslu Jeneponto finding 014/2024", "status": "established"}
    },
    {
      "id": "rally-1",
      "date": "2024-10-19",
      "kind": "campaign_event",
      "role": "active_supporter",
      "attributes": "civil_service",
      "state_facility": "used"
    }
  ]
}
)";

}  // namespace

TEST_CASE("determinism: concurrent and repeated evaluations render byte-identical output") {
    std::string path = "examples/jnp-2024-0031.yaml";
    auto facts = load(path, netral::testing::read_file(example("jnp-2024-0031.yaml")));
    netral::EvalOptions options;
    options.as_of = "2024-12-01";
    options.why_not = "dismissal";

    Rendered first;
    Rendered second;
    std::thread a([&] { first = evaluate_and_render(*facts, options); });
    std::thread b([&] { second = evaluate_and_render(*facts, options); });
    a.join();
    b.join();
    REQUIRE_FALSE(first.json.empty());
    REQUIRE_FALSE(first.text_id.empty());
    require_same(first, second);

    for (int i = 0; i < 5; ++i) {
        CAPTURE(i);
        require_same(first, evaluate_and_render(*facts, options));
    }

    // More threads than cores, each evaluating several times, all against the same facts.
    std::vector<Rendered> results(4);
    std::vector<std::thread> threads;
    for (Rendered& slot : results) {
        threads.emplace_back([&facts, &options, &slot] {
            for (int i = 0; i < 3; ++i) slot = evaluate_and_render(*facts, options);
        });
    }
    for (std::thread& thread : threads) thread.join();
    for (const Rendered& result : results) require_same(first, result);
}

TEST_CASE("determinism: a YAML incident and the equivalent JSON give the same decision") {
    std::string yaml_path = "examples/jnp-2024-0031.yaml";
    std::string json_path = "jnp-2024-0031.json";
    auto from_yaml = load(yaml_path, netral::testing::read_file(example("jnp-2024-0031.yaml")));
    auto from_json = load(json_path, kJnpJson);
    netral::EvalOptions options;
    options.as_of = "2024-12-01";

    SUBCASE("without the trail, everything but `source` is identical") {
        options.trail = false;
        Rendered yaml = evaluate_and_render(*from_yaml, options);
        Rendered json = evaluate_and_render(*from_json, options);
        REQUIRE_FALSE(yaml.json.empty());
        CHECK(yaml.json.find("\"source\": \"" + yaml_path + "\"") != std::string::npos);
        CHECK(json.json.find("\"source\": \"" + json_path + "\"") != std::string::npos);
        CHECK(without_source(yaml.json) == without_source(json.json));
    }
    SUBCASE("with the trail, identical but for `source` and the positions in each file") {
        Rendered yaml = evaluate_and_render(*from_yaml, options);
        Rendered json = evaluate_and_render(*from_json, options);
        REQUIRE_FALSE(yaml.json.empty());
        CHECK(without_positions_in(without_source(yaml.json), yaml_path) ==
              without_positions_in(without_source(json.json), json_path));
    }
}
