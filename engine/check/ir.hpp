// SPDX-License-Identifier: Apache-2.0
// The resolved IR: what the checker produces and everything after it (plan, eval) consumes.
// Names are bound to dense typed ids, every expression has a type, and no syntax node remains.
// One ir::Program owns every entity in vectors indexed by those ids; expressions are a closed
// std::variant of small structs with their types and spans in side tables keyed by ExprId.
// A Program handed out by check::check() has no Invalid expression and no unresolved id.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/source_file.hpp"
#include "check/date.hpp"
#include "check/ids.hpp"
#include "check/types.hpp"

namespace netral::check::ir {

// ---------------------------------------------------------------------------------------------
// Shared pieces.

/// Indonesian label with an optional English one.
struct Label {
    std::string id;                 ///< Indonesian text; empty when the declaration has no label
    std::optional<std::string> en;  ///< English text
};

/// How sure the legal reading behind a rule or parameter is (neutrality-law.md status flags).
enum class Status : std::uint8_t {
    Verified,    ///< read in the regulation text
    Practice,    ///< from the joint guideline as reported
    Conflict,    ///< sources disagree; configurable
    Gap,         ///< the law is silent; needs human review
    Unverified,  ///< not confirmed; do not rely on it
};

/// The unit a citation locator names, from the largest to the smallest.
enum class LocatorKind : std::uint8_t {
    Penjelasan,  ///< the Elucidation (no value)
    Lampiran,    ///< an annex, roman numeral ("II")
    Bagian,      ///< a named part of an annex ("disiplin")
    Pasal,       ///< an article, digits with an optional letter ("187A")
    Ayat,        ///< a paragraph, digits ("1"; written `(1)` or `1`)
    Huruf,       ///< a letter item, one lower-case letter ("i")
    Angka,       ///< a number item, digits ("3")
};

/// One step of a citation's path into a regulation (`Pasal 14`).
struct Locator {
    LocatorKind kind = LocatorKind::Pasal;  ///< which unit
    std::string value;                      ///< canonical value: no parentheses, no quotes
    base::Span span;                        ///< the locator as written
};

/// `PP 94/2021 Pasal 14 huruf i angka 3`: a declared regulation and a path into it.
struct Citation {
    RegulationId regulation;        ///< the cited regulation
    std::vector<Locator> locators;  ///< in canonical order (Penjelasan … angka [huruf])
    /// Set when the citation is the author's inference (`cite … inferred "why"`), not a
    /// provision that states the conclusion: why it is cited. Shown with it everywhere.
    std::optional<Label> inference;
    base::Span span;                ///< the whole citation
};

/// `in force [from D] [until D] [by EXPR]` on a rule or regulation.
struct InForce {
    Period period;                    ///< days in force, inclusive; open bounds allowed
    std::optional<ExprId> judged_by;  ///< date compared with the period; the ruleset's by default
    bool judged_by_ruleset = false;   ///< judged_by came from the ruleset's `in force by`
    base::Span span;                  ///< the clause
};

// ---------------------------------------------------------------------------------------------
// Vocabulary.

/// One file of the rule set. Names are scoped by module; imports are not transitive.
struct Module {
    std::string name;               ///< unique across the rule set
    Label label;                    ///< title
    base::FileId file = 0;          ///< the source file
    std::vector<ModuleId> imports;  ///< modules whose names this one sees, in import order
    base::Span span;                ///< the module name in its declaration (file start if none)
};

/// A regulation citations may name. Regulations are global, not module-scoped.
struct Regulation {
    std::string key;                  ///< words and number joined by spaces: "PP 94/2021"
    Label label;                      ///< its title
    std::optional<InForce> in_force;  ///< when it applies, if stated
    std::vector<std::string> notes;   ///< `note` texts
    std::vector<std::string> quotes;  ///< `quote` texts
    ModuleId module;                  ///< where it is declared
    base::Span span;                  ///< the declaration
};

/// One value of an enum.
struct EnumValue {
    std::string name;  ///< as spelled in incidents and rules
    Label label;       ///< human label
    base::Span span;   ///< the declaration
};

/// An enumeration; its values are ordered by declaration (for `<`). Each param also owns one.
struct Enum {
    std::string name;               ///< type name (the param name for a param's enum)
    Label label;                    ///< human label
    std::vector<EnumValue> values;  ///< in declaration order; a value is its index here
    std::optional<ParamId> param;   ///< set when this enum holds the values of a param
    ModuleId module;                ///< declaring module
    base::Span span;                ///< the declaration
};

/// A record field, common or belonging to variant cases.
struct Field {
    std::string name;                     ///< field name
    Type type;                            ///< declared type
    bool required = false;                ///< must be present in an incident
    bool key = false;                     ///< identifies the element of a list: unique there,
                                          ///< and `<record>-<position>` when absent
    std::optional<ExprId> default_value;  ///< constant taken when absent
    Label label;                          ///< human label
    RecordId record;                      ///< owning record
    std::vector<std::uint32_t> cases;     ///< tag values whose case declares it; empty: common
    base::Span span;                      ///< the declaration
};

/// The fields present when a record's tag field has one value.
struct VariantCase {
    std::uint32_t tag = 0;        ///< value index in the tag field's enum
    std::vector<FieldId> fields;  ///< fields of this case in declaration order
    base::Span span;              ///< the case
};

/// A record type: common fields, and fields that depend on a tag (`variant on`).
struct Record {
    std::string name;                  ///< type name
    Label label;                       ///< human label
    std::vector<FieldId> fields;       ///< common fields in declaration order
    std::optional<FieldId> tag_field;  ///< the enum field `variant on` names
    std::vector<VariantCase> cases;    ///< variant cases in declaration order
    ModuleId module;                   ///< declaring module
    base::Span span;                   ///< the declaration
};

/// A top-level key of the incident.
struct Fact {
    std::string name;                     ///< incident key
    Type type;                            ///< declared type
    bool required = false;                ///< must be present
    bool key = false;                     ///< identifies the incident (its case reference)
    std::optional<ExprId> default_value;  ///< constant taken when absent
    Label label;                          ///< human label
    ModuleId module;                      ///< declaring module
    base::Span span;                      ///< the declaration
};

/// A variable: a rule's `for` binder, a quantifier's, escalate's, or a derived parameter.
struct Variable {
    std::string name;  ///< as written
    Type type;         ///< a Record type
    base::Span span;   ///< where it is bound
};

/// How a reasoning in words says that a derived fact has one value (`value V "…" en "…"` on a
/// `derive`): the rule pack's phrase, `{}` standing for the dates and periods its definition
/// compared.
struct DerivedPhrase {
    std::string value;  ///< `true`, `false` or an enum value's name
    Label text;         ///< the phrase
};

/// `derive name[(p: R)]: T [= expr]`.
struct Derived {
    std::string name;                 ///< derived fact name
    std::optional<VarId> param;       ///< the record parameter, bound in `value`
    Type type;                        ///< result type
    Label label;                      ///< human label
    std::optional<ExprId> value;      ///< defining expression; none when rules set it
    std::vector<RuleId> set_by;       ///< rules whose `then set` defines it, in order
    std::vector<Citation> citations;  ///< `cite` clauses
    std::vector<std::string> notes;   ///< `note` texts
    std::vector<DerivedPhrase> phrases;  ///< `value` clauses, at most one per value
    ModuleId module;                     ///< declaring module
    base::Span span;                     ///< the declaration
};

/// A configurable choice, referenced by name in expressions like an enum-typed value.
struct Param {
    std::string name;                 ///< param name
    Label label;                      ///< human label
    EnumId values;                    ///< the enum holding its values (Enum::param points back)
    std::uint32_t default_value = 0;  ///< index into that enum
    std::optional<Status> status;     ///< reading status, if given
    std::vector<Citation> citations;  ///< `cite` clauses
    std::vector<std::string> notes;   ///< `note` texts
    std::vector<std::string> quotes;  ///< `quote` texts
    ModuleId module;                  ///< declaring module
    base::Span span;                  ///< the declaration
};

// ---------------------------------------------------------------------------------------------
// Tables.

/// A key column of a table.
struct TableKey {
    std::string name;  ///< key column name
    EnumId type;       ///< keys are enum values
    base::Span span;   ///< the declaration
};

/// A value column of a table.
struct TableColumn {
    std::string name;  ///< column name
    Type type;         ///< cell type
    Label label;       ///< human label
    base::Span span;   ///< the declaration
};

/// One row of a table: its key values and one constant per column.
struct TableRow {
    std::vector<std::uint32_t> keys;  ///< one value index per table key, in key order
    std::vector<ExprId> cells;        ///< one constant per column, in column order
    base::Span span;                  ///< the row
};

/// `table name { key … column … row … }`: constants looked up by enum keys.
struct Table {
    std::string name;                  ///< table name
    Label label;                       ///< title
    std::vector<TableKey> keys;        ///< key columns
    std::vector<TableColumn> columns;  ///< value columns
    std::vector<TableRow> rows;        ///< unique by keys
    std::vector<Citation> citations;   ///< `cite` clauses
    std::vector<std::string> notes;    ///< `note` texts
    ModuleId module;                   ///< declaring module
    base::Span span;                   ///< the declaration
};

// ---------------------------------------------------------------------------------------------
// Ladder, tracks and policies.

/// One sanction type of a category; sanctions are ordered mildest first.
struct Sanction {
    std::string name;                 ///< sanction name
    Label label;                      ///< human label
    CategoryId category;              ///< owning category
    std::uint32_t rank = 0;           ///< position in the category, 0 = mildest
    std::optional<ExprId> condition;  ///< `when`: the sanction applies only if this holds
    std::optional<Label> absorbs;     ///< `absorbs`: when a track recommends this sanction, the
                                      ///< other tracks' results are absorbed by it; the reason
    std::vector<Citation> citations;  ///< `cite` clauses
    std::vector<std::string> notes;   ///< `note` texts
    std::vector<std::string> quotes;  ///< `quote` texts
    base::Span span;                  ///< the declaration
};

/// Whether a category takes part in the severity order.
enum class CategoryKind : std::uint8_t {
    Ordinal,  ///< `category`: ordered by declaration, lighter first
    Outcome,  ///< `outcome`: a result outside the severity order
};

/// A step of a ladder; its sanctions are ordered mildest first.
struct Category {
    std::string name;                           ///< category name
    Label label;                                ///< human label
    LadderId ladder;                            ///< owning ladder
    CategoryKind kind = CategoryKind::Ordinal;  ///< ordinal or outcome
    std::optional<std::uint32_t> ordinal;       ///< 0-based severity among ordinal categories
    std::vector<SanctionId> sanctions;          ///< mildest first
    std::vector<Citation> citations;            ///< `cite` clauses
    std::vector<std::string> notes;             ///< `note` texts
    std::vector<std::string> quotes;            ///< `quote` texts
    base::Span span;                            ///< the declaration
};

/// A ladder is also a type: its values are `category` or `category.sanction`.
struct Ladder {
    std::string name;                    ///< ladder (type) name
    Label label;                         ///< human label
    std::vector<CategoryId> categories;  ///< in declaration order (ordinal ones lighter first)
    std::vector<Citation> citations;     ///< `cite` clauses
    std::vector<std::string> notes;      ///< `note` texts
    ModuleId module;                     ///< declaring module
    base::Span span;                     ///< the declaration
};

/// A step of a ladder: a category, optionally narrowed to one of its sanctions.
struct Level {
    CategoryId category;                 ///< the category
    std::optional<SanctionId> sanction;  ///< the sanction within it, if named

