// SPDX-License-Identifier: Apache-2.0
// Embedding netral in a case-management system: compile the rule set once, build an incident's
// facts in code (no files, no text parsing), evaluate it from several threads against the one
// shared rule set, and read the decision as plain C++ values or as JSON. Only the public headers
// in include/netral/ are used.
//
// Usage: netral_embed_example RULES_DIR
#include <netral/evaluate.hpp>

#include <iostream>
#include <thread>
#include <vector>

namespace {

/// The incident of examples/jnp-2024-0031.yaml, built through the API.
std::shared_ptr<const netral::Facts> build_incident(std::shared_ptr<const netral::RuleSet> rules) {
    netral::FactsBuilder builder(rules);
    auto top = builder.top();
    top.text("id", "JNP-2024-0031").value("election", "pilkada-2024");
    top.record("person")
        .value("status", "pns")
        .value("position_class", "administrator")
        .text("position", "Camat Bangkala");
    top.append("history")
        .value("sanction", "moral.open_statement")
        .date("date", "2023-02-14")
        .value("nature", "neutrality");
    top.append("acts")
        .text("id", "like-1")
        .date("date", "2024-10-03")
        .value("kind", "social_media")
        .value("action", "like")
        .value("content", "candidate_promotion");
    top.append("acts")
        .text("id", "rally-1")
        .date("date", "2024-10-19")
        .value("kind", "campaign_event")
        .value("role", "active_supporter")
        .value("attributes", "civil_service")
        .value("state_facility", "used");
    netral::IncidentResult result = builder.finish();
    if (!result.ok()) {
        std::cerr << result.text;
        return nullptr;
    }
    return result.facts;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: netral_embed_example RULES_DIR\n";
        return 2;
    }
    std::string error;
    auto sources = netral::load_rule_directory(argv[1], error);
    if (!sources) {
        std::cerr << error << "\n";
        return 2;
    }
    netral::CompileResult compiled = netral::compile_rules(*sources);
    if (!compiled.ok()) {
        std::cerr << compiled.text;
        return 1;
    }
    auto facts = build_incident(compiled.rules);
    if (!facts) return 1;

    netral::EvalOptions options;
    options.as_of = "2024-12-01";
    options.trail = false;  // a host that only needs the outcome skips the trail

    // One compiled rule set, shared read-only by every thread.
    std::vector<std::string> outcomes(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        threads.emplace_back([&, i] {
            netral::EvalResult result = netral::evaluate(*compiled.rules, *facts, options);
            outcomes[i] = result.ok() ? result.decision->outcome.category : "error";
        });
    }
    for (std::thread& thread : threads) thread.join();
    for (const std::string& outcome : outcomes) {
        if (outcome != outcomes.front()) {
            std::cerr << "threads disagree: " << outcome << " vs " << outcomes.front() << "\n";
            return 1;
        }
    }

    options.trail = true;
    netral::EvalResult result = netral::evaluate(*compiled.rules, *facts, options);
    if (!result.ok()) return 1;
    const netral::Decision& decision = *result.decision;
    std::cout << "rule set " << compiled.rules->name() << " " << compiled.rules->version() << " ("
              << compiled.rules->rule_count() << " rules, " << compiled.rules->digest() << ")\n";
    std::cout << "outcome: " << decision.outcome.category << " ("
              << decision.outcome.category_label.en << ")\n";
    for (const std::string& sanction : decision.outcome.sanctions) {
        std::cout << "  candidate: " << sanction << "\n";
    }
    std::cout << "review: " << (decision.outcome.review ? "yes" : "no") << "\n";
    for (const netral::Finding& finding : decision.findings) {
        std::cout << "finding: act " << finding.act << ", rule " << finding.rule.id << " → "
                  << finding.track << " " << finding.category;
        if (!finding.rule.citations.empty()) {
            std::cout << " (" << finding.rule.citations.front().text << ")";
        }
        std::cout << "\n";
    }
    std::string json = netral::render(decision, netral::Format::Json);
    std::cout << "JSON decision: " << json.size() << " bytes\n";
    return decision.outcome.category.empty() ? 1 : 0;
}
