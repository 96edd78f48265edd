// SPDX-License-Identifier: Apache-2.0
// Scalars of an incident read as the declared type: texts, `true`/`false`, non-negative
// integers, dates (exact, or a whole month or year as a span of days), enum values and ladder
// steps, each with a precise message when the text does not fit. Strict on purpose: a value
// that is guessed (`yes` for true, `2024-9-1` for a date) could silently change an outcome.
#include <algorithm>
#include <charconv>
#include <cstdint>
#include <limits>

#include "base/suggest.hpp"
#include "check/date.hpp"
#include "io/binder.hpp"
#include "io/describe_node.hpp"
#include "io/codes.hpp"
#include "io/read_scalar.hpp"

namespace netral::io {

namespace ir = check::ir;

namespace {

/// Lists of allowed values longer than this are not spelled out in hints.
constexpr std::size_t kMaxListed = 12;

/// Parses exactly `count` digits at `text[at]`; -1 if they are not all digits.
int digits(std::string_view text, std::size_t at, std::size_t count) {
    if (at + count > text.size()) return -1;
    int value = 0;
    for (std::size_t k = 0; k < count; ++k) {
        char c = text[at + k];
        if (c < '0' || c > '9') return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

/// `text` in ASCII lower case: enum names and labels match regardless of letter case.
std::string folded(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

/// The values of `e` that `text` names: by name, or by Indonesian or English label, regardless
/// of letter case. An exact name wins outright, so a label can never hide a value's own name.
std::vector<std::size_t> enum_matches(const check::ir::Enum& e, std::string_view text) {
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < e.values.size(); ++i) {
        if (e.values[i].name == text) return {i};
    }
    std::string key = folded(text);
    for (std::size_t i = 0; i < e.values.size(); ++i) {
        const check::ir::EnumValue& v = e.values[i];
        bool named = folded(v.name) == key || (!v.label.id.empty() && folded(v.label.id) == key) ||
                     (v.label.en && !v.label.en->empty() && folded(*v.label.en) == key);
        if (named) found.push_back(i);
    }
    return found;
}

/// Catalogue keys of the month names, for messages about impossible dates.
const char* const kMonthNames[] = {"word.io.month_1",  "word.io.month_2",  "word.io.month_3",
                                   "word.io.month_4",  "word.io.month_5",  "word.io.month_6",
                                   "word.io.month_7",  "word.io.month_8",  "word.io.month_9",
                                   "word.io.month_10", "word.io.month_11", "word.io.month_12"};

}  // namespace

std::optional<facts::DaySpan> read_date(std::string_view text) {
    bool shape = (text.size() == 4 || text.size() == 7 || text.size() == 10) &&
                 (text.size() < 7 || text[4] == '-') && (text.size() < 10 || text[7] == '-');
    int year = digits(text, 0, 4);
    int month = text.size() >= 7 ? digits(text, 5, 2) : 1;
    int day = text.size() == 10 ? digits(text, 8, 2) : 1;
    if (!shape || year < 1 || month < 1 || month > 12 || day < 0) return std::nullopt;
    if (!ir::is_valid({year, month, day})) return std::nullopt;
    ir::Date first{year, month, day};
    ir::Date last = first;
    if (text.size() == 7) last.day = ir::days_in_month(year, month);
    if (text.size() == 4) last = {year, 12, 31};
    return facts::DaySpan{static_cast<facts::Day>(ir::to_days(first)),
                          static_cast<facts::Day>(ir::to_days(last))};
}

std::optional<std::uint32_t> read_enum(const ir::Enum& e, std::string_view text) {
    // The exact name first, which allocates nothing.
    for (std::size_t i = 0; i < e.values.size(); ++i) {
        if (e.values[i].name == text) return static_cast<std::uint32_t>(i);
    }
    std::vector<std::size_t> found = enum_matches(e, text);
    if (found.size() != 1) return std::nullopt;
    return static_cast<std::uint32_t>(found.front());
}

std::optional<facts::Value> read_step(const ir::Program& program, ir::LadderId ladder,
                                      std::string_view text) {
    std::size_t dot = text.find('.');
    std::string_view category_name = text.substr(0, dot);
    for (ir::CategoryId c : program.ladders[ladder.index()].categories) {
        const ir::Category& category = program.categories[c.index()];
        if (category.name != category_name) continue;
        if (dot == std::string_view::npos) {
            return facts::Value::of_level(c.value, facts::kNoSanction);
        }
        for (ir::SanctionId s : category.sanctions) {
            if (program.sanctions[s.index()].name == text.substr(dot + 1)) {
                return facts::Value::of_level(c.value, s.value);
            }
        }
    }
    return std::nullopt;
}

base::Message quote_list(const std::vector<std::string>& names, Conjunction conjunction) {
    if (names.size() < 2) return base::Message::literal(names.empty() ? "" : quote(names[0]));
    std::string head;
    for (std::size_t i = 0; i + 1 < names.size(); ++i)
        head += (i > 0 ? ", " : "") + quote(names[i]);
    switch (conjunction) {
        case Conjunction::Or:
            return base::msg("word.io.list_or", head, quote(names.back()));
        case Conjunction::And:
            return base::msg("word.io.list_and", head, quote(names.back()));
    }
    return {};
}

base::Message Binder::describe(const Node& node) const {
    return describe_node(node, document_.json);
}

base::Message Binder::expected(ir::Type type) const {
    switch (type.kind) {
        case ir::TypeKind::Bool:
            return base::msg("word.io.expect_bool");
        case ir::TypeKind::Int:
            return base::msg("word.io.expect_int");
        case ir::TypeKind::Text:
            return base::msg("word.io.expect_text");
        case ir::TypeKind::Date:
            return base::msg("word.io.expect_date");
        case ir::TypeKind::Enum: {
            const ir::Enum& e = program_.enums[type.ref];
            if (e.values.size() > kMaxListed)
                return base::msg("word.io.expect_enum", quote(e.name));
            std::vector<std::string> names;
            for (const ir::EnumValue& v : e.values) names.push_back(v.name);
            return base::msg("word.io.one_of", quote_list(names));
        }
        case ir::TypeKind::Sanction: {
            const ir::Ladder& ladder = program_.ladders[type.ref];
            std::string example;
            for (ir::CategoryId c : ladder.categories) {
                const ir::Category& category = program_.categories[c.index()];
                if (category.sanctions.empty()) continue;
                example = category.name + "." +
                          program_.sanctions[category.sanctions.front().index()].name;
                break;
            }
            if (example.empty()) return base::msg("word.io.expect_step", quote(ladder.name));
            return base::msg("word.io.expect_step_example", quote(ladder.name), quote(example));
        }
        case ir::TypeKind::Record:
            return base::msg("word.io.expect_record", quote(program_.records[type.ref].name));
        case ir::TypeKind::List:
            return base::msg("word.io.expect_list", quote(program_.records[type.ref].name));
        case ir::TypeKind::Set:
            return base::msg("word.io.expect_set", expected(type.element_type()));
        default:
            return base::msg("word.io.expect_other");
    }
}

std::string_view Binder::keep_text(const Node& node) {
    const std::string& source = out_.sources.file(file_).text();
    for (std::uint32_t at : {node.span.begin, node.span.begin + 1}) {
        if (at <= source.size() && source.compare(at, node.text.size(), node.text) == 0 &&
            !node.text.empty()) {
            return std::string_view(source).substr(at, node.text.size());
        }
    }
    return out_.texts.emplace_back(node.text);
}

std::optional<facts::Value> Binder::bind_scalar(const Declared& declared, ir::Type type,
                                                const Node& node) {
    bool quoted = node.style == ScalarStyle::Quoted;
    switch (type.kind) {
        case ir::TypeKind::Bool: return bind_bool(declared, node);
        case ir::TypeKind::Int: return bind_int(declared, node);
        case ir::TypeKind::Text:
        case ir::TypeKind::Date:
        case ir::TypeKind::Enum:
        case ir::TypeKind::Sanction:
            if (document_.json && !quoted) {
                wrong_shape(declared, node);
                return std::nullopt;
            }
            if (type.kind == ir::TypeKind::Text) return facts::Value::of_text(keep_text(node));
            if (type.kind == ir::TypeKind::Date) return bind_date(declared, node);
            if (type.kind == ir::TypeKind::Enum) return bind_enum(declared, type.enum_id(), node);
            return bind_step(declared, type.ladder_id(), node);
        default:
            wrong_shape(declared, node);
            return std::nullopt;
    }
}

std::optional<facts::Value> Binder::bind_bool(const Declared& declared, const Node& node) {
    if (node.style == ScalarStyle::Plain && (node.text == "true" || node.text == "false")) {
        return facts::Value::of_bool(node.text == "true");
    }
    auto& d = sink_.error(codes::kBadBool, node.span,
                          base::msg(codes::kBadBool, quote(declared.name), describe(node)));
    static const char* const kWords[] = {"yes", "no",   "on",   "off",   "y",    "n",
                                         "Yes", "No",   "On",   "Off",   "YES",  "NO",
                                         "ON",  "OFF",  "True", "False", "TRUE", "FALSE"};
    for (const char* word : kWords) {
        if (node.text == word) {
            d.hint = base::msg("E6026.hint_yaml11");
            return std::nullopt;
        }
    }
    if (node.style == ScalarStyle::Quoted) d.hint = base::msg("E6026.hint_quoted");
    return std::nullopt;
}

std::optional<facts::Value> Binder::bind_int(const Declared& declared, const Node& node) {
    const std::string& text = node.text;
    bool all_digits = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
    if (node.style == ScalarStyle::Plain && all_digits) {
        std::uint64_t value = 0;
        auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error == std::errc() && end == text.data() + text.size() &&
            value <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            return facts::Value::of_int(static_cast<std::int64_t>(value));
        }
        sink_
            .error(codes::kBadInt, node.span,
                   base::msg("E6027.too_large", quote(declared.name), quote(text)))
            .hint = base::msg("E6027.hint_largest");
        return std::nullopt;
    }
    auto& d = sink_.error(codes::kBadInt, node.span,
                          base::msg(codes::kBadInt, quote(declared.name), describe(node)));
    if (!text.empty() && text[0] == '-') {
        d.hint = base::msg("E6027.hint_negative");
    } else if (node.style == ScalarStyle::Quoted && all_digits) {
        d.hint = base::msg("E6027.hint_quoted");
    } else {
        d.hint = base::msg("E6027.hint_digits");
    }
    return std::nullopt;
}

std::optional<facts::Value> Binder::bind_date(const Declared& declared, const Node& node) {
    const std::string& text = node.text;
    auto bad = [&](const base::Message& why) {
        sink_
            .error(codes::kBadDate, node.span,
                   why.empty() ? base::msg(codes::kBadDate, quote(text))
                               : base::msg("E6028.why", quote(text), why))
            .hint = base::msg("E6028.hint", quote(declared.name));
        return std::nullopt;
    };
    if (auto days = read_date(text)) return facts::Value::of_date(*days);
    // Refused: say why.
    bool shape = (text.size() == 4 || text.size() == 7 || text.size() == 10) &&
                 (text.size() < 7 || text[4] == '-') && (text.size() < 10 || text[7] == '-');
    int year = digits(text, 0, 4);
    int month = text.size() >= 7 ? digits(text, 5, 2) : 1;
    int day = text.size() == 10 ? digits(text, 8, 2) : 1;
    if (!shape || year < 0 || month < 0 || day < 0) return bad({});
    if (year < 1) return bad(base::msg("E6028.no_year_0"));
    if (month < 1 || month > 12) return bad(base::msg("E6028.no_month", month));
    return bad(base::msg("E6028.month_days", base::word(kMonthNames[month - 1]), year,
                         ir::days_in_month(year, month)));
}

std::optional<facts::Value> Binder::bind_enum(const Declared& declared, ir::EnumId type,
                                              const Node& node) {
    const ir::Enum& e = program_.enums[type.index()];
    std::vector<std::size_t> found = enum_matches(e, node.text);
    if (found.size() == 1) return facts::Value::of_enum(static_cast<std::uint32_t>(found.front()));
    std::vector<std::string> names;
    for (const ir::EnumValue& v : e.values) names.push_back(v.name);
    // Every value is listed, however many: the hint is where a writer learns the spellings.
    base::Message allowed = base::msg("hint.io.is_one_of", quote(declared.name), quote_list(names));
    if (found.size() > 1) {
        std::vector<std::string> shared;
        for (std::size_t i : found) shared.push_back(e.values[i].name);
        sink_
            .error(codes::kUnknownEnum, node.span,
                   base::msg("E6029.ambiguous", quote(node.text), quote(declared.name),
                             quote_list(shared, Conjunction::And)))
            .hint = base::msg("E6029.hint_name", allowed);
        return std::nullopt;
    }
    auto& d = sink_.error(codes::kUnknownEnum, node.span,
                          base::msg(codes::kUnknownEnum, quote(node.text), quote(declared.name)));
    // Suggest from names and labels alike (folded), always naming the value itself.
    std::vector<std::string> spellings;
    std::vector<std::size_t> owner;
    for (std::size_t i = 0; i < e.values.size(); ++i) {
        const ir::EnumValue& v = e.values[i];
        for (const std::string* text :
             {&v.name, &v.label.id, v.label.en ? &*v.label.en : nullptr}) {
            if (text == nullptr || text->empty()) continue;
            spellings.push_back(folded(*text));
            owner.push_back(i);
        }
    }
    std::optional<std::string> near = base::closest(folded(node.text), spellings);
    d.hint = allowed;
    if (near) {
        auto at = std::find(spellings.begin(), spellings.end(), *near) - spellings.begin();
        d.hint = base::msg("hint.io.did_you_mean_among",
                           e.values[owner[static_cast<std::size_t>(at)]].name, allowed);
    }
    return std::nullopt;
}

std::optional<facts::Value> Binder::bind_step(const Declared& declared, ir::LadderId ladder,
                                              const Node& node) {
    const ir::Ladder& l = program_.ladders[ladder.index()];
    const std::string& text = node.text;
    if (auto level = read_step(program_, ladder, text)) return level;
    std::vector<std::string> steps;
    for (ir::CategoryId c : l.categories) {
        const ir::Category& category = program_.categories[c.index()];
        steps.push_back(category.name);
        for (ir::SanctionId s : category.sanctions) {
            steps.push_back(category.name + "." + program_.sanctions[s.index()].name);
        }
    }
    auto& d = sink_.error(
        codes::kUnknownStep, node.span,
        base::msg(codes::kUnknownStep, quote(text), quote(declared.name), quote(l.name)));
    d.hint = base::did_you_mean(text, steps);
    if (d.hint.empty()) {
        d.hint =
            base::msg("hint.io.is", quote(declared.name), expected(ir::Type::sanction(ladder)));
    }
    return std::nullopt;
}

}  // namespace netral::io
