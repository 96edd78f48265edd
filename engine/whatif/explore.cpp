// SPDX-License-Identifier: Apache-2.0
// explore() (include/netral/explore.hpp): the candidates of whatif/explore_candidates are
// resolved with the what-if machinery (values read once, slots copied), list items are removed or
// repeated on the copy, and every variant is evaluated by id only against the same plan. The
// variants' outcome categories are compared with the base's in ladder order.
#include "whatif/explore.hpp"

#include <algorithm>
#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <system_error>

#include "base/worker_pool.hpp"
#include "eval/options.hpp"
#include "io/change.hpp"
#include "whatif/explore_candidates.hpp"

namespace netral::whatif {

namespace {

namespace ir = check::ir;

/// The facts of one variant: `set` changes resolved, then list edits applied on the copy.
struct Variant {
    std::vector<std::size_t> parts;                   ///< indexes into the candidates
    std::unique_ptr<const io::ResolvedChanges> sets;  ///< the set changes (possibly none); the
                                                      ///< variant's texts and sets live here
};

/// Most threads one search uses, whatever it is asked for.
constexpr unsigned kMaxThreads = 64;

/// The sink limit while resolving a variant's changes (their diagnostics are not reported: a
/// variant that does not resolve is not tried).
constexpr std::size_t kMaxChangeErrors = 100;

/// What the comparison needs of one evaluated variant.
struct Summary {
    std::string category;
    std::string recommended;
    bool review = false;
    std::set<std::string> standing;  ///< `act|rule|category` of findings that stand
    Decision decision;               ///< kept for the attribution of the rule
};

/// Resolves the `set` parts of a variant; null when they do not resolve together (a tag
/// change whose new case has required fields, say).
std::unique_ptr<const io::ResolvedChanges> resolve_parts(const RuleSetView& rules,
                                                         const facts::Incident& base,
                                                         const std::vector<Candidate>& candidates,
                                                         const std::vector<std::size_t>& parts) {
    std::vector<io::ChangeText> sets;
    for (std::size_t p : parts) {
        const ExploreChange& c = candidates[p].change;
        if (c.kind == ExploreChangeKind::Set)
            sets.push_back({"explore #" + std::to_string(p), c.path, c.value});
    }
    auto resolved = std::make_unique<io::ResolvedChanges>();
    base::DiagnosticSink sink(kMaxChangeErrors);
    if (!io::resolve_changes(rules.program, rules.layout, base, sets, sink, *resolved)) {
        return nullptr;
    }
    return resolved;
}

/// The variant's incident: the resolved changes applied to a copy of `base`, then the list
/// edits. It points into `base` and `variant.sets`, which must outlive it.
facts::Incident variant_incident(const facts::Incident& base, const Variant& variant,
                                 const std::vector<Candidate>& candidates) {
    facts::Incident incident = io::apply_changes(base, *variant.sets);
    for (std::size_t p : variant.parts) {
        const Candidate& c = candidates[p];
        switch (c.change.kind) {
            case ExploreChangeKind::Set:
                break;  // resolved into `sets` above
            case ExploreChangeKind::Remove: {
                facts::List& list = incident.lists[c.list];
                list.items.erase(list.items.begin() + c.item);
                break;
            }
            case ExploreChangeKind::Add: {
                facts::List& list = incident.lists[c.list];
                facts::Instance& twin = incident.instances.emplace_back(*list.items[c.item]);
                twin.serial = static_cast<std::uint32_t>(incident.instances.size() - 1);
                twin.ordinal = static_cast<std::uint32_t>(list.items.size());
                list.items.push_back(&twin);
                break;
            }
        }
    }
    return incident;
}

std::string finding_key(const Finding& f) { return f.act + "|" + f.rule.id + "|" + f.category; }

bool stands(const Finding& f) { return f.applies == Truth::True && !f.displaced; }

Summary summarize(Decision decision) {
    Summary s;
    s.category = decision.outcome.category;
    s.review = decision.outcome.review;
    for (const TrackResult& t : decision.tracks) {
        if (t.track == decision.outcome.track) s.recommended = t.recommended;
    }
    for (const Finding& f : decision.findings) {
        if (stands(f)) s.standing.insert(finding_key(f));
    }
    s.decision = std::move(decision);
    return s;
}

/// Where a category stands: its ordinal, or none outside the severity order. An outcome
/// category the ladder does not declare (`none` without a `none` step) is below every step.
std::optional<long> ordinal_of(const ir::Program& program, const std::string& category) {
    for (const ir::Category& c : program.categories) {
        if (c.name != category) continue;
        if (c.kind != ir::CategoryKind::Ordinal || !c.ordinal) return std::nullopt;
        return static_cast<long>(*c.ordinal);
    }
    return -1;
}

/// Which way the category moves; none when it stays (or stays at the same ordinal).
std::optional<ExploreDirection> direction(const ir::Program& program, const std::string& before,
                                          const std::string& after) {
    if (before == after) return std::nullopt;
    auto b = ordinal_of(program, before);
    auto a = ordinal_of(program, after);
    if (!a || !b) return ExploreDirection::Other;
    if (*a == *b) return std::nullopt;
    return *a > *b ? ExploreDirection::Raise : ExploreDirection::Lower;
}

/// The entry of a variant whose category differs, with the rule that makes the difference.
ExploreEntry entry_of(const Summary& base, const Summary& variant, ExploreDirection way,
                      const std::vector<Candidate>& candidates,
                      const std::vector<std::size_t>& parts) {
    ExploreEntry e;
    for (std::size_t p : parts) e.changes.push_back(candidates[p].change);
    e.category = variant.category;
    e.recommended = variant.recommended;
    e.review = variant.review;
    if (way == ExploreDirection::Lower) {
        for (const Finding& f : base.decision.findings) {
            if (stands(f) && f.category == base.category &&
                !variant.standing.contains(finding_key(f))) {
                e.rule = f.rule.id;
                e.act = f.act;
                e.rule_added = false;
                break;
            }
        }
        return e;
    }
    for (const Finding& f : variant.decision.findings) {
        if (stands(f) && f.category == variant.category &&
            !base.standing.contains(finding_key(f))) {
            e.rule = f.rule.id;
            e.act = f.act;
            break;
        }
    }
    return e;
}

/// Two candidates may form a pair: different slots, and a list edit excludes the list's items.
bool compatible(const Candidate& a, const Candidate& b) {
    if (a.slot == b.slot) return false;
    auto within = [](const Candidate& list, const Candidate& other) {
        return list.change.kind != ExploreChangeKind::Set &&
               other.slot.starts_with(list.slot + "[");
    };
    return !within(a, b) && !within(b, a);
}

}  // namespace

ExploreResult explore(const RuleSetView& rules, const facts::Incident& incident,
                      const eval::Options& eval_options, const ExploreOptions& options) {
    ExploreResult result;
    result.depth = options.depth;
    result.budget = options.budget;
    const ir::Program& program = rules.program;
    eval::Stopped stopped;
    std::optional<Decision> base_decision = evaluate(rules, incident, eval_options, &stopped);
    if (!base_decision) {
        result.diagnostics.push_back(eval::stopped_error(stopped, options.eval.language));
        return result;
    }
    result.incident = base_decision->incident;
    result.as_of = base_decision->as_of;
    const Summary base = summarize(std::move(*base_decision));
    result.base.category = base.category;
    result.base.recommended = base.recommended;
    result.base.review = base.review;
    result.base.sanctions = base.decision.outcome.sanctions;
    result.base.provisional = base.decision.outcome.provisional;

    const std::vector<Candidate> candidates = enumerate_candidates(program, rules.layout, incident);

    // Single changes that resolve (a tag whose new case has required fields does not).
    std::vector<Variant> singles;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        auto sets = resolve_parts(rules, incident, candidates, {i});
        if (sets) singles.push_back({{i}, std::move(sets)});
    }
    result.candidates = singles.size();

