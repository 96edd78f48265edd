// SPDX-License-Identifier: Apache-2.0
// evaluate() over inexact dates. A date known only to the month or the year is every day of its
// span, and the rules may decide differently on different days of it. The span is cut wherever
// a comparison with a date of the rules or of the incident can change (a date D cuts before D
// and after it), each stretch is evaluated on its own, and the results are combined: the
// categories possible over the span, what decides between them, and the category the rule set's
// `inexact` policy names. Nothing here knows what the dates mean.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "eval/describe.hpp"
#include "eval/evaluate.hpp"
#include "eval/words.hpp"
#include "facts/copy.hpp"
#include "facts/layout.hpp"

namespace netral::eval {

using facts::Day;
using facts::DaySpan;
using facts::Value;
using facts::ValueKind;

namespace {

/// One inexact date of the incident: where it lives and the stretches its span is cut into.
struct InexactSlot {
    std::optional<std::uint32_t> instance;  ///< Instance::serial; none for a top-level fact
    std::uint32_t slot = 0;                 ///< the slot in the instance, or the FactId value
    std::string path;                       ///< `acts[post-1].date`
    std::string act;                        ///< the owning instance's name; empty for a fact
    DaySpan span;                           ///< the whole span
    std::vector<DaySpan> pieces;            ///< the span cut where a result may change
};

/// The result on one combination of stretches, one per inexact date.
struct PieceResult {
    std::vector<std::size_t> at;  ///< by InexactSlot: index into its pieces
    Decision decision;            ///< the evaluation on those days
};

/// Every day where a comparison with a date the rules or the incident hold may change: D and
/// the day after D, so that `<`, `<=`, `==` and `in` periods all fall on one side of a cut.
std::vector<Day> date_cuts(const ir::Program& p, const facts::Incident& incident, Day as_of) {
    std::vector<Day> cuts;
    auto cut = [&](std::int64_t day) {
        cuts.push_back(static_cast<Day>(day));
        cuts.push_back(static_cast<Day>(day + 1));
    };
    auto cut_period = [&](const ir::Period& period) {
        if (period.from) cut(ir::to_days(*period.from));
        if (period.until) cut(ir::to_days(*period.until));
    };
    for (const ir::Expr& expr : p.exprs) {
        if (const auto* date = std::get_if<ir::DateConst>(&expr)) cut(ir::to_days(date->value));
    }
    for (const ir::Regulation& regulation : p.regulations) {
        if (regulation.in_force) cut_period(regulation.in_force->period);
    }
    for (const ir::Rule& rule : p.rules) {
        if (rule.in_force) cut_period(rule.in_force->period);
    }
    cut(as_of);
    auto cut_value = [&](const Value& value) {
        if (value.kind == ValueKind::Date && value.days.exact()) cut(value.days.first);
        if (value.kind == ValueKind::Period) {
            if (value.days.first != DaySpan::kOpenLow) cut(value.days.first);
            if (value.days.last != DaySpan::kOpenHigh) cut(value.days.last);
        }
    };
    for (const facts::Slot& slot : incident.facts) cut_value(slot.value);
    for (const facts::Instance& instance : incident.instances) {
        for (const facts::Slot& slot : instance.slots) cut_value(slot.value);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    return cuts;
}

/// `span` cut at every cut inside it.
std::vector<DaySpan> cut_span(DaySpan span, const std::vector<Day>& cuts) {
    std::vector<DaySpan> pieces;
    Day first = span.first;
    for (auto it = std::upper_bound(cuts.begin(), cuts.end(), span.first);
         it != cuts.end() && *it <= span.last; ++it) {
        pieces.push_back({first, *it - 1});
        first = *it;
    }
    pieces.push_back({first, span.last});
    return pieces;
}

bool inexact(const Value& value) { return value.kind == ValueKind::Date && !value.days.exact(); }

bool has_inexact(const facts::Incident& incident) {
    for (const facts::Slot& slot : incident.facts) {
        if (inexact(slot.value)) return true;
    }
    for (const facts::Instance& instance : incident.instances) {
        for (const facts::Slot& slot : instance.slots) {
            if (inexact(slot.value)) return true;
        }
    }
    return false;
}

/// The inexact dates of `incident`, facts first, then by instance and slot.
std::vector<InexactSlot> find_inexact(const ir::Program& p, const facts::Incident& incident,
                                      Describer& d) {
    std::vector<InexactSlot> out;
    for (std::uint32_t f = 0; f < incident.facts.size(); ++f) {
        const Value& value = incident.facts[f].value;
        if (inexact(value)) out.push_back({std::nullopt, f, d.fact_path(f), "", value.days, {}});
    }
    facts::Layout layout(p);
    for (const facts::Instance& instance : incident.instances) {
        for (std::uint32_t s = 0; s < instance.slots.size(); ++s) {
            const Value& value = instance.slots[s].value;
            if (!inexact(value)) continue;
            std::string path = d.instance_path(&instance);
            for (std::uint32_t f = 0; f < p.fields.size(); ++f) {
                if (p.fields[f].record == instance.record && layout.field_slot[f] == s) {
                    path = d.field_path(&instance, f);
                    break;
                }
            }
            out.push_back({instance.serial, s, path, instance.name, value.days, {}});
        }
    }
    return out;
}

facts::Slot& slot_of(facts::Incident& incident, const InexactSlot& slot) {
    if (slot.instance) return incident.instances[*slot.instance].slots[slot.slot];
    return incident.facts[slot.slot];
}

/// Severity order of a category for the policy: the lowest ordinal category, then outcomes
/// (which the track resolution prefers to it), then the other ordinal categories; -1 for a
/// name that is no category.
int rank(const ir::Program& p, const std::string& name) {
    for (const ir::Category& category : p.categories) {
        if (category.name != name) continue;
        return category.ordinal ? 2 * static_cast<int>(*category.ordinal) : 1;
    }
    return -1;
}

std::string day_text(Day day) { return ir::to_string(ir::from_days(day)); }

std::string span_text(DaySpan span) {
    if (span.exact()) return day_text(span.first);
    return day_text(span.first) + ".." + day_text(span.last);
}

void append(Text& out, const Text& part, std::string_view separator) {
    if (!out.id.empty()) {
        out.id += separator;
        out.en += separator;
    }
    out.id += part.id;
    out.en += part.en;
}

/// What decides between the outcomes of one inexact date, its stretches in day order:
/// "moral before 22 September 2024, heavy from that date".
Text decides_one(const std::vector<std::pair<DaySpan, Text>>& runs) {
    Text out;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const auto& [span, label] = runs[i];
        Text part;
        if (i == 0) {
            part = say(Word::InexactBefore, {label, day_words(runs[1].first.first)});
        } else if (i + 1 == runs.size()) {
            part = runs.size() == 2 ? say(Word::InexactFromThat, {label})
                                    : say(Word::InexactFrom, {label, day_words(span.first)});
        } else if (span.exact()) {
            part = say(Word::InexactOn, {label, day_words(span.first)});
        } else {
            part =
                say(Word::InexactBetween, {label, day_words(span.first), day_words(span.last)});
        }
        append(out, part, ", ");
    }
    return out;
}

/// The same over several inexact dates: "heavy when acts[a].date 2024-09-22..2024-09-30 and …".
Text decides_many(const std::vector<InexactSlot>& slots, const std::vector<DatePiece>& pieces) {
    Text out;
    for (const DatePiece& piece : pieces) {
        Text when;
        for (std::size_t k = 0; k < slots.size(); ++k) {
            append(when, {slots[k].path + " " + piece.days[k], slots[k].path + " " + piece.days[k]},
                   "");
            if (k + 1 < slots.size()) append(when, say(Word::InexactAnd), "");
        }
        append(out, say(Word::InexactWhen, {piece.category_label, when}), "; ");
    }
    return out;
}

/// The result the policy names among `results` for one track (or the outcome when `track` is
/// none): the index of the heaviest or mildest result, the first in day order among equals.
std::size_t pick(const ir::Program& p, const std::vector<PieceResult>& results,
                 std::optional<std::size_t> track, bool heaviest) {
    auto category = [&](const PieceResult& r) -> const std::string& {
        return track ? r.decision.tracks[*track].category : r.decision.outcome.category;
    };
    std::size_t best = 0;
    for (std::size_t i = 1; i < results.size(); ++i) {
        int a = rank(p, category(results[i]));
        int b = rank(p, category(results[best]));
        if (heaviest ? a > b : a < b) best = i;
    }
    return best;
}

/// The categories of `results` (for one track, or the outcome), mildest first, without
/// repeats, with their labels.
std::vector<std::pair<std::string, Text>> possible(const ir::Program& p,
                                                   const std::vector<PieceResult>& results,
                                                   std::optional<std::size_t> track) {
    std::vector<std::pair<std::string, Text>> out;
    for (const PieceResult& r : results) {
        const std::string& name =
            track ? r.decision.tracks[*track].category : r.decision.outcome.category;
        const Text& label =
            track ? r.decision.tracks[*track].category_label : r.decision.outcome.category_label;
        bool seen = false;
        for (const auto& [known, unused] : out) seen = seen || known == name;
        if (!seen) out.emplace_back(name, label);
    }
    std::stable_sort(out.begin(), out.end(), [&](const auto& a, const auto& b) {
        return rank(p, a.first) < rank(p, b.first);
    });
    return out;
}

std::string_view policy_name(ir::InexactPolicy policy) {
    switch (policy) {
        case ir::InexactPolicy::Range:
            return "range";
        case ir::InexactPolicy::Heaviest:
            return "heaviest";
        case ir::InexactPolicy::Mildest:
            return "mildest";
    }
    return "range";
}

/// Sets one track's (or the outcome's) category by the policy, from the results on the days.
template <typename Target>
void apply_policy(const ir::Program& p, const std::vector<PieceResult>& results,
                  std::optional<std::size_t> track, Target& target) {
    auto categories = possible(p, results, track);
    if (categories.size() > 1) {
        for (const auto& [name, label] : categories) {
            target.possible.push_back(name);
            target.possible_labels.push_back(label);
        }
    }
    auto copy_from = [&](std::size_t i) {
        const PieceResult& r = results[i];
        if constexpr (std::is_same_v<Target, Outcome>) {
            const Outcome& from = r.decision.outcome;
            target.category = from.category;
            target.category_label = from.category_label;
            target.sanctions = from.sanctions;
            target.sanction_labels = from.sanction_labels;
            target.track = from.track;
            target.provisional = from.provisional;
        } else {
            const TrackResult& from = r.decision.tracks[*track];
            target.category = from.category;
            target.category_label = from.category_label;
            target.sanctions = from.sanctions;
            target.sanction_labels = from.sanction_labels;
            target.recommended = from.recommended;
            target.steps = from.steps;
            target.provisional = from.provisional;
        }
    };
    ir::InexactPolicy policy = p.ruleset.inexact;
    if (categories.size() == 1) policy = ir::InexactPolicy::Mildest;  // all days agree
    switch (policy) {
        case ir::InexactPolicy::Heaviest:
            copy_from(pick(p, results, track, true));
            return;
        case ir::InexactPolicy::Mildest:
            copy_from(pick(p, results, track, false));
            return;
        case ir::InexactPolicy::Range: {
            const auto& [low, low_label] = categories.front();
            const auto& [high, high_label] = categories.back();
            target.category = low + ".." + high;
            target.category_label = say(Word::RangeLabel, {low_label, high_label});
            target.sanctions.clear();
            target.sanction_labels.clear();
            target.provisional = false;
            if constexpr (std::is_same_v<Target, Outcome>) {
                target.track.clear();
            } else {
                target.recommended.clear();
            }
            return;
        }
    }
}

/// The results of neighbouring stretches of the last inexact date merged when they agree on
/// the outcome and every track.
std::vector<DatePiece> merge_pieces(const std::vector<InexactSlot>& slots,
                                    const std::vector<PieceResult>& results) {
    std::vector<DatePiece> pieces;
    std::vector<std::size_t> last_at;  // the stretch indexes of the piece being extended
    for (const PieceResult& r : results) {
        DatePiece piece;
        piece.category = r.decision.outcome.category;
        piece.category_label = r.decision.outcome.category_label;
        for (const TrackResult& t : r.decision.tracks) piece.tracks.push_back(t.category);
        bool extends = !pieces.empty() && pieces.back().category == piece.category &&
                       pieces.back().tracks == piece.tracks &&
                       std::equal(r.at.begin(), r.at.end() - 1, last_at.begin());
        std::size_t k = slots.size() - 1;
        if (extends) {
            // Rewrite the last date's days: the merged stretch runs from the first one's start.
            DaySpan span{slots[k].pieces[last_at[k]].first, slots[k].pieces[r.at[k]].last};
            std::string first_day = pieces.back().days[k].substr(0, 10);
            pieces.back().days[k] =
                span.exact() ? first_day : first_day + ".." + day_text(span.last);
            continue;
        }
        for (std::size_t s = 0; s < slots.size(); ++s) {
            piece.days.push_back(span_text(slots[s].pieces[r.at[s]]));
        }
        pieces.push_back(std::move(piece));
        last_at = r.at;
    }
    return pieces;
}

/// "moral before …" from the merged pieces of one inexact date: runs of one outcome category.
Text decides(const std::vector<InexactSlot>& slots, const std::vector<DatePiece>& pieces) {
    if (slots.size() != 1) return decides_many(slots, pieces);
    std::vector<std::pair<DaySpan, Text>> runs;
    std::string last_category;
    for (const DatePiece& piece : pieces) {
        const std::string& days = piece.days[0];
        DaySpan span;
        auto first = ir::parse_date(std::string_view(days).substr(0, 10));
        auto last = ir::parse_date(std::string_view(days).substr(days.size() - 10));
        span.first = static_cast<Day>(ir::to_days(*first));
        span.last = static_cast<Day>(ir::to_days(*last));
        if (!runs.empty() && piece.category == last_category) {
            runs.back().first.last = span.last;
            continue;
        }
        runs.emplace_back(span, piece.category_label);
        last_category = piece.category;
    }
    if (runs.size() < 2) return {};
    return decides_one(runs);
}

/// Whether `finding` holds (applies and is not displaced) in `decision`.
bool holds_in(const Finding& finding, const Decision& decision) {
    for (const Finding& f : decision.findings) {
        if (f.rule.id == finding.rule.id && f.binding == finding.binding &&
            f.applies == Truth::True && !f.displaced) {
            return true;
        }
    }
    return false;
}

/// The stretches of one inexact date (index `k`) on which `finding` holds, neighbours merged;
/// none when whether it holds on a stretch depends on the other dates' days too.
std::optional<std::vector<std::string>> holds_on_date(const std::vector<InexactSlot>& slots,
                                                      const std::vector<PieceResult>& results,
                                                      const std::vector<bool>& holds,
                                                      std::size_t k) {
    std::vector<int> on(slots[k].pieces.size(), -1);  // -1 unseen, 0 no, 1 yes
    for (std::size_t i = 0; i < results.size(); ++i) {
        int& seen = on[results[i].at[k]];
        int value = holds[i] ? 1 : 0;
        if (seen != -1 && seen != value) return std::nullopt;
        seen = value;
    }
    std::vector<std::string> out;
    std::optional<DaySpan> run;
    for (std::size_t piece = 0; piece <= on.size(); ++piece) {
        if (piece < on.size() && on[piece] == 1) {
            DaySpan span = slots[k].pieces[piece];
            run = run ? DaySpan{run->first, span.last} : span;
            continue;
        }
        if (run) out.push_back(span_text(*run));
        run.reset();
    }
    return out;
}

/// The days on which `finding` holds when it holds on some days of the inexact dates' spans
/// and not on others: the stretches of its own act's date when that date alone decides, else
/// each combination of stretches (one day or span per date, joined by ` & `). Empty when it
/// holds on every day or on none.
std::vector<std::string> holds_on(const Finding& finding, const std::vector<InexactSlot>& slots,
                                  const std::vector<PieceResult>& results) {
    std::vector<bool> holds;
    for (const PieceResult& r : results) holds.push_back(holds_in(finding, r.decision));
    std::size_t count = static_cast<std::size_t>(std::count(holds.begin(), holds.end(), true));
    if (count == 0 || count == results.size()) return {};
    for (std::size_t k = 0; k < slots.size(); ++k) {
        if (slots.size() > 1 && (finding.act.empty() || slots[k].act != finding.act)) continue;
        if (auto days = holds_on_date(slots, results, holds, k)) return *days;
    }
    std::vector<std::string> out;
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (!holds[i]) continue;
        std::string days;
        for (std::size_t k = 0; k < slots.size(); ++k) {
            days += (k == 0 ? "" : " & ") + span_text(slots[k].pieces[results[i].at[k]]);
        }
        out.push_back(days);
    }
    return out;
}

bool same_results(const Decision& a, const Decision& b) {
    if (a.outcome.category != b.outcome.category) return false;
    for (std::size_t t = 0; t < a.tracks.size(); ++t) {
        if (a.tracks[t].category != b.tracks[t].category) return false;
    }
    return true;
}

std::string joined_paths(const std::vector<InexactSlot>& slots) {
    std::string out;
    for (const InexactSlot& slot : slots) out += (out.empty() ? "" : ", ") + slot.path;
    return out;
}

/// evaluate() without its bounds: the whole span first, then the stretches of inexact dates.
Decision evaluate_pieces(const ir::Program& program, const plan::Plan& plan,
                         const base::SourceMap& rule_sources, const facts::Incident& incident,
                         const Options& options) {
    Decision decision = evaluate_once(program, plan, rule_sources, incident, options);
    if (!has_inexact(incident)) return decision;
    Inputs inputs{program,       plan,           rule_sources,          incident,
                  options.as_of, options.params, options.params_chosen, options.rule_refs};
    Evaluator evaluator(inputs);
    Describer describer(evaluator);
    std::vector<InexactSlot> slots = find_inexact(program, incident, describer);
    if (slots.empty()) return decision;

    std::vector<Day> cuts = date_cuts(program, incident, options.as_of);
    std::size_t combinations = 1;
    for (InexactSlot& slot : slots) {
        slot.pieces = cut_span(slot.span, cuts);
        combinations *= slot.pieces.size();
        if (combinations > kMaxDatePieces) break;
    }
    if (combinations == 1) return decision;  // no date of the rules falls inside a span
    InexactDates& out = decision.inexact;
    std::vector<Text> needs;
    for (const InexactSlot& slot : slots) needs.push_back(say(Word::NeedExactDay, {slot.path}));
    std::string act = slots.size() == 1 ? slots[0].act : "";
    if (combinations > kMaxDatePieces) {
        // Judged over the whole spans, as evaluate_once did; the reader learns why.
        for (const InexactSlot& slot : slots) out.dates.push_back(slot.path);
        out.policy = policy_name(program.ruleset.inexact);
        out.too_many = true;
        decision.review.push_back(
            {ReviewKind::Inexact,
             say(Word::ReviewInexactTooMany, {joined_paths(slots), std::to_string(kMaxDatePieces)}),
             act, "", needs});
        decision.outcome.review = true;
        return decision;
    }

    Options piece_options = options;
    piece_options.trail = false;
    piece_options.why_not.clear();
    piece_options.examine_all = false;
    std::vector<PieceResult> results;
    std::vector<std::size_t> at(slots.size(), 0);
    for (std::size_t n = 0; n < combinations; ++n) {
        facts::Incident copy = facts::copy_incident(incident);
        for (std::size_t k = 0; k < slots.size(); ++k) {
            slot_of(copy, slots[k]).value.days = slots[k].pieces[at[k]];
        }
        results.push_back({at, evaluate_once(program, plan, rule_sources, copy, piece_options)});
        if (options.budget != nullptr && options.budget->stopped() != Limit::None) break;
        // The next combination, the last date moving fastest, so results stay in day order.
        for (std::size_t k = slots.size(); k-- > 0;) {
            if (++at[k] < slots[k].pieces.size()) break;
            at[k] = 0;
        }
    }

    // A passed bound: the caller discards the decision, and the pieces are not all there.
    if (options.budget != nullptr && options.budget->stopped() != Limit::None) return decision;
    for (Finding& finding : decision.findings) {
        if (finding.applies != Truth::True) finding.holds_on = holds_on(finding, slots, results);
    }
    bool all_same = true;
    for (const PieceResult& r : results) all_same = all_same && same_results(r.decision, decision);
    if (all_same) return decision;  // every day gives what the whole span gave

    for (const InexactSlot& slot : slots) out.dates.push_back(slot.path);
    out.policy = policy_name(program.ruleset.inexact);
    out.pieces = merge_pieces(slots, results);
    out.decides = decides(slots, out.pieces);
    apply_policy(program, results, std::nullopt, decision.outcome);
    for (std::size_t t = 0; t < decision.tracks.size(); ++t) {
        bool varies = false;
        for (const PieceResult& r : results) {
            varies = varies || r.decision.tracks[t].category != decision.tracks[t].category;
        }
        if (varies) apply_policy(program, results, t, decision.tracks[t]);
    }
    if (decision.outcome.possible.size() > 1) {
        decision.review.push_back({ReviewKind::Inexact,
                                   say(Word::ReviewInexact, {joined_paths(slots), out.decides}),
                                   act, "", needs});
    }
    decision.outcome.review = !decision.review.empty();
    return decision;
}

}  // namespace

std::optional<Decision> evaluate(const ir::Program& program, const plan::Plan& plan,
                                 const base::SourceMap& rule_sources,
                                 const facts::Incident& incident, const Options& options,
                                 Stopped* stopped) {
    if (options.work_limit == 0 && options.time_limit.count() <= 0 && !options.deadline) {
        return evaluate_pieces(program, plan, rule_sources, incident, options);
    }
    Budget budget(options.work_limit, options.time_limit, options.deadline);
    Options bounded = options;
    bounded.budget = &budget;
    Decision decision = evaluate_pieces(program, plan, rule_sources, incident, bounded);
    if (budget.stopped() == Limit::None) return decision;
    if (stopped != nullptr) {
        *stopped = {budget.stopped(), budget.steps(), options.work_limit, options.time_limit};
    }
    return std::nullopt;
}

}  // namespace netral::eval
