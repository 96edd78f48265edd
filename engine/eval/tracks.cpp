// SPDX-License-Identifier: Apache-2.0
// Tracks: the findings that stand on each track are combined by the track's `combine` policy
// (which category wins; which of its sanctions to recommend), then raised by its `escalate`
// policy (heavier than the last earlier sanction that counts, never past its ceiling). The
// decision's outcome is the heaviest result over the tracks in ladder order; outcome categories
// (outside the order) are the result only when no track found an ordinal category above the
// lowest. Run-time conflicts — one binding, one track, a finding of the lowest category (no
// sanction) or an outcome next to a different one — are reported for review, never resolved
// silently.
#include <algorithm>

#include "eval/session.hpp"
#include "eval/words.hpp"

namespace netral::eval {

using facts::Value;
using facts::ValueKind;

namespace {

struct Step {
    std::uint32_t category = 0;
    std::uint32_t sanction = facts::kNoSanction;
};

bool is_ordinal(const ir::Program& p, std::uint32_t category) {
    return p.categories[category].ordinal.has_value();
}

/// The lowest ordinal category of the first ladder: what a track with no finding reports.
std::optional<std::uint32_t> lowest_category(const ir::Program& p) {
    for (const ir::Ladder& ladder : p.ladders) {
        for (ir::CategoryId c : ladder.categories) {
            if (p.categories[c.index()].ordinal == 0u) return c.value;
        }
    }
    return std::nullopt;
}

Value level_value(const Step& step) { return Value::of_level(step.category, step.sanction); }

/// Sanctions of `category` whose `when` holds (or may hold), mildest first.
std::vector<std::uint32_t> applicable(Session& s, std::uint32_t category, bool& undecided) {
    std::vector<std::uint32_t> out;
    for (ir::SanctionId id : s.p.categories[category].sanctions) {
        const ir::Sanction& sanction = s.p.sanctions[id.index()];
        int t = sanction.condition ? s.ev.truth(*sanction.condition) : kTrue;
        if (t == kUnknown) undecided = true;
        if (t != kFalse) out.push_back(id.value);
    }
    return out;
}

std::vector<CitationRef> citations_of(Session& s, const std::vector<ir::Citation>& citations) {
    std::vector<CitationRef> out;
    if (!s.options.describe) return out;
    for (const ir::Citation& c : citations) out.push_back(s.d.citation(c, s.judged));
    return out;
}

std::string level_name(Session& s, const Step& step) {
    return s.d.level_id(step.category, step.sanction);
}

/// Fills the result's category and sanction lists from candidate steps.
void set_result(Session& s, TrackResult& result, std::uint32_t category,
                const std::vector<std::uint32_t>& sanctions, ir::Severity recommend) {
    result.category = s.p.categories[category].name;
    if (s.options.describe) result.category_label = s.d.label(s.p.categories[category].label);
    result.sanctions.clear();
    result.sanction_labels.clear();
    for (std::uint32_t sanction : sanctions) {
        result.sanctions.push_back(s.d.level_id(category, sanction));
        if (s.options.describe)
            result.sanction_labels.push_back(s.d.level_label(category, sanction));
    }
    result.recommended.clear();
    if (!sanctions.empty()) {
        result.recommended =
            recommend == ir::Severity::Mildest ? result.sanctions.front() : result.sanctions.back();
    }
}

/// A track's result is provisional when no established finding reaches the winning category:
/// without the provisional findings the category would be another one. Adds the step saying so.
void mark_if_provisional(Session& s, std::uint32_t category, TrackResult& result) {
    std::string numbers;
    for (std::size_t i : result.findings) {
        if (s.levels[i].category != category) continue;
        if (s.decision.findings[i].provisional.empty()) return;
        numbers += (numbers.empty() ? "#" : ", #") + std::to_string(i + 1);
    }
    if (numbers.empty()) return;
    result.provisional = true;
    TrackStep step;
    step.kind = StepKind::Provisional;
    step.text = say(Word::StepProvisional, {result.category, numbers});
    result.steps.push_back(std::move(step));
}

struct Combined {
    std::uint32_t category = 0;
    std::vector<std::uint32_t> sanctions;  ///< candidate sanctions, mildest first
    bool found = false;                    ///< some finding stands on the track
};

Combined combine(Session& s, ir::TrackId track_id, TrackResult& result) {
    const ir::Track& track = s.p.tracks[track_id.index()];
    Combined out;
    ir::Severity strategy = ir::Severity::Heaviest;
    ir::Severity recommend = ir::Severity::Mildest;
    const ir::CombinePolicy* policy = nullptr;
    if (track.combine) {
        policy = &s.p.combines[*track.combine];
        strategy = policy->strategy;
        recommend = policy->recommend;
    }
    auto lowest = lowest_category(s.p);
    std::optional<std::uint32_t> ordinal_winner;
    std::optional<std::uint32_t> outcome_winner;
    for (std::size_t i = 0; i < s.decision.findings.size(); ++i) {
        const Finding& f = s.decision.findings[i];
        if (s.levels[i].track != track_id || f.displaced || f.applies != Truth::True) continue;
        result.findings.push_back(i);
        std::uint32_t category = s.levels[i].category;
        if (is_ordinal(s.p, category)) {
            auto rank = *s.p.categories[category].ordinal;
            if (!ordinal_winner || (strategy == ir::Severity::Heaviest
                                        ? rank > *s.p.categories[*ordinal_winner].ordinal
                                        : rank < *s.p.categories[*ordinal_winner].ordinal)) {
                ordinal_winner = category;
            }
        } else if (!outcome_winner) {
            outcome_winner = category;
        }
    }
    if (result.findings.empty()) {
        if (lowest) out.category = *lowest;
        if (lowest) set_result(s, result, *lowest, {}, recommend);
        return out;
    }
    out.found = true;
    bool ordinal_counts = ordinal_winner && (!outcome_winner || ordinal_winner != lowest);
    out.category = ordinal_counts ? *ordinal_winner : *outcome_winner;
    // Sanctions named by the findings in the winning category fix the type; otherwise every
    // sanction of the category whose condition holds is a candidate.
    for (std::size_t i : result.findings) {
        const FindingLevel& level = s.levels[i];
        if (level.category != out.category || level.sanction == facts::kNoSanction) continue;
        if (std::find(out.sanctions.begin(), out.sanctions.end(), level.sanction) ==
            out.sanctions.end()) {
            out.sanctions.push_back(level.sanction);
        }
    }
    bool undecided = false;
    if (out.sanctions.empty()) {
        out.sanctions = applicable(s, out.category, undecided);
    } else {
        std::sort(out.sanctions.begin(), out.sanctions.end(),
                  [&](auto a, auto b) { return s.p.sanctions[a].rank < s.p.sanctions[b].rank; });
    }
    set_result(s, result, out.category, out.sanctions, recommend);
    TrackStep step;
    step.kind = StepKind::Combine;
    std::string n = std::to_string(result.findings.size());
    Text strategy_word = say(strategy == ir::Severity::Heaviest ? Word::Heaviest : Word::Mildest);
    step.text = say(Word::StepCombine, {n, strategy_word, result.category});
    if (policy) step.citations = citations_of(s, policy->citations);
    result.steps.push_back(std::move(step));
    mark_if_provisional(s, out.category, result);
    if (undecided) {
        s.add_review(ReviewKind::Sanction, say(Word::ReviewSanction, {result.category}), "", "");
    }
    return out;
}

/// The last earlier sanction that counts for escalation, or none.
std::optional<Step> previous_step(Session& s, const ir::EscalatePolicy& policy,
                                  std::vector<ValueSeen>& seen, bool& undecided) {
    Value list = s.ev.eval(policy.binder.collection);
    if (list.kind != ValueKind::List) return std::nullopt;
    std::optional<Step> best;
    facts::Day best_day = facts::DaySpan::kOpenLow;
    Value saved = s.ev.bound(policy.binder.var);
    for (const facts::Instance* entry : list.list->items) {
        s.ev.bind(policy.binder.var, Value::of_record(entry));
        int t = policy.binder.filter ? s.ev.truth(*policy.binder.filter) : kTrue;
        if (t == kUnknown) undecided = true;
        if (t != kTrue) continue;
        Value level = s.ev.eval(policy.previous);
        if (level.kind != ValueKind::Level) {
            undecided = true;
            continue;
        }
        facts::Day day = best_day;
        if (policy.latest) {
            Value date = s.ev.eval(*policy.latest);
            if (date.kind != ValueKind::Date) {
                undecided = true;
                continue;
            }
            day = date.days.last;
        }
        if (s.options.trail) seen.push_back(s.d.seen(policy.previous));
        if (!best || day >= best_day) {  // the later entry wins a tie (file order)
            best = Step{level.index, level.sanction};
            best_day = day;
        }
    }
    s.ev.bind(policy.binder.var, saved);
    return best;
}

void escalate(Session& s, const ir::Track& track, Combined& combined, TrackResult& result) {
    if (!track.escalate || !combined.found) return;
    const ir::EscalatePolicy& policy = s.p.escalations[*track.escalate];
    std::vector<ValueSeen> seen;
    bool undecided = false;
    auto previous = previous_step(s, policy, seen, undecided);
    if (undecided) {
        s.add_review(ReviewKind::Escalation, say(Word::ReviewEscalation, {track.name}), "", "");
    }
    if (!previous) {
        TrackStep none;
        none.kind = StepKind::Escalate;
        none.citations = citations_of(s, policy.citations);
        none.text = say(Word::StepNoEarlier);
        result.steps.push_back(std::move(none));
        return;
    }
    ir::Severity recommend =
        track.combine ? s.p.combines[*track.combine].recommend : ir::Severity::Mildest;
    Value last = level_value(*previous);
    auto heavier = [&](std::uint32_t category, std::uint32_t sanction) {
        return Evaluator::compare(s.p, Value::of_level(category, sanction), last) == 1;
    };
    auto within_ceiling = [&](std::uint32_t category, std::uint32_t sanction) {
        if (!policy.ceiling) return true;
        Value ceiling = Value::of_level(
            policy.ceiling->category.value,
            policy.ceiling->sanction ? policy.ceiling->sanction->value : facts::kNoSanction);
        Value step = Value::of_level(category, sanction);
        if (!policy.ceiling->sanction) {
            return s.p.categories[category].ordinal <= s.p.categories[ceiling.index].ordinal;
        }
        return Evaluator::compare(s.p, step, ceiling) <= 0;
    };
    TrackStep step;
    step.kind = StepKind::Escalate;
    step.citations = citations_of(s, policy.citations);
    step.values = seen;
    std::string last_name = level_name(s, *previous);
    std::vector<std::uint32_t> kept;
    for (std::uint32_t sanction : combined.sanctions) {
        if (heavier(combined.category, sanction)) kept.push_back(sanction);
    }
    if (!combined.sanctions.empty() && kept.size() == combined.sanctions.size()) {
        step.text = say(Word::StepAlreadyHeavier, {last_name});
        result.steps.push_back(std::move(step));
        return;
    }
    if (!kept.empty()) {
        combined.sanctions = kept;
        set_result(s, result, combined.category, kept, recommend);
        step.text = say(Word::StepMustBeHeavier, {last_name, result.recommended});
        result.steps.push_back(std::move(step));
        return;
    }
    // Lift to the next category of the ladder that has an applicable heavier sanction.
    const ir::Ladder& ladder = s.p.ladders[policy.ladder.index()];
    auto current = s.p.categories[combined.category].ordinal;
    for (ir::CategoryId c : ladder.categories) {
        const ir::Category& category = s.p.categories[c.index()];
        if (!category.ordinal || (current && *category.ordinal <= *current)) continue;
        if (!within_ceiling(c.value, facts::kNoSanction) && !policy.ceiling->sanction) break;
        bool unsure = false;
        std::vector<std::uint32_t> options;
        for (std::uint32_t sanction : applicable(s, c.value, unsure)) {
            if (heavier(c.value, sanction) && within_ceiling(c.value, sanction)) {
                options.push_back(sanction);
            }
        }
        if (options.empty()) continue;
        combined.category = c.value;
        combined.sanctions = options;
        set_result(s, result, c.value, options, recommend);
        step.text = say(Word::StepRaised, {last_name, result.category});
        result.steps.push_back(std::move(step));
        return;
    }
    // Nothing heavier within the ceiling: the result stays at the ceiling (or where it is). A
    // category ceiling stands for its heaviest applicable type, so that the result names one.
    if (policy.ceiling) {
        Step top{policy.ceiling->category.value,
                 policy.ceiling->sanction ? policy.ceiling->sanction->value : facts::kNoSanction};
        std::string ceiling_name = level_name(s, top);
        if (top.sanction == facts::kNoSanction) {
            bool unsure = false;
            auto types = applicable(s, top.category, unsure);
            if (!types.empty()) top.sanction = types.back();
        }
        combined.category = top.category;
        combined.sanctions.clear();
        if (top.sanction != facts::kNoSanction) combined.sanctions.push_back(top.sanction);
        set_result(s, result, top.category, combined.sanctions, recommend);
        step.kind = StepKind::Ceiling;
        step.text = say(Word::StepAtCeiling, {last_name, ceiling_name});
    } else {
        step.kind = StepKind::Ceiling;
        step.text = say(Word::StepNoneHeavier, {last_name});
    }
    result.steps.push_back(std::move(step));
}

/// One binding, one track: a "no sanction" finding or an outcome next to a different finding
/// from an unrelated rule is a conflict the rules do not settle.
void report_conflicts(Session& s) {
    auto lowest = lowest_category(s.p);
    const auto& findings = s.decision.findings;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& a = findings[i];
        const FindingLevel& la = s.levels[i];
        if (a.displaced || a.applies != Truth::True) continue;
        // Findings come binding by binding (collect_hits), so one binding's are contiguous.
        for (std::size_t j = i + 1; j < findings.size() && s.levels[j].element == la.element; ++j) {
            const Finding& b = findings[j];
            const FindingLevel& lb = s.levels[j];
            if (b.displaced || b.applies != Truth::True || lb.track != la.track ||
                lb.category == la.category || b.rule.id == a.rule.id) {
                continue;
            }
            auto special = [&](std::uint32_t category) {
                return !is_ordinal(s.p, category) || (lowest && category == *lowest);
            };
            if (!special(la.category) && !special(lb.category)) continue;
            s.add_review(ReviewKind::Conflict,
                         say(Word::ReviewConflict,
                             {a.rule.id, a.category, b.rule.id, b.category, a.binding, a.track}),
                         a.act, a.rule.id);
        }
    }
}

/// The step a track recommends: the first or last candidate by its combine policy.
std::optional<Step> recommended_step(const Session& s, const ir::Track& track,
                                     const Combined& combined) {
    if (!combined.found || combined.sanctions.empty()) return std::nullopt;
    ir::Severity recommend =
        track.combine ? s.p.combines[*track.combine].recommend : ir::Severity::Mildest;
    std::uint32_t sanction =
        recommend == ir::Severity::Mildest ? combined.sanctions.front() : combined.sanctions.back();
    return Step{combined.category, sanction};
}

/// A track whose recommendation carries `absorbs` (it ends the relationship the other tracks'
/// sanctions presuppose) absorbs every other track that recommends something: those are shown as
/// absorbed, with the sanction's reason, not as sanctions to impose as well. With several such
/// tracks the heaviest recommendation absorbs (the first declared on a tie).
void mark_absorbed(Session& s, const std::vector<std::optional<Step>>& recommended) {
    std::optional<std::size_t> absorber;
    for (std::size_t t = 0; t < recommended.size(); ++t) {
        const auto& step = recommended[t];
        if (!step || !s.p.sanctions[step->sanction].absorbs) continue;
        if (!absorber || Evaluator::compare(s.p, level_value(*step),
                                            level_value(*recommended[*absorber])) == 1) {
            absorber = t;
        }
    }
    if (!absorber) return;
    const ir::Sanction& sanction = s.p.sanctions[recommended[*absorber]->sanction];
    for (std::size_t t = 0; t < recommended.size(); ++t) {
        if (t == *absorber || !recommended[t]) continue;
        TrackResult& result = s.decision.tracks[t];
        result.absorbed_by = s.decision.tracks[*absorber].track;
        if (s.options.describe) result.absorbed_reason = s.d.label(*sanction.absorbs);
    }
}

}  // namespace

