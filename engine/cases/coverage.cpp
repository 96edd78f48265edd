// SPDX-License-Identifier: Apache-2.0
// Marks the rule versions each decision names, then reads rows and citations off the marked
// rules. A decision names a rule by id and place (file:line of the block, or of a relation clause
// inside it), which tells the versions of one rule apart; a review item names only the id, so it
// marks the versions the decision names elsewhere, or else every version of that id.
#include "cases/coverage.hpp"

#include <algorithm>
#include <utility>

namespace netral::cases {

namespace ir = check::ir;

namespace {

void add(std::vector<std::string>& to, const std::string& item) {
    if (std::find(to.begin(), to.end(), item) == to.end()) to.push_back(item);
}

class Marker {
public:
    Marker(const ir::Program& program, const base::SourceMap& sources)
        : program_(program), sources_(sources), marked_(program.rules.size(), false) {}

    /// Marks the version of rule `id` whose block holds `location`, or every version of `id`
    /// when no block does (or no location is given).
    void mark(const std::string& id, const Location* location) {
        bool found = false;
        if (location != nullptr && !location->file.empty()) {
            for (std::size_t i = 0; i < program_.rules.size(); ++i) {
                if (program_.rules[i].name == id && holds(program_.rules[i], *location)) {
                    marked_[i] = true;
                    found = true;
                }
            }
        }
        if (found) return;
        for (std::size_t i = 0; i < program_.rules.size(); ++i) {
            if (program_.rules[i].name == id) marked_[i] = true;
        }
    }

    /// Marks every rule version `decision` names.
    void mark_all(const Decision& decision) {
        for (const Finding& finding : decision.findings) {
            mark(finding.rule.id, &finding.rule.location);
            for (const RelationApplied& relation : finding.relations) {
                // The relation clause sits in the rule that holds (or may hold) against this
                // finding; a relation is only listed when that rule was reached.
                mark(relation.rule, &relation.location);
            }
            for (const ProvisionalMark& provisional : finding.provisional) {
                mark(provisional.rule, &provisional.location);  // the `then provisional` clause
            }
        }
        for (const Referral& referral : decision.referrals) {
            mark(referral.rule.id, &referral.rule.location);
        }
        for (const ReviewItem& item : decision.review) {
            // A review item names only the rule id. When the decision names that rule with a
            // place too, the item is about the version(s) so named; otherwise it counts for
            // every version.
            if (item.rule.empty() || named(decision, item.rule)) continue;
            mark(item.rule, nullptr);
        }
    }

    bool marked(std::size_t index) const { return marked_[index]; }
    std::vector<bool> take() { return std::move(marked_); }

private:
    /// True when a finding, relation or referral of `decision` names rule `id` with a place.
    static bool named(const Decision& decision, const std::string& id) {
        for (const Finding& finding : decision.findings) {
            if (finding.rule.id == id) return true;
            for (const RelationApplied& relation : finding.relations) {
                if (relation.rule == id) return true;
            }
            for (const ProvisionalMark& provisional : finding.provisional) {
                if (provisional.rule == id) return true;
            }
        }
        for (const Referral& referral : decision.referrals) {
            if (referral.rule.id == id) return true;
        }
        return false;
    }

    bool holds(const ir::Rule& rule, const Location& location) const {
        const base::SourceFile* file = sources_.find(rule.span.file);
        if (file == nullptr || file->path() != location.file) return false;
        std::size_t first = file->line_col(rule.span.begin).line;
        std::size_t last = file->line_col(rule.span.end).line;
        return location.line >= first && location.line <= last;
    }

    const ir::Program& program_;
    const base::SourceMap& sources_;
    std::vector<bool> marked_;  ///< by RuleId
};

}  // namespace

bool observable(const ir::Rule& rule) {
    return std::any_of(rule.conclusions.begin(), rule.conclusions.end(), [](auto& conclusion) {
        return !std::holds_alternative<ir::SetDerived>(conclusion);
    });
}

std::vector<bool> exercised_rules(const ir::Program& program, const base::SourceMap& sources,
                                  const Decision& decision) {
    Marker marker(program, sources);
    marker.mark_all(decision);
    return marker.take();
}

Coverage coverage(const ir::Program& program, const base::SourceMap& sources,
                  const std::vector<const Decision*>& decisions) {
    Marker marker(program, sources);
    for (const Decision* decision : decisions) marker.mark_all(*decision);
    Coverage out;
    std::vector<std::string> rows;
    std::vector<std::string> rows_covered;
    std::vector<std::string> citations;
    std::vector<std::string> citations_covered;
    for (std::size_t i = 0; i < program.rules.size(); ++i) {
        const ir::Rule& rule = program.rules[i];
        if (!observable(rule)) {
            ++out.unobservable;
            continue;
        }
        ++out.rules;
        bool covered = marker.marked(i);
        if (!covered) out.uncovered_rules.push_back(ir::RuleId::from_index(i));
        if (rule.row) {
            add(rows, *rule.row);
            if (covered) add(rows_covered, *rule.row);
        }
        std::vector<std::string> cited;
        for (const ir::Citation& citation : rule.citations) {
            cited.push_back(ir::to_string(program, citation));
        }
        for (const ir::Conclusion& conclusion : rule.conclusions) {
            if (const auto* refer = std::get_if<ir::Referral>(&conclusion)) {
                cited.push_back(ir::to_string(program, refer->citation));
            }
        }
        for (const std::string& text : cited) {
            add(citations, text);
            if (covered) add(citations_covered, text);
        }
    }
    out.rows = rows.size();
    out.citations = citations.size();
    for (const std::string& row : rows) {
        if (std::find(rows_covered.begin(), rows_covered.end(), row) == rows_covered.end()) {
            out.uncovered_rows.push_back(row);
        }
    }
    for (const std::string& text : citations) {
        if (std::find(citations_covered.begin(), citations_covered.end(), text) ==
            citations_covered.end()) {
            out.uncovered_citations.push_back(text);
        }
    }
    return out;
}

}  // namespace netral::cases
