// SPDX-License-Identifier: Apache-2.0
// diff(): two decisions of one incident compared field by field — the outcome, each track,
// findings keyed by (act, rule id) with the first condition whose result flipped, citations,
// relations, referrals and review items. Works on the public Decision alone.
#include "whatif/diff.hpp"

#include <algorithm>
#include <set>

namespace netral::whatif {

namespace {

OutcomeSide side_of(const Decision& decision) {
    OutcomeSide side;
    side.category = decision.outcome.category;
    side.sanctions = decision.outcome.sanctions;
    side.review = decision.outcome.review;
    side.provisional = decision.outcome.provisional;
    for (const TrackResult& track : decision.tracks) {
        if (track.track == decision.outcome.track) side.recommended = track.recommended;
    }
    return side;
}

bool same(const OutcomeSide& a, const OutcomeSide& b) {
    return a.category == b.category && a.sanctions == b.sanctions && a.review == b.review &&
           a.provisional == b.provisional && a.recommended == b.recommended;
}

/// Items of `a` not in `b`, in the order of `a`.
std::vector<std::string> minus(const std::vector<std::string>& a,
                               const std::vector<std::string>& b) {
    std::set<std::string> other(b.begin(), b.end());
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const std::string& item : a) {
        if (other.count(item) == 0 && seen.insert(item).second) out.push_back(item);
    }
    return out;
}

std::vector<std::string> relations_of(const Finding* finding) {
    std::vector<std::string> out;
    if (finding == nullptr) return out;
    for (const RelationApplied& r : finding->relations) {
        out.push_back(std::string(to_string(r.kind)) + " " + r.rule);
    }
    return out;
}

/// The first leaf (or innermost node) whose result differs, walking both trees in parallel.
std::optional<FlippedCondition> first_flip(const std::vector<ConditionTrace>& before,
                                           const std::vector<ConditionTrace>& after) {
    for (std::size_t i = 0; i < std::min(before.size(), after.size()); ++i) {
        const ConditionTrace& b = before[i];
        const ConditionTrace& a = after[i];
        if (b.result == a.result) continue;
        if (!b.parts.empty() && b.parts.size() == a.parts.size()) {
            if (auto inner = first_flip(b.parts, a.parts)) return inner;
        }
        FlippedCondition flip{a.text, b.result, a.result, {}};
        for (const ValueSeen& v : a.values) {
            ValueChange change{v.name, "", v.value, v.origin, v.location};
            for (const ValueSeen& w : b.values) {
                if (w.name == v.name) change.before = w.value;
            }
            flip.values.push_back(std::move(change));
        }
        for (const ValueSeen& w : b.values) {
            bool known = std::any_of(a.values.begin(), a.values.end(),
                                     [&](const ValueSeen& v) { return v.name == w.name; });
            if (!known) flip.values.push_back({w.name, w.value, "", w.origin, {}});
        }
        return flip;
    }
    return std::nullopt;
}

/// A finding's trace on one side: the finding itself, else that side's why-not entry.
const std::vector<ConditionTrace>* trace_of(const Decision& decision, const Finding* finding,
                                            const std::string& act, const std::string& rule) {
    if (finding != nullptr) return &finding->conditions;
    for (const Finding& f : decision.why_not) {
        if (f.rule.id == rule && f.act == act) return &f.conditions;
    }
    return nullptr;
}

std::string level_of(const Finding& f) { return f.sanction.empty() ? f.category : f.sanction; }

std::vector<std::string> citations_of(const Decision& decision) {
    std::vector<std::string> out;
    for (const Finding& f : decision.findings) {
        if (f.applies == Truth::False || f.displaced) continue;
        for (const CitationRef& c : f.rule.citations) out.push_back(c.text);
    }
    return out;
}

std::string review_key(const ReviewItem& item) {
    return std::string(to_string(item.kind)) + "\x1f" + item.act + "\x1f" + item.rule + "\x1f" +
           item.message.id;
}

std::vector<std::string> referrals_of(const Decision& decision) {
    std::vector<std::string> out;
    for (const Referral& r : decision.referrals) {
        out.push_back(r.citation + (r.act.empty() ? "" : " (" + r.act + ")"));
    }
    return out;
}

}  // namespace

