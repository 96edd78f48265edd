// SPDX-License-Identifier: Apache-2.0
// Clause validity: the parser accepts any clause in any block, so this pass says which clauses
// each kind of block may hold, which may appear once, and which are required. It reads only the
// syntax; the building passes then take the first of any repeated clause.
#include <algorithm>
#include <string_view>
#include <vector>

#include "check/codes.hpp"
#include "check/passes.hpp"
#include "check/syntax_util.hpp"

namespace netral::check {

namespace {

enum class Count : std::uint8_t {
    Many,        ///< any number
    AtMostOne,   ///< optional, single
    ExactlyOne,  ///< required, single
    AtLeastOne,  ///< required, repeatable
};

struct ClauseSpec {
    std::string_view name;          ///< clause keyword
    Count count;                    ///< how often it may appear
    std::string_view missing_code;  ///< code when a required clause is absent
};

struct BlockSpec {
    std::string_view keyword;         ///< block keyword
    std::string_view noun;            ///< "a rule", for messages
    std::vector<ClauseSpec> clauses;  ///< allowed clauses, in the order listed in hints
};

const std::vector<BlockSpec>& block_specs() {
    static const std::vector<BlockSpec> specs = {
        {"rule",
         "a rule",
         {{"cite", Count::AtLeastOne, codes::kMissingCitation},
          {"status", Count::ExactlyOne, codes::kMissingStatus},
          {"row", Count::AtMostOne, {}},
          {"in force", Count::AtMostOne, {}},
          {"for", Count::AtMostOne, {}},
          {"when", Count::AtMostOne, {}},
          {"then", Count::AtLeastOne, codes::kClauseMissing},
          {"because", Count::ExactlyOne, codes::kClauseMissing},
          {"exception to", Count::Many, {}},
          {"prevails over", Count::Many, {}},
          {"quote", Count::Many, {}},
          {"note", Count::Many, {}}}},
        {"param",
         "a param",
         {{"value", Count::AtLeastOne, codes::kClauseMissing},
          {"default", Count::ExactlyOne, codes::kClauseMissing},
          {"status", Count::AtMostOne, {}},
          {"cite", Count::Many, {}},
          {"quote", Count::Many, {}},
          {"note", Count::Many, {}}}},
        {"ladder",
         "a ladder",
         {{"category", Count::Many, {}},
          {"outcome", Count::Many, {}},
          {"cite", Count::Many, {}},
          {"note", Count::Many, {}}}},
        {"category",
         "a category",
         {{"sanction", Count::Many, {}},
          {"cite", Count::Many, {}},
          {"quote", Count::Many, {}},
          {"note", Count::Many, {}}}},
        {"outcome",
         "an outcome",
         {{"sanction", Count::Many, {}},
          {"cite", Count::Many, {}},
          {"quote", Count::Many, {}},
          {"note", Count::Many, {}}}},
        {"sanction",
         "a sanction",
         {{"cite", Count::Many, {}},
          {"when", Count::AtMostOne, {}},
          {"absorbs", Count::AtMostOne, {}},
          {"quote", Count::Many, {}},
          {"note", Count::Many, {}}}},
        {"track",
         "a track",
         {{"cite", Count::Many, {}}, {"quote", Count::Many, {}}, {"note", Count::Many, {}}}},
        {"combine",
         "a combine block",
         {{"strategy", Count::AtMostOne, {}},
          {"recommend", Count::AtMostOne, {}},
          {"cite", Count::Many, {}},
          {"note", Count::Many, {}}}},
        {"escalate",
         "an escalate block",
         {{"for", Count::ExactlyOne, codes::kClauseMissing},
          {"latest", Count::ExactlyOne, codes::kClauseMissing},
          {"previous", Count::ExactlyOne, codes::kClauseMissing},
          {"ceiling", Count::AtMostOne, {}},
          {"cite", Count::Many, {}},
          {"status", Count::AtMostOne, {}},
          {"note", Count::Many, {}}}},
        {"ruleset",
         "a ruleset",
         {{"version", Count::AtMostOne, {}},
          {"in force", Count::AtMostOne, {}},
          {"inexact", Count::AtMostOne, {}},
          {"note", Count::Many, {}}}},
        {"regulation",
         "a regulation",
         {{"in force", Count::AtMostOne, {}},
          {"note", Count::Many, {}},
          {"quote", Count::Many, {}}}},
        {"derive",
         "a derived fact",
         {{"cite", Count::Many, {}}, {"note", Count::Many, {}}, {"value", Count::Many, {}}}},
        {"table", "a table", {{"cite", Count::Many, {}}, {"note", Count::Many, {}}}},
    };
    return specs;
}

const BlockSpec* find_spec(std::string_view keyword) {
    for (const BlockSpec& spec : block_specs()) {
        if (spec.keyword == keyword) return &spec;
    }
    return nullptr;
}

std::string allowed_list(const BlockSpec& spec) {
    std::string out;
    for (const ClauseSpec& clause : spec.clauses) {
        if (!out.empty()) out += ", ";
        out += clause.name;
    }
    return out;
}

std::string missing_message(const BlockSpec& spec, std::string_view name,
                            const ClauseSpec& clause) {
    if (clause.missing_code == codes::kMissingCitation) {
        return std::string(spec.keyword) + " " + quote(name) + " cites no regulation";
    }
    if (clause.missing_code == codes::kMissingStatus) {
        return std::string(spec.keyword) + " " + quote(name) + " has no `status`";
    }
    return std::string(spec.keyword) + " " + quote(name) + " has no `" + std::string(clause.name) +
           "` clause";
}

std::string missing_hint(const ClauseSpec& clause) {
    if (clause.missing_code == codes::kMissingCitation) return "add `cite REGULATION Pasal …`";
    if (clause.missing_code == codes::kMissingStatus) {
        return "add `status verified`, `practice`, `conflict`, `gap` or `unverified`";
    }
    return {};
}

/// Checks the clauses of one declaration of kind `keyword`, recursing into nested blocks.
void check_clause_list(Context& cx, std::string_view keyword, std::string_view name,
                       base::Span name_span, const std::vector<syntax::Clause>& clauses) {
    const BlockSpec* spec = find_spec(keyword);
    if (spec == nullptr) return;
    std::vector<const syntax::Clause*> first(spec->clauses.size(), nullptr);
    for (const syntax::Clause& clause : clauses) {
        std::string clause_keyword = clause_name(clause);
        auto it = std::find_if(spec->clauses.begin(), spec->clauses.end(),
                               [&](const ClauseSpec& c) { return c.name == clause_keyword; });
        if (const auto* nested = as_clause<syntax::Block>(clause)) {
            if (it != spec->clauses.end()) {
                check_clause_list(cx, nested->keyword, nested->name.name, nested->name.span,
                                  nested->clauses);
            }
        }
        if (it == spec->clauses.end()) {
            cx.error(codes::kClauseNotAllowed, clause_span(clause),
                     quote(clause_keyword) + " is not a clause of " + std::string(spec->noun))
                .hint = std::string(spec->noun) + " takes: " + allowed_list(*spec);
            continue;
        }
        std::size_t index = static_cast<std::size_t>(it - spec->clauses.begin());
        bool single = it->count == Count::AtMostOne || it->count == Count::ExactlyOne;
        if (single && first[index] != nullptr) {
            cx.error(codes::kClauseRepeated, clause_span(clause),
                     quote(clause_keyword) + " is given twice in " + std::string(spec->noun))
                .notes.push_back({clause_span(*first[index]), "first given here"});
            continue;
        }
        if (first[index] == nullptr) first[index] = &clause;
    }
    for (std::size_t i = 0; i < spec->clauses.size(); ++i) {
        const ClauseSpec& clause = spec->clauses[i];
        bool required = clause.count == Count::ExactlyOne || clause.count == Count::AtLeastOne;
        if (!required || first[i] != nullptr) continue;
        cx.error(clause.missing_code, name_span, missing_message(*spec, name, clause)).hint =
            missing_hint(clause);
    }
}

struct DeclarationClauses {
    Context& cx;
    void operator()(const syntax::Block& block) const {
        check_clause_list(cx, block.keyword, block.name.name, block.name.span, block.clauses);
    }
    void operator()(const syntax::RegulationDecl& decl) const {
        check_clause_list(cx, "regulation", regulation_key(decl.ref), decl.ref.span,
                          decl.clauses);
    }
    void operator()(const syntax::DeriveDecl& decl) const {
        check_clause_list(cx, "derive", decl.name.name, decl.name.span, decl.clauses);
    }
    void operator()(const syntax::TableDecl& decl) const {
        check_clause_list(cx, "table", decl.name.name, decl.name.span, decl.clauses);
    }
    template <typename T>
    void operator()(const T&) const {}
};

}  // namespace

void check_clauses(Context& cx) {
    for (const syntax::Module& file : cx.files) {
        for (const syntax::Declaration& declaration : file.declarations) {
            boost::apply_visitor(DeclarationClauses{cx}, declaration);
        }
    }
}

}  // namespace netral::check
