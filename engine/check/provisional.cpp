// SPDX-License-Identifier: Apache-2.0
// The shape of rules that mark findings provisional (`then provisional "…"`). Such a rule only
// marks: the findings it marks come from other rules for the same binding, so its own block
// must not conclude anything else (which would mark itself) nor displace other rules (which
// would remove what it is meant to mark). Its reason is shown next to every marked finding, so
// an empty one is an error.
#include <algorithm>
#include <type_traits>

#include "check/codes.hpp"
#include "check/context.hpp"
#include "check/passes.hpp"

namespace netral::check {

namespace {

/// True when `text` holds nothing but spaces.
bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

/// What a conclusion is, for a note ("a finding", "a referral", …).
base::MessageArg conclusion_kind(const ir::Conclusion& conclusion) {
    return std::visit(
        [](const auto& c) -> base::MessageArg {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, ir::Finding>) return base::word("word.check.finding");
            if constexpr (std::is_same_v<T, ir::Referral>) return base::word("word.check.referral");
            if constexpr (std::is_same_v<T, ir::Review>) return base::word("word.check.review");
            if constexpr (std::is_same_v<T, ir::Provisional>)
                return base::word("word.check.second_provisional");
            if constexpr (std::is_same_v<T, ir::SetDerived>)
                return base::word("word.check.derived_value");
        },
        conclusion);
}

base::Span conclusion_span(const ir::Conclusion& conclusion) {
    return std::visit([](const auto& c) { return c.span; }, conclusion);
}

}  // namespace

void check_provisional(const ir::Program& program, base::DiagnosticSink& sink) {
    for (const ir::Rule& rule : program.rules) {
        const ir::Provisional* mark = nullptr;
        for (const ir::Conclusion& conclusion : rule.conclusions) {
            const auto* p = std::get_if<ir::Provisional>(&conclusion);
            if (p == nullptr) continue;
            if (mark == nullptr) mark = p;
            if (blank(p->reason.id) || (p->reason.en && blank(*p->reason.en))) {
                sink.error(codes::kProvisionalReason, p->span, base::msg("E5040", rule.name)).hint =
                    base::msg("E5040.hint");
            }
        }
        if (mark == nullptr) continue;
        if (rule.conclusions.size() > 1) {
            base::Diagnostic& d =
                sink.error(codes::kProvisionalMixed, mark->span, base::msg("E5041", rule.name));
            bool first = true;
            for (const ir::Conclusion& conclusion : rule.conclusions) {
                if (std::get_if<ir::Provisional>(&conclusion) == mark) continue;
                d.notes.push_back(
                    {conclusion_span(conclusion),
                     first ? base::msg("E5041.note_first", conclusion_kind(conclusion))
                           : base::msg("E5041.note_more", conclusion_kind(conclusion))});
                first = false;
            }
            d.hint = base::msg("E5041.hint");
        }
        for (const ir::Relation& relation : rule.relations) {
            std::string kind =
                relation.kind == ir::RelationKind::ExceptionTo ? "exception to" : "prevails over";
            sink.error(codes::kProvisionalRelation, relation.span,
                       base::msg("E5042", rule.name, kind))
                .hint = base::msg("E5042.hint");
        }
    }
}

}  // namespace netral::check
