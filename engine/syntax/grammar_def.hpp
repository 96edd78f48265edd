// SPDX-License-Identifier: Apache-2.0
// The rule-language grammar in Spirit X3. Included only by grammar.cpp.
//
// Every rule has a readable name: X3 puts it in "expected …" messages. Keywords are named rules
// too (pitfall: an unnamed parser after `>` reports a mangled type name). Single-member nodes
// are filled by semantic actions instead of Fusion (pitfall: single-element sequences).
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "syntax/ast.hpp"
#include "syntax/ast_adapted.hpp"
#include "syntax/grammar.hpp"

// An action's expectation message is its subject's: `> ident[set_name]` reports "a name", not a
// mangled type name.
namespace boost::spirit::x3 {
template <typename Subject, typename Action>
struct get_info<action<Subject, Action>> {
    using result_type = std::string;
    std::string operator()(const action<Subject, Action>& parser) const {
        return what(parser.subject);
    }
};
}  // namespace boost::spirit::x3

namespace netral::syntax::grammar {

namespace x3 = boost::spirit::x3;

// ---------------------------------------------------------------------------------------------
// Context: where the file starts (for spans) and the nesting depth (for the limit).

struct source_tag;

/// Mutable per-call state reached through the X3 context.
struct State {
    const Input* input;      ///< file base, id and limits
    std::size_t depth = 0;   ///< current expression nesting
    std::size_t links = 0;   ///< suffixes read so far in the innermost chain (depth_step)
};

/// Thrown (inside the grammar only) when the nesting limit is hit; caught by the entry points.
struct TooDeep {
    const char* where;  ///< position of the construct that went too deep
};

/// Writes the byte span of every Node-derived attribute after its rule matched.
struct annotate {
    template <typename Iterator, typename Attribute, typename Context>
    void on_success(const Iterator& first, const Iterator& last, Attribute& attr,
                    const Context& context) const {
        if constexpr (std::is_base_of_v<Node, Attribute>) {
            const State& state = x3::get<source_tag>(context).get();
            // Optional trailing parts skip white space before failing: keep it out of the span.
            Iterator end = last;
            while (end != first && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' ||
                                    end[-1] == '\r')) {
                --end;
            }
            attr.span = {state.input->file,
                         static_cast<std::uint32_t>(first - state.input->base),
                         static_cast<std::uint32_t>(end - state.input->base)};
        }
    }
};

/// `depth_guard[p]`: counts nesting through p and throws TooDeep past the limit, so hostile
/// input such as ten thousand `(` cannot exhaust the stack.
template <typename Subject>
struct depth_guard_directive : x3::unary_parser<Subject, depth_guard_directive<Subject>> {
    using base_type = x3::unary_parser<Subject, depth_guard_directive<Subject>>;
    static bool const is_pass_through_unary = true;
    constexpr explicit depth_guard_directive(const Subject& subject) : base_type(subject) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, const Iterator& last, const Context& context, RContext& rcontext,
               Attribute& attr) const {
        State& state = x3::get<source_tag>(context).get();
        if (++state.depth > state.input->max_depth) {
            --state.depth;
            throw TooDeep{first};
        }
        bool matched = this->subject.parse(first, last, context, rcontext, attr);
        --state.depth;
        return matched;
    }
};

struct depth_guard_gen {
    template <typename Subject>
    constexpr depth_guard_directive<typename x3::extension::as_parser<Subject>::value_type>
    operator[](const Subject& subject) const {
        return depth_guard_directive<typename x3::extension::as_parser<Subject>::value_type>(
            x3::as_parser(subject));
    }
};
inline constexpr depth_guard_gen depth_guard{};

/// `depth_step[p]`: one suffix of a chain `a.b[c](d).e`. Each suffix nests the chain so far
/// inside it (for every reader of the syntax tree and in the IR), so after the first one, which
/// counts with its name as one level as before, every suffix is one level more until the
/// enclosing depth_scope ends: ten thousand `.f` must not exhaust the stack of whatever walks
/// the chain. The limit is checked once p matched, so a chain that ends right at the limit,
/// followed by something that is not a suffix, still parses.
template <typename Subject>
struct depth_step_directive : x3::unary_parser<Subject, depth_step_directive<Subject>> {
    using base_type = x3::unary_parser<Subject, depth_step_directive<Subject>>;
    static bool const is_pass_through_unary = true;
    constexpr explicit depth_step_directive(const Subject& subject) : base_type(subject) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, const Iterator& last, const Context& context, RContext& rcontext,
               Attribute& attr) const {
        State& state = x3::get<source_tag>(context).get();
        Iterator start = first;
        bool costs = state.links > 0;
        if (costs) ++state.depth;
        if (!this->subject.parse(first, last, context, rcontext, attr)) {
            if (costs) --state.depth;
            return false;
        }
        ++state.links;
        if (state.depth > state.input->max_depth) {
            x3::skip_over(start, last, context);
            throw TooDeep{start};
        }
        return true;
    }
};

/// `depth_scope[p]`: a chain (p) of depth_step suffixes; gives their levels back when p ends.
template <typename Subject>
struct depth_scope_directive : x3::unary_parser<Subject, depth_scope_directive<Subject>> {
    using base_type = x3::unary_parser<Subject, depth_scope_directive<Subject>>;
    static bool const is_pass_through_unary = true;
    constexpr explicit depth_scope_directive(const Subject& subject) : base_type(subject) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, const Iterator& last, const Context& context, RContext& rcontext,
               Attribute& attr) const {
        State& state = x3::get<source_tag>(context).get();
        std::size_t depth = state.depth;
        std::size_t links = state.links;
        state.links = 0;
        bool matched = this->subject.parse(first, last, context, rcontext, attr);
        state.depth = depth;
        state.links = links;
        return matched;
    }
};

