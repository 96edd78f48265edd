// SPDX-License-Identifier: Apache-2.0
// Shared clause values: status words and validity periods.
#include "check/clause_values.hpp"

#include "base/suggest.hpp"
#include "check/codes.hpp"
#include "check/expr_text.hpp"
#include "check/syntax_util.hpp"

namespace netral::check {

namespace {

/// A written date as an ir::Date, or none after E3010.
std::optional<ir::Date> check_date(Context& cx, const syntax::DateLit& written) {
    ir::Date date{written.year, written.month, written.day};
    if (ir::is_valid(date)) return date;
    cx.error(codes::kInvalidDate, written.span, base::msg("E3010", ir::to_string(date))).hint =
        base::msg("E3010.hint");
    return std::nullopt;
}

}  // namespace

std::optional<ir::Status> resolve_status(Context& cx, const syntax::WordClause& clause) {
    static const std::vector<std::string> status_words(kStatusWords.begin(), kStatusWords.end());
    for (std::size_t i = 0; i < status_words.size(); ++i) {
        if (status_words[i] == clause.value.name) return static_cast<ir::Status>(i);
    }
    cx.error(codes::kUnknownStatus, clause.value.span, base::msg("E5003", clause.value.name)).hint =
        base::closest(clause.value.name, status_words)
            ? base::did_you_mean(clause.value.name, status_words)
            : base::msg("E5003.hint");
    return std::nullopt;
}

std::optional<ir::Status> find_status(Context& cx, const std::vector<syntax::Clause>& clauses) {
    const syntax::WordClause* clause = find_word(clauses, "status");
    return clause == nullptr ? std::nullopt : resolve_status(cx, *clause);
}

ir::InForce resolve_in_force(Context& cx, ExprResolver& resolver,
                             const syntax::InForceClause& clause) {
    ir::InForce out;
    out.span = clause.span;
    if (clause.from) out.period.from = check_date(cx, *clause.from);
    if (clause.until) out.period.until = check_date(cx, *clause.until);
    if (out.period.from && out.period.until && *out.period.until < *out.period.from) {
        cx.error(
              codes::kEmptyPeriod, clause.until->span,
              base::msg("E3011", ir::to_string(*out.period.until), ir::to_string(*out.period.from)))
            .notes.push_back({clause.from->span, base::msg("E3011.note")});
    }
    if (clause.by) {
        out.judged_by =
            resolver.resolve_as(*clause.by, ir::Type::date(), base::msg("E3001", "`in force by`"));
    }
    return out;
}

}  // namespace netral::check
