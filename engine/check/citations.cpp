// SPDX-License-Identifier: Apache-2.0
// Citations: the regulation must be declared, and locators follow the Indonesian drafting
// order Penjelasan → Lampiran → bagian → Pasal → ayat → huruf → angka, each in its own shape
// (Pasal 187A, ayat (1), huruf i, angka 3, Lampiran II). A numbered item may itself hold
// lettered items, so one `huruf` may close the path after `angka` (Pasal 4 angka 15 huruf c).
// Errors name the offending locator.
#include <algorithm>
#include <array>
#include <cctype>

#include "base/suggest.hpp"
#include "check/clause_values.hpp"
#include "check/codes.hpp"
#include "check/syntax_util.hpp"

namespace netral::check {

namespace {

constexpr std::array<std::string_view, 7> kLocatorNames = {
    "Penjelasan", "Lampiran", "bagian", "Pasal", "ayat", "huruf", "angka"};
constexpr std::string_view kOrder = "Penjelasan, Lampiran, bagian, Pasal, ayat, huruf, angka";

bool blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
}

bool all_digits(std::string_view text) {
    if (text.empty()) return false;
    for (char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c)) == 0) return false;
    }
    return true;
}

bool is_roman(std::string_view text) {
    // Standard numerals up to 3999: thousands, hundreds, tens, units.
    static constexpr std::array<std::array<std::string_view, 10>, 4> kDigits = {{
        {"", "M", "MM", "MMM"},
        {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"},
        {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"},
        {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"},
    }};
    if (text.empty()) return false;
    std::string_view rest = text;
    for (const auto& digits : kDigits) {
        std::string_view best;
        for (std::string_view digit : digits) {
            if (digit.size() > best.size() && rest.substr(0, digit.size()) == digit) best = digit;
        }
        rest.remove_prefix(best.size());
    }
    return rest.empty();
}

/// The canonical value of a locator, or an explanation of what is wrong with it.
std::optional<std::string> canonical_value(ir::LocatorKind kind, const std::string& value,
                                           base::MessageArg& problem) {
    switch (kind) {
        case ir::LocatorKind::Penjelasan:
            return value;
        case ir::LocatorKind::Lampiran:
            if (is_roman(value)) return value;
            problem = base::word("word.check.locator_lampiran");
            return std::nullopt;
        case ir::LocatorKind::Bagian:
            if (!value.empty()) return value;
            problem = base::word("word.check.locator_bagian");
            return std::nullopt;
        case ir::LocatorKind::Pasal: {
            std::string_view digits = value;
            if (!digits.empty() && std::isupper(static_cast<unsigned char>(digits.back())) != 0) {
                digits.remove_suffix(1);
            }
            if (all_digits(digits)) return value;
            problem = base::word("word.check.locator_pasal");
            return std::nullopt;
        }
        case ir::LocatorKind::Ayat: {
            std::string_view inner = value;
            if (inner.size() >= 2 && inner.front() == '(' && inner.back() == ')') {
                inner = inner.substr(1, inner.size() - 2);
            }
            if (all_digits(inner)) return std::string(inner);
            problem = base::word("word.check.locator_ayat");
            return std::nullopt;
        }
        case ir::LocatorKind::Huruf:
            if (value.size() == 1 && value[0] >= 'a' && value[0] <= 'z') return value;
            problem = base::word("word.check.locator_huruf");
            return std::nullopt;
        case ir::LocatorKind::Angka:
            if (all_digits(value)) return value;
            problem = base::word("word.check.locator_angka");
            return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace

std::optional<ir::Citation> resolve_citation(Context& cx, const syntax::Citation& citation) {
    ir::Citation out;
    out.span = citation.span;
    bool ok = true;
    std::string key = regulation_key(citation.regulation);
    if (auto it = cx.regulations.find(key); it != cx.regulations.end()) {
        out.regulation = it->second;
    } else {
        std::vector<std::string> keys;
        for (const auto& [name, id] : cx.regulations) keys.push_back(name);
        base::Diagnostic& d =
            cx.error(codes::kUnknownRegulation, citation.regulation.span, base::msg("E5005", key));
        d.hint = base::did_you_mean(key, keys);
        if (d.hint.empty()) d.hint = base::msg("E5005.hint", key);
        ok = false;
    }
    constexpr int kAngka = static_cast<int>(ir::LocatorKind::Angka);
    int previous = -1;
    bool has_lampiran = false;
    bool has_pasal = false;
    bool closed = false;  // a `huruf` after `angka` was given: it is the last unit
    for (const syntax::Locator& locator : citation.locators) {
        int rank = 0;
        while (rank < static_cast<int>(kLocatorNames.size()) &&
               kLocatorNames[rank] != locator.kind) {
            ++rank;
        }
        if (rank == static_cast<int>(kLocatorNames.size())) {
            cx.error(codes::kBadCitation, locator.span,
                     base::msg("E5004.unknown_locator", locator.kind))
                .hint = base::msg("E5004.hint_locators", kOrder);
            ok = false;
            continue;
        }
        auto kind = static_cast<ir::LocatorKind>(rank);
        bool inner_letter = kind == ir::LocatorKind::Huruf && previous == kAngka && !closed;
        if (closed) {
            cx.error(codes::kBadCitation, locator.span,
                     base::msg("E5004.after_inner", locator.kind))
                .hint = base::msg("E5004.hint_last");
            ok = false;
        } else if (inner_letter) {
            closed = true;  // the lettered item of a numbered item
        } else if (rank == previous) {
            cx.error(codes::kBadCitation, locator.span, base::msg("E5004.twice", locator.kind));
            ok = false;
        } else if (rank < previous) {
            cx.error(codes::kBadCitation, locator.span,
                     base::msg("E5004.order", locator.kind, kLocatorNames[previous]))
                .hint = base::msg("E5004.hint_order", kOrder);
            ok = false;
        } else if (kind == ir::LocatorKind::Bagian && !has_lampiran) {
            cx.error(codes::kBadCitation, locator.span, base::msg("E5004")).hint =
                base::msg("E5004.hint_bagian");
            ok = false;
        } else if (kind == ir::LocatorKind::Ayat && !has_pasal) {
            cx.error(codes::kBadCitation, locator.span, base::msg("E5004.ayat"));
            ok = false;
        }
        previous = std::max(previous, rank);
        has_lampiran = has_lampiran || kind == ir::LocatorKind::Lampiran;
        has_pasal = has_pasal || kind == ir::LocatorKind::Pasal;
        base::MessageArg problem;
        auto value = canonical_value(kind, locator.value, problem);
        if (!value) {
            cx.error(codes::kBadCitation, locator.span,
                     base::msg("E5004.value", problem, locator.value));
            ok = false;
            continue;
        }
        out.locators.push_back({kind, *value, locator.span});
    }
    if (!ok) return std::nullopt;
    return out;
}

std::vector<ir::Citation> resolve_citations(Context& cx,
                                            const std::vector<syntax::Clause>& clauses) {
    std::vector<ir::Citation> out;
    for_each_clause<syntax::CiteClause>(clauses, [&](const syntax::CiteClause& clause) {
        auto citation = resolve_citation(cx, clause.citation);
        if (!citation) return;
        if (clause.inferred) {
            ir::Label reason = to_label(clause.inferred);
            // The mark exists to tell a reader why the provision is cited; without a reason in
            // every language given it says nothing.
            if (blank(reason.id) || (reason.en && blank(*reason.en))) {
                cx.error(codes::kInferenceReason, clause.inferred->span,
                         base::msg("E5006", regulation_key(clause.citation.regulation)))
                    .hint = base::msg("E5006.hint");
            }
            citation->inference = std::move(reason);
        }
        out.push_back(std::move(*citation));
    });
    return out;
}

}  // namespace netral::check

namespace netral::check::ir {

std::string to_string(const Program& program, const Citation& citation) {
    std::string out = program.regulations[citation.regulation.index()].key;
    for (const Locator& locator : citation.locators) {
        out += " " + std::string(kLocatorNames[static_cast<std::size_t>(locator.kind)]);
        switch (locator.kind) {
            case LocatorKind::Penjelasan:
                break;
            case LocatorKind::Bagian:
                out += " \"" + locator.value + "\"";
                break;
            case LocatorKind::Ayat:
                out += " (" + locator.value + ")";
                break;
            default:
                out += " " + locator.value;
                break;
        }
    }
    return out;
}

}  // namespace netral::check::ir
