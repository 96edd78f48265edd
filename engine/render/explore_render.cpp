// SPDX-License-Identifier: Apache-2.0
// An explore result (include/netral/explore.hpp) as text or Markdown in one language, or as
// JSON. Everything is an id (changes, categories, sanctions, rules), so only the engine's own
// words are translated.
#include <fmt/format.h>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "render/common.hpp"
#include "render/json_writer.hpp"
#include "render/render_explore.hpp"
#include "render/safe_text.hpp"

namespace netral::rendering {

namespace {

namespace json = boost::json;

/// The engine's words of an explore result, by language.
struct Words {
    const char* title;
    const char* base;
    const char* recommended;
    const char* review;
    const char* searched;   ///< heading of the search line
    const char* search;     ///< "depth"
    const char* changes;    ///< "changes" (candidates)
    const char* evaluated;  ///< "variants evaluated"
    const char* budget;
    const char* exhausted;  ///< "budget exhausted after"
    const char* partial;    ///< "variants; results are partial"
    const char* stopped;    ///< after a count: variants a time or work limit stopped
    const char* raise;
    const char* lower;
    const char* other;
    const char* was;
    const char* rule;
    const char* now_holds;  ///< the rule stands only in the variant
    const char* no_longer;  ///< the rule stands only in the base
    const char* no_rule;    ///< no single rule makes the difference
    const char* nothing;    ///< no change moves the category
    const char* change;     ///< table column
    const char* category;   ///< table column
};

constexpr Words kIndonesian = {"Jelajah",
                               "Hasil dasar",
                               "rekomendasi",
                               "perlu telaah",
                               "Pencarian",
                               "kedalaman",
                               "perubahan",
                               "varian dinilai",
                               "anggaran",
                               "anggaran habis setelah",
                               "varian; hasil tidak lengkap",
                               "varian dihentikan oleh batas waktu atau batas kerja; hasil "
                               "mungkin tidak lengkap",
                               "naik",
                               "turun",
                               "lain",
                               "semula",
                               "aturan",
                               "kini berlaku",
                               "tidak berlaku lagi",
                               "tidak ada satu aturan penentu",
                               "Tidak ada perubahan yang menggeser kategori.",
                               "Perubahan",
                               "Kategori"};
constexpr Words kEnglish = {"Explore",
                            "Base outcome",
                            "recommended",
                            "review",
                            "Searched",
                            "depth",
                            "changes",
                            "variants evaluated",
                            "budget",
                            "budget exhausted after",
                            "variants; results are partial",
                            "variants stopped by a time or work limit; results may be partial",
                            "raise",
                            "lower",
                            "other",
                            "was",
                            "rule",
                            "now holds",
                            "no longer holds",
                            "no single rule makes the difference",
                            "No change moves the category.",
                            "Change",
                            "Category"};

const Words& words(Language language) {
    return language == Language::English ? kEnglish : kIndonesian;
}

std::string shown(const std::string& value) { return value.empty() ? "-" : value; }

const char* direction_word(ExploreDirection direction, const Words& w) {
    switch (direction) {
        case ExploreDirection::Raise:
            return w.raise;
        case ExploreDirection::Lower:
            return w.lower;
        case ExploreDirection::Other:
            return w.other;
    }
    return w.other;
}

std::string changes_text(const ExploreEntry& e, const Words& w, bool with_before) {
    std::string out;
    for (const ExploreChange& c : e.changes) {
        out += (out.empty() ? "" : " + ") + one_line(c.text);
        if (with_before && c.kind == ExploreChangeKind::Set) {
            out += fmt::format(" ({} {})", w.was, c.before);
        }
    }
    return out;
}

std::string rule_text(const ExploreEntry& e, const Words& w) {
    if (e.rule.empty()) return w.no_rule;
    std::string act = e.act.empty() ? "" : fmt::format(" ({})", e.act);
    return fmt::format("{} {}{} {}", w.rule, e.rule, act, e.rule_added ? w.now_holds : w.no_longer);
}

std::string search_line(const ExploreResult& r, const Words& w) {
    return fmt::format("{}: {} {}; {} {}; {} {} ({} {})", w.searched, w.search, r.depth,
                       r.candidates, w.changes, r.evaluated, w.evaluated, w.budget, r.budget);
}

std::string exhausted_line(const ExploreResult& r, const Words& w) {
    return fmt::format("{} {} {}", w.exhausted, r.evaluated, w.partial);
}

std::string stopped_line(const ExploreResult& r, const Words& w) {
    return fmt::format("{} {}", r.stopped, w.stopped);
}

}  // namespace

std::string explore_to_text(const ExploreResult& r, Language language) {
    const Words& w = words(language);
    std::string out = std::string(w.title) + ": " + one_line(r.incident) + "\n";
    out += std::string(w.base) + ": " + r.base.category + "; " + w.recommended + " " +
           shown(r.base.recommended) + "; " + w.review + " " +
           std::string(yes_no(r.base.review, language)) + "\n";
    out += search_line(r, w) + "\n";
    if (r.exhausted) out += exhausted_line(r, w) + "\n";
    if (r.stopped > 0) out += stopped_line(r, w) + "\n";
    if (r.groups.empty()) out += "\n" + std::string(w.nothing) + "\n";
    for (const ExploreGroup& g : r.groups) {
        out += fmt::format("\n{} → {} ({})\n", r.base.category, g.category,
                           direction_word(g.direction, w));
        for (const ExploreEntry& e : g.entries) {
            out += "  " + changes_text(e, w, true) + "\n";
            out += "    " + std::string(w.recommended) + " " + shown(e.recommended) + "; " +
                   w.review + " " + std::string(yes_no(e.review, language)) + "\n";
            out += "    " + rule_text(e, w) + "\n";
        }
    }
    return out;
}

std::string explore_to_markdown(const ExploreResult& r, Language language) {
    const Words& w = words(language);
    std::string out = "## " + std::string(w.title) + ": " + md_escape(r.incident) + "\n\n";
    out += "- " + std::string(w.base) + ": " + md_code(r.base.category) + "; " + w.recommended +
           " " + md_code(shown(r.base.recommended)) + "; " + w.review + " " +
           std::string(yes_no(r.base.review, language)) + "\n";
    out += "- " + search_line(r, w) + "\n";
    if (r.exhausted) out += "- **" + exhausted_line(r, w) + "**\n";
    if (r.stopped > 0) out += "- **" + stopped_line(r, w) + "**\n";
    if (r.groups.empty()) out += "\n" + std::string(w.nothing) + "\n";
    for (const ExploreGroup& g : r.groups) {
        out += fmt::format("\n### {} → {} ({})\n\n", md_escape(r.base.category),
                           md_escape(g.category), direction_word(g.direction, w));
        out += fmt::format("| {} | {} | {} | {} |\n| --- | --- | --- | --- |\n", w.change,
                           w.recommended, w.review, w.rule);
        for (const ExploreEntry& e : g.entries) {
            std::string changes;
            for (const ExploreChange& c : e.changes) {
                changes += (changes.empty() ? "" : " + ") + md_code(c.text, true);
                if (c.kind == ExploreChangeKind::Set) {
                    changes += fmt::format(" ({} {})", w.was, md_code(c.before, true));
                }
            }
            std::string rule = e.rule.empty()
                                   ? std::string(w.no_rule)
                                   : md_code(e.rule, true) +
                                         (e.act.empty() ? "" : " (" + md_escape(e.act) + ")") +
                                         " " + (e.rule_added ? w.now_holds : w.no_longer);
            out +=
                fmt::format("| {} | {} | {} | {} |\n", changes, md_code(shown(e.recommended), true),
                            yes_no(e.review, language), rule);
        }
    }
    return out;
}

std::string explore_to_json(const ExploreResult& r) {
    json::object out;
    out["incident"] = r.incident;
    out["as_of"] = r.as_of;
    out["depth"] = r.depth;
    out["budget"] = r.budget;
    out["candidates"] = r.candidates;
    out["evaluated"] = r.evaluated;
    out["exhausted"] = r.exhausted;
    out["stopped"] = r.stopped;
    json::array sanctions;
    for (const std::string& s : r.base.sanctions) sanctions.push_back(json::value(s));
    out["base"] = json::object{{"category", r.base.category},
                               {"sanctions", sanctions},
                               {"recommended", r.base.recommended},
                               {"review", r.base.review},
                               {"provisional", r.base.provisional}};
    json::array groups;
    for (const ExploreGroup& g : r.groups) {
        json::array entries;
        for (const ExploreEntry& e : g.entries) {
            json::array changes;
            for (const ExploreChange& c : e.changes) {
                changes.push_back(json::object{{"kind", to_string(c.kind)},
                                               {"path", c.path},
                                               {"value", c.value},
                                               {"before", c.before},
                                               {"text", c.text}});
            }
            json::value rule = nullptr;
            if (!e.rule.empty()) {
                rule = json::object{{"id", e.rule},
                                    {"act", e.act},
                                    {"holds_in", e.rule_added ? "variant" : "base"}};
            }
            entries.push_back(json::object{{"changes", changes},
                                           {"category", e.category},
                                           {"recommended", e.recommended},
                                           {"review", e.review},
                                           {"rule", rule}});
        }
        groups.push_back(json::object{
            {"category", g.category}, {"direction", to_string(g.direction)}, {"entries", entries}});
    }
    out["groups"] = groups;
    return write_json(out);
}

}  // namespace netral::rendering