template <template <typename> class Directive>
struct directive_gen {
    template <typename Subject>
    constexpr Directive<typename x3::extension::as_parser<Subject>::value_type> operator[](
        const Subject& subject) const {
        return Directive<typename x3::extension::as_parser<Subject>::value_type>(
            x3::as_parser(subject));
    }
};
inline constexpr directive_gen<depth_step_directive> depth_step{};
inline constexpr directive_gen<depth_scope_directive> depth_scope{};

// ---------------------------------------------------------------------------------------------
// Lexical rules.

using x3::lexeme;
using x3::lit;
using x3::attr;

/// A character that may continue an identifier.
const auto ident_char = x3::alnum | x3::char_('_');

/// Builds a named keyword rule: the word not followed by an identifier character.
/// `eps >>` makes a failed keyword give back the white space and comments that `lexeme` skipped
/// (a sequence rewinds, a bare lexeme does not): otherwise `x: int # c` followed by an absent
/// `required` stretched the field's span over the comment.
template <typename Tag>
auto keyword(const char* word, const char* name) {
    return x3::rule<Tag, x3::unused_type>{name} =
               x3::eps >> lexeme[lit(word) >> !(ident_char | '-')];
}

#define NETRAL_KEYWORD(id, text) \
    struct kw_##id##_tag;        \
    const auto kw_##id = keyword<kw_##id##_tag>(text, "`" text "`");

NETRAL_KEYWORD(module, "module")
NETRAL_KEYWORD(import, "import")
NETRAL_KEYWORD(regulation, "regulation")
NETRAL_KEYWORD(enum, "enum")
NETRAL_KEYWORD(record, "record")
NETRAL_KEYWORD(variant, "variant")
NETRAL_KEYWORD(on, "on")
NETRAL_KEYWORD(fact, "fact")
NETRAL_KEYWORD(derive, "derive")
NETRAL_KEYWORD(table, "table")
NETRAL_KEYWORD(key, "key")
NETRAL_KEYWORD(column, "column")
NETRAL_KEYWORD(row, "row")
NETRAL_KEYWORD(required, "required")
NETRAL_KEYWORD(set, "set")
NETRAL_KEYWORD(list, "list")
NETRAL_KEYWORD(of, "of")
NETRAL_KEYWORD(en, "en")
NETRAL_KEYWORD(cite, "cite")
NETRAL_KEYWORD(inferred, "inferred")
NETRAL_KEYWORD(value, "value")
NETRAL_KEYWORD(in, "in")
NETRAL_KEYWORD(force, "force")
NETRAL_KEYWORD(from, "from")
NETRAL_KEYWORD(until, "until")
NETRAL_KEYWORD(by, "by")
NETRAL_KEYWORD(for, "for")
NETRAL_KEYWORD(where, "where")
NETRAL_KEYWORD(then, "then")
NETRAL_KEYWORD(refer, "refer")
NETRAL_KEYWORD(review, "review")
NETRAL_KEYWORD(because, "because")
NETRAL_KEYWORD(provisional, "provisional")
NETRAL_KEYWORD(exception, "exception")
NETRAL_KEYWORD(to, "to")
NETRAL_KEYWORD(prevails, "prevails")
NETRAL_KEYWORD(over, "over")
NETRAL_KEYWORD(as, "as")
NETRAL_KEYWORD(or, "or")
NETRAL_KEYWORD(and, "and")
NETRAL_KEYWORD(not, "not")
NETRAL_KEYWORD(is, "is")
NETRAL_KEYWORD(unset, "unset")
NETRAL_KEYWORD(if, "if")
NETRAL_KEYWORD(else, "else")
NETRAL_KEYWORD(true, "true")
NETRAL_KEYWORD(false, "false")
NETRAL_KEYWORD(penjelasan, "Penjelasan")

#undef NETRAL_KEYWORD

/// Words that cannot name anything in an expression.
struct reserved_words : x3::symbols<x3::unused_type> {
    reserved_words() {
        add("and")("or")("not")("in")("if")("then")("else")("any")("all")("count")("where")("is")(
            "true")("false");
    }
};
const reserved_words reserved;

/// Citation locator words that take a value.
struct locator_words : x3::symbols<std::string> {
    locator_words() {
        add("Pasal", "Pasal")("ayat", "ayat")("huruf", "huruf")("angka", "angka")(
            "Lampiran", "Lampiran")("bagian", "bagian");
    }
};
const locator_words valued_locator;

struct word_clause_words : x3::symbols<std::string> {
    word_clause_words() {
        add("status", "status")("default", "default")("strategy", "strategy")(
            "recommend", "recommend")("overlaps", "overlaps")("inexact", "inexact");
    }
};
const word_clause_words word_clause_keyword;

struct text_clause_words : x3::symbols<std::string> {
    text_clause_words() { add("note", "note")("quote", "quote")("version", "version"); }
};
const text_clause_words text_clause_keyword;

struct label_clause_words : x3::symbols<std::string> {
    label_clause_words() { add("absorbs", "absorbs"); }
};
const label_clause_words label_clause_keyword;

