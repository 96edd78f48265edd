// SPDX-License-Identifier: Apache-2.0
// Expectation against decision. The mismatches say what differs; the first trail difference says
// where, walking the trail in the order a reader checks it: the findings, the citations they
// make, the referrals, the review items, then how the tracks and the outcome were combined.
#include "cases/compare.hpp"

#include <algorithm>
#include <set>

namespace netral::cases {

namespace ir = check::ir;

namespace {

std::string quote(std::string_view text) { return "`" + std::string(text) + "`"; }

std::string bracket(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
    return "[" + out + "]";
}

/// Items of `from` not in `other`, in the order of `from`, once each.
std::vector<std::string> minus(const std::vector<std::string>& from,
                               const std::vector<std::string>& other) {
    std::vector<std::string> out;
    for (const std::string& item : from) {
        if (std::find(other.begin(), other.end(), item) == other.end() &&
            std::find(out.begin(), out.end(), item) == out.end()) {
            out.push_back(item);
        }
    }
    return out;
}

/// "missing [a], unexpected [b]" for two sets, or empty when they are equal.
std::string set_difference(const std::vector<std::string>& expected,
                           const std::vector<std::string>& actual) {
    std::vector<std::string> missing = minus(expected, actual);
    std::vector<std::string> extra = minus(actual, expected);
    std::string out;
    if (!missing.empty()) out += "missing " + bracket(missing);
    if (!extra.empty())
        out += (out.empty() ? "" : ", ") + std::string("unexpected ") + bracket(extra);
    return out;
}

std::string place(const Location& location) {
    if (location.file.empty()) return "?";
    return location.file + ":" + std::to_string(location.line);
}

std::string rule_text(const RuleRef& rule) {
    return "rule " + rule.id + " (" + place(rule.location) + ")";
}

/// Messages longer than this are cut in a failure line, which must stay one line.
constexpr std::size_t kMaxMessage = 60;

/// `text` cut to about kMaxMessage bytes at a UTF-8 boundary, with `…` when cut.
std::string shorten(const std::string& text) {
    if (text.size() <= kMaxMessage) return text;
    std::size_t end = kMaxMessage;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return text.substr(0, end) + "…";
}

std::string on_act(const std::string& act) { return act.empty() ? "" : " on act " + act; }

/// What the decision shows, in the shapes the expectation is written in.
struct Actual {
    std::vector<std::string> standing;   ///< rule ids of findings not displaced
    std::vector<std::string> displaced;  ///< rule ids of displaced findings
    /// Citations of standing findings, referrals, track steps (combination, escalation) and the
    /// rules review items name: every provision the decision rests on.
    std::vector<std::string> cited;
    /// The part of `cited` in force on the judged date (referral provisions, and review items'
    /// rules' citations no finding shows as out of force, count as in force: the decision does
    /// not date them).
    std::vector<std::string> cited_in_force;
    /// The part of `cited` marked as the rule author's inference (`cite … inferred`).
    std::vector<std::string> cited_inferred;
    std::vector<std::string> referrals;  ///< referral provisions
    std::vector<std::string> kinds;      ///< review-item kinds
    std::vector<std::string> absorbed;   ///< tracks whose recommendation another track's absorbs
};

void add(std::vector<std::string>& to, const std::string& item) {
    if (std::find(to.begin(), to.end(), item) == to.end()) to.push_back(item);
}

void add(Actual& out, const CitationRef& citation) {
    add(out.cited, citation.text);
    if (citation.in_force) add(out.cited_in_force, citation.text);
    if (citation.inference) add(out.cited_inferred, citation.text);
}

void add_in_force(Actual& out, const std::string& text) {
    add(out.cited, text);
    add(out.cited_in_force, text);
}

Actual actual_of(const ir::Program& program, const Decision& decision) {
    Actual out;
    for (const Finding& finding : decision.findings) {
        add(finding.displaced ? out.displaced : out.standing, finding.rule.id);
        if (finding.displaced) continue;
        for (const CitationRef& citation : finding.rule.citations) add(out, citation);
    }
    for (const Referral& referral : decision.referrals) {
        add(out.referrals, referral.citation);
        add_in_force(out, referral.citation);
        for (const CitationRef& citation : referral.rule.citations) add(out, citation);
    }
    for (const TrackResult& track : decision.tracks) {
        for (const TrackStep& step : track.steps) {
            for (const CitationRef& citation : step.citations) add(out, citation);
        }
        if (!track.absorbed_by.empty()) add(out.absorbed, track.track);
    }
    for (const ReviewItem& item : decision.review) {
        add(out.kinds, std::string(to_string(item.kind)));
        // A review item names its rule by id only; the rule's citations are what a reader
        // checks it against (every version: the item does not say which).
        for (const ir::Rule& rule : program.rules) {
            if (item.rule.empty() || rule.name != item.rule) continue;
            for (const ir::Citation& c : rule.citations) {
                // The item does not date its citations; one a finding shows as not in force
                // stays so.
                std::string text = ir::to_string(program, c);
                bool dated_out =
                    std::find(out.cited.begin(), out.cited.end(), text) != out.cited.end() &&
                    std::find(out.cited_in_force.begin(), out.cited_in_force.end(), text) ==
                        out.cited_in_force.end();
                if (dated_out) continue;
                add_in_force(out, text);
                if (c.inference) add(out.cited_inferred, ir::to_string(program, c));
            }
        }
    }
    return out;
}

/// Names rules of the program for messages about something that did not happen.
class Places {
public:
    Places(const ir::Program& program, const base::SourceMap& sources)
        : program_(program), sources_(sources) {}

