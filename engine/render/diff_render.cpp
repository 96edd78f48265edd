// SPDX-License-Identifier: Apache-2.0
// A what-if diff (include/netral/whatif.hpp) as text or Markdown in one language, or as JSON
// with both. Only what differs is shown; an empty section is left out.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "render/common.hpp"
#include "render/diff_json.hpp"
#include "render/json_writer.hpp"
#include "render/render_diff.hpp"
#include "render/safe_text.hpp"

namespace netral::rendering {

namespace {

namespace json = boost::json;

/// The engine's words of a diff, by language.
struct Words {
    const char* title;
    const char* changes;
    const char* as_of;
    const char* params;
    const char* outcome;
    const char* unchanged;
    const char* sanctions;
    const char* recommended;
    const char* review;
    const char* provisional;
    const char* tracks;
    const char* findings;
    const char* added;
    const char* removed;
    const char* changed;
    const char* applies;
    const char* displaced;
    const char* condition;
    const char* citations;
    const char* review_items;
    const char* referrals;
    const char* needs;
    const char* none;
    const char* no_difference;
    const char* step_before;  ///< a combination or escalation step only before the change
    const char* step_after;   ///< … only after it
};

constexpr Words kIndonesian = {"Bagaimana jika", "Perubahan",    "Tanggal penilaian",
                               "Parameter",      "Hasil",        "tidak berubah",
                               "hukuman",        "rekomendasi",  "perlu telaah",
                               "sementara",      "Jalur",        "Temuan",
                               "baru",           "hilang",       "berubah",
                               "berlaku",        "tersingkir",   "syarat",
                               "Pasal",          "Butir telaah", "Rujukan pidana",
                               "perlu",          "(tidak ada)",  "Tidak ada perbedaan.",
                               "sebelum",        "sesudah"};
constexpr Words kEnglish = {
    "What if",   "Changes",      "As-of date", "Parameters",  "Outcome",   "unchanged",
    "sanctions", "recommended",  "review",     "provisional", "Tracks",    "Findings",
    "added",     "removed",      "changed",    "applies",     "displaced", "condition",
    "Citations", "Review items", "Referrals",  "needs",       "(none)",    "No difference.",
    "before",    "after"};

const Words& words(Language language) {
    return language == Language::English ? kEnglish : kIndonesian;
}

std::string join(const std::vector<std::string>& items) {
    return fmt::format("{}", fmt::join(items, ", "));
}

std::string arrow(const std::string& before, const std::string& after, const Words& w) {
    auto shown = [&](const std::string& s) { return s.empty() ? std::string(w.none) : s; };
    if (before == after) return shown(after);
    return fmt::format("{} → {}", shown(before), shown(after));
}

/// How a finding's change is shown: its mark and its word.
struct ChangeShown {
    const char* mark;
    const char* word;
};

ChangeShown change_shown(FindingChange change, const Words& w) {
    switch (change) {
        case FindingChange::Added:
            return {"+", w.added};
        case FindingChange::Removed:
            return {"−", w.removed};
        case FindingChange::Changed:
            return {"~", w.changed};
    }
    return {"~", w.changed};
}

bool empty(const DecisionDiff& d) {
    return !d.outcome_changed && d.params.empty() && d.as_of_before == d.as_of_after &&
           d.tracks.empty() && d.findings.empty() && d.citations_added.empty() &&
           d.citations_removed.empty() && d.review_added.empty() && d.review_removed.empty() &&
           d.referrals_added.empty() && d.referrals_removed.empty();
}

/// The lines of a diff; `bullet` starts a list item ("- " for Markdown, "  " for text),
/// `code` wraps ids.
struct Writer {
    Language language;
    bool markdown;
    std::string out;

