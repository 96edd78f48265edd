// SPDX-License-Identifier: Apache-2.0
// Instantiates the grammar once and turns X3's outcomes (success, failure, expectation_failure,
// the depth limit) into plain values for parse.cpp.
#include "syntax/grammar_def.hpp"

namespace netral::syntax::grammar {
namespace {

template <typename Parser, typename Attribute>
bool run(const Parser& parser, const char*& first, const char* last, const Input& input,
         Attribute& out, Failure& failure) {
    State state{&input};
    const char* start = first;
    try {
        bool matched = x3::phrase_parse(
            first, last, x3::with<source_tag>(std::ref(state))[parser], skipper, out);
        if (!matched) {
            failure.offset = static_cast<std::size_t>(start - input.base);
            failure.expected.clear();
        }
        return matched;
    } catch (const x3::expectation_failure<const char*>& error) {
        failure.offset = static_cast<std::size_t>(error.where() - input.base);
        failure.expected = error.which();
        return false;
    } catch (const TooDeep& error) {
        failure.offset = static_cast<std::size_t>(error.where - input.base);
        failure.too_deep = true;
        return false;
    }
}

}  // namespace

void skip_space(const char*& first, const char* last) {
    x3::parse(first, last, *skipper);
}

bool parse_declaration(const char*& first, const char* last, const Input& input, Declaration& out,
                       Failure& failure) {
    return run(declaration, first, last, input, out, failure);
}

bool parse_expression(const char*& first, const char* last, const Input& input, Chain& out,
                      Failure& failure) {
    return run(expr, first, last, input, out, failure);
}

}  // namespace netral::syntax::grammar