struct expr_clause_words : x3::symbols<std::string> {
    expr_clause_words() {
        add("when", "when")("previous", "previous")("latest", "latest")(
            "ceiling", "ceiling");
    }
};
const expr_clause_words expr_clause_keyword;

struct block_words : x3::symbols<std::string> {
    block_words() {
        add("rule", "rule")("param", "param")("ladder", "ladder")("track", "track")(
            "combine", "combine")("escalate", "escalate")("ruleset", "ruleset");
    }
};
const block_words block_keyword;

struct nested_block_words : x3::symbols<std::string> {
    nested_block_words() {
        add("category", "category")("outcome", "outcome")("sanction", "sanction");
    }
};
const nested_block_words nested_block_keyword;

struct quantifier_words : x3::symbols<std::string> {
    quantifier_words() { add("any", "any")("all", "all")("count", "count"); }
};
const quantifier_words quantifier_keyword;

struct comparison_ops : x3::symbols<std::string> {
    comparison_ops() {
        add("==", "==")("!=", "!=")("<=", "<=")(">=", ">=")("<", "<")(">", ">");
    }
};
const comparison_ops comparison_op;

/// Ends a symbol-table keyword: the next character may not continue a word.
const auto word_end = !(ident_char | '-');

/// Words that open a top-level declaration (kDeclarationKeywords, shared with parse.cpp's
/// recovery points).
struct declaration_words : x3::symbols<x3::unused_type> {
    declaration_words() {
        for (std::string_view word : kDeclarationKeywords) add(std::string(word));
    }
};
const declaration_words declaration_word;

/// Words that open a clause. A clause argument that was left out must not swallow the next
/// clause's keyword: `then discipline` newline `because "…"` would read `because` as the category.
struct clause_words : x3::symbols<x3::unused_type> {
    clause_words() {
        add("cite")("status")("default")("strategy")("recommend")("inexact")("note")("quote")(
            "because")("version")("row")("value")("in")("for")("when")("previous")("latest")(
            "ceiling")("then")("exception")("prevails")("category")("outcome")("sanction")(
            "absorbs")("overlaps");
    }
};
const clause_words clause_word;

/// Zero-width: true when the next token (after white space) begins a line.
struct line_start_parser : x3::parser<line_start_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, const Iterator& last, const Context& context, RContext&,
               Attribute&) const {
        x3::skip_over(first, last, context);
        const State& state = x3::get<source_tag>(context).get();
        return first == state.input->base || first[-1] == '\n';
    }
};
inline constexpr line_start_parser line_start{};

/// A declaration keyword at the start of a line opens a declaration: it is never read as a name,
/// so `fact a:` newline `fact b: int` reports the missing type instead of taking `fact` as one.
const auto declaration_at_line_start = line_start >> lexeme[declaration_word >> word_end];

// Rule ids: those deriving from `annotate` get spans.
struct ident_class : annotate {};
struct member_class : annotate {};
struct string_class : annotate {};
struct label_class : annotate {};
struct date_class : annotate {};
struct int_class : annotate {};
struct bool_class : annotate {};
struct chain_class : annotate {};
struct tail_class : annotate {};
struct operand_class : annotate {};
struct not_class : annotate {};
struct quantifier_class : annotate {};
struct if_class : annotate {};
struct set_class : annotate {};
struct suffix_class : annotate {};
struct postfix_class : annotate {};
struct regref_class : annotate {};
struct locator_class : annotate {};
struct citation_class : annotate {};
struct type_class : annotate {};
struct field_class : annotate {};
struct column_field_class : annotate {};
struct clause_class : annotate {};
struct cite_clause_class : annotate {};
struct word_clause_class : annotate {};
struct text_clause_class : annotate {};
struct label_clause_class : annotate {};
struct value_clause_class : annotate {};
struct value_name_class : annotate {};
struct in_force_class : annotate {};
struct for_clause_class : annotate {};
struct expr_clause_class : annotate {};
struct then_class : annotate {};
struct finding_class : annotate {};
struct refer_class : annotate {};
struct review_class : annotate {};
struct provisional_class : annotate {};
struct set_conclusion_class : annotate {};
struct relation_class : annotate {};
struct block_class : annotate {};
struct nested_block_class : annotate {};
struct module_class : annotate {};
struct import_class : annotate {};
struct regulation_class : annotate {};
struct enum_value_class : annotate {};
struct enum_class : annotate {};
struct variant_case_class : annotate {};
struct variant_part_class : annotate {};
struct record_class : annotate {};
struct fact_class : annotate {};
struct derive_param_class : annotate {};
struct derive_class : annotate {};
struct table_key_class : annotate {};
struct cell_class : annotate {};
struct table_row_class : annotate {};
struct table_class : annotate {};
struct expr_class_t : annotate {};
struct and_chain_class_t : annotate {};
struct not_level_class_t : annotate {};
struct comparison_class_t : annotate {};
struct range_class_t : annotate {};
struct primary_class_t : annotate {};
// Not annotated: the chain inside keeps its own span, without the parentheses, whatever the
// level of its operator (annotating here overwrote it only when that operator was `or`).
struct paren_class_t {};
struct or_tail_class_t : annotate {};
struct and_tail_class_t : annotate {};
struct comparison_tail_class_t : annotate {};
struct range_tail_class_t : annotate {};
struct nested_block_class_t : annotate {};
struct token_lit_class_t : annotate {};
struct declaration_class {};
struct token_class {};

