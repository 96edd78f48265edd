// SPDX-License-Identifier: Apache-2.0
// Builds the reference's indexes: the rule versions each case exercises (coverage.hpp), then the
// articles and rows of the rules with the cases that reach them, in the documented order.
#include "cases/reference.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <utility>

#include "cases/coverage.hpp"

namespace netral::cases {

namespace ir = check::ir;

namespace {

/// The value of a roman numeral ("IV" → 4), or 0 when `text` is not one.
int roman_value(const std::string& text) {
    auto digit = [](char c) {
        switch (c) {
            case 'I':
                return 1;
            case 'V':
                return 5;
            case 'X':
                return 10;
            case 'L':
                return 50;
            case 'C':
                return 100;
            case 'D':
                return 500;
            case 'M':
                return 1000;
            default:
                return 0;
        }
    };
    int total = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        int value = digit(text[i]);
        if (value == 0) return 0;
        int next = i + 1 < text.size() ? digit(text[i + 1]) : 0;
        total += value < next ? -value : value;
    }
    return total;
}

/// Where a citation points within its regulation: the whole of it, its body, its Elucidation or
/// an annex, in the order a reader meets them.
int part_of(const ir::Citation& citation) {
    if (citation.locators.empty()) return 0;
    switch (citation.locators.front().kind) {
        case ir::LocatorKind::Penjelasan:
            return 2;
        case ir::LocatorKind::Lampiran:
        case ir::LocatorKind::Bagian:
            return 3;
        default:
            return 1;
    }
}

bool locator_less(const ir::Locator& a, const ir::Locator& b) {
    if (a.kind != b.kind) return a.kind < b.kind;
    if (a.kind == ir::LocatorKind::Lampiran) {
        int left = roman_value(a.value);
        int right = roman_value(b.value);
        if (left != right) return left < right;
    }
    return natural_less(a.value, b.value);
}

/// Sorted, without repeats.
void add_sorted(std::vector<std::size_t>& to, const std::vector<std::size_t>& from) {
    to.insert(to.end(), from.begin(), from.end());
    std::sort(to.begin(), to.end());
    to.erase(std::unique(to.begin(), to.end()), to.end());
}

}  // namespace

bool natural_less(const std::string& a, const std::string& b) {
    auto is_digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() && j < b.size()) {
        if (is_digit(a[i]) && is_digit(b[j])) {
            std::size_t i_end = i;
            std::size_t j_end = j;
            while (i_end < a.size() && is_digit(a[i_end])) ++i_end;
            while (j_end < b.size() && is_digit(b[j_end])) ++j_end;
            // Compare as numbers without converting: strip leading zeros, then length, then text.
            std::size_t i_start = i;
            std::size_t j_start = j;
            while (i_start + 1 < i_end && a[i_start] == '0') ++i_start;
            while (j_start + 1 < j_end && b[j_start] == '0') ++j_start;
            std::string left = a.substr(i_start, i_end - i_start);
            std::string right = b.substr(j_start, j_end - j_start);
            if (left.size() != right.size()) return left.size() < right.size();
            if (left != right) return left < right;
            i = i_end;
            j = j_end;
            continue;
        }
        if (a[i] != b[j]) return a[i] < b[j];
        ++i;
        ++j;
    }
    if ((i < a.size()) != (j < b.size())) return j < b.size();
    return a < b;  // equal up to leading zeros: fall back to the text, for a strict order
}

bool citation_less(const ir::Citation& a, const ir::Citation& b) {
    if (part_of(a) != part_of(b)) return part_of(a) < part_of(b);
    return std::lexicographical_compare(a.locators.begin(), a.locators.end(), b.locators.begin(),
                                        b.locators.end(), locator_less);
}

Reference build_reference(const ir::Program& program, const base::SourceMap& sources,
                          const std::vector<ReferenceCase>& cases) {
    Reference out;
    out.cases_by_rule.resize(program.rules.size());
    for (std::size_t c = 0; c < cases.size(); ++c) {
        std::vector<bool> exercised = exercised_rules(program, sources, *cases[c].decision);
        for (std::size_t r = 0; r < exercised.size(); ++r) {
            if (exercised[r]) out.cases_by_rule[r].push_back(c);
        }
    }

    std::map<std::string, std::size_t> article_at;  // canonical text → index in out.articles
    std::map<std::string, std::size_t> row_at;      // row text → index in out.rows
    for (std::size_t r = 0; r < program.rules.size(); ++r) {
        const ir::Rule& rule = program.rules[r];
        ir::RuleId id = ir::RuleId::from_index(r);
        bool counted = observable(rule);
        const std::vector<std::size_t>& reached = out.cases_by_rule[r];
        auto cite = [&](const ir::Citation& citation, bool refers) {
            std::string text = ir::to_string(program, citation);
            auto [it, added] = article_at.emplace(text, out.articles.size());
            if (added) out.articles.push_back({citation, text, {}, {}, {}, false});
            Article& article = out.articles[it->second];
            if (!article.rules.empty() && article.rules.back() == id) {
                // The same rule both cites and refers under it: a citation proper.
                article.refers.back() = article.refers.back() && refers;
            } else {
                article.rules.push_back(id);
                article.refers.push_back(refers);
            }
            article.counted = article.counted || counted;
            add_sorted(article.cases, reached);
        };
        for (const ir::Citation& citation : rule.citations) cite(citation, false);
        for (const ir::Conclusion& conclusion : rule.conclusions) {
            if (const auto* refer = std::get_if<ir::Referral>(&conclusion)) {
                cite(refer->citation, true);
            }
        }
        std::string row_text = rule.row.value_or("");
        auto [it, added] = row_at.emplace(row_text, out.rows.size());
        if (added) out.rows.push_back({row_text, {}, {}, false});
        Row& row = out.rows[it->second];
        row.rules.push_back(id);
        row.counted = row.counted || counted;
        add_sorted(row.cases, reached);
    }

    std::stable_sort(out.articles.begin(), out.articles.end(),
                     [](const Article& a, const Article& b) {
                         if (a.citation.regulation != b.citation.regulation) {
                             return a.citation.regulation < b.citation.regulation;
                         }
                         if (citation_less(a.citation, b.citation)) return true;
                         if (citation_less(b.citation, a.citation)) return false;
                         return a.text < b.text;
                     });
    std::stable_sort(out.rows.begin(), out.rows.end(), [](const Row& a, const Row& b) {
        if (a.row.empty() != b.row.empty()) return b.row.empty();
        return natural_less(a.row, b.row);
    });
    return out;
}

}  // namespace netral::cases
