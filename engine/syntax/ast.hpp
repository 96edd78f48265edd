// SPDX-License-Identifier: Apache-2.0
// The syntax tree of a rule file, exactly as written. Every node carries the byte span it was
// parsed from. The checker reads this tree once and builds the resolved IR (check/ir.hpp);
// nothing after the checker looks at syntax nodes.
//
// Declarations that share a shape (rule, param, ladder, category, sanction, track, combine,
// escalate, ruleset) are one `Block`: a keyword, a name, a label and a list of clauses. The
// parser accepts any clause in any block; the checker says which clauses a block may hold, so a
// misplaced clause gets a precise message instead of a parse error.
#pragma once

#include <boost/spirit/home/x3/support/ast/variant.hpp>
#include <optional>
#include <string>
#include <vector>

#include "base/source_file.hpp"

namespace netral::syntax {

namespace x3 = boost::spirit::x3;

/// Base of every node that has a place in the source. The parser fills `span`.
struct Node {
    base::Span span;  ///< bytes this node was parsed from
};

/// A name: identifiers may contain `-` between letters or digits (`pilkada-2018`), because
/// incident files spell enum values that way and the language has no minus operator.
struct Ident : Node {
    std::string name;  ///< the identifier text
};

/// A string literal after escapes were resolved ("…" or """…""").
struct StringLit : Node {
    std::string value;  ///< decoded text, UTF-8
};

/// Indonesian label with an optional English one: `"Sanksi moral" en "Moral sanction"`.
struct Label : Node {
    StringLit id;                  ///< Indonesian text
    std::optional<StringLit> en;   ///< English text
};

// ---------------------------------------------------------------------------------------------
// Expressions. Each precedence level parses into a Chain (`first op rhs op rhs …`); the checker
// turns chains into typed IR expressions. Levels, loosest first: or, and, not, comparison
// (== != < <= > >= in, not in, is set, is unset), range (..), postfix, primary.

struct Chain;
struct NotExpr;
struct Quantifier;
struct IfExpr;
struct SetLit;
struct Postfix;

struct BoolLit : Node {
    bool value = false;  ///< true or false
};

struct IntLit : Node {
    long long value = 0;  ///< a non-negative decimal integer (no sign in the language)
};

/// A calendar date `YYYY-MM-DD`; validity (month 1-12, day in month) is checked later.
struct DateLit : Node {
    int year = 0;   ///< four digits
    int month = 0;  ///< 1-12 when valid
    int day = 0;    ///< 1-31 when valid
};

/// One operand of a chain: a literal, a name with suffixes, or a nested construct.
struct Operand : x3::variant<BoolLit, IntLit, DateLit, StringLit, x3::forward_ast<Postfix>,
                             x3::forward_ast<Chain>, x3::forward_ast<NotExpr>,
                             x3::forward_ast<Quantifier>, x3::forward_ast<IfExpr>,
                             x3::forward_ast<SetLit>> {
    using base_type::base_type;
    using base_type::operator=;
};

/// `op rhs` following the first operand of a chain. For `is set` / `is unset`, rhs is unused.
struct Tail : Node {
    std::string op;  ///< "or", "and", "==", "!=", "<", "<=", ">", ">=", "in", "not in", "..", "is set", "is unset"
    Operand rhs;     ///< right operand
};

/// `first (op rhs)*` at one precedence level; all ops of one chain share that level.
struct Chain : Node {
    Operand first;           ///< leftmost operand
    std::vector<Tail> rest;  ///< operators and right operands, left to right
};

struct NotExpr : Node {
    Operand operand;  ///< negated operand
};

/// `any(x in coll where cond)`, `all(…)`, `count(…)`.
struct Quantifier : Node {
    std::string kind;             ///< "any", "all" or "count"
    Ident var;                    ///< bound variable
    Chain collection;             ///< a list-valued expression
    std::optional<Chain> where;   ///< filter; absent means every element
};

/// `if c then a else b`.
struct IfExpr : Node {
    Chain condition;    ///< must be bool
    Chain then_branch;  ///< value when the condition holds
    Chain else_branch;  ///< value otherwise
};

/// `{a, b, c}`: a set of enum values (or other literals).
struct SetLit : Node {
    std::vector<Chain> items;  ///< elements in source order
};

/// `.name`, `[args]` or `(args)` after a name.
struct Suffix : Node {
    char kind = '.';            ///< '.' member, '[' table index, '(' call
    Ident member;               ///< for '.'
    std::vector<Chain> args;    ///< for '[' and '('
};

/// A name followed by suffixes: `act.kind`, `calendar[election].campaign`, `stage(act)`.
struct Postfix : Node {
    Ident head;                    ///< first name
    std::vector<Suffix> suffixes;  ///< in source order
};

// ---------------------------------------------------------------------------------------------
// Citations: `PP 94/2021 Pasal 14 huruf i angka 3`, `SKB 2022 Lampiran II bagian "disiplin" angka 6`.

/// The regulation part of a citation: words then number (`PP 94/2021`, `SE MenPANRB 18/2023`).
struct RegRef : Node {
    std::vector<std::string> words;  ///< kind and issuer words, e.g. {"SE", "MenPANRB"}
    std::string number;              ///< "94/2021" or a bare year "2022"
};

/// One locator step: `Pasal 14`, `ayat (1)`, `huruf i`, `angka 3`, `Lampiran II`, `Penjelasan`.
struct Locator : Node {
    std::string kind;   ///< the locator keyword as written
    std::string value;  ///< its argument as written (empty for `Penjelasan`)
};

struct Citation : Node {
    RegRef regulation;              ///< which regulation
    std::vector<Locator> locators;  ///< from the largest unit to the smallest
};

// ---------------------------------------------------------------------------------------------
// Types and fields.

/// `date`, `status`, `set of act_kind`, `list of act`.
struct TypeRef : Node {
    std::string collection;  ///< "", "set" or "list"
    Ident name;              ///< element or scalar type name
};

/// `name: type [required] [= default] ["label" [en "label"]]`.
struct Field : Node {
    Ident name;                          ///< field or fact name
    TypeRef type;                        ///< declared type
    bool required = false;               ///< must be present in an incident
    bool key = false;                    ///< identifies the element within its list
    std::optional<Chain> default_value;  ///< taken when absent
    std::optional<Label> label;          ///< human label
};

// ---------------------------------------------------------------------------------------------
// Clauses of blocks.

struct Block;

/// `cite …`
struct CiteClause : Node {
    Citation citation;              ///< the cited provision
    std::optional<Label> inferred;  ///< `inferred "why" en "why"`: read into, not stated by, it
};

/// `status practice`, `default allowance_cuts`, `strategy heaviest`, `recommend mildest`,
/// `overlaps resolved`.
struct WordClause : Node {
    std::string keyword;  ///< which clause
    Ident value;          ///< its single word
};

/// `note "…"`, `quote "…"`, `because "…" [en "…"]`, `version "…"`, `row C2.2`.
struct TextClause : Node {
    std::string keyword;          ///< which clause
    StringLit text;               ///< the text (a bare token such as C2.2 is stored as text too)
    std::optional<StringLit> en;  ///< the English form; only `because` takes one
};

/// `absorbs "alasan" en "reason"`: a clause whose value is a text in both languages.
struct LabelClause : Node {
    std::string keyword;  ///< which clause
    Label text;           ///< the text, Indonesian and optionally English
};

/// `value name "label"` in a parameter.
struct ValueClause : Node {
    Ident name;                  ///< the value
    std::optional<Label> label;  ///< what choosing it means
};

/// `in force [from D] [until D] [by expr]`.
struct InForceClause : Node {
    std::optional<DateLit> from;   ///< first day in force, inclusive
    std::optional<DateLit> until;  ///< last day in force, inclusive
    std::optional<Chain> by;       ///< the date validity is judged against
};

/// `for x in coll [where cond]`.
struct ForClause : Node {
    Ident var;                   ///< bound variable, one binding per element
    Chain collection;            ///< a list-valued expression
    std::optional<Chain> where;  ///< filter
};

/// `when cond`, `previous expr`, `latest expr`.
struct ExprClause : Node {
    std::string keyword;  ///< which clause
    Chain expr;           ///< its expression
};

/// `then discipline heavy`: a finding on a track.
struct FindingConclusion : Node {
    Ident track;    ///< the track
    Postfix level;  ///< a category or category.sanction
};
/// `then refer UU 10/2016 Pasal 188`.
struct ReferConclusion : Node {
    Citation citation;  ///< the criminal provision to refer under
};
/// `then review "alasan" en "reason"`.
struct ReviewConclusion : Node {
    Label reason;  ///< why a human must decide, Indonesian and optionally English
};
/// `then provisional "alasan" en "reason"`: the findings of the same binding stand, but are
/// marked provisional with this reason.
struct ProvisionalConclusion : Node {
    Label reason;  ///< why the findings are provisional, Indonesian and optionally English
};
/// `then set stage(act) = determined`.
struct SetConclusion : Node {
    Postfix target;  ///< a derived fact (applied to its arguments)
    Chain value;     ///< the value it takes
};

struct ThenClause : Node {
    x3::variant<FindingConclusion, ReferConclusion, ReviewConclusion, ProvisionalConclusion,
                SetConclusion>
        conclusion;  ///< what the rule concludes
};

/// `exception to other_rule [as lex_specialis]`, `prevails over other_rule [as lex_posterior]`.
struct RelationClause : Node {
    std::string kind;              ///< "exception to" or "prevails over"
    Ident target;                  ///< the other rule
    std::optional<Ident> doctrine; ///< lex_specialis, lex_posterior, lex_superior
};

struct Clause : x3::variant<CiteClause, WordClause, TextClause, LabelClause, ValueClause,
                            InForceClause, ForClause, ExprClause, ThenClause, RelationClause,
                            x3::forward_ast<Block>> {
    using base_type::base_type;
    using base_type::operator=;
};

/// `keyword name [label] { clause* }`: rule, param, ladder, category, outcome, sanction, track,
/// combine, escalate, ruleset. Nested blocks (category, sanction) may omit the braces.
struct Block : Node {
    std::string keyword;          ///< which declaration
    Ident name;                   ///< its id
    std::optional<Label> label;   ///< title or label
    std::vector<Clause> clauses;  ///< in source order
    bool has_body = false;        ///< braces were written
};

// ---------------------------------------------------------------------------------------------
// Other declarations.

struct ModuleDecl : Node {
    Ident name;                  ///< module name, unique in the rule set
    std::optional<Label> label;  ///< title
};

struct ImportDecl : Node {
    Ident name;  ///< imported module
};

/// `regulation PP 94/2021 "title" [en "title"] [in force from …] [note "…"]`.
struct RegulationDecl : Node {
    RegRef ref;                   ///< how citations name it
    std::optional<Label> label;   ///< its title
    std::vector<Clause> clauses;  ///< in force, note, quote
};

struct EnumValue : Node {
    Ident name;                  ///< the value as spelled in incidents
    std::optional<Label> label;  ///< human label
};

struct EnumDecl : Node {
    Ident name;                     ///< type name
    std::optional<Label> label;     ///< human label
    std::vector<EnumValue> values;  ///< in declaration order (also the order for `<`)
};

/// One case of a record's variant part: the fields present when the tag has this value.
struct VariantCase : Node {
    Ident tag;                  ///< a value of the tag field's enum
    std::vector<Field> fields;  ///< fields of this case
};

struct VariantPart : Node {
    Ident tag_field;                 ///< an enum field of the record
    std::vector<VariantCase> cases;  ///< one per tag value that has fields
};

struct RecordDecl : Node {
    Ident name;                          ///< type name
    std::optional<Label> label;          ///< human label
    std::vector<Field> fields;           ///< common fields
    std::optional<VariantPart> variant;  ///< fields that depend on a tag
};

struct FactDecl : Node {
    Field field;  ///< a top-level key of the incident
};

/// `(name: type)` parameter of a derived fact.
struct DeriveParam : Node {
    Ident name;    ///< parameter name
    TypeRef type;  ///< its type
};

/// `derive name[(p: T)]: T [label] [= expr] clause*`. Without `= expr` rules define it.
struct DeriveDecl : Node {
    Ident name;                        ///< derived fact name
    std::vector<DeriveParam> params;   ///< zero or one record parameter
    TypeRef type;                      ///< result type
    std::optional<Label> label;        ///< human label
    std::optional<Chain> value;        ///< defining expression
    std::vector<Clause> clauses;       ///< cite, note
};

/// `key name: type` in a table.
struct TableKey : Node {
    Ident name;    ///< key column
    TypeRef type;  ///< an enum type
};

/// `column name = value` inside a row.
struct Cell : Node {
    Ident column;  ///< column name
    Chain value;   ///< a literal or range
};

/// `row k1[, k2] { col = v … }`.
struct TableRow : Node {
    std::vector<Ident> keys;  ///< one per table key
    std::vector<Cell> cells;  ///< values by column
};

struct TableDecl : Node {
    Ident name;                    ///< table name
    std::optional<Label> label;    ///< title
    std::vector<TableKey> keys;    ///< key columns
    std::vector<Field> columns;    ///< value columns (`column name: type "label"`)
    std::vector<TableRow> rows;    ///< data
    std::vector<Clause> clauses;   ///< cite, note
};

using Declaration = x3::variant<ModuleDecl, ImportDecl, RegulationDecl, EnumDecl, RecordDecl,
                                FactDecl, DeriveDecl, TableDecl, Block>;

/// One parsed rule file.
struct Module {
    base::FileId file = 0;                  ///< the source it came from
    std::vector<Declaration> declarations;  ///< in source order
};

}  // namespace netral::syntax
