// SPDX-License-Identifier: Apache-2.0
// Syntax-tree queries shared by the building passes.
#include "check/syntax_util.hpp"

namespace netral::check {

namespace {

struct ClauseName {
    std::string operator()(const syntax::CiteClause&) const { return "cite"; }
    std::string operator()(const syntax::WordClause& c) const { return c.keyword; }
    std::string operator()(const syntax::TextClause& c) const { return c.keyword; }
    std::string operator()(const syntax::LabelClause& c) const { return c.keyword; }
    std::string operator()(const syntax::ValueClause&) const { return "value"; }
    std::string operator()(const syntax::InForceClause&) const { return "in force"; }
    std::string operator()(const syntax::ForClause&) const { return "for"; }
    std::string operator()(const syntax::ExprClause& c) const { return c.keyword; }
    std::string operator()(const syntax::ThenClause&) const { return "then"; }
    std::string operator()(const syntax::RelationClause& c) const { return c.kind; }
    std::string operator()(const syntax::x3::forward_ast<syntax::Block>& b) const {
        return b.get().keyword;
    }
};

struct SpanOf {
    template <typename T>
    base::Span operator()(const T& node) const {
        return node.span;
    }
    template <typename T>
    base::Span operator()(const syntax::x3::forward_ast<T>& node) const {
        return node.get().span;
    }
};

}  // namespace

std::string clause_name(const syntax::Clause& clause) {
    return boost::apply_visitor(ClauseName{}, clause);
}

base::Span clause_span(const syntax::Clause& clause) {
    return boost::apply_visitor(SpanOf{}, clause);
}

std::vector<std::string> texts(const std::vector<syntax::Clause>& clauses,
                               std::string_view keyword) {
    std::vector<std::string> out;
    for (const syntax::Clause& clause : clauses) {
        const auto* text = as_clause<syntax::TextClause>(clause);
        if (text != nullptr && text->keyword == keyword) out.push_back(text->text.value);
    }
    return out;
}

std::string regulation_key(const syntax::RegRef& ref) {
    std::string key;
    for (const std::string& word : ref.words) key += word + " ";
    return key + ref.number;
}

const syntax::Operand& unwrap(const syntax::Operand& operand) {
    const syntax::Operand* current = &operand;
    while (const auto* chain = boost::get<syntax::x3::forward_ast<syntax::Chain>>(current)) {
        if (!chain->get().rest.empty()) break;
        current = &chain->get().first;
    }
    return *current;
}

const syntax::Chain* unwrap(const syntax::Chain& chain, const syntax::Operand** single) {
    const syntax::Chain* current = &chain;
    while (current->rest.empty()) {
        const syntax::Operand& first = current->first;
        const auto* inner = boost::get<syntax::x3::forward_ast<syntax::Chain>>(&first);
        if (inner == nullptr) {
            *single = &first;
            return nullptr;
        }
        current = &inner->get();
    }
    return current;
}

}  // namespace netral::check
