// SPDX-License-Identifier: Apache-2.0
// Implements Describer (describe.hpp).
#include "eval/describe.hpp"

#include <type_traits>

#include "check/expr_text.hpp"
#include "eval/words.hpp"

namespace netral::eval {

using facts::Value;
using facts::ValueKind;

namespace {

Location locate(const base::SourceMap& sources, const base::Span& span) {
    Location out;
    const base::SourceFile* file = sources.find(span.file);
    if (file == nullptr) return out;
    base::LineCol begin = file->line_col(span.begin);
    base::LineCol end = file->line_col(span.end);
    out.file = file->path();
    out.line = begin.line;
    out.column = begin.column;
    out.end_line = end.line;
    out.end_column = end.column;
    return out;
}

std::string date_text(facts::Day day) { return ir::to_string(ir::from_days(day)); }

/// A day span as `first..last` (open bounds left empty). A date (`as_date`) is shown as the
/// incident could have written it: `2024-10-03`, `2024-10` for a whole month, `2024` for a year.
std::string span_text(const facts::DaySpan& days, bool as_date) {
    if (days.exact()) return date_text(days.first);
    if (as_date && days.first != facts::DaySpan::kOpenLow &&
        days.last != facts::DaySpan::kOpenHigh) {
        ir::Date first = ir::from_days(days.first);
        ir::Date last = ir::from_days(days.last);
        if (first.day == 1 && first.year == last.year) {
            std::string year = std::to_string(first.year);
            if (first.month == 1 && last.month == 12 && last.day == 31) return year;
            if (first.month == last.month && last.day == ir::days_in_month(last.year, last.month)) {
                return date_text(days.first).substr(0, 7);
            }
        }
    }
    std::string low = days.first == facts::DaySpan::kOpenLow ? "" : date_text(days.first);
    std::string high = days.last == facts::DaySpan::kOpenHigh ? "" : date_text(days.last);
    return low + ".." + high;
}

/// A day span in words, in one language: a date as the incident could have written it (a day,
/// a whole month "Oktober 2024", a whole year "2024"), otherwise its ends.
std::string span_words(const facts::DaySpan& days, bool english) {
    auto pick = [english](const Text& text) { return english ? text.en : text.id; };
    if (days.exact()) return day_words(days.first, english);
    bool low_open = days.first == facts::DaySpan::kOpenLow;
    bool high_open = days.last == facts::DaySpan::kOpenHigh;
    if (low_open && high_open) return pick(say(Word::ValueUnknown));
    if (low_open) return pick(say(Word::ValueUntil, {day_words(days.last, english)}));
    if (high_open) return pick(say(Word::ValueFrom, {day_words(days.first, english)}));
    ir::Date first = ir::from_days(days.first);
    ir::Date last = ir::from_days(days.last);
    if (first.day == 1 && first.year == last.year) {
        if (first.month == 1 && last.month == 12 && last.day == 31) {
            return std::to_string(first.year);
        }
        if (first.month == last.month && last.day == ir::days_in_month(last.year, last.month)) {
            return std::string(month_name(first.month, english)) + " " + std::to_string(first.year);
        }
    }
    return pick(
        say(Word::ValuePeriod, {day_words(days.first, english), day_words(days.last, english)}));
}

}  // namespace

Describer::Describer(Evaluator& evaluator) : ev_(evaluator), p_(evaluator.program()) {}

Location Describer::rule_location(const base::Span& span) const {
    return locate(ev_.inputs().rule_sources, span);
}

Location Describer::incident_location(const base::Span& span) const {
    return locate(ev_.inputs().incident.sources, span);
}

Text Describer::label(const ir::Label& label) const {
    return {label.id, label.en ? *label.en : label.id};
}

std::string Describer::level_id(std::uint32_t category, std::uint32_t sanction) const {
    std::string text = p_.categories[category].name;
    if (sanction != facts::kNoSanction) text += "." + p_.sanctions[sanction].name;
    return text;
}

Text Describer::level_label(std::uint32_t category, std::uint32_t sanction) const {
    if (sanction != facts::kNoSanction) return label(p_.sanctions[sanction].label);
    return label(p_.categories[category].label);
}

std::string Describer::value_id(const Value& v, ir::Type type) const {
    switch (v.kind) {
        case ValueKind::Unknown:
            return "?";
        case ValueKind::Bool:
            return v.boolean ? "true" : "false";
        case ValueKind::Int:
            return std::to_string(v.integer);
        case ValueKind::Text:
            return std::string(v.text);
        case ValueKind::Date:
            return span_text(v.days, true);
        case ValueKind::Period:
            return span_text(v.days, false);
        case ValueKind::Enum:
            if (type.kind == ir::TypeKind::Enum && type.ref < p_.enums.size() &&
                v.index < p_.enums[type.ref].values.size()) {
                return p_.enums[type.ref].values[v.index].name;
            }
            return std::to_string(v.index);
        case ValueKind::Level:
            return level_id(v.index, v.sanction);
        case ValueKind::Record:
            return instance_path(v.record);
        case ValueKind::List:
            return "[" + std::to_string(v.list->items.size()) + "]";
        case ValueKind::IntRange:
            return std::to_string(v.integer) + ".." + std::to_string(v.high);
        case ValueKind::Set:
            return text(ir::ExprId(v.index));
    }
    return "?";
}

Text Describer::value_label(const Value& v, ir::Type type) const {
    if (v.kind == ValueKind::Enum && type.kind == ir::TypeKind::Enum &&
        type.ref < p_.enums.size() && v.index < p_.enums[type.ref].values.size()) {
        Text text = label(p_.enums[type.ref].values[v.index].label);
        if (text.id.empty()) return plain(value_id(v, type));
        return text;
    }
    if (v.kind == ValueKind::Level) return level_label(v.index, v.sanction);
    return plain(value_id(v, type));
}

void Describer::index_paths() const {
    if (paths_indexed_) return;
    paths_indexed_ = true;
    const facts::Incident& incident = ev_.inputs().incident;
    paths_.assign(incident.instances.size(), std::string());
    auto key_name = [&](const facts::Instance& instance, const std::string& list) {
        const ir::Record& record = p_.records[instance.record.index()];
        for (ir::FieldId field : record.fields) {
            if (p_.fields[field.index()].key) return list + "[" + instance.name + "]";
        }
        return list + "[" + std::to_string(instance.ordinal + 1) + "]";
    };
    // Top-level facts name their instances; nested records append their field name.
    std::vector<std::pair<const facts::Instance*, std::string>> todo;
    for (std::size_t f = 0; f < incident.facts.size() && f < p_.facts.size(); ++f) {
        const Value& v = incident.facts[f].value;
        const std::string& name = p_.facts[f].name;
        if (v.kind == ValueKind::Record) todo.emplace_back(v.record, name);
        if (v.kind == ValueKind::List) {
            for (const facts::Instance* item : v.list->items) {
                todo.emplace_back(item, key_name(*item, name));
            }
        }
    }
    while (!todo.empty()) {
        auto [instance, path] = todo.back();
        todo.pop_back();
        if (instance->serial >= paths_.size() || !paths_[instance->serial].empty()) continue;
        paths_[instance->serial] = path;
        const ir::Record& record = p_.records[instance->record.index()];
        auto visit_field = [&](ir::FieldId field) {
            const Value& v =
                instance->slots[ev_.inputs().plan.layout.field_slot[field.index()]].value;
            const std::string& name = p_.fields[field.index()].name;
            if (v.kind == ValueKind::Record) todo.emplace_back(v.record, path + "." + name);
            if (v.kind == ValueKind::List) {
                for (const facts::Instance* item : v.list->items) {
                    todo.emplace_back(item, key_name(*item, path + "." + name));
                }
            }
        };
        for (ir::FieldId field : record.fields) visit_field(field);
        for (const ir::VariantCase& c : record.cases) {
            for (ir::FieldId field : c.fields) visit_field(field);
        }
    }
}

std::string Describer::instance_path(const facts::Instance* instance) const {
    if (instance == nullptr) return "";
    index_paths();
    if (instance->serial < paths_.size() && !paths_[instance->serial].empty()) {
        return paths_[instance->serial];
    }
    return instance->name;
}

std::string Describer::field_path(const facts::Instance* instance, std::uint32_t field) const {
    return instance_path(instance) + "." + p_.fields[field].name;
}

std::string Describer::fact_path(std::uint32_t fact) const { return p_.facts[fact].name; }

std::vector<Text> Describer::need_texts(const std::vector<Need>& needs) const {
    std::vector<Text> out;
    for (const Need& need : needs) {
        std::string path = need.instance
                               ? field_path(need.instance, need.id)
                               : (need.kind == Need::Kind::NoTableRow ? p_.tables[need.table].name
                                                                      : fact_path(need.id));
        switch (need.kind) {
            case Need::Kind::Missing:
                out.push_back(plain(path));
                break;
            case Need::Kind::InexactDate:
                out.push_back(say(Word::NeedExactDay, {path}));
                break;
            case Need::Kind::NoTableRow:
                out.push_back(say(Word::NeedTableRow, {path}));
                break;
        }
    }
    return out;
}

bool Describer::is_constant(ir::ExprId id) const {
    return std::visit(
        [](const auto& node) {
            using T = std::decay_t<decltype(node)>;
            return std::is_same_v<T, ir::BoolConst> || std::is_same_v<T, ir::IntConst> ||
                   std::is_same_v<T, ir::TextConst> || std::is_same_v<T, ir::DateConst> ||
                   std::is_same_v<T, ir::EnumConst> || std::is_same_v<T, ir::LevelConst> ||
                   std::is_same_v<T, ir::SetOf> || std::is_same_v<T, ir::Range>;
        },
        p_.expr(id));
}

ValueSeen Describer::seen(ir::ExprId id) {
    ValueSeen out;
    ir::Type type = p_.type_of(id);
    Value value = ev_.eval(id);
    out.value = value_id(value, type);
    out.label = value_label(value, type);
    out.origin = OriginKind::Constant;
    auto from_slot = [&](const facts::Slot& slot, const std::optional<ir::ExprId>& default_value) {
        switch (slot.origin.kind) {
            case facts::OriginKind::Given:
                out.origin = OriginKind::Given;
                out.location = incident_location(slot.origin.span);
                if (value.kind == ValueKind::Date && !value.days.exact()) {
                    out.detail = say(Word::DetailInexactDate);
                }
                break;
            case facts::OriginKind::Default:
                out.origin = OriginKind::Default;
                if (default_value) out.location = rule_location(p_.span_of(*default_value));
                break;
            case facts::OriginKind::Absent:
                out.origin = OriginKind::Absent;
                out.location = incident_location(slot.origin.span);
                break;
            case facts::OriginKind::Host:
                out.origin = OriginKind::Host;
                break;
            case facts::OriginKind::Implied:
                out.origin = OriginKind::Implied;
                out.location = incident_location(slot.origin.span);
                break;
            case facts::OriginKind::Changed:
                out.origin = OriginKind::Changed;
                out.location = incident_location(slot.origin.span);
                out.detail = say(Word::DetailSetByWhatIf, {out.location.file});
                break;
        }
    };
    const ir::Expr& expr = p_.expr(id);
    if (const auto* fact = std::get_if<ir::FactRef>(&expr)) {
        from_slot(ev_.inputs().incident.facts[fact->fact.index()],
                  p_.facts[fact->fact.index()].default_value);
        out.what = label(p_.facts[fact->fact.index()].label);
    } else if (const auto* member = std::get_if<ir::Member>(&expr)) {
        Value object = ev_.eval(member->object);
        if (object.kind == ValueKind::Record) {
            if (auto field = ev_.member_field(*object.record, *member)) {
                out.name = field_path(object.record, field->value);  // the instance's own path
                const auto& slot =
                    object.record->slots[ev_.inputs().plan.layout.field_slot[field->index()]];
                from_slot(slot, p_.fields[field->index()].default_value);
                out.what = label(p_.fields[field->index()].label);
            }
        } else {
            out.origin = OriginKind::Absent;
        }
    } else if (std::holds_alternative<ir::DerivedRef>(expr) ||
               std::holds_alternative<ir::Call>(expr)) {
        ir::DerivedId derived = std::holds_alternative<ir::Call>(expr)
                                    ? std::get<ir::Call>(expr).derived
                                    : std::get<ir::DerivedRef>(expr).derived;
        out.origin = OriginKind::Derived;
        out.location = rule_location(p_.derived[derived.index()].span);
        out.what = label(p_.derived[derived.index()].label);
        for (const ir::DerivedPhrase& phrase : p_.derived[derived.index()].phrases) {
            if (phrase.value == out.value) out.phrase = label(phrase.text);
        }
        if (const auto* call = std::get_if<ir::Call>(&expr)) {
            Value arg = ev_.eval(call->argument);
            if (arg.kind == ValueKind::Record) {
                out.name = p_.derived[derived.index()].name + "(" + instance_path(arg.record) + ")";
                if (auto rule = ev_.derived_setter(derived, arg.record)) {
                    out.detail = say(Word::DetailSetByRule, {p_.rules[rule->index()].name});
                }
            }
        } else if (auto rule = ev_.derived_setter(derived, nullptr)) {
            out.detail = say(Word::DetailSetByRule, {p_.rules[rule->index()].name});
        }
    } else if (const auto* cell = std::get_if<ir::TableCell>(&expr)) {
        out.origin = OriginKind::Table;
        const ir::Table& cell_table = p_.tables[cell->table.index()];
        if (cell->column < cell_table.columns.size()) {
            out.what = label(cell_table.columns[cell->column].label);
        }
        std::array<Value, Evaluator::kMaxTableKeys> keys;
        std::size_t n = std::min(cell->keys.size(), Evaluator::kMaxTableKeys);
        for (std::size_t k = 0; k < n; ++k) keys[k] = ev_.eval(cell->keys[k]);
        std::int32_t row = ev_.table_row(cell->table, keys.data(), n);
        const ir::Table& table = p_.tables[cell->table.index()];
        if (row >= 0) {
            out.location = rule_location(table.rows[static_cast<std::size_t>(row)].span);
        } else {
            out.location = rule_location(table.span);
            out.detail = say(Word::DetailNoTableRow);
        }
    } else if (const auto* param = std::get_if<ir::ParamRef>(&expr)) {
        out.origin = OriginKind::Parameter;
        out.what = label(p_.params[param->param.index()].label);
        out.location = rule_location(p_.params[param->param.index()].span);
        out.detail =
            say(ev_.inputs().params_chosen[param->param.index()] ? Word::DetailParamChosen
                                                                 : Word::DetailParamDefault);
    } else if (std::holds_alternative<ir::AsOf>(expr)) {
        out.origin = OriginKind::AsOf;
    }
    if (out.name.empty()) out.name = text(id);  // as written, unless an instance path says more
    return out;
}

CitationRef Describer::citation(const ir::Citation& citation,
                                std::optional<facts::DaySpan> judged) const {
    CitationRef out;
    out.text = ir::to_string(p_, citation);
    const ir::Regulation& regulation = p_.regulations[citation.regulation.index()];
    out.regulation = label(regulation.label);
    out.location = rule_location(citation.span);
    if (citation.inference) out.inference = label(*citation.inference);
    if (judged) out.in_force = in_force_on(citation, *judged);
    return out;
}

bool Describer::in_force_on(const ir::Citation& citation, facts::DaySpan judged) const {
    const ir::Regulation& regulation = p_.regulations[citation.regulation.index()];
    if (!regulation.in_force) return true;
    const ir::Period& period = regulation.in_force->period;
    facts::Day from =
        period.from ? static_cast<facts::Day>(ir::to_days(*period.from)) : facts::DaySpan::kOpenLow;
    facts::Day until = period.until ? static_cast<facts::Day>(ir::to_days(*period.until))
                                    : facts::DaySpan::kOpenHigh;
    return !(judged.last < from || judged.first > until);
}

std::vector<RuleRef> describe_rules(const ir::Program& program, const base::SourceMap& sources) {
    facts::Incident none;
    plan::Plan no_plan;
    Inputs inputs{program, no_plan, sources, none, 0, {}, {}, nullptr};
    Evaluator evaluator(inputs);
    Describer describer(evaluator);
    std::vector<RuleRef> out;
    out.reserve(program.rules.size());
    for (std::size_t r = 0; r < program.rules.size(); ++r) {
        out.push_back(describer.rule_ref(ir::RuleId::from_index(r), std::nullopt));
    }
    return out;
}

RuleRef Describer::rule_ref(ir::RuleId id, std::optional<facts::DaySpan> judged) const {
    const ir::Rule& rule = p_.rules[id.index()];
    if (const std::vector<RuleRef>* cache = ev_.inputs().rule_refs) {
        RuleRef out = (*cache)[id.index()];
        if (judged) {
            for (std::size_t c = 0; c < rule.citations.size(); ++c) {
                out.citations[c].in_force = in_force_on(rule.citations[c], *judged);
            }
        }
        return out;
    }
    RuleRef out;
    out.id = rule.name;
    out.title = label(rule.title);
    out.status = check::status_text(rule.status);
    out.row = rule.row.value_or("");
    out.location = rule_location(rule.span);
    for (const ir::Citation& c : rule.citations) out.citations.push_back(citation(c, judged));
    out.notes = rule.notes;
    return out;
}

Text Describer::reason(const ir::Reason& reason) {
    Text out;
    out.id = reason_text(reason.parts, false);
    // Without an English form the sentence stays Indonesian, its values too: a reader gets one
    // language per sentence, never English labels spliced into Indonesian words.
    out.en = reason.en ? reason_text(*reason.en, true) : out.id;
    return out;
}

std::string Describer::reason_text(const std::vector<ir::ReasonPart>& parts, bool english) {
    std::string out;
    for (const ir::ReasonPart& part : parts) {
        if (!part.expr) {
            out += part.text;
            continue;
        }
        out += placeholder_text(ev_.eval(*part.expr), p_.type_of(*part.expr), english);
    }
    return out;
}

std::string Describer::placeholder_text(const Value& value, ir::Type type, bool english) const {
    auto pick = [english](const Text& text) { return english ? text.en : text.id; };
    switch (value.kind) {
        case ValueKind::Unknown:
            return pick(say(Word::ValueUnknown));
        case ValueKind::Bool:
            return pick(say(value.boolean ? Word::ValueYes : Word::ValueNo));
        case ValueKind::Date:
        case ValueKind::Period:
            return span_words(value.days, english);
        case ValueKind::Record:
            return instance_path(value.record);
        case ValueKind::Enum:
        case ValueKind::Level:
            return pick(value_label(value, type));
        case ValueKind::Int:
        case ValueKind::Text:
        case ValueKind::List:
        case ValueKind::IntRange:
        case ValueKind::Set:
            return value_id(value, type);
    }
    return value_id(value, type);
}

}  // namespace netral::eval