    // Variants are evaluated on the pool and the calling thread, each into its own place.
    std::optional<netral::base::WorkerPool> pool;
    unsigned threads = std::min(options.threads, kMaxThreads);
    if (threads > 1) {
        try {
            pool.emplace(threads - 1);
        } catch (const std::system_error&) {
            // No threads to be had: the calling thread evaluates every variant.
        }
    }
    // A variant a bound stopped has no summary; it is counted in `stopped`.
    std::atomic<std::size_t> variants_stopped{0};
    auto evaluate_all = [&](const std::vector<Variant>& variants) {
        std::vector<std::optional<Summary>> out(variants.size());
        netral::base::for_each_index(pool ? &*pool : nullptr, variants.size(), [&](std::size_t i) {
            facts::Incident variant = variant_incident(incident, variants[i], candidates);
            std::optional<Decision> decision = evaluate(rules, variant, eval_options);
            if (decision) {
                out[i] = summarize(std::move(*decision));
            } else {
                ++variants_stopped;
            }
        });
        return out;
    };

    std::map<std::string, ExploreGroup> groups;
    auto record = [&](const Variant& v, const Summary& s) {
        std::optional<ExploreDirection> way = direction(program, base.category, s.category);
        if (!way) return;
        ExploreGroup& g = groups[s.category];
        g.category = s.category;
        g.direction = *way;
        g.entries.push_back(entry_of(base, s, *way, candidates, v.parts));
    };