// Semantic-action helpers.
template <auto Member>
struct assign_fn {
    template <typename Context>
    void operator()(Context& context) const {
        x3::_val(context).*Member = std::move(x3::_attr(context));
    }
};
template <auto Member>
inline constexpr assign_fn<Member> assign{};

template <auto Member>
struct push_fn {
    template <typename Context>
    void operator()(Context& context) const {
        (x3::_val(context).*Member).push_back(std::move(x3::_attr(context)));
    }
};
template <auto Member>
inline constexpr push_fn<Member> push{};

template <auto Member, auto Value>
struct flag_fn {
    template <typename Context>
    void operator()(Context& context) const {
        x3::_val(context).*Member = Value;
    }
};

// --- identifiers and literals ----------------------------------------------------------------

const x3::rule<struct raw_ident_class, std::string> raw_ident = "identifier";
const auto raw_ident_def =
    lexeme[(x3::alpha | x3::char_('_')) >> *(ident_char | (x3::char_('-') >> &ident_char))];

const x3::rule<struct ident_inner_tag, Ident> ident_inner = "a name";
const x3::rule<ident_class, Ident> ident = "a name";
const auto ident_inner_def = (!declaration_at_line_start >> !lexeme[reserved >> word_end] >>
                              raw_ident)[assign<&Ident::name>];
const auto ident_def = ident_inner;

/// After `.` any word is a member name, reserved or not.
const x3::rule<struct member_name_inner_tag, Ident> member_name_inner = "a field name";
const x3::rule<member_class, Ident> member_name = "a field name";
const auto member_name_inner_def = raw_ident[assign<&Ident::name>];
const auto member_name_def = member_name_inner;

const x3::rule<struct escape_class, char> escape = "an escape (\\\" \\\\ \\n \\t)";
const x3::rule<struct escape_code_class, char> escape_code = "an escape (\\\" \\\\ \\n \\t)";
const auto escape_code_def = (lit('"') >> attr('"')) | (lit('\\') >> attr('\\')) |
                             (lit('n') >> attr('\n')) | (lit('t') >> attr('\t'));
// A named rule after `>`: an unnamed alternative would put a mangled type name in the message.
const auto escape_def = lit('\\') > escape_code;

const x3::rule<struct closing_quote_class, x3::unused_type> closing_quote =
    "closing `\"` (strings end on the line they start; use \"\"\" for several lines)";
const auto closing_quote_def = lit('"');

const x3::rule<struct closing_triple_class, x3::unused_type> closing_triple = "closing `\"\"\"`";
const auto closing_triple_def = lit("\"\"\"");

const x3::rule<struct string_text_class, std::string> string_text = "a string";
const auto string_text_def =
    lexeme[(lit("\"\"\"") > *(x3::char_ - lit("\"\"\"")) > closing_triple) |
           (lit('"') > *(escape | (x3::char_ - x3::char_("\"\\\r\n"))) > closing_quote)];

const x3::rule<struct string_lit_inner_tag, StringLit> string_lit_inner = "a string";
const x3::rule<string_class, StringLit> string_lit = "a string";
const auto string_lit_inner_def = string_text[assign<&StringLit::value>];
const auto string_lit_def = string_lit_inner;

const x3::rule<label_class, Label> label = "a label";
const auto label_def = string_lit >> -(kw_en > string_lit);

const x3::rule<date_class, DateLit> date_lit = "a date (YYYY-MM-DD)";
const auto date_lit_def = lexeme[x3::uint_parser<int, 10, 4, 4>() >> '-' >>
                                 x3::uint_parser<int, 10, 2, 2>() >> '-' >>
                                 x3::uint_parser<int, 10, 2, 2>() >> !ident_char];

const x3::rule<struct int_lit_inner_tag, IntLit> int_lit_inner = "a number";
const x3::rule<int_class, IntLit> int_lit = "a number";
const auto int_lit_inner_def =
    lexeme[x3::uint_parser<long long>() >> !(ident_char | '-')][assign<&IntLit::value>];
const auto int_lit_def = int_lit_inner;

const x3::rule<struct bool_lit_inner_tag, BoolLit> bool_lit_inner = "true or false";
const x3::rule<bool_class, BoolLit> bool_lit = "true or false";
const auto bool_lit_inner_def = kw_true[flag_fn<&BoolLit::value, true>{}] |
                          kw_false[flag_fn<&BoolLit::value, false>{}];
const auto bool_lit_def = bool_lit_inner;

/// A bare token such as a brief row id `C2.2`.
const x3::rule<token_class, std::string> token = "a row id such as C2.2";
const auto token_def =
    !declaration_at_line_start >> lexeme[+(ident_char | x3::char_('.') | x3::char_('-'))];

// --- expressions -----------------------------------------------------------------------------

