// SPDX-License-Identifier: Apache-2.0
// Small queries over the syntax tree shared by the building passes: clause names and spans,
// typed clause access, and unwrapping of single-operand expression chains.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "syntax/ast.hpp"

namespace netral::check {

/// The clause keyword as written: "cite", "status", "in force", "exception to", "sanction", …
std::string clause_name(const syntax::Clause& clause);
/// The clause's span.
base::Span clause_span(const syntax::Clause& clause);

/// The clause as a T, or null (T is one of Clause's alternatives, or syntax::Block).
template <typename T>
const T* as_clause(const syntax::Clause& clause) {
    if constexpr (std::is_same_v<T, syntax::Block>) {
        const auto* block = boost::get<syntax::x3::forward_ast<syntax::Block>>(&clause);
        return block == nullptr ? nullptr : &block->get();
    } else {
        return boost::get<T>(&clause);
    }
}

/// Calls `fn(const T&)` for every clause of type T, in order.
template <typename T, typename Fn>
void for_each_clause(const std::vector<syntax::Clause>& clauses, Fn&& fn) {
    for (const syntax::Clause& clause : clauses) {
        if (const T* typed = as_clause<T>(clause)) fn(*typed);
    }
}

/// The first clause of type T, or null (the clause pass reported any repeated one).
template <typename T>
const T* first_clause(const std::vector<syntax::Clause>& clauses) {
    for (const syntax::Clause& clause : clauses) {
        if (const T* typed = as_clause<T>(clause)) return typed;
    }
    return nullptr;
}

/// The first clause of type T (a clause with a `keyword` field) with this keyword, or null.
template <typename T>
const T* find_keyword(const std::vector<syntax::Clause>& clauses, std::string_view keyword) {
    for (const syntax::Clause& clause : clauses) {
        const T* typed = as_clause<T>(clause);
        if (typed != nullptr && typed->keyword == keyword) return typed;
    }
    return nullptr;
}

/// The first word / text / expression clause with this keyword, or null.
inline const syntax::WordClause* find_word(const std::vector<syntax::Clause>& clauses,
                                           std::string_view keyword) {
    return find_keyword<syntax::WordClause>(clauses, keyword);
}
inline const syntax::TextClause* find_text(const std::vector<syntax::Clause>& clauses,
                                           std::string_view keyword) {
    return find_keyword<syntax::TextClause>(clauses, keyword);
}
inline const syntax::ExprClause* find_expr(const std::vector<syntax::Clause>& clauses,
                                           std::string_view keyword) {
    return find_keyword<syntax::ExprClause>(clauses, keyword);
}
/// Every text clause with this keyword, decoded.
std::vector<std::string> texts(const std::vector<syntax::Clause>& clauses,
                               std::string_view keyword);

/// How citations and the regulation table name a regulation: its words and number joined by
/// spaces, "PP 94/2021".
std::string regulation_key(const syntax::RegRef& ref);

/// Strips chains without operators and parenthesised single operands: returns the innermost
/// chain that has operators, or null when the whole thing is one operand (then `*single`
/// receives it).
const syntax::Chain* unwrap(const syntax::Chain& chain, const syntax::Operand** single);
/// The operand itself when it is a chain without operators, recursively.
const syntax::Operand& unwrap(const syntax::Operand& operand);

}  // namespace netral::check