DecisionDiff diff(const Decision& before, const Decision& after) {
    DecisionDiff out;
    out.incident = after.incident;
    out.as_of_before = before.as_of;
    out.as_of_after = after.as_of;
    for (const ParamUsed& a : after.params) {
        std::string was;
        for (const ParamUsed& b : before.params) {
            if (b.name == a.name) was = b.value;
        }
        if (was != a.value) out.params.push_back({a.name, was, a.value});
    }
    out.before = side_of(before);
    out.after = side_of(after);
    out.outcome_changed = !same(out.before, out.after);

    for (const TrackResult& a : after.tracks) {
        const TrackResult* b = nullptr;
        for (const TrackResult& t : before.tracks) {
            if (t.track == a.track) b = &t;
        }
        TrackDiff track;
        track.track = a.track;
        track.category_after = a.category;
        track.recommended_after = a.recommended;
        std::vector<std::string> steps_a;
        std::vector<std::string> steps_b;
        for (const TrackStep& s : a.steps) steps_a.push_back(s.text.id);
        if (b != nullptr) {
            track.category_before = b->category;
            track.recommended_before = b->recommended;
            for (const TrackStep& s : b->steps) steps_b.push_back(s.text.id);
        }
        std::vector<std::string> added = minus(steps_a, steps_b);
        std::vector<std::string> removed = minus(steps_b, steps_a);
        for (const TrackStep& s : a.steps) {
            if (std::find(added.begin(), added.end(), s.text.id) != added.end()) {
                track.steps_added.push_back(s.text);
            }
        }
        if (b != nullptr) {
            for (const TrackStep& s : b->steps) {
                if (std::find(removed.begin(), removed.end(), s.text.id) != removed.end()) {
                    track.steps_removed.push_back(s.text);
                }
            }
        }
        bool changed = track.category_before != track.category_after ||
                       track.recommended_before != track.recommended_after ||
                       !track.steps_added.empty() || !track.steps_removed.empty();
        if (changed) out.tracks.push_back(std::move(track));
    }

    auto find = [](const Decision& d, const std::string& act, const std::string& rule) {
        const Finding* found = nullptr;
        for (const Finding& f : d.findings) {
            if (f.act == act && f.rule.id == rule && found == nullptr) found = &f;
        }
        return found;
    };
    auto compare = [&](const Finding* b, const Finding* a) {
        const Finding& any = a != nullptr ? *a : *b;
        FindingDiff f;
        f.kind = b == nullptr   ? FindingChange::Added
                 : a == nullptr ? FindingChange::Removed
                                : FindingChange::Changed;
        f.act = any.act;
        f.rule = any.rule.id;
        f.title = any.rule.title;
        f.level = level_of(any);
        if (b != nullptr) {
            f.applies_before = b->applies;
            f.displaced_before = b->displaced;
            f.provisional_before = !b->provisional.empty();
        }
        if (a != nullptr) {
            f.applies_after = a->applies;
            f.displaced_after = a->displaced;
            f.provisional_after = !a->provisional.empty();
        }
        f.relations_added = minus(relations_of(a), relations_of(b));
        f.relations_removed = minus(relations_of(b), relations_of(a));
        bool changed = f.kind != FindingChange::Changed || f.applies_before != f.applies_after ||
                       f.displaced_before != f.displaced_after ||
                       f.provisional_before != f.provisional_after || !f.relations_added.empty() ||
                       !f.relations_removed.empty();
        if (!changed) return;
        const auto* tb = trace_of(before, b, f.act, f.rule);
        const auto* ta = trace_of(after, a, f.act, f.rule);
        if (tb != nullptr && ta != nullptr) f.flipped = first_flip(*tb, *ta);
        out.findings.push_back(std::move(f));
    };
    for (const Finding& a : after.findings) compare(find(before, a.act, a.rule.id), &a);
    for (const Finding& b : before.findings) {
        if (find(after, b.act, b.rule.id) == nullptr) compare(&b, nullptr);
    }

    std::vector<std::string> cites_b = citations_of(before);
    std::vector<std::string> cites_a = citations_of(after);
    out.citations_added = minus(cites_a, cites_b);
    out.citations_removed = minus(cites_b, cites_a);

    std::set<std::string> keys_b;
    std::set<std::string> keys_a;
    for (const ReviewItem& r : before.review) keys_b.insert(review_key(r));
    for (const ReviewItem& r : after.review) keys_a.insert(review_key(r));
    for (const ReviewItem& r : after.review) {
        if (keys_b.count(review_key(r)) == 0) out.review_added.push_back(r);
    }
    for (const ReviewItem& r : before.review) {
        if (keys_a.count(review_key(r)) == 0) out.review_removed.push_back(r);
    }
    out.referrals_added = minus(referrals_of(after), referrals_of(before));
    out.referrals_removed = minus(referrals_of(before), referrals_of(after));
    return out;
}

std::string describe_change(const std::string& path, const std::optional<std::string>& value) {
    return value ? path + "=" + *value : "unset " + path;
}

}  // namespace netral::whatif
