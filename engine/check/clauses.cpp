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
    base::MessageArg noun;            ///< "a rule" (a catalogue word), for messages
    std::vector<ClauseSpec> clauses;  ///< allowed clauses, in the order listed in hints
};

const std::vector<BlockSpec>& block_specs() {
    static const std::vector<BlockSpec> specs = {
        {"rule",
         base::word("word.check.noun_rule"),
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
         base::word("word.check.noun_param"),
         {{"value", Count::AtLeastOne, codes::kClauseMissing},
          {"default", Count::ExactlyOne, codes::kClauseMissing},
          {"status", Count::AtMostOne, {}},
          {"cite", Count::Many, {}},
          {"quote", Count::Many, {}},
          {"note", Count::Many, {}}}},
        {"ladder",
         base::word("word.check.noun_ladder"),
         {{"category", Count::Many, {}},
          {"outcome", Count::Many, {}},
          {"cite", Count::Many, {}},
          {"note", Count::Many, {}}}},
        {"category",
         base::word("word.check.noun_category"),
         {{"sanction", Count::Many, {}},
          {"cite", Count::Many, {}},
          {"quote", Count::Many, {}},
          {"note", Count::Many, {}}}},
        {"outcome",
         base::word("word.check.noun_outcome"),
         {{"sanction", Count::Many, {}},
          {"cite", Count::Many, {}},
          {"quote", Count::Many, {}},
          {"note", Count::Many, {}}}},
        {"sanction",
         base::word("word.check.noun_sanction"),
         {{"cite", Count::Many, {}},
          {"when", Count::AtMostOne, {}},
          {"absorbs", Count::AtMostOne, {}},
          {"quote", Count::Many, {}},
          {"note", Count::Many, {}}}},
        {"track",
         base::word("word.check.noun_track"),
         {{"cite", Count::Many, {}}, {"quote", Count::Many, {}}, {"note", Count::Many, {}}}},
        {"combine",
         base::word("word.check.noun_combine"),
         {{"strategy", Count::AtMostOne, {}},
          {"recommend", Count::AtMostOne, {}},
          {"overlaps", Count::AtMostOne, {}},
          {"cite", Count::Many, {}},
          {"note", Count::Many, {}}}},
        {"escalate",
         base::word("word.check.noun_escalate"),
         {{"for", Count::ExactlyOne, codes::kClauseMissing},
          {"latest", Count::ExactlyOne, codes::kClauseMissing},
          {"previous", Count::ExactlyOne, codes::kClauseMissing},
          {"ceiling", Count::AtMostOne, {}},
          {"cite", Count::Many, {}},
          {"status", Count::AtMostOne, {}},
          {"note", Count::Many, {}}}},
        {"ruleset",
         base::word("word.check.noun_ruleset"),
         {{"version", Count::AtMostOne, {}},
          {"in force", Count::AtMostOne, {}},
          {"inexact", Count::AtMostOne, {}},
          {"note", Count::Many, {}}}},
        {"regulation",
         base::word("word.check.noun_regulation"),
         {{"in force", Count::AtMostOne, {}},
          {"note", Count::Many, {}},
          {"quote", Count::Many, {}}}},
        {"derive",
         base::word("word.check.noun_derive"),
         {{"cite", Count::Many, {}}, {"note", Count::Many, {}}, {"value", Count::Many, {}}}},
        {"table",
         base::word("word.check.noun_table"),
         {{"cite", Count::Many, {}}, {"note", Count::Many, {}}}},
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

base::Message missing_message(const BlockSpec& spec, std::string_view name,
                              const ClauseSpec& clause) {
    if (clause.missing_code == codes::kMissingCitation) {
        return base::msg("E5001", spec.keyword, name);
    }
    if (clause.missing_code == codes::kMissingStatus) {
        return base::msg("E5002", spec.keyword, name);
    }
    return base::msg("E2022", spec.keyword, name, clause.name);
}

base::Message missing_hint(const ClauseSpec& clause) {
    if (clause.missing_code == codes::kMissingCitation) return base::msg("E5001.hint");
    if (clause.missing_code == codes::kMissingStatus) return base::msg("E5002.hint");
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
                     base::msg("E2020", clause_keyword, spec->noun))
                .hint = base::msg("E2020.hint", spec->noun, allowed_list(*spec));
            continue;
        }
        std::size_t index = static_cast<std::size_t>(it - spec->clauses.begin());
        bool single = it->count == Count::AtMostOne || it->count == Count::ExactlyOne;
        if (single && first[index] != nullptr) {
            cx.error(codes::kClauseRepeated, clause_span(clause),
                     base::msg("E2021", clause_keyword, spec->noun))
                .notes.push_back({clause_span(*first[index]), base::msg("note.check.first_given")});
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