const x3::rule<struct expr_class_t, Chain> expr = "an expression";
const x3::rule<struct and_chain_class_t, Chain> and_chain = "an expression";
const x3::rule<struct not_level_class_t, Operand> not_level = "an expression";
const x3::rule<struct not_expr_inner_tag, NotExpr> not_expr_inner = "an expression after `not`";
const x3::rule<not_class, NotExpr> not_expr = "an expression after `not`";
const x3::rule<struct comparison_class_t, Chain> comparison = "an expression";
const x3::rule<struct range_class_t, Chain> range = "an expression";
const x3::rule<struct primary_class_t, Operand> primary = "a value or name";
const x3::rule<struct paren_class_t, Chain> paren = "a parenthesised expression";
const x3::rule<quantifier_class, Quantifier> quantifier = "any(…), all(…) or count(…)";
const x3::rule<if_class, IfExpr> if_expr = "if … then … else …";
const x3::rule<struct set_lit_inner_tag, SetLit> set_lit_inner = "a set {…}";
const x3::rule<set_class, SetLit> set_lit = "a set {…}";
const x3::rule<struct suffix_inner_tag, Suffix> suffix_inner = "`.field`, `[key]` or `(argument)`";
const x3::rule<suffix_class, Suffix> suffix = "`.field`, `[key]` or `(argument)`";
const x3::rule<postfix_class, Postfix> postfix = "a name";

const x3::rule<struct or_tail_class_t, Tail> or_tail = "`or` and an expression";
const x3::rule<struct and_tail_class_t, Tail> and_tail = "`and` and an expression";
const x3::rule<struct comparison_tail_class_t, Tail> comparison_tail = "a comparison";
const x3::rule<struct range_tail_class_t, Tail> range_tail = "`..` and an end";

const auto expr_def = and_chain >> *or_tail;
const auto or_tail_def = kw_or >> attr(std::string("or")) > and_chain;
const auto and_chain_def = not_level >> *and_tail;
const auto and_tail_def = kw_and >> attr(std::string("and")) > not_level;
// Every recursion passes through `not` or a primary, so guarding those two counts each bracket,
// `not`, `if` and set once (guarding not_level as well counted each bracket twice).
const auto not_level_def = not_expr | comparison;
const auto not_expr_inner_def =
    depth_guard[kw_not >> !kw_in > not_level[assign<&NotExpr::operand>]];
const auto not_expr_def = not_expr_inner;
const auto comparison_def = range >> *comparison_tail;

const x3::rule<struct set_or_unset_class, std::string> set_or_unset = "`set` or `unset`";
const auto set_or_unset_def =
    (kw_set >> attr(std::string("is set"))) | (kw_unset >> attr(std::string("is unset")));

const auto comparison_tail_def =
    (comparison_op > range) |
    (kw_in >> !kw_force >> attr(std::string("in")) > range) |
    (kw_not >> kw_in >> attr(std::string("not in")) > range) |
    // Parenthesised so that what follows `>` is the named rule, not an unnamed sequence.
    ((kw_is > set_or_unset) >> attr(Operand{}));
const auto range_def = primary >> *range_tail;
const auto range_tail_def = lit("..") >> attr(std::string("..")) > primary;

const auto primary_def = depth_guard[date_lit | int_lit | bool_lit | string_lit | paren | set_lit |
                                     quantifier | if_expr | postfix];
const auto paren_def = lit('(') > expr > lit(')');

const auto quantifier_def = lexeme[quantifier_keyword >> word_end] >> lit('(') > ident > kw_in >
                            expr > -(kw_where > expr) > lit(')');
const auto if_expr_def = kw_if > expr > kw_then > expr > kw_else > expr;

const x3::rule<struct set_items_class, std::vector<Chain>> set_items = "set elements";
const auto set_items_def = -(expr % ',');
const auto set_lit_inner_def = lit('{') > set_items[assign<&SetLit::items>] > lit('}');
const auto set_lit_def = set_lit_inner;

const x3::rule<struct args_class, std::vector<Chain>> args = "arguments";
const auto args_def = expr % ',';
const auto suffix_inner_def =
    (lit('.') >> !lit('.') > member_name[assign<&Suffix::member>]) |
    (lit('[')[flag_fn<&Suffix::kind, '['>{}] > args[assign<&Suffix::args>] > lit(']')) |
    (lit('(')[flag_fn<&Suffix::kind, '('>{}] > args[assign<&Suffix::args>] > lit(')'));
const auto suffix_def = suffix_inner;
const auto postfix_def = depth_scope[ident >> *depth_step[suffix]];

// --- citations -------------------------------------------------------------------------------

const x3::rule<struct reg_word_class, std::string> reg_word = "a regulation name such as PP";
const auto reg_word_def = !declaration_at_line_start >>
                          !lexeme[(valued_locator | x3::string("Penjelasan")) >> word_end] >>
                          lexeme[x3::alpha >> *x3::alnum];

const x3::rule<struct reg_number_class, std::string> reg_number =
    "a regulation number such as 94/2021 or a year";
const auto reg_number_def = x3::raw[lexeme[+x3::digit >> -('/' >> +x3::digit) >> !ident_char]];

const x3::rule<regref_class, RegRef> regref = "a regulation such as PP 94/2021";
const auto regref_def = +reg_word > reg_number;

const x3::rule<struct locator_value_class, std::string> locator_value =
    "a locator value such as 14, (1), i or II";
const auto locator_value_def =
    string_text | x3::raw[lexeme['(' >> +x3::alnum >> ')']] |
    (!declaration_at_line_start >>
     !lexeme[(valued_locator | x3::string("Penjelasan")) >> word_end] >> lexeme[+x3::alnum]);

const x3::rule<locator_class, Locator> locator = "a locator (Pasal, ayat, huruf, angka, …)";
const auto locator_def = (kw_penjelasan >> attr(std::string("Penjelasan")) >> attr(std::string())) |
                         (lexeme[valued_locator >> word_end] > locator_value);

const x3::rule<citation_class, Citation> citation = "a citation such as PP 94/2021 Pasal 5";
const auto citation_def = regref >> *locator;