    std::size_t left = options.budget;
    if (singles.size() > left) {
        singles.resize(left);
        result.exhausted = true;
    }
    left -= singles.size();
    result.evaluated += singles.size();
    std::vector<std::optional<Summary>> single_results = evaluate_all(singles);
    // Changes that alone leave the category as it is; only they form pairs.
    std::vector<std::size_t> quiet;
    for (std::size_t i = 0; i < singles.size(); ++i) {
        if (!single_results[i]) continue;
        record(singles[i], *single_results[i]);
        if (single_results[i]->category == base.category) quiet.push_back(i);
    }

    if (options.depth >= 2 && !result.exhausted) {
        std::vector<Variant> pairs;
        for (std::size_t a = 0; a < quiet.size() && !result.exhausted; ++a) {
            for (std::size_t b = a + 1; b < quiet.size(); ++b) {
                std::size_t i = singles[quiet[a]].parts[0];
                std::size_t j = singles[quiet[b]].parts[0];
                if (!compatible(candidates[i], candidates[j])) continue;
                if (pairs.size() == left) {
                    result.exhausted = true;
                    break;
                }
                auto sets = resolve_parts(rules, incident, candidates, {i, j});
                if (sets) pairs.push_back({{i, j}, std::move(sets)});
            }
        }
        result.evaluated += pairs.size();
        std::vector<std::optional<Summary>> pair_results = evaluate_all(pairs);
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            if (pair_results[i]) record(pairs[i], *pair_results[i]);
        }
    }

    result.stopped = variants_stopped;
    // Heaviest ordinal category first, then the others in declaration order.
    std::vector<ExploreGroup> ordered;
    for (auto& [name, group] : groups) ordered.push_back(std::move(group));
    auto rank = [&](const ExploreGroup& g) {
        auto o = ordinal_of(program, g.category);
        long declared = 0;
        for (std::size_t i = 0; i < program.categories.size(); ++i) {
            if (program.categories[i].name == g.category) declared = static_cast<long>(i);
        }
        return o ? std::pair<long, long>{0, -*o} : std::pair<long, long>{1, declared};
    };
    std::stable_sort(
        ordered.begin(), ordered.end(),
        [&](const ExploreGroup& x, const ExploreGroup& y) { return rank(x) < rank(y); });
    result.groups = std::move(ordered);
    return result;
}

}  // namespace netral::whatif
