// SPDX-License-Identifier: Apache-2.0
// Enumerating explore's single changes. Domains come from the declarations only: an enum's
// values, a ladder's ordinal categories, both booleans, the dates the program compares with (as
// calendar boundaries), the whole numbers it compares a field with, and the items of lists.
#include "whatif/explore_candidates.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace netral::whatif {

namespace ir = check::ir;

namespace {

using facts::Day;

/// Every first day of a new side of a date comparison: a date constant D splits the calendar
/// before D (`>= D`) and after it (`> D`), so both D and D+1 start a side; a period `from F`
/// starts at F and `until U` ends before U+1.
std::vector<Day> date_boundaries(const ir::Program& program) {
    std::set<Day> out;
    auto add = [&](const ir::Date& date, int shift) {
        out.insert(static_cast<Day>(ir::to_days(date) + shift));
    };
    for (const ir::Expr& expr : program.exprs) {
        if (const auto* d = std::get_if<ir::DateConst>(&expr)) {
            add(d->value, 0);
            add(d->value, 1);
        }
    }
    auto period = [&](const std::optional<ir::InForce>& in_force) {
        if (!in_force) return;
        if (in_force->period.from) add(*in_force->period.from, 0);
        if (in_force->period.until) add(*in_force->period.until, 1);
    };
    for (const ir::Rule& rule : program.rules) period(rule.in_force);
    for (const ir::Regulation& regulation : program.regulations) period(regulation.in_force);
    return {out.begin(), out.end()};
}

/// Whole numbers the program compares each field (by FieldId) or fact (by FactId) with.
struct IntDomains {
    std::map<std::uint32_t, std::set<std::int64_t>> fields;
    std::map<std::uint32_t, std::set<std::int64_t>> facts;
};

IntDomains int_domains(const ir::Program& program) {
    IntDomains out;
    auto constant = [&](ir::ExprId id) -> std::optional<std::int64_t> {
        if (const auto* c = std::get_if<ir::IntConst>(&program.expr(id))) return c->value;
        return std::nullopt;
    };
    // Values just before, at and after `c`, for what `target` reads.
    auto note = [&](ir::ExprId target, std::initializer_list<std::int64_t> values) {
        const ir::Expr& expr = program.expr(target);
        std::vector<std::set<std::int64_t>*> into;
        if (const auto* m = std::get_if<ir::Member>(&expr)) {
            for (ir::FieldId f : m->fields) into.push_back(&out.fields[f.value]);
        } else if (const auto* r = std::get_if<ir::FactRef>(&expr)) {
            into.push_back(&out.facts[r->fact.value]);
        }
        for (auto* set : into) {
            for (std::int64_t v : values) {
                if (v >= 0) set->insert(v);
            }
        }
    };
    for (const ir::Expr& expr : program.exprs) {
        if (const auto* c = std::get_if<ir::Compare>(&expr)) {
            if (auto v = constant(c->rhs)) note(c->lhs, {*v - 1, *v, *v + 1});
            if (auto v = constant(c->lhs)) note(c->rhs, {*v - 1, *v, *v + 1});
        } else if (const auto* in = std::get_if<ir::In>(&expr)) {
            if (const auto* r = std::get_if<ir::Range>(&program.expr(in->container))) {
                auto low = constant(r->low);
                auto high = constant(r->high);
                if (low && high) note(in->element, {*low - 1, *low, *high, *high + 1});
            }
        }
    }
    return out;
}

std::string date_text(Day day) { return ir::to_string(ir::from_days(day)); }

/// A slot's value as an incident writes it; `?` when unknown.
std::string value_text(const ir::Program& program, ir::Type type, const facts::Value& value) {
    switch (value.kind) {
        case facts::ValueKind::Bool:
            return value.boolean ? "true" : "false";
        case facts::ValueKind::Int:
            return std::to_string(value.integer);
        case facts::ValueKind::Enum:
            return program.enums[type.ref].values[value.index].name;
        case facts::ValueKind::Level: {
            std::string out = program.categories[value.index].name;
            if (value.sanction != facts::kNoSanction) {
                out += "." + program.sanctions[value.sanction].name;
            }
            return out;
        }
        case facts::ValueKind::Date:
            return value.days.exact()
                       ? date_text(value.days.first)
                       : date_text(value.days.first) + ".." + date_text(value.days.last);
        default:
            return "?";
    }
}

bool all_digits(const std::string& text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
}

class Enumerator {
public:
    Enumerator(const ir::Program& program, const facts::Layout& layout,
               const facts::Incident& incident)
        : program_(program),
          layout_(layout),
          incident_(incident),
          boundaries_(date_boundaries(program)),
          ints_(int_domains(program)) {}