void resolve_tracks(Session& s) {
    report_conflicts(s);
    std::optional<std::size_t> best;     // track with the heaviest ordinal result
    std::uint32_t best_category = 0;     // its category
    std::optional<std::size_t> outcome;  // first track whose result is an outcome
    auto lowest = lowest_category(s.p);
    std::vector<std::optional<Step>> recommended;  // per track, for absorption
    for (std::size_t t = 0; t < s.p.tracks.size(); ++t) {
        const ir::Track& track = s.p.tracks[t];
        TrackResult result;
        result.track = track.name;
        if (s.options.describe) result.label = s.d.label(track.label);
        Combined combined = combine(s, ir::TrackId::from_index(t), result);
        escalate(s, track, combined, result);
        recommended.push_back(recommended_step(s, track, combined));
        if (!s.options.describe) result.steps.clear();  // steps are part of the description
        s.decision.tracks.push_back(std::move(result));
        if (!combined.found) continue;
        std::size_t at = s.decision.tracks.size() - 1;
        if (is_ordinal(s.p, combined.category)) {
            if (lowest && combined.category == *lowest && best) continue;
            auto rank = *s.p.categories[combined.category].ordinal;
            if (!best || rank > *s.p.categories[best_category].ordinal) {
                best = at;
                best_category = combined.category;
            }
        } else if (!outcome) {
            outcome = at;
        }
    }
    mark_absorbed(s, recommended);
    Outcome& out = s.decision.outcome;
    std::optional<std::size_t> from = best;
    bool best_is_lowest = best && lowest && best_category == *lowest;
    if (outcome && (!best || best_is_lowest)) from = outcome;
    if (from) {
        const TrackResult& r = s.decision.tracks[*from];
        out.category = r.category;
        out.category_label = r.category_label;
        out.sanctions = r.sanctions;
        out.sanction_labels = r.sanction_labels;
        out.track = r.track;
        out.provisional = r.provisional;
    } else if (lowest) {
        out.category = s.p.categories[*lowest].name;
        if (s.options.describe) out.category_label = s.d.label(s.p.categories[*lowest].label);
    }
    out.review = !s.decision.review.empty();
}

}  // namespace netral::eval
