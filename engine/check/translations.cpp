// SPDX-License-Identifier: Apache-2.0
// Texts a decision shows in both languages: every label (of modules, regulations, enums and
// their values, records and their fields, facts, derived facts, tables and their columns, and
// of every block: rules, params and their values, ladders, categories, sanctions, tracks,
// policies, the ruleset), the reasons of inferred citations and provisional marks, `because`
// and `review` reasons. One written in Indonesian only gets W2070 at the text, since the English
// decision would show it in Indonesian; one with an empty Indonesian form and an English one
// gets it too. A declaration without any label is not warned about:
// the reader sees its id, which is the same in both languages. The pass reads the syntax, where
// each text has its own span, and reports only.
#include "check/codes.hpp"
#include "check/passes.hpp"
#include "check/syntax_util.hpp"

namespace netral::check {

namespace {

/// True when the text holds nothing but white space.
bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

/// True when the English form is missing or blank.
bool lacks(const std::optional<syntax::StringLit>& en) { return !en || blank(en->value); }

class Translations {
public:
    explicit Translations(Context& cx) : cx_(cx) {}

    void declaration(const syntax::Declaration& declaration) {
        boost::apply_visitor([this](const auto& node) { this->visit(node); }, declaration);
    }

private:
    /// `what` is the catalogue key of the text's name ("the label").
    /// Reports whichever form is missing: the English one, or (`"" en "…"`) the Indonesian one.
    void pair(const syntax::StringLit& id, const std::optional<syntax::StringLit>& en,
              std::string_view what) {
        if (lacks(en)) {
            report(id, what);
        } else if (blank(id.value)) {
            cx_.warning(codes::kNoEnglish, id.span, base::msg("W2070.indonesian", base::word(what)))
                .hint = base::msg("W2070.hint_indonesian");
        }
    }
    void report(const syntax::StringLit& text, std::string_view what) {
        cx_.warning(codes::kNoEnglish, text.span, base::msg("W2070", base::word(what))).hint =
            base::msg("W2070.hint");
    }
    void label(const std::optional<syntax::Label>& label, std::string_view what) {
        if (label) pair(label->id, label->en, what);
    }

    void visit(const syntax::ModuleDecl& node) { label(node.label, "word.check.text_label"); }
    void visit(const syntax::ImportDecl&) {}
    void visit(const syntax::RegulationDecl& node) {
        label(node.label, "word.check.text_title");
        clauses(node.clauses);
    }
    void visit(const syntax::EnumDecl& node) {
        label(node.label, "word.check.text_label");
        for (const syntax::EnumValue& value : node.values) label(value.label, "word.check.text_label");
    }
    void visit(const syntax::RecordDecl& node) {
        label(node.label, "word.check.text_label");
        for (const syntax::Field& field : node.fields) label(field.label, "word.check.text_label");
        if (!node.variant) return;
        for (const syntax::VariantCase& variant : node.variant->cases) {
            for (const syntax::Field& field : variant.fields) label(field.label, "word.check.text_label");
        }
    }
    void visit(const syntax::FactDecl& node) { label(node.field.label, "word.check.text_label"); }
    void visit(const syntax::DeriveDecl& node) {
        label(node.label, "word.check.text_label");
        clauses(node.clauses);
    }
    void visit(const syntax::TableDecl& node) {
        label(node.label, "word.check.text_title");
        for (const syntax::Field& column : node.columns) label(column.label, "word.check.text_label");
        clauses(node.clauses);
    }
    void visit(const syntax::Block& node) {
        label(node.label, "word.check.text_label");
        clauses(node.clauses);
    }

    void clauses(const std::vector<syntax::Clause>& clauses) {
        for (const syntax::Clause& clause : clauses) {
            if (const auto* block = as_clause<syntax::Block>(clause)) {
                visit(*block);
            } else if (const auto* cite = as_clause<syntax::CiteClause>(clause)) {
                label(cite->inferred, "word.check.text_inferred");
            } else if (const auto* value = as_clause<syntax::ValueClause>(clause)) {
                label(value->label, "word.check.text_label");
            } else if (const auto* text = as_clause<syntax::TextClause>(clause)) {
                if (text->keyword == "because") pair(text->text, text->en, "word.check.text_because");
            } else if (const auto* then = as_clause<syntax::ThenClause>(clause)) {
                conclusion(then->conclusion);
            }
        }
    }
    void conclusion(const decltype(syntax::ThenClause::conclusion)& conclusion) {
        if (const auto* review = boost::get<syntax::ReviewConclusion>(&conclusion)) {
            pair(review->reason.id, review->reason.en, "word.check.text_review");
        } else if (const auto* mark = boost::get<syntax::ProvisionalConclusion>(&conclusion)) {
            pair(mark->reason.id, mark->reason.en, "word.check.text_provisional");
        }
    }

    Context& cx_;
};

}  // namespace

void check_translations(Context& cx) {
    Translations translations(cx);
    for (const syntax::Module& file : cx.files) {
        for (const syntax::Declaration& declaration : file.declarations) {
            translations.declaration(declaration);
        }
    }
}

}  // namespace netral::check
