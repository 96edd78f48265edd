// SPDX-License-Identifier: Apache-2.0
// An evaluated what-if scenario (include/netral/scenario.hpp) as text or Markdown in one
// language — a table with a row for the base and one per variant, then each variant's diff as
// render_diff() writes it — or as JSON with the base outcome and every variant's diff.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <iterator>

#include "render/common.hpp"
#include "render/diff_json.hpp"
#include "render/json_writer.hpp"
#include "render/render_diff.hpp"
#include "render/safe_text.hpp"

namespace netral::rendering {

namespace {

namespace json = boost::json;

/// The engine's words of a scenario, by language.
struct Words {
    const char* scenario;
    const char* base;
    const char* as_of;
    const char* params;
    const char* variant;
    const char* category;
    const char* recommended;
    const char* review;
    const char* provisional;
    const char* changed;
    const char* base_row;
    const char* category_word;  ///< in the "changed" column, lower case
    const char* recommended_word;
    const char* review_word;
    const char* provisional_word;
    const char* findings;
    const char* added;            ///< findings only in the variant
    const char* removed;          ///< findings only in the base
    const char* changed_finding;  ///< findings in both that differ
    const char* no_difference;
    const char* other;
    const char* none;
};

constexpr Words kIndonesian = {
    "Skenario",      "Dasar",       "per",          "parameter",    "Varian",
    "Kategori",      "Rekomendasi", "Perlu telaah", "Sementara",    "Perbedaan",
    "(dasar)",       "kategori",    "rekomendasi",  "perlu telaah", "sementara",
    "temuan",        "baru",        "hilang",       "berubah",      "tidak ada perbedaan",
    "lihat rincian", "(tidak ada)"};
constexpr Words kEnglish = {
    "Scenario",    "Base",          "as of",       "parameters", "Variant", "Category",
    "Recommended", "Review",        "Provisional", "Changed",    "(base)",  "category",
    "recommended", "review",        "provisional", "findings",   "added",   "removed",
    "changed",     "no difference", "see details", "(none)"};

const Words& words(Language language) {
    return language == Language::English ? kEnglish : kIndonesian;
}

std::string shown(const std::string& value, const Words& w) {
    return value.empty() ? std::string(w.none) : value;
}

std::string arrow(const std::string& before, const std::string& after, const Words& w) {
    return fmt::format("{} → {}", shown(before, w), shown(after, w));
}

/// The short "what changed" of one variant: `category heavy → medium; findings: 2 added,
/// 1 removed` (words, not `+2 −1`, which read as arithmetic).
std::string summary(const DecisionDiff& d, Language language) {
    const Words& w = words(language);
    std::vector<std::string> parts;
    if (d.before.category != d.after.category) {
        parts.push_back(
            fmt::format("{} {}", w.category_word, arrow(d.before.category, d.after.category, w)));
    } else if (d.before.recommended != d.after.recommended) {
        parts.push_back(fmt::format("{} {}", w.recommended_word,
                                    arrow(d.before.recommended, d.after.recommended, w)));
    }
    if (d.before.review != d.after.review) {
        parts.push_back(fmt::format("{} {}", w.review_word,
                                    arrow(std::string(yes_no(d.before.review, language)),
                                          std::string(yes_no(d.after.review, language)), w)));
    }
    if (d.before.provisional != d.after.provisional) {
        parts.push_back(fmt::format("{} {}", w.provisional_word,
                                    arrow(std::string(yes_no(d.before.provisional, language)),
                                          std::string(yes_no(d.after.provisional, language)), w)));
    }
    std::size_t added = 0;
    std::size_t removed = 0;
    std::size_t changed = 0;
    for (const FindingDiff& f : d.findings) {
        switch (f.kind) {
            case FindingChange::Added:
                ++added;
                break;
            case FindingChange::Removed:
                ++removed;
                break;
            case FindingChange::Changed:
                ++changed;
                break;
        }
    }
    std::vector<std::string> counts;
    if (added > 0) counts.push_back(fmt::format("{} {}", added, w.added));
    if (removed > 0) counts.push_back(fmt::format("{} {}", removed, w.removed));
    if (changed > 0) counts.push_back(fmt::format("{} {}", changed, w.changed_finding));
    if (!counts.empty()) {
        parts.push_back(fmt::format("{}: {}", w.findings, fmt::join(counts, ", ")));
    }
    if (parts.empty()) {
        bool same = d.tracks.empty() && d.citations_added.empty() && d.citations_removed.empty() &&
                    d.review_added.empty() && d.review_removed.empty() &&
                    d.referrals_added.empty() && d.referrals_removed.empty() &&
                    d.before.sanctions == d.after.sanctions;
        return same ? w.no_difference : w.other;
    }
    return fmt::format("{}", fmt::join(parts, "; "));
}

/// One row of the table: name, category, recommended, review, provisional, changed.
using Row = std::vector<std::string>;

std::vector<Row> rows(const ScenarioResult& r, Language language) {
    const Words& w = words(language);
    auto row = [&](const std::string& name, const OutcomeSide& side, std::string changed) {
        return Row{name,
                   shown(side.category, w),
                   shown(side.recommended, w),
                   std::string(yes_no(side.review, language)),
                   std::string(yes_no(side.provisional, language)),
                   std::move(changed)};
    };
    std::vector<Row> out;
    out.push_back(row(w.base_row, r.base, ""));
    for (const ScenarioVariant& v : r.variants) {
        out.push_back(row(v.name, v.diff.after, summary(v.diff, language)));
    }
    return out;
}

Row header(Language language) {
    const Words& w = words(language);
    return {w.variant, w.category, w.recommended, w.review, w.provisional, w.changed};
}

/// Code points of `text` (for aligning columns).
std::size_t width(std::string_view text) {
    std::size_t count = 0;
    for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

/// `Base: PATH (ID), as of DATE; parameters: a=b`.
std::string base_line(const ScenarioResult& r, Language language, bool markdown) {
    const Words& w = words(language);
    std::string line = fmt::format("{}: {}", w.base, markdown ? md_code(r.base_path) : r.base_path);
    if (!r.incident.empty()) {
        line += fmt::format(" ({})", markdown ? md_escape(r.incident) : r.incident);
    }
    line += fmt::format(", {} {}", w.as_of, r.as_of);
    if (!r.params.empty()) {
        std::vector<std::string> params;
        for (const auto& [name, value] : r.params) {
            std::string pair = fmt::format("{}={}", name, value);
            params.push_back(markdown ? md_code(pair) : pair);
        }
        line += fmt::format("; {}: {}", w.params, fmt::join(params, ", "));
    }
    return line;
}

/// A diff without its title line (the variant's heading replaces it).
std::string diff_body(const std::string& rendered) {
    auto end = rendered.find('\n');
    return end == std::string::npos ? std::string() : rendered.substr(end + 1);
}

}  // namespace

std::string scenario_to_text(const ScenarioResult& r, Language language) {
    const Words& w = words(language);
    std::string out =
        fmt::format("{}: {}\n{}\n\n", w.scenario, one_line(r.title), base_line(r, language, false));
    std::vector<Row> table = rows(r, language);
    table.insert(table.begin(), header(language));
    std::vector<std::size_t> widths(table.front().size(), 0);
    for (const Row& row : table) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            widths[c] = std::max(widths[c], width(row[c]));
        }
    }
    for (const Row& row : table) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c) {
            // Padded by code points (as `width` counts), two spaces between columns.
            std::size_t pad = c + 1 < row.size() ? widths[c] - width(row[c]) + 2 : 0;
            fmt::format_to(std::back_inserter(line), "{}{:{}}", one_line(row[c]), "", pad);
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + "\n";
    }
    for (const ScenarioVariant& v : r.variants) {
        out += fmt::format("\n== {}: {} ==\n", w.variant, one_line(v.name));
        out += diff_body(diff_to_text(v.diff, language));
    }
    return out;
}