// --- types and fields ------------------------------------------------------------------------

const x3::rule<type_class, TypeRef> type_ref = "a type";
const auto type_ref_def = (kw_set >> attr(std::string("set")) > kw_of > ident) |
                          (kw_list >> attr(std::string("list")) > kw_of > ident) |
                          (attr(std::string()) >> ident);

/// The modifiers `required` and `key`, in either order, each at most once.
const auto field_modifiers =
    (kw_required[flag_fn<&Field::required, true>{}] >> -kw_key[flag_fn<&Field::key, true>{}]) |
    (kw_key[flag_fn<&Field::key, true>{}] >> -kw_required[flag_fn<&Field::required, true>{}]);

// The inner rule fills the field by semantic actions (the modifiers set flags in any order); the
// outer rule, without actions, records the field's span.
const x3::rule<struct field_inner_tag, Field> field_inner = "a field `name: type`";
const x3::rule<field_class, Field> field = "a field `name: type`";
const auto field_inner_def = !kw_variant >> ident[assign<&Field::name>] > lit(':') >
                             type_ref[assign<&Field::type>] > -field_modifiers >
                             -(lit('=') > expr[assign<&Field::default_value>]) >
                             -label[assign<&Field::label>];
const auto field_def = field_inner;

/// A table column is written like a field but takes no `key` modifier: in a table, `key` starts
/// a key line (`column voting: date` then `key race: race` must read as two lines).
const x3::rule<column_field_class, Field> column_field = "a column `name: type`";
const auto column_field_def = ident > lit(':') > type_ref > x3::matches[kw_required] >
                              x3::attr(false) > -(lit('=') > expr) > -label;

// --- clauses and blocks ----------------------------------------------------------------------

const x3::rule<struct nested_block_inner_tag, Block> nested_block_inner = "a category, outcome or sanction";
const x3::rule<struct nested_block_class_t, Block> nested_block = "a category, outcome or sanction";
const x3::rule<clause_class, Clause> clause = "a clause";

const x3::rule<struct cite_clause_inner_tag, CiteClause> cite_clause_inner = "`cite` and a citation";
const x3::rule<cite_clause_class, CiteClause> cite_clause = "`cite` and a citation";
const auto cite_clause_inner_def = kw_cite > citation[assign<&CiteClause::citation>] >
                                   -(kw_inferred > label[assign<&CiteClause::inferred>]);
const auto cite_clause_def = cite_clause_inner;

const x3::rule<word_clause_class, WordClause> word_clause = "a clause";
const x3::rule<struct word_value_class, Ident> word_value = "a name";
const auto word_value_def = ident - lexeme[clause_word >> word_end];
const auto word_clause_def = lexeme[word_clause_keyword >> word_end] > word_value;

const x3::rule<text_clause_class, TextClause> text_clause = "a clause";
const x3::rule<struct token_lit_inner_tag, StringLit> token_lit_inner = "a row id such as C2.2";
const x3::rule<struct token_lit_class_t, StringLit> token_lit = "a row id such as C2.2";
const auto token_lit_inner_def = token[assign<&StringLit::value>];
const auto token_lit_def = token_lit_inner;
// Only `because` is shown in decisions, so only it takes an English form (notes are for authors).
const auto text_clause_def =
    (kw_because >> attr(std::string("because")) > string_lit > -(kw_en > string_lit)) |
    (lexeme[text_clause_keyword >> word_end] > string_lit > attr(std::optional<StringLit>())) |
    (kw_row >> attr(std::string("row")) > token_lit > attr(std::optional<StringLit>()));

const x3::rule<label_clause_class, LabelClause> label_clause = "a clause";
const auto label_clause_def = lexeme[label_clause_keyword >> word_end] > label;

const x3::rule<value_clause_class, ValueClause> value_clause = "`value` and a name";
/// The value a `value` clause names: a name, or `true` / `false` (a derived Bool fact's phrases).
const x3::rule<struct value_word_class, std::string> value_word = "a name";
const auto value_word_def =
    (!declaration_at_line_start >> !lexeme[reserved >> word_end] >> raw_ident) |
    lexeme[(x3::string("true") | x3::string("false")) >> word_end];
const x3::rule<value_name_class, Ident> value_name = "a name";
const auto value_name_def = value_word[assign<&Ident::name>];
const auto value_clause_def = kw_value > value_name > -label;

const x3::rule<in_force_class, InForceClause> in_force_clause = "`in force`";
const auto in_force_clause_def =
    kw_in >> kw_force > -(kw_from > date_lit) > -(kw_until > date_lit) > -(kw_by > expr);

const x3::rule<for_clause_class, ForClause> for_clause = "`for x in list`";
const auto for_clause_def = kw_for > ident > kw_in > expr > -(kw_where > expr);

const x3::rule<expr_clause_class, ExprClause> expr_clause = "a clause";
const auto expr_clause_def = lexeme[expr_clause_keyword >> word_end] > expr;

const x3::rule<struct refer_conclusion_inner_tag, ReferConclusion> refer_conclusion_inner = "`refer` and a citation";
const x3::rule<refer_class, ReferConclusion> refer_conclusion = "`refer` and a citation";
const auto refer_conclusion_inner_def = kw_refer > citation[assign<&ReferConclusion::citation>];
const auto refer_conclusion_def = refer_conclusion_inner;
const x3::rule<struct review_conclusion_inner_tag, ReviewConclusion> review_conclusion_inner = "`review` and a reason";
const x3::rule<review_class, ReviewConclusion> review_conclusion = "`review` and a reason";
const auto review_conclusion_inner_def = kw_review > label[assign<&ReviewConclusion::reason>];
const auto review_conclusion_def = review_conclusion_inner;
const x3::rule<struct provisional_conclusion_inner_tag, ProvisionalConclusion>
    provisional_conclusion_inner = "`provisional` and a reason";