    std::vector<Candidate> run() {
        for (std::size_t i = 0; i < program_.facts.size(); ++i) {
            const ir::Fact& fact = program_.facts[i];
            if (fact.key) continue;
            value(fact.type, incident_.facts[i].value, fact.name,
                  ints_.facts[static_cast<std::uint32_t>(i)]);
        }
        return std::move(out_);
    }

private:
    /// The candidates of one slot (recursing into records and lists).
    void value(ir::Type type, const facts::Value& current, const std::string& path,
               const std::set<std::int64_t>& ints) {
        switch (type.kind) {
            case ir::TypeKind::Record:
                if (current.kind == facts::ValueKind::Record && current.record != nullptr) {
                    record(*current.record, path);
                }
                return;
            case ir::TypeKind::List:
                if (current.kind == facts::ValueKind::List && current.list != nullptr) {
                    list(*current.list, type.record_id(), path);
                }
                return;
            case ir::TypeKind::Bool:
                for (bool b : {false, true}) {
                    if (current.kind == facts::ValueKind::Bool && current.boolean == b) continue;
                    set(type, current, path, b ? "true" : "false");
                }
                return;
            case ir::TypeKind::Enum: {
                const ir::Enum& e = program_.enums[type.ref];
                for (std::uint32_t v = 0; v < e.values.size(); ++v) {
                    if (current.kind == facts::ValueKind::Enum && current.index == v) continue;
                    set(type, current, path, e.values[v].name);
                }
                return;
            }
            case ir::TypeKind::Sanction:
                for (ir::CategoryId c : program_.ladders[type.ref].categories) {
                    const ir::Category& category = program_.categories[c.index()];
                    if (category.kind != ir::CategoryKind::Ordinal) continue;
                    if (current.kind == facts::ValueKind::Level && current.index == c.value) {
                        continue;
                    }
                    set(type, current, path, category.name);
                }
                return;
            case ir::TypeKind::Date:
                if (current.kind == facts::ValueKind::Date) dates(type, current, path);
                return;
            case ir::TypeKind::Int:
                for (std::int64_t v : ints) {
                    if (current.kind == facts::ValueKind::Int && current.integer == v) continue;
                    set(type, current, path, std::to_string(v));
                }
                return;
            default:
                return;  // texts, sets: no declared domain to search
        }
    }

    /// The value just across each of the nearest boundaries on either side of `current`.
    void dates(ir::Type type, const facts::Value& current, const std::string& path) {
        std::set<Day> values;
        Day first = current.days.first;
        Day last = current.days.last;
        auto above = std::upper_bound(boundaries_.begin(), boundaries_.end(), last);
        for (auto it = above; it != boundaries_.end() &&
                              it - above < static_cast<std::ptrdiff_t>(kDateBoundariesPerSide);
             ++it) {
            values.insert(*it);
        }
        auto below = std::upper_bound(boundaries_.begin(), boundaries_.end(), first);
        for (std::size_t n = 0; below != boundaries_.begin() && n < kDateBoundariesPerSide; ++n) {
            --below;
            values.insert(*below - 1);
        }
        // Inside an inexact date (a month or a year): either side of each boundary in it.
        for (auto it = below; it != above; ++it) {
            if (*it > first && *it <= last) {
                values.insert(*it - 1);
                values.insert(*it);
            }
        }
        for (Day day : values) {
            if (current.days.exact() && day == first) continue;
            set(type, current, path, date_text(day));
        }
    }

