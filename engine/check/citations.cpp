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
                                           std::string& problem) {
    switch (kind) {
        case ir::LocatorKind::Penjelasan:
            return value;
        case ir::LocatorKind::Lampiran:
            if (is_roman(value)) return value;
            problem = "`Lampiran` takes a roman numeral (I, II, IV, …)";
            return std::nullopt;
        case ir::LocatorKind::Bagian:
            if (!value.empty()) return value;
            problem = "`bagian` takes the part's name in quotes";
            return std::nullopt;
        case ir::LocatorKind::Pasal: {
            std::string_view digits = value;
            if (!digits.empty() && std::isupper(static_cast<unsigned char>(digits.back())) != 0) {
                digits.remove_suffix(1);
            }
            if (all_digits(digits)) return value;
            problem = "`Pasal` takes a number with an optional capital letter (14, 187A)";
            return std::nullopt;
        }
        case ir::LocatorKind::Ayat: {
            std::string_view inner = value;
            if (inner.size() >= 2 && inner.front() == '(' && inner.back() == ')') {
                inner = inner.substr(1, inner.size() - 2);
            }
            if (all_digits(inner)) return std::string(inner);
            problem = "`ayat` takes a number, written (1) or 1";
            return std::nullopt;
        }
        case ir::LocatorKind::Huruf:
            if (value.size() == 1 && value[0] >= 'a' && value[0] <= 'z') return value;
            problem = "`huruf` takes one lower-case letter (a, b, …)";
            return std::nullopt;
        case ir::LocatorKind::Angka:
            if (all_digits(value)) return value;
            problem = "`angka` takes a number";
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
        base::Diagnostic& d = cx.error(codes::kUnknownRegulation, citation.regulation.span,
                                       "unknown regulation " + quote(key));
        d.hint = base::did_you_mean(key, keys);
        if (d.hint.empty()) d.hint = "declare it with `regulation " + key + " \"title\"`";
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
                     "malformed citation: unknown locator " + quote(locator.kind))
                .hint = "locators are " + std::string(kOrder);
            ok = false;
            continue;
        }
        auto kind = static_cast<ir::LocatorKind>(rank);
        bool inner_letter = kind == ir::LocatorKind::Huruf && previous == kAngka && !closed;
        if (closed) {
            cx.error(codes::kBadCitation, locator.span,
                     "malformed citation: " + quote(locator.kind) +
                         " cannot come after the `huruf` of an `angka`")
                .hint = "a `huruf` after `angka` is the last unit of a citation";
            ok = false;
        } else if (inner_letter) {
            closed = true;  // the lettered item of a numbered item
        } else if (rank == previous) {
            cx.error(codes::kBadCitation, locator.span,
                     "malformed citation: " + quote(locator.kind) + " is given twice");
            ok = false;
        } else if (rank < previous) {
            cx.error(codes::kBadCitation, locator.span,
                     "malformed citation: " + quote(locator.kind) + " cannot come after " +
                         quote(kLocatorNames[previous]))
                .hint = "write locators in the order " + std::string(kOrder);
            ok = false;
        } else if (kind == ir::LocatorKind::Bagian && !has_lampiran) {
            cx.error(codes::kBadCitation, locator.span,
                     "malformed citation: `bagian` names a part of a `Lampiran`, which is missing")
                .hint = "cite the annex first, e.g. `Lampiran II bagian \"…\"`";
            ok = false;
        } else if (kind == ir::LocatorKind::Ayat && !has_pasal) {
            cx.error(codes::kBadCitation, locator.span,
                     "malformed citation: `ayat` needs a `Pasal` before it");
            ok = false;
        }
        previous = std::max(previous, rank);
        has_lampiran = has_lampiran || kind == ir::LocatorKind::Lampiran;
        has_pasal = has_pasal || kind == ir::LocatorKind::Pasal;
        std::string problem;
        auto value = canonical_value(kind, locator.value, problem);
        if (!value) {
            cx.error(codes::kBadCitation, locator.span,
                     "malformed citation: " + problem + ", found " + quote(locator.value));
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
                         "citation of " + quote(regulation_key(clause.citation.regulation)) +
                             " is marked inferred without saying why")
                    .hint = "write the reason: `inferred \"alasan\" en \"reason\"`";
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