const x3::rule<provisional_class, ProvisionalConclusion> provisional_conclusion =
    "`provisional` and a reason";
const auto provisional_conclusion_inner_def =
    kw_provisional > label[assign<&ProvisionalConclusion::reason>];
const auto provisional_conclusion_def = provisional_conclusion_inner;
const x3::rule<set_conclusion_class, SetConclusion> set_conclusion = "`set name = value`";
const auto set_conclusion_def = kw_set > postfix > lit('=') > expr;
const x3::rule<finding_class, FindingConclusion> finding_conclusion =
    "a track and a category, such as `discipline heavy`";
const x3::rule<struct level_class, Postfix> level = "a category such as `heavy`";
const auto level_def = postfix - lexeme[clause_word >> word_end];
const auto finding_conclusion_def = (ident - lexeme[clause_word >> word_end]) > level;

using ConclusionVariant = x3::variant<FindingConclusion, ReferConclusion, ReviewConclusion,
                                      ProvisionalConclusion, SetConclusion>;
const x3::rule<struct conclusion_class, ConclusionVariant> conclusion =
    "a conclusion (`TRACK CATEGORY`, `refer …`, `review \"…\"`, `provisional \"…\"` or "
    "`set … = …`)";
const auto conclusion_def = refer_conclusion | review_conclusion | provisional_conclusion |
                            set_conclusion | finding_conclusion;
const x3::rule<struct then_clause_inner_tag, ThenClause> then_clause_inner = "`then` and a conclusion";
const x3::rule<then_class, ThenClause> then_clause = "`then` and a conclusion";
const auto then_clause_inner_def = kw_then > conclusion[assign<&ThenClause::conclusion>];
const auto then_clause_def = then_clause_inner;

const x3::rule<relation_class, RelationClause> relation_clause = "`exception to` or `prevails over`";
const auto relation_clause_def =
    ((kw_exception >> attr(std::string("exception to")) > kw_to) |
     (kw_prevails >> attr(std::string("prevails over")) > kw_over)) > ident > -(kw_as > ident);

const auto clause_def = cite_clause | word_clause | text_clause | label_clause | value_clause |
                        in_force_clause | for_clause | expr_clause | then_clause |
                        relation_clause | nested_block;

const x3::rule<struct closing_brace_class, x3::unused_type> closing_brace =
    "`}` or a clause (cite, status, for, when, then, because, note, …)";
const auto closing_brace_def = lit('}');

const x3::rule<struct clause_list_class, std::vector<Clause>> clause_list = "clauses";
const auto clause_list_def = *clause;

const auto nested_block_inner_def = lexeme[nested_block_keyword >> word_end][assign<&Block::keyword>] >
                              ident[assign<&Block::name>] > -label[assign<&Block::label>] >
                              -(lit('{')[flag_fn<&Block::has_body, true>{}] >
                                clause_list[assign<&Block::clauses>] > closing_brace);
// Categories nest through their bodies: guard the depth like brackets (no stack overflow).
const auto nested_block_def = depth_guard[nested_block_inner];

const x3::rule<struct block_inner_tag, Block> block_inner = "a block";
const x3::rule<block_class, Block> block = "a block";
const auto block_inner_def = lexeme[block_keyword >> word_end][assign<&Block::keyword>] >
                       ident[assign<&Block::name>] > -label[assign<&Block::label>] >
                       lit('{')[flag_fn<&Block::has_body, true>{}] >
                       clause_list[assign<&Block::clauses>] > closing_brace;
const auto block_def = block_inner;

// --- other declarations ----------------------------------------------------------------------

const x3::rule<module_class, ModuleDecl> module_decl = "`module`";
const auto module_decl_def = kw_module > ident > -label;

const x3::rule<struct import_decl_inner_tag, ImportDecl> import_decl_inner = "`import`";
const x3::rule<import_class, ImportDecl> import_decl = "`import`";
const auto import_decl_inner_def = kw_import > ident[assign<&ImportDecl::name>];
const auto import_decl_def = import_decl_inner;

const x3::rule<regulation_class, RegulationDecl> regulation_decl = "`regulation`";
const auto regulation_decl_def = kw_regulation > regref > -label > clause_list;

const x3::rule<enum_value_class, EnumValue> enum_value = "an enum value";
const auto enum_value_def = ident >> -label;
const x3::rule<struct closing_enum_class, x3::unused_type> closing_enum = "`}` or an enum value";
const auto closing_enum_def = lit('}');
const x3::rule<enum_class, EnumDecl> enum_decl = "`enum`";
const auto enum_decl_def = kw_enum > ident > -label > lit('{') > *enum_value > closing_enum;

const x3::rule<variant_case_class, VariantCase> variant_case = "a variant case `tag { fields }`";
const auto variant_case_def = ident >> lit('{') > *field > lit('}');
const x3::rule<variant_part_class, VariantPart> variant_part = "`variant on FIELD { … }`";
const auto variant_part_def = kw_variant > kw_on > ident > lit('{') > *variant_case > lit('}');
const x3::rule<struct closing_record_class, x3::unused_type> closing_record =
    "`}`, a field `name: type` or `variant on …`";
