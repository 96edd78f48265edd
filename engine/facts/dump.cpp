// SPDX-License-Identifier: Apache-2.0
// The Incident dump (facts/dump.hpp): one line per fact or field, `name: value  # origin`.
#include "facts/dump.hpp"

#include <algorithm>

#include "base/text.hpp"
#include "check/date.hpp"

namespace netral::facts {

namespace {

namespace ir = check::ir;

class Dumper {
public:
    Dumper(const ir::Program& program, const Layout& layout, const Incident& incident)
        : program_(program), layout_(layout), incident_(incident) {}

    std::string run() {
        for (std::size_t i = 0; i < program_.facts.size() && i < incident_.facts.size(); ++i) {
            const ir::Fact& fact = program_.facts[i];
            slot(fact.name, fact.type, incident_.facts[i], 0);
        }
        return std::move(out_);
    }

private:
    static std::string date(Day day) { return ir::to_string(ir::from_days(day)); }

    std::string origin(const Origin& origin) const {
        switch (origin.kind) {
            case OriginKind::Given: {
                const base::SourceFile* file = incident_.sources.find(origin.span.file);
                if (file == nullptr) return "given";
                base::LineCol at = file->line_col(origin.span.begin);
                return "given " + std::to_string(at.line) + ":" + std::to_string(at.column);
            }
            case OriginKind::Default: return "default";
            case OriginKind::Changed: return "changed";
            case OriginKind::Absent: return "absent";
            case OriginKind::Host: return "host";
            case OriginKind::Implied: return "implied";
        }
        return "?";
    }

    /// A scalar value as text (records and lists are written by slot()).
    std::string scalar(ir::Type type, const Value& value) const {
        switch (value.kind) {
            case ValueKind::Unknown: return "unknown";
            case ValueKind::Bool: return value.boolean ? "true" : "false";
            case ValueKind::Int: return std::to_string(value.integer);
            case ValueKind::Text: return base::quoted_literal(value.text);
            case ValueKind::Date:
                return value.days.exact() ? date(value.days.first)
                                          : date(value.days.first) + ".." + date(value.days.last);
            case ValueKind::Enum: {
                const auto& values = program_.enums[type.ref].values;
                return value.index < values.size() ? values[value.index].name : "?";
            }
            case ValueKind::Level: {
                std::string text = program_.categories[value.index].name;
                if (value.sanction != kNoSanction) {
                    text += "." + program_.sanctions[value.sanction].name;
                }
                return text;
            }
            case ValueKind::Set: {
                std::string text = "{";
                if (value.elements != nullptr) {
                    for (std::size_t i = 0; i < value.elements->size(); ++i) {
                        if (i > 0) text += ", ";
                        text += scalar(type.element_type(), (*value.elements)[i]);
                    }
                }
                return text + "}";
            }
            default: return "?";
        }
    }

    void line(int depth, const std::string& text) {
        out_.append(static_cast<std::size_t>(depth) * 2, ' ');
        out_ += text;
        out_ += '\n';
    }

    void slot(const std::string& name, ir::Type type, const Slot& s, int depth) {
        const Value& value = s.value;
        std::string note = "  # " + origin(s.origin);
        if (value.kind == ValueKind::Record && value.record != nullptr) {
            line(depth, name + ":" + note);
            record(*value.record, depth + 1);
        } else if (value.kind == ValueKind::List && value.list != nullptr) {
            line(depth, name + ": " + std::to_string(value.list->items.size()) +
                            (value.list->items.size() == 1 ? " item" : " items") + note);
            for (const Instance* item : value.list->items) {
                line(depth + 1, "- " + item->name + "  # item " +
                                    std::to_string(item->ordinal + 1));
                record(*item, depth + 2);
            }
        } else {
            line(depth, name + ": " + scalar(type, value) + note);
        }
    }

    void record(const Instance& instance, int depth) {
        const ir::Record& rec = program_.records[instance.record.index()];
        std::optional<std::uint32_t> tag;
        if (rec.tag_field) {
            const Slot& s = instance.slots[layout_.field_slot[rec.tag_field->index()]];
            if (s.value.kind == ValueKind::Enum) tag = s.value.index;
        }
        for (std::size_t f = 0; f < program_.fields.size(); ++f) {
            const ir::Field& field = program_.fields[f];
            if (field.record != instance.record) continue;
            bool active = field.cases.empty() || !tag ||
                          std::find(field.cases.begin(), field.cases.end(), *tag) !=
                              field.cases.end();
            if (!active) continue;
            slot(field.name, field.type, instance.slots[layout_.field_slot[f]], depth);
        }
    }

    const ir::Program& program_;
    const Layout& layout_;
    const Incident& incident_;
    std::string out_;
};

}  // namespace

std::string dump(const check::ir::Program& program, const Layout& layout,
                 const Incident& incident) {
    return Dumper(program, layout, incident).run();
}

}  // namespace netral::facts