    std::string code(const std::string& text) const { return markdown ? md_code(text) : text; }
    void heading(const std::string& text) {
        out += markdown ? fmt::format("\n### {}\n\n", text) : fmt::format("\n{}:\n", text);
    }
    void item(const std::string& text, int depth = 0) {
        // Both nest by two spaces; text indents every item by two more instead of `- `.
        std::size_t indent = static_cast<std::size_t>(depth) * 2;
        if (markdown) {
            fmt::format_to(std::back_inserter(out), "{:{}}- {}\n", "", indent, text);
        } else {
            fmt::format_to(std::back_inserter(out), "  {:{}}{}\n", "", indent, text);
        }
    }
};

void write_lines(const DecisionDiff& d, Writer& w) {
    const Words& t = words(w.language);
    if (!d.changes.empty()) {
        w.heading(t.changes);
        for (const std::string& change : d.changes) w.item(w.code(change));
    }
    if (d.as_of_before != d.as_of_after) {
        w.heading(t.as_of);
        w.item(arrow(d.as_of_before, d.as_of_after, t));
    }
    if (!d.params.empty()) {
        w.heading(t.params);
        for (const ParamDiff& p : d.params) {
            w.item(w.code(p.name) + ": " + arrow(p.before, p.after, t));
        }
    }
    w.heading(t.outcome);
    std::string outcome = arrow(d.before.category, d.after.category, t);
    if (!d.outcome_changed) outcome += " (" + std::string(t.unchanged) + ")";
    w.item(outcome);
    if (d.before.sanctions != d.after.sanctions) {
        w.item(fmt::format("{}: {}", t.sanctions,
                           arrow(join(d.before.sanctions), join(d.after.sanctions), t)),
               1);
    }
    if (d.before.recommended != d.after.recommended) {
        w.item(fmt::format("{}: {}", t.recommended,
                           arrow(d.before.recommended, d.after.recommended, t)),
               1);
    }
    if (d.before.review != d.after.review) {
        w.item(fmt::format("{}: {}", t.review,
                           arrow(std::string(yes_no(d.before.review, w.language)),
                                 std::string(yes_no(d.after.review, w.language)), t)),
               1);
    }
    if (d.before.provisional != d.after.provisional) {
        w.item(fmt::format("{}: {}", t.provisional,
                           arrow(std::string(yes_no(d.before.provisional, w.language)),
                                 std::string(yes_no(d.after.provisional, w.language)), t)),
               1);
    }
    if (empty(d)) w.item(t.no_difference);
    if (!d.tracks.empty()) {
        w.heading(t.tracks);
        for (const TrackDiff& track : d.tracks) {
            std::string line =
                w.code(track.track) + ": " + arrow(track.category_before, track.category_after, t);
            if (track.recommended_before != track.recommended_after) {
                line += "; " + std::string(t.recommended) + " " +
                        arrow(track.recommended_before, track.recommended_after, t);
            }
            w.item(line);
            // A step is a sentence ("4 finding(s); …"), so a changed step reads as the old one
            // then the new one, each named: marks alone ("− 4 finding(s)") read as a count.
            for (const Text& step : track.steps_removed) {
                w.item(fmt::format("{}: {}", t.step_before, pick(step, w.language)), 1);
            }
            for (const Text& step : track.steps_added) {
                w.item(fmt::format("{}: {}", t.step_after, pick(step, w.language)), 1);
            }
        }
    }
    if (!d.findings.empty()) {
        w.heading(t.findings);
        for (const FindingDiff& f : d.findings) {
            ChangeShown change = change_shown(f.kind, t);
            std::string line = std::string(change.mark) + " " + change.word + ": " +
                               w.code(f.rule) + (f.act.empty() ? "" : " (" + w.code(f.act) + ")") +
                               " → " + w.code(f.level);
            w.item(line);
            if (f.applies_before != f.applies_after) {
                w.item(fmt::format("{}: {}", t.applies,
                                   arrow(std::string(truth_word(f.applies_before, w.language)),
                                         std::string(truth_word(f.applies_after, w.language)), t)),
                       1);
            }
            if (f.displaced_before != f.displaced_after) {
                w.item(fmt::format("{}: {}", t.displaced,
                                   arrow(std::string(yes_no(f.displaced_before, w.language)),
                                         std::string(yes_no(f.displaced_after, w.language)), t)),
                       1);
            }
            if (f.provisional_before != f.provisional_after) {
                w.item(fmt::format("{}: {}", t.provisional,
                                   arrow(std::string(yes_no(f.provisional_before, w.language)),
                                         std::string(yes_no(f.provisional_after, w.language)), t)),
                       1);
            }
            if (f.flipped) {
                w.item(fmt::format("{} {}: ", t.condition, w.code(one_line(f.flipped->text))) +
                           arrow(std::string(truth_word(f.flipped->before, w.language)),
                                 std::string(truth_word(f.flipped->after, w.language)), t),
                       1);
                for (const ValueChange& v : f.flipped->values) {
                    std::string where = place(v.location, Precision::Column);
                    std::string line = w.code(v.name) + ": " + arrow(v.before, v.after, t);
                    if (v.origin == OriginKind::Changed && !where.empty()) {
                        line += " (" + where + ")";
                    }
                    w.item(line, 2);
                }
            }
            for (const std::string& r : f.relations_added) w.item("+ " + r, 1);
            for (const std::string& r : f.relations_removed) w.item("− " + r, 1);
        }
    }
    if (!d.citations_added.empty() || !d.citations_removed.empty()) {
        w.heading(t.citations);
        for (const std::string& c : d.citations_added) w.item("+ " + c);
        for (const std::string& c : d.citations_removed) w.item("− " + c);
    }
    if (!d.review_added.empty() || !d.review_removed.empty()) {
        w.heading(t.review_items);
        auto review_line = [&](const std::string& mark, const ReviewItem& r) {
            std::string line = fmt::format("{} [{}] {}", mark, to_string(r.kind),
                                           one_line(pick(r.message, w.language)));
            if (!r.needs.empty()) {
                std::vector<std::string> needs;
                for (const Text& n : r.needs) needs.push_back(pick(n, w.language));
                line += fmt::format(" ({}: {})", t.needs, join(needs));
            }
            w.item(line);
        };
        for (const ReviewItem& r : d.review_added) review_line("+", r);
        for (const ReviewItem& r : d.review_removed) review_line("−", r);
    }
    if (!d.referrals_added.empty() || !d.referrals_removed.empty()) {
        w.heading(t.referrals);
        for (const std::string& r : d.referrals_added) w.item("+ " + r);
        for (const std::string& r : d.referrals_removed) w.item("− " + r);
    }
}

json::value text_json(const Text& value) {
    json::object out;
    out["id"] = value.id;
    out["en"] = value.en;
    return out;
}

json::array strings(const std::vector<std::string>& values) {
    json::array out;
    for (const std::string& v : values) out.emplace_back(v);
    return out;
}

std::string_view truth_id(Truth value) {
    return value == Truth::True ? "true" : (value == Truth::False ? "false" : "unknown");
}

json::value side_json(const OutcomeSide& side) {
    json::object out;
    out["category"] = side.category;
    out["sanctions"] = strings(side.sanctions);
    out["recommended"] = side.recommended;
    out["review"] = side.review;
    out["provisional"] = side.provisional;
    return out;
}

json::value location_json(const Location& value) {
    if (value.file.empty()) return nullptr;
    json::object out;
    out["file"] = value.file;
    out["line"] = value.line;
    out["column"] = value.column;
    return out;
}

json::value review_json(const ReviewItem& r) {
    json::object out;
    out["kind"] = to_string(r.kind);
    out["message"] = text_json(r.message);
    out["act"] = r.act;
    out["rule"] = r.rule;
    json::array needs;
    for (const Text& n : r.needs) needs.push_back(text_json(n));
    out["needs"] = std::move(needs);
    return out;
}

}  // namespace

boost::json::value outcome_side_json(const OutcomeSide& side) { return side_json(side); }

std::string diff_to_text(const DecisionDiff& diff, Language language) {
    Writer w{language, false, {}};
    w.out = std::string(words(language).title) +
            (diff.incident.empty() ? "" : ": " + diff.incident) + "\n";
    write_lines(diff, w);
    return w.out;
}

std::string diff_to_markdown(const DecisionDiff& diff, Language language) {
    Writer w{language, true, {}};
    w.out = "## " + std::string(words(language).title) +
            (diff.incident.empty() ? "" : ": " + md_escape(diff.incident)) + "\n";
    write_lines(diff, w);
    return w.out;
}

std::string diff_to_json(const DecisionDiff& d) { return write_json(diff_json(d)); }

boost::json::value diff_json(const DecisionDiff& d) {
    json::object out;
    out["incident"] = d.incident;
    out["changes"] = strings(d.changes);
    out["as_of"] = json::object{{"before", d.as_of_before}, {"after", d.as_of_after}};
    json::array params;
    for (const ParamDiff& p : d.params) {
        params.push_back(json::object{{"name", p.name}, {"before", p.before}, {"after", p.after}});
    }
    out["params"] = std::move(params);
    out["outcome"] = json::object{{"changed", d.outcome_changed},
                                  {"before", side_json(d.before)},
                                  {"after", side_json(d.after)}};
    json::array tracks;
    for (const TrackDiff& t : d.tracks) {
        json::object track;
        track["track"] = t.track;
        track["category"] =
            json::object{{"before", t.category_before}, {"after", t.category_after}};
        track["recommended"] =
            json::object{{"before", t.recommended_before}, {"after", t.recommended_after}};
        json::array added;
        for (const Text& s : t.steps_added) added.push_back(text_json(s));
        json::array removed;
        for (const Text& s : t.steps_removed) removed.push_back(text_json(s));
        track["steps_added"] = std::move(added);
        track["steps_removed"] = std::move(removed);
        tracks.push_back(std::move(track));
    }
    out["tracks"] = std::move(tracks);
    json::array findings;
    for (const FindingDiff& f : d.findings) {
        json::object finding;
        finding["kind"] = to_string(f.kind);
        finding["act"] = f.act;
        finding["rule"] = f.rule;
        finding["title"] = text_json(f.title);
        finding["level"] = f.level;
        finding["applies"] = json::object{{"before", truth_id(f.applies_before)},
                                          {"after", truth_id(f.applies_after)}};
        finding["displaced"] =
            json::object{{"before", f.displaced_before}, {"after", f.displaced_after}};
        finding["provisional"] =
            json::object{{"before", f.provisional_before}, {"after", f.provisional_after}};
        if (f.flipped) {
            json::object flip;
            flip["condition"] = f.flipped->text;
            flip["before"] = truth_id(f.flipped->before);
            flip["after"] = truth_id(f.flipped->after);
            json::array values;
            for (const ValueChange& v : f.flipped->values) {
                json::object value;
                value["name"] = v.name;
                value["before"] = v.before;
                value["after"] = v.after;
                value["origin"] = v.origin == OriginKind::Changed ? "changed" : "unchanged";
                value["location"] = location_json(v.location);
                values.push_back(std::move(value));
            }
            flip["values"] = std::move(values);
            finding["flipped"] = std::move(flip);
        } else {
            finding["flipped"] = nullptr;
        }
        finding["relations_added"] = strings(f.relations_added);
        finding["relations_removed"] = strings(f.relations_removed);
        findings.push_back(std::move(finding));
    }
    out["findings"] = std::move(findings);
    out["citations"] = json::object{{"added", strings(d.citations_added)},
                                    {"removed", strings(d.citations_removed)}};
    json::array review_added;
    for (const ReviewItem& r : d.review_added) review_added.push_back(review_json(r));
    json::array review_removed;
    for (const ReviewItem& r : d.review_removed) review_removed.push_back(review_json(r));
    out["review"] =
        json::object{{"added", std::move(review_added)}, {"removed", std::move(review_removed)}};
    out["referrals"] = json::object{{"added", strings(d.referrals_added)},
                                    {"removed", strings(d.referrals_removed)}};
    return out;
}

}  // namespace netral::rendering