const auto closing_record_def = lit('}');
const x3::rule<record_class, RecordDecl> record_decl = "`record`";
const auto record_decl_def =
    kw_record > ident > -label > lit('{') > *field > -variant_part > closing_record;

const x3::rule<struct fact_decl_inner_tag, FactDecl> fact_decl_inner = "`fact`";
const x3::rule<fact_class, FactDecl> fact_decl = "`fact`";
const auto fact_decl_inner_def = kw_fact > field[assign<&FactDecl::field>];
const auto fact_decl_def = fact_decl_inner;

const x3::rule<derive_param_class, DeriveParam> derive_param = "a parameter `name: type`";
const auto derive_param_def = ident > lit(':') > type_ref;
const x3::rule<struct derive_param_list_class, std::vector<DeriveParam>> derive_param_list =
    "a parameter `name: type`";
const auto derive_param_list_def = derive_param % ',';
const x3::rule<struct derive_params_class, std::vector<DeriveParam>> derive_params = "parameters";
const auto derive_params_def = -(lit('(') > derive_param_list > lit(')'));
const x3::rule<derive_class, DeriveDecl> derive_decl = "`derive`";
const auto derive_decl_def = kw_derive > ident > derive_params > lit(':') > type_ref > -label >
                             -(lit('=') > expr) > clause_list;

const x3::rule<table_key_class, TableKey> table_key = "`key name: type`";
const auto table_key_def = kw_key > ident > lit(':') > type_ref;
const x3::rule<cell_class, Cell> cell = "a cell `column = value`";
const auto cell_def = ident >> lit('=') > expr;
const x3::rule<struct row_keys_class, std::vector<Ident>> row_keys = "row keys";
const auto row_keys_def = ident % ',';
const x3::rule<table_row_class, TableRow> table_row = "`row KEY { column = value … }`";
const x3::rule<struct closing_row_class, x3::unused_type> closing_row =
    "`}` or a cell `column = value`";
const auto closing_row_def = lit('}');
const auto table_row_def = kw_row > row_keys > lit('{') > *cell > closing_row;
const x3::rule<struct closing_table_class, x3::unused_type> closing_table =
    "`}`, `key`, `column`, `row` or a clause";
const auto closing_table_def = lit('}');
const x3::rule<struct table_decl_inner_tag, TableDecl> table_decl_inner = "`table`";
const x3::rule<table_class, TableDecl> table_decl = "`table`";
const auto table_decl_inner_def =
    kw_table > ident[assign<&TableDecl::name>] > -label[assign<&TableDecl::label>] > lit('{') >
    *(table_key[push<&TableDecl::keys>] | (kw_column > column_field[push<&TableDecl::columns>]) |
      table_row[push<&TableDecl::rows>] | clause[push<&TableDecl::clauses>]) >
    closing_table;
const auto table_decl_def = table_decl_inner;

const x3::rule<declaration_class, Declaration> declaration =
    "a declaration (module, import, ruleset, regulation, enum, record, fact, derive, table, "
    "param, ladder, track, rule, combine or escalate)";
const auto declaration_def = module_decl | import_decl | regulation_decl | enum_decl | record_decl |
                             fact_decl | derive_decl | table_decl | block;

const auto skipper = x3::space | (lit('#') >> *(x3::char_ - x3::eol));

BOOST_SPIRIT_DEFINE(ident_inner, member_name_inner, string_lit_inner, int_lit_inner, bool_lit_inner, not_expr_inner, set_lit_inner, suffix_inner, cite_clause_inner)
BOOST_SPIRIT_DEFINE(token_lit_inner, then_clause_inner, refer_conclusion_inner, review_conclusion_inner, provisional_conclusion_inner, nested_block_inner, block_inner, import_decl_inner, fact_decl_inner, table_decl_inner)
BOOST_SPIRIT_DEFINE(field_inner)
BOOST_SPIRIT_DEFINE(raw_ident, ident, member_name, escape, escape_code, closing_quote,
                    closing_triple, string_text, string_lit, label, date_lit, int_lit, bool_lit,
                    token)
BOOST_SPIRIT_DEFINE(expr, or_tail, and_chain, and_tail, not_level, not_expr, comparison,
                    set_or_unset, comparison_tail, range, range_tail, primary, paren, quantifier,
                    if_expr, set_items, set_lit, args, suffix, postfix)
BOOST_SPIRIT_DEFINE(reg_word, reg_number, regref, locator_value, locator, citation, type_ref, field,
                    column_field)
BOOST_SPIRIT_DEFINE(cite_clause, word_value, word_clause, token_lit, text_clause, label_clause,
                    value_word, value_name, value_clause,
                    in_force_clause, for_clause, expr_clause, refer_conclusion,
                    review_conclusion, provisional_conclusion, set_conclusion, level,
                    finding_conclusion, conclusion, then_clause, relation_clause, clause,
                    closing_brace, clause_list, nested_block, block)
BOOST_SPIRIT_DEFINE(module_decl, import_decl, regulation_decl, enum_value, closing_enum, enum_decl,
                    variant_case, variant_part, closing_record, record_decl, fact_decl,
                    derive_param, derive_param_list, derive_params, derive_decl, table_key, cell,
                    row_keys, closing_row, table_row, closing_table, table_decl, declaration)

}  // namespace netral::syntax::grammar