    friend bool operator==(const Level&, const Level&) = default;
};

/// A track of findings (ethics, discipline, …) that combine and escalate separately.
struct Track {
    std::string name;                       ///< track name
    Label label;                            ///< human label
    std::vector<Citation> citations;        ///< `cite` clauses
    std::vector<std::string> notes;         ///< `note` texts
    std::vector<std::string> quotes;        ///< `quote` texts
    std::optional<std::uint32_t> combine;   ///< index into Program::combines
    std::optional<std::uint32_t> escalate;  ///< index into Program::escalations
    ModuleId module;                        ///< declaring module
    base::Span span;                        ///< the declaration
};

/// Which end of the severity order a combine policy picks.
enum class Severity : std::uint8_t {
    Mildest,   ///< the lightest category / sanction
    Heaviest,  ///< the heaviest category / sanction
};

/// `combine TRACK { strategy heaviest  recommend mildest  overlaps resolved }`: several findings
/// on one track.
struct CombinePolicy {
    TrackId track;                           ///< the track it governs
    Severity strategy = Severity::Heaviest;  ///< which category wins
    Severity recommend = Severity::Mildest;  ///< which sanction of that category to recommend
    bool overlaps_resolved = false;          ///< `overlaps resolved`: what it settles, no E5030
    std::vector<Citation> citations;         ///< `cite` clauses
    std::vector<std::string> notes;          ///< `note` texts
    base::Span span;                         ///< the block
};

/// `for x in coll [where filter]`: one binding per element of a list of records.
struct Binder {
    VarId var;                     ///< the bound variable
    ExprId collection;             ///< a List-typed expression
    RecordId record;               ///< element record type
    std::optional<ExprId> filter;  ///< Bool; elements failing it are skipped
    base::Span span;               ///< the clause
};

/// `escalate TRACK { for h in history where …  latest h.date  previous h.sanction }`.
struct EscalatePolicy {
    TrackId track;                    ///< the track it governs
    Binder binder;                    ///< earlier sanctions that count
    std::optional<ExprId> latest;     ///< Date of an entry; the latest entry is the "previous"
    ExprId previous;                  ///< Sanction-typed step of an entry
    LadderId ladder;                  ///< the ladder of `previous`
    std::optional<Level> ceiling;     ///< escalation never goes past this step
    std::optional<Status> status;     ///< reading status, if given
    std::vector<Citation> citations;  ///< `cite` clauses
    std::vector<std::string> notes;   ///< `note` texts
    base::Span span;                  ///< the block
};

// ---------------------------------------------------------------------------------------------
// Rules.

/// `then TRACK LEVEL`.
struct Finding {
    TrackId track;    ///< the track
    Level level;      ///< the step found
    base::Span span;  ///< the clause
};

/// `then refer CITATION`: a criminal referral, parallel to the tracks.
struct Referral {
    Citation citation;  ///< the provision to refer under
    base::Span span;    ///< the clause
};

/// `then review "reason"`: a human must decide.
struct Review {
    Label reason;     ///< why, Indonesian and (when written) English
    base::Span span;  ///< the clause
};

/// `then provisional "alasan" en "reason"`: the findings of the same binding (the same element;
/// every finding for a whole-incident rule) stand, marked provisional with this reason.
struct Provisional {
    Label reason;     ///< why the findings are provisional
    base::Span span;  ///< the clause
};

/// `then set derived(args) = value`.
struct SetDerived {
    DerivedId derived;         ///< a derived fact without a defining expression
    std::vector<ExprId> args;  ///< one per parameter of the derived fact (0 or 1)
    ExprId value;              ///< of the derived fact's type
    base::Span span;           ///< the clause
};

using Conclusion = std::variant<Finding, Referral, Review, Provisional, SetDerived>;

/// One piece of a reason text: literal text, or a placeholder expression rendered in place.
struct ReasonPart {
    std::string text;            ///< literal text (braces unescaped); empty for a placeholder
    std::optional<ExprId> expr;  ///< the placeholder expression, if this piece is one
};

/// A rule's `because` template: the Indonesian form and, when written, the English one. Both use
/// the same placeholders (the checker makes sure), each placeholder resolved once per form.
struct Reason {
    std::vector<ReasonPart> parts;              ///< Indonesian, in order; literal text merged
    std::optional<std::vector<ReasonPart>> en;  ///< English (`en "…"`), in order
    base::Span span;                            ///< the `because` clause
};

/// How a rule relates to another (`exception to`, `prevails over`).
enum class RelationKind : std::uint8_t {
    ExceptionTo,   ///< this rule, when it fires, replaces the target for the same binding
    PrevailsOver,  ///< this rule's conclusion wins over the target's when both fire
};

/// The legal doctrine a relation names (`as lex_…`); the words are check::kDoctrineWords.
enum class Doctrine : std::uint8_t {
    LexSpecialis,  ///< the specific rule prevails over the general one
    LexPosterior,  ///< the later rule prevails over the earlier one
    LexSuperior,   ///< the higher-ranking regulation prevails
};

/// `exception to RULE [as DOCTRINE]` or `prevails over RULE [as DOCTRINE]`.
struct Relation {
    RelationKind kind = RelationKind::ExceptionTo;  ///< which relation
    std::vector<RuleId> targets;                    ///< every version of the target rule
    std::optional<Doctrine> doctrine;               ///< `as lex_…`, if given
    base::Span span;                                ///< the clause
};

/// One version of a rule: when it applies, what it concludes, why, and on what authority.
struct Rule {
    std::string name;                     ///< rule id; versions share it
    Label title;                          ///< title
    ModuleId module;                      ///< declaring module
    std::vector<Citation> citations;      ///< at least one
    Status status = Status::Unverified;   ///< reading status
    std::optional<std::string> row;       ///< brief row id such as "C2.2"
    std::optional<InForce> in_force;      ///< versions have one each; none: always in force
    std::optional<Binder> binder;         ///< `for`; none for whole-incident rules
    std::optional<ExprId> condition;      ///< `when`; none means true
    std::vector<Conclusion> conclusions;  ///< at least one, in source order
    Reason because;                       ///< the reason template
    std::vector<Relation> relations;      ///< exception / prevails clauses
    std::vector<std::string> notes;       ///< `note` texts
    std::vector<std::string> quotes;      ///< `quote` texts
    base::Span span;                      ///< the whole block
    base::Span name_span;                 ///< the rule id
};

/// `inexact heaviest|mildest|range`: which category a decision names when an inexact date
/// gives different outcomes on different days of its span.
enum class InexactPolicy : std::uint8_t {
    Range,     ///< no single category: the range `mildest..heaviest` (the default)
    Heaviest,  ///< the heaviest possible category
    Mildest,   ///< the mildest possible category
};

/// The `ruleset` block; exactly one per rule set.
struct Ruleset {
    std::string name;                 ///< rule set name
    Label label;                      ///< title
    std::string version;              ///< `version "…"`, may be empty
    std::optional<ExprId> judged_by;  ///< `in force by EXPR`: default date for rule validity
    InexactPolicy inexact = InexactPolicy::Range;  ///< `inexact …`
    std::vector<std::string> notes;   ///< `note` texts
    ModuleId module;                  ///< declaring module
    base::Span span;                  ///< the block
};

// ---------------------------------------------------------------------------------------------
// Expressions. A closed set of small structs; children are ExprIds into Program::exprs.

/// `true` / `false`.
struct BoolConst {
    bool value = false;  ///< the literal
};
/// A number literal.
struct IntConst {
    std::int64_t value = 0;  ///< non-negative (the language has no minus)
};
/// A string literal.
struct TextConst {
    std::string value;  ///< decoded text, UTF-8
};
/// A date literal.
struct DateConst {
    Date value;  ///< a valid date
};
/// A value of an enum (or of a param).
struct EnumConst {
    EnumId type;              ///< the enum
    std::uint32_t value = 0;  ///< index of the value
};
/// A ladder step (`heavy.discharge`).
struct LevelConst {
    Level level;  ///< the step
};
/// The evaluation's as-of date (built in).
struct AsOf {};
/// A bound variable.
struct VarRef {
    VarId var;  ///< the variable
};
/// An incident fact.
struct FactRef {
    FactId fact;  ///< the fact
};
/// A derived fact without parameter.
struct DerivedRef {
    DerivedId derived;  ///< the derived fact
};
/// A derived fact applied to its argument.
struct Call {
    DerivedId derived;  ///< has a parameter
    ExprId argument;    ///< of the parameter's record type
};
/// A param's chosen value (EnumConst-typed).
struct ParamRef {
    ParamId param;  ///< the param
};
/// `table[k1, k2].column`.
struct TableCell {
    TableId table;             ///< the table
    std::vector<ExprId> keys;  ///< one per table key, of that key's enum
    std::uint32_t column = 0;  ///< index into Table::columns
};
/// `object.field`.
struct Member {
    ExprId object;                ///< a Record-typed expression
    std::vector<FieldId> fields;  ///< the declaration(s) it may read: one, or one per variant
                                  ///< case that declares the name (all of the same type); the
                                  ///< evaluator reads the one whose case matches the tag
};
/// Boolean negation.
struct Not {
    ExprId operand;  ///< Bool
};
/// N-ary conjunction, left to right.
struct And {
    std::vector<ExprId> operands;  ///< Bool, at least two
};
/// N-ary disjunction, left to right.
struct Or {
    std::vector<ExprId> operands;  ///< Bool, at least two
};

/// The operator of a Compare.
enum class CompareOp : std::uint8_t {
    Eq,  ///< `==`
    Ne,  ///< `!=`
    Lt,  ///< `<`
    Le,  ///< `<=`
    Gt,  ///< `>`
    Ge,  ///< `>=`
};
/// `lhs op rhs`; both sides of one type.
struct Compare {
    CompareOp op = CompareOp::Eq;  ///< the operator
    ExprId lhs;                    ///< left operand
    ExprId rhs;                    ///< right operand
};
/// `element [not] in container`.
struct In {
    ExprId element;        ///< a scalar
    ExprId container;      ///< Set of the element type, Period (dates) or IntRange (ints)
    bool negated = false;  ///< `not in`
};
/// `x is set` / `x is unset`.
struct IsSet {
    ExprId operand;        ///< a Member or FactRef of an optional field without default
    bool negated = false;  ///< `is unset`
};
/// `low .. high`, bounds inclusive.
struct Range {
    ExprId low;   ///< first value, Date or Int
    ExprId high;  ///< last value, of low's type
};
/// `{a, b}`.
struct SetOf {
    std::vector<ExprId> elements;  ///< scalars of one type, in source order
};
/// `if c then a else b`.
struct If {
    ExprId condition;   ///< Bool
    ExprId then_value;  ///< taken when the condition holds
    ExprId else_value;  ///< otherwise; same type as then_value
};

/// Which quantifier a Quantifier is.
enum class QuantifierKind : std::uint8_t {
    Any,    ///< some element satisfies the filter (without filter: the list is not empty)
    All,    ///< every element satisfies the filter (without filter: true)
    Count,  ///< number of elements satisfying the filter (Int)
};
/// `any(x in coll where cond)`, `all(…)`, `count(…)`.
struct Quantifier {
    QuantifierKind kind = QuantifierKind::Any;  ///< which quantifier
    VarId var;                                  ///< bound per element
    ExprId collection;                          ///< a List
    std::optional<ExprId> filter;               ///< Bool over var
};
/// What an expression that failed to check becomes; never present in a returned Program.
struct Invalid {};

using Expr = std::variant<BoolConst, IntConst, TextConst, DateConst, EnumConst, LevelConst, AsOf,
                          VarRef, FactRef, DerivedRef, Call, ParamRef, TableCell, Member, Not, And,
                          Or, Compare, In, IsSet, Range, SetOf, If, Quantifier, Invalid>;

// ---------------------------------------------------------------------------------------------
// The program.

/// Everything one rule set declares, resolved. Owns every entity; ids index these vectors.
/// Immutable once check() returns it; safe to share between threads for reading.
struct Program {
    std::vector<Module> modules;              ///< by ModuleId (one per file)
    std::vector<Regulation> regulations;      ///< by RegulationId
    std::vector<Enum> enums;                  ///< by EnumId (declared enums, then one per param)
    std::vector<Record> records;              ///< by RecordId
    std::vector<Field> fields;                ///< by FieldId
    std::vector<Fact> facts;                  ///< by FactId
    std::vector<Derived> derived;             ///< by DerivedId
    std::vector<Param> params;                ///< by ParamId
    std::vector<Table> tables;                ///< by TableId
    std::vector<Ladder> ladders;              ///< by LadderId
    std::vector<Category> categories;         ///< by CategoryId
    std::vector<Sanction> sanctions;          ///< by SanctionId
    std::vector<Track> tracks;                ///< by TrackId
    std::vector<CombinePolicy> combines;      ///< indexed by Track::combine
    std::vector<EscalatePolicy> escalations;  ///< indexed by Track::escalate
    std::vector<Rule> rules;                  ///< by RuleId, in declaration order
    std::vector<Variable> vars;               ///< by VarId
    Ruleset ruleset;                          ///< the one ruleset block

    std::vector<Expr> exprs;             ///< by ExprId; children precede parents
    std::vector<Type> expr_types;        ///< side table: type of each expression
    std::vector<base::Span> expr_spans;  ///< side table: source of each expression

    /// Appends an expression with its type and span and returns its id.
    ExprId add_expr(Expr expr, Type type, base::Span span) {
        exprs.push_back(std::move(expr));
        expr_types.push_back(type);
        expr_spans.push_back(span);
        return ExprId::from_index(exprs.size() - 1);
    }
    const Expr& expr(ExprId id) const { return exprs[id.index()]; }
    Type type_of(ExprId id) const { return expr_types[id.index()]; }
    base::Span span_of(ExprId id) const { return expr_spans[id.index()]; }
};

/// "PP 94/2021 Pasal 14 huruf i": the citation as canonical text.
std::string to_string(const Program& program, const Citation& citation);

}  // namespace netral::check::ir