    /// "rule X (file:line)" for the first version of rule `id`.
    std::string rule(const std::string& id) const {
        for (const ir::Rule& rule : program_.rules) {
            if (rule.name == id) return "rule " + id + " (" + at(rule.span) + ")";
        }
        return "rule " + id;
    }

    /// Rules (up to three) satisfying `pred`, as "rule X (file:line), …"; empty when none.
    template <typename Pred>
    std::string rules_where(Pred pred) const {
        std::vector<std::string> names;
        std::size_t count = 0;
        for (const ir::Rule& rule : program_.rules) {
            if (!pred(rule)) continue;
            if (++count <= 3) names.push_back("rule " + rule.name + " (" + at(rule.span) + ")");
        }
        std::string out;
        for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
        if (count > 3) out += " and " + std::to_string(count - 3) + " more";
        return out;
    }

    const ir::Program& program() const { return program_; }

private:
    std::string at(base::Span span) const {
        const base::SourceFile* file = sources_.find(span.file);
        if (file == nullptr) return "?";
        return file->path() + ":" + std::to_string(file->line_col(span.begin).line);
    }

    const ir::Program& program_;
    const base::SourceMap& sources_;
};

bool concludes_category(const ir::Program& program, const ir::Rule& rule,
                        const std::string& category, const std::string& track) {
    for (const ir::Conclusion& conclusion : rule.conclusions) {
        const auto* found = std::get_if<ir::Finding>(&conclusion);
        if (found == nullptr) continue;
        if (program.categories[found->level.category.index()].name != category) continue;
        if (track.empty() || program.tracks[found->track.index()].name == track) return true;
    }
    return false;
}

/// Why track `track` of the decision ended at its category, or why it did not reach `wanted`.
std::string track_basis(const Places& places, const Decision& decision, const std::string& track,
                        const std::string& wanted) {
    const TrackResult* result = nullptr;
    for (const TrackResult& t : decision.tracks) {
        if (t.track == track) result = &t;
    }
    if (result != nullptr) {
        for (std::size_t index : result->findings) {
            const Finding& finding = decision.findings[index];
            if (finding.category != result->category) continue;
            return rule_text(finding.rule) + " gave " + result->category + on_act(finding.act);
        }
    }
    std::string rules = places.rules_where([&](const ir::Rule& rule) {
        return concludes_category(places.program(), rule, wanted, track);
    });
    std::string out = "no finding reached " + wanted;
    if (!rules.empty()) out += "; it is concluded by " + rules;
    return out;
}

/// Why the outcome differs although category (or sanctions, recommendation) seemed set.
std::string outcome_basis(const Places& places, const Expectation& expected,
                          const Decision& decision) {
    const Outcome& outcome = decision.outcome;
    if (outcome.category != expected.category) {
        if (outcome.category == "none" || outcome.track.empty()) {
            std::string rules = places.rules_where([&](const ir::Rule& rule) {
                return concludes_category(places.program(), rule, expected.category, "");
            });
            std::string out = "no finding reached " + expected.category;
            if (!rules.empty()) out += "; it is concluded by " + rules;
            return out;
        }
        return "track " + outcome.track + ": " +
               track_basis(places, decision, outcome.track, expected.category);
    }
    for (const TrackResult& t : decision.tracks) {
        if (t.track != outcome.track || t.steps.empty()) continue;
        const TrackStep& step = t.steps.back();
        return "track " + t.track + ", step " + std::string(to_string(step.kind)) + ": " +
               step.text.en;
    }
    return "the outcome came from track " + outcome.track;
}

/// The first trail difference, or empty when none of the trail-level lists differ.
std::string first_difference(const Places& places, const Expectation& expected,
                             const Decision& decision, const Actual& actual) {
    if (expected.findings) {
        for (const std::string& id : minus(*expected.findings, actual.standing)) {
            bool displaced = std::find(actual.displaced.begin(), actual.displaced.end(), id) !=
                             actual.displaced.end();
            return places.rule(id) +
                   (displaced ? " gave a finding, but it was displaced" : " gave no finding");
        }
        for (const Finding& finding : decision.findings) {
            if (finding.displaced) continue;
            if (std::find(expected.findings->begin(), expected.findings->end(), finding.rule.id) !=
                expected.findings->end()) {
                continue;
            }
            return rule_text(finding.rule) + " gave " + finding.category + on_act(finding.act) +
                   ", not expected";
        }
    }
    if (expected.displaced) {
        for (const std::string& id : minus(*expected.displaced, actual.displaced)) {
            return places.rule(id) + " was not displaced";
        }
        for (const Finding& finding : decision.findings) {
            if (!finding.displaced) continue;
            if (std::find(expected.displaced->begin(), expected.displaced->end(),
                          finding.rule.id) != expected.displaced->end()) {
                continue;
            }
            return rule_text(finding.rule) + on_act(finding.act) + " was displaced by " +
                   finding.displaced_by + ", not expected";
        }
    }
    for (const std::string& citation : expected.citations) {
        bool cited = std::any_of(actual.cited.begin(), actual.cited.end(),
                                 [&](auto& text) { return citation_matches(citation, text); });
        if (cited) continue;
        std::string rules = places.rules_where([&](const ir::Rule& rule) {
            return std::any_of(rule.citations.begin(), rule.citations.end(), [&](auto& c) {
                return citation_matches(citation, ir::to_string(places.program(), c));
            });
        });
        return "nothing in the decision cites " + quote(citation) +
               (rules.empty() ? "" : "; it is cited by " + rules);
    }
    for (const std::string& citation : expected.uncited) {
        for (const std::string& text : actual.cited_in_force) {
            if (citation_matches(citation, text)) {
                return "the decision cites " + quote(text) + " in force, not expected";
            }
        }
    }
    for (const std::string& citation : expected.inferred) {
        bool marked = std::any_of(actual.cited_inferred.begin(), actual.cited_inferred.end(),
                                  [&](auto& text) { return citation_matches(citation, text); });
        if (!marked) {
            return "the decision does not cite " + quote(citation) + " as an inference";
        }
    }
    if (expected.referrals) {
        for (const std::string& provision : minus(*expected.referrals, actual.referrals)) {
            std::string rules = places.rules_where([&](const ir::Rule& rule) {
                return std::any_of(rule.conclusions.begin(), rule.conclusions.end(), [&](auto& c) {
                    const auto* refer = std::get_if<ir::Referral>(&c);
                    return refer != nullptr &&
                           ir::to_string(places.program(), refer->citation) == provision;
                });
            });
            return "no referral under " + quote(provision) +
                   (rules.empty() ? "" : "; it is made by " + rules);
        }
        for (const Referral& referral : decision.referrals) {
            if (std::find(expected.referrals->begin(), expected.referrals->end(),
                          referral.citation) != expected.referrals->end()) {
                continue;
            }
            return rule_text(referral.rule) + " refers" + on_act(referral.act) + " under " +
                   quote(referral.citation) + ", not expected";
        }
    }
    auto review_text = [&](const ReviewItem& item) {
        std::string out = "review item [" + std::string(to_string(item.kind)) + "]";
        if (!item.rule.empty()) out += " from " + places.rule(item.rule);
        return out + on_act(item.act) + " (" + shorten(item.message.en) + ")";
    };
    if (expected.review_kinds) {
        for (const std::string& kind : minus(*expected.review_kinds, actual.kinds)) {
            return "no review item of kind " + quote(kind);
        }
        for (const ReviewItem& item : decision.review) {
            if (std::find(expected.review_kinds->begin(), expected.review_kinds->end(),
                          to_string(item.kind)) == expected.review_kinds->end()) {
                return review_text(item) + ", not expected";
            }
        }
    }
    if (expected.review != decision.outcome.review) {
        if (decision.review.empty()) return "no review item";
        return review_text(decision.review.front()) + ", not expected";
    }
    for (const auto& [track, category] : expected.tracks) {
        for (const TrackResult& t : decision.tracks) {
            if (t.track == track && t.category != category) {
                return "track " + track + ": " + track_basis(places, decision, track, category);
            }
        }
    }
    return {};
}

}  // namespace

Verdict compare(const ir::Program& program, const base::SourceMap& sources,
                const Expectation& expected, const Decision& decision) {
    Verdict verdict;
    Actual actual = actual_of(program, decision);
    auto& out = verdict.mismatches;
    const Outcome& outcome = decision.outcome;
    if (outcome.category != expected.category) {
        out.push_back("category expected " + expected.category + ", got " + outcome.category);
    }
    if (expected.sanctions && *expected.sanctions != outcome.sanctions) {
        out.push_back("sanctions expected " + bracket(*expected.sanctions) + ", got " +
                      bracket(outcome.sanctions));
    }
    if (expected.recommended) {
        std::string got;
        for (const TrackResult& t : decision.tracks) {
            if (t.track == outcome.track) got = t.recommended;
        }
        if (got != *expected.recommended) {
            auto shown = [](const std::string& s) { return s.empty() ? std::string("none") : s; };
            out.push_back("recommended expected " + shown(*expected.recommended) + ", got " +
                          shown(got));
        }
    }
    if (outcome.review != expected.review) {
        out.push_back(std::string("review expected ") + (expected.review ? "yes" : "no") +
                      ", got " + (outcome.review ? "yes" : "no"));
    }
    if (expected.provisional && *expected.provisional != outcome.provisional) {
        out.push_back(std::string("provisional expected ") +
                      (*expected.provisional ? "yes" : "no") + ", got " +
                      (outcome.provisional ? "yes" : "no"));
    }
    if (expected.possible && *expected.possible != outcome.possible) {
        out.push_back("possible categories expected " + bracket(*expected.possible) + ", got " +
                      bracket(outcome.possible));
    }
    if (expected.review_kinds) {
        std::string diff = set_difference(*expected.review_kinds, actual.kinds);
        if (!diff.empty()) out.push_back("review kinds " + diff);
    }
    if (expected.findings) {
        std::string diff = set_difference(*expected.findings, actual.standing);
        if (!diff.empty()) out.push_back("findings " + diff);
    }
    if (expected.displaced) {
        std::string diff = set_difference(*expected.displaced, actual.displaced);
        if (!diff.empty()) out.push_back("displaced " + diff);
    }
    for (const std::string& citation : expected.citations) {
        bool cited = std::any_of(actual.cited.begin(), actual.cited.end(),
                                 [&](auto& text) { return citation_matches(citation, text); });
        if (!cited) out.push_back("citation " + quote(citation) + " not cited");
    }
    for (const std::string& citation : expected.uncited) {
        bool cited = std::any_of(actual.cited_in_force.begin(), actual.cited_in_force.end(),
                                 [&](auto& text) { return citation_matches(citation, text); });
        if (cited) out.push_back("citation " + quote(citation) + " cited in force");
    }
    for (const std::string& citation : expected.inferred) {
        bool marked = std::any_of(actual.cited_inferred.begin(), actual.cited_inferred.end(),
                                  [&](auto& text) { return citation_matches(citation, text); });
        if (!marked) out.push_back("citation " + quote(citation) + " not marked inferred");
    }
    if (expected.referrals) {
        std::string diff = set_difference(*expected.referrals, actual.referrals);
        if (!diff.empty()) out.push_back("referrals " + diff);
    }
    if (expected.absorbed) {
        std::string diff = set_difference(*expected.absorbed, actual.absorbed);
        if (!diff.empty()) out.push_back("absorbed tracks " + diff);
    }
    for (const auto& [track, category] : expected.tracks) {
        for (const TrackResult& t : decision.tracks) {
            if (t.track == track && t.category != category) {
                out.push_back("track " + track + " expected " + category + ", got " + t.category);
            }
        }
    }
    if (verdict.passed()) return verdict;
    Places places(program, sources);
    verdict.first_difference = first_difference(places, expected, decision, actual);
    if (verdict.first_difference.empty()) {
        verdict.first_difference = outcome_basis(places, expected, decision);
    }
    return verdict;
}

}  // namespace netral::cases