std::string scenario_to_markdown(const ScenarioResult& r, Language language) {
    const Words& w = words(language);
    std::string out = fmt::format("# {}: {}\n\n{}\n\n", w.scenario, md_escape(r.title),
                                  base_line(r, language, true));
    Row head = header(language);
    std::vector<std::string_view> rule(head.size(), "---");
    out += fmt::format("| {} |\n| {} |\n", fmt::join(head, " | "), fmt::join(rule, " | "));
    std::vector<Row> table = rows(r, language);
    for (std::size_t i = 0; i < table.size(); ++i) {
        Row cells = table[i];
        for (std::size_t c = 0; c < cells.size(); ++c) {
            // Names and sanction ids are code; the base row's name is a word.
            bool code = (c == 0 && i > 0) || (c == 2 && !r.variants.empty());
            cells[c] = code ? md_code(cells[c], true) : md_escape(cells[c]);
        }
        out += fmt::format("| {} |\n", fmt::join(cells, " | "));
    }
    for (const ScenarioVariant& v : r.variants) {
        out += fmt::format("\n## {}: {}\n", w.variant, md_escape(v.name));
        out += diff_body(diff_to_markdown(v.diff, language));
    }
    return out;
}

std::string scenario_to_json(const ScenarioResult& r) {
    json::object out;
    out["scenario"] = r.title;
    out["file"] = r.path;
    json::object base;
    base["file"] = r.base_path;
    base["incident"] = r.incident;
    base["as_of"] = r.as_of;
    json::object params;
    for (const auto& [name, value] : r.params) params[name] = value;
    base["params"] = std::move(params);
    base["outcome"] = outcome_side_json(r.base);
    out["base"] = std::move(base);
    json::array variants;
    for (const ScenarioVariant& v : r.variants) {
        json::object variant;
        variant["name"] = v.name;
        variant["summary"] = json::object{{"id", summary(v.diff, Language::Indonesian)},
                                          {"en", summary(v.diff, Language::English)}};
        variant["outcome"] = outcome_side_json(v.diff.after);
        variant["diff"] = diff_json(v.diff);
        variants.push_back(std::move(variant));
    }
    out["variants"] = std::move(variants);
    return write_json(out);
}

}  // namespace netral::rendering
