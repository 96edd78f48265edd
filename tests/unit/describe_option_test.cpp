// SPDX-License-Identifier: Apache-2.0
// EvalOptions::describe = false: every example incident gets the same decision by id (outcome,
// tracks, findings, referrals, review items) as the described evaluation, and none of the
// descriptions (labels, rule citations, reasons, steps, trail).
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "netral/evaluate.hpp"
#include "rule_sets.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

namespace {

using netral::testing::bundled_rules;

/// The decision by id, one line per fact, for comparing two evaluations.
std::string by_id(const netral::Decision& d) {
    std::ostringstream out;
    out << "outcome " << d.outcome.category << " review " << d.outcome.review << " track "
        << d.outcome.track;
    for (const std::string& s : d.outcome.sanctions) out << " " << s;
    out << "\n";
    for (const netral::TrackResult& t : d.tracks) {
        out << "track " << t.track << " " << t.category << " " << t.recommended;
        for (const std::string& s : t.sanctions) out << " " << s;
        for (std::size_t f : t.findings) out << " #" << f;
        out << "\n";
    }
    for (const netral::Finding& f : d.findings) {
        out << "finding " << f.act << " " << f.binding << " " << f.rule.id << " " << f.rule.status
            << " " << f.rule.row << " " << f.track << " " << f.category << " " << f.sanction << " "
            << static_cast<int>(f.applies) << " " << f.displaced << " " << f.displaced_by << "\n";
    }
    for (const netral::Referral& r : d.referrals) {
        out << "referral " << r.act << " " << r.rule.id << " " << r.citation << "\n";
    }
    for (const netral::ReviewItem& r : d.review) {
        out << "review " << netral::to_string(r.kind) << " " << r.act << " " << r.rule << "\n";
    }
    return out.str();
}

}  // namespace

TEST_CASE("an undescribed decision names by id exactly what the described one decides") {
    fs::path examples = fs::path(NETRAL_RULES_DIR).parent_path() / "examples";
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(examples)) {
        if (entry.path().extension() == ".yaml") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() >= 13);
    for (const fs::path& file : files) {
        CAPTURE(file.string());
        std::string text = netral::testing::read_file(file);
        netral::IncidentResult incident =
            netral::load_incident(bundled_rules(), {file.string(), text});
        REQUIRE_MESSAGE(incident.ok(), incident.text);
        netral::EvalOptions full;
        full.as_of = "2024-12-01";
        netral::EvalOptions lean = full;
        lean.describe = false;
        netral::EvalResult described = netral::evaluate(*bundled_rules(), *incident.facts, full);
        netral::EvalResult ids = netral::evaluate(*bundled_rules(), *incident.facts, lean);
        REQUIRE(described.ok());
        REQUIRE(ids.ok());
        CHECK(by_id(*ids.decision) == by_id(*described.decision));
        for (const netral::Finding& f : ids.decision->findings) {
            CHECK(f.rule.title.id.empty());
            CHECK(f.rule.citations.empty());
            CHECK(f.reason.id.empty());
            CHECK(f.level_label.id.empty());
            CHECK(f.conditions.empty());
        }
        for (const netral::TrackResult& t : ids.decision->tracks) {
            CHECK(t.steps.empty());
            CHECK(t.label.id.empty());
        }
    }
}

TEST_CASE("why-not asks for descriptions even when describe is off") {
    fs::path file = fs::path(NETRAL_RULES_DIR).parent_path() / "examples" / "jnp-2024-0031.yaml";
    netral::IncidentResult incident =
        netral::load_incident(bundled_rules(), {file.string(), netral::testing::read_file(file)});
    REQUIRE(incident.ok());
    netral::EvalOptions options;
    options.as_of = "2024-12-01";
    options.describe = false;
    options.why_not = "heavy";
    netral::EvalResult result = netral::evaluate(*bundled_rules(), *incident.facts, options);
    REQUIRE(result.ok());
    REQUIRE(!result.decision->why_not.empty());
    CHECK(!result.decision->why_not.front().rule.title.id.empty());
    CHECK(!result.decision->findings.front().rule.title.id.empty());
}