    void record(const facts::Instance& instance, const std::string& path) {
        const ir::Record& record = program_.records[instance.record.index()];
        std::optional<std::uint32_t> tag;
        if (record.tag_field) {
            const facts::Value& v =
                instance.slots[layout_.field_slot[record.tag_field->index()]].value;
            if (v.kind == facts::ValueKind::Enum) tag = v.index;
        }
        for (std::size_t i = 0; i < program_.fields.size(); ++i) {
            const ir::Field& field = program_.fields[i];
            if (field.record != instance.record || field.key) continue;
            if (!field.cases.empty() && (!tag || std::find(field.cases.begin(), field.cases.end(),
                                                           *tag) == field.cases.end())) {
                continue;
            }
            value(field.type, instance.slots[layout_.field_slot[i]].value, path + "." + field.name,
                  ints_.fields[static_cast<std::uint32_t>(i)]);
        }
    }

    void list(const facts::List& list, ir::RecordId record, const std::string& path) {
        bool keyed = false;
        for (const ir::Field& field : program_.fields) {
            if (field.record == record && field.key) keyed = true;
        }
        auto item_path = [&](std::size_t k) {
            const facts::Instance& item = *list.items[k];
            bool by_id = keyed && !all_digits(item.name) && !item.name.empty();
            // Positions count from 1, as the report and what-if paths do.
            return path + "[" + (by_id ? item.name : std::to_string(k + 1)) + "]";
        };
        for (std::size_t k = 0; k < list.items.size(); ++k)
            record_item(*list.items[k], item_path(k));
        if (keyed) return;  // removing or repeating an item with an id would need a new id
        std::uint32_t index = list_index(list);
        for (std::size_t k = 0; k < list.items.size(); ++k) {
            Candidate c;
            c.change = {ExploreChangeKind::Remove, item_path(k), "", "", "remove " + item_path(k)};
            c.slot = path;
            c.list = index;
            c.item = static_cast<std::uint32_t>(k);
            out_.push_back(std::move(c));
        }
        for (std::size_t k = 0; k < list.items.size(); ++k) {
            Candidate c;
            c.change = {ExploreChangeKind::Add, item_path(k), "", "",
                        "add " + path + "[+] = " + item_path(k)};
            c.slot = path;
            c.list = index;
            c.item = static_cast<std::uint32_t>(k);
            out_.push_back(std::move(c));
        }
    }

    void record_item(const facts::Instance& item, const std::string& path) { record(item, path); }

    std::uint32_t list_index(const facts::List& list) const {
        std::uint32_t i = 0;
        for (const facts::List& l : incident_.lists) {
            if (&l == &list) return i;
            ++i;
        }
        return i;
    }

    void set(ir::Type type, const facts::Value& current, const std::string& path,
             const std::string& value) {
        Candidate c;
        c.change = {ExploreChangeKind::Set, path, value, value_text(program_, type, current),
                    path + "=" + value};
        c.slot = path;
        out_.push_back(std::move(c));
    }

    const ir::Program& program_;
    const facts::Layout& layout_;
    const facts::Incident& incident_;
    std::vector<Day> boundaries_;  ///< ascending, unique
    IntDomains ints_;
    std::vector<Candidate> out_;
};

}  // namespace

std::vector<Candidate> enumerate_candidates(const ir::Program& program, const facts::Layout& layout,
                                            const facts::Incident& incident) {
    return Enumerator(program, layout, incident).run();
}

}  // namespace netral::whatif
