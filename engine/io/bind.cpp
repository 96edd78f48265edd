// SPDX-License-Identifier: Apache-2.0
// The binder's structure: the top-level map against the program's `fact`s, maps against
// records (with `variant on` cases), sequences against lists of records (with `key` fields)
// and sets, and what an absent key becomes (an error, its default, a made-up record, or
// unknown). Every rule here is generic: the vocabulary comes from the program alone.
#include "io/bind.hpp"

#include <algorithm>
#include <map>
#include <type_traits>
#include <variant>

#include "base/suggest.hpp"
#include "io/binder.hpp"
#include "io/codes.hpp"
#include "io/host_facts.hpp"
#include "io/read_scalar.hpp"

namespace netral::io {

namespace ir = check::ir;

namespace {

Declared declared_of(const ir::Fact& fact) {
    return {fact.name, fact.type, fact.required, fact.default_value};
}

Declared declared_of(const ir::Field& field) {
    return {field.name, field.type, field.required, field.default_value};
}

/// The entry named `key` of a map, or null.
const Entry* find_entry(const Node* map, std::string_view key) {
    if (map == nullptr) return nullptr;
    for (const Entry& entry : map->entries) {
        if (entry.key == key) return &entry;
    }
    return nullptr;
}

bool contains(const std::vector<std::uint32_t>& values, std::uint32_t value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

/// Lists of keys longer than this are not spelled out in hints.
constexpr std::size_t kMaxListedKeys = 16;

}  // namespace

Binder::Binder(const ir::Program& program, const facts::Layout& layout, const Document& document,
               base::FileId file, base::DiagnosticSink& sink, facts::Incident& out)
    : program_(program), layout_(layout), document_(document), file_(file), sink_(sink),
      out_(out), record_fields_(program.records.size()) {
    for (std::size_t i = 0; i < program.fields.size(); ++i) {
        record_fields_[program.fields[i].record.index()].push_back(ir::FieldId::from_index(i));
    }
}

facts::Origin Binder::given(base::Span span) const {
    if (document_.host) return {facts::OriginKind::Host, {}};
    return {facts::OriginKind::Given, span};
}

base::Span Binder::place(base::Span span) const {
    // A host never saw the text written for its facts, so nothing in the trail points into it.
    return document_.host ? kNowhere : span;
}

void Binder::wrong_shape(const Declared& declared, const Node& node) {
    sink_.error(codes::kWrongShape, node.span,
                base::msg(codes::kWrongShape, quote(declared.name), expected(declared.type),
                          describe(node)));
}

void Binder::unknown_key(const Entry& entry, const std::vector<std::string>& allowed,
                         const base::Message& where) {
    auto& d = sink_.error(codes::kUnknownKey, entry.key_span,
                          base::msg(codes::kUnknownKey, quote(entry.key), where));
    d.hint = base::did_you_mean(entry.key, allowed);
    if (d.hint.empty() && allowed.size() <= kMaxListedKeys) {
        d.hint = base::msg("hint.io.keys_are", quote_list(allowed, Conjunction::And));
    }
}

void Binder::bind_top() {
    out_.facts.assign(program_.facts.size(), facts::Slot{});
    std::vector<std::string> names;
    std::vector<std::string> required;
    for (const ir::Fact& fact : program_.facts) {
        names.push_back(fact.name);
        if (fact.required) required.push_back(fact.name);
    }
    if (document_.nodes.empty()) {
        sink_.error(codes::kWrongShape, {file_, 0, 0}, base::msg("E6020.empty")).hint =
            base::msg("E6020.hint_empty", quote_list(required, Conjunction::And));
        return;
    }
    const Node& root = document_.node(document_.root);
    if (root.kind != NodeKind::Map) {
        sink_.error(codes::kWrongShape, root.span, base::msg("E6020.not_map", describe(root)))
            .hint = base::msg("hint.io.keys_are", quote_list(names, Conjunction::And));
        return;
    }
    std::vector<bool> seen(program_.facts.size(), false);
    for (const Entry& entry : root.entries) {
        // The reserved `expect` block belongs to `netral test`, not to the facts.
        if (entry.key == kExpectKey) continue;
        auto it = std::find(names.begin(), names.end(), entry.key);
        if (it == names.end()) {
            unknown_key(entry, names, base::msg("word.io.the_incident"));
            continue;
        }
        auto index = static_cast<std::size_t>(it - names.begin());
        seen[index] = true;
        out_.facts[index] =
            bind_value(declared_of(program_.facts[index]), document_.node(entry.value), "");
    }
    for (std::size_t i = 0; i < program_.facts.size(); ++i) {
        if (!seen[i]) out_.facts[i] = absent(declared_of(program_.facts[i]), root.span, "");
    }
}

facts::Slot Binder::bind_value(const Declared& declared, const Node& node,
                               const std::string& owner) {
    if (node.kind == NodeKind::Null) {
        sink_
            .error(codes::kNullValue, node.span, base::msg(codes::kNullValue, quote(declared.name)))
            .hint = declared.required ? base::msg("E6025.hint_required", quote(declared.name),
                                                  expected(declared.type))
                                      : base::msg("E6025.hint_leave_out");
        return {};
    }
    switch (declared.type.kind) {
        case ir::TypeKind::Record: {
            if (node.kind != NodeKind::Map) break;
            std::string name = owner.empty() ? std::string(declared.name)
                                             : owner + "." + std::string(declared.name);
            const facts::Instance* instance =
                bind_record(declared.type.record_id(), &node, node.span, std::move(name), 0);
            return {facts::Value::of_record(instance), given(node.span)};
        }
        case ir::TypeKind::List:
            if (node.kind != NodeKind::Sequence) break;
            return {facts::Value::of_list(bind_list(declared, node)), given(node.span)};
        case ir::TypeKind::Set: {
            if (node.kind != NodeKind::Sequence) break;
            auto value = bind_set(declared, node);
            if (!value) return {};
            return {*value, given(node.span)};
        }
        default: {
            if (node.kind != NodeKind::Scalar) break;
            auto value = bind_scalar(declared, declared.type, node);
            if (!value) return {};
            return {*value, given(node.span)};
        }
    }
    wrong_shape(declared, node);
    return {};
}

facts::Instance* Binder::bind_record(ir::RecordId record, const Node* map, base::Span span,
                                     std::string name, std::uint32_t ordinal) {
    const ir::Record& rec = program_.records[record.index()];
    const std::vector<ir::FieldId>& fields = record_fields_[record.index()];
    facts::Instance& instance = out_.instances.emplace_back();
    instance.record = record;
    instance.slots.resize(layout_.record_size[record.index()]);
    instance.span = span;
    instance.name = std::move(name);
    instance.ordinal = ordinal;
    auto slot_index = [&](ir::FieldId field) { return layout_.field_slot[field.index()]; };
    std::vector<bool> seen(instance.slots.size(), false);

    // The tag first: it decides which variant fields the map may hold.
    std::optional<std::uint32_t> tag;
    const ir::Field* tag_field =
        rec.tag_field ? &program_.fields[rec.tag_field->index()] : nullptr;
    if (const Entry* entry = tag_field ? find_entry(map, tag_field->name) : nullptr) {
        facts::Slot slot = bind_value(declared_of(*tag_field), document_.node(entry->value),
                                      instance.name);
        if (slot.value.kind == facts::ValueKind::Enum) tag = slot.value.index;
        instance.slots[slot_index(*rec.tag_field)] = slot;
        seen[slot_index(*rec.tag_field)] = true;
    }
    auto active = [&](const ir::Field& field) {
        return field.cases.empty() || (tag && contains(field.cases, *tag));
    };
    std::vector<std::string> allowed;
    for (ir::FieldId f : fields) {
        const ir::Field& field = program_.fields[f.index()];
        if (active(field) || !tag_field) allowed.push_back(field.name);
    }

    static const std::vector<Entry> kNoEntries;
    for (const Entry& entry : map != nullptr ? map->entries : kNoEntries) {
        if (tag_field && entry.key == tag_field->name) continue;
        const ir::Field* chosen = nullptr;
        ir::FieldId chosen_id;
        std::vector<std::string> owners;  // tag values whose case declares the name
        for (ir::FieldId f : fields) {
            const ir::Field& field = program_.fields[f.index()];
            if (field.name != entry.key) continue;
            if (active(field) && chosen == nullptr) {
                chosen = &field;
                chosen_id = f;
            }
            for (std::uint32_t c : field.cases) {
                owners.push_back(program_.enums[tag_field->type.ref].values[c].name);
            }
        }
        if (chosen != nullptr) {
            instance.slots[slot_index(chosen_id)] =
                bind_value(declared_of(*chosen), document_.node(entry.value), instance.name);
            seen[slot_index(chosen_id)] = true;
        } else if (owners.empty()) {
            unknown_key(entry, allowed, base::Message::literal(quote(instance.name)));
        } else if (tag) {
            // A field of another case: name the case given and what it takes.
            const std::string& tag_name = program_.enums[tag_field->type.ref].values[*tag].name;
            std::vector<std::string> own;
            for (const ir::VariantCase& c : rec.cases) {
                if (c.tag != *tag) continue;
                for (ir::FieldId f : c.fields) own.push_back(program_.fields[f.index()].name);
            }
            std::string tag_text = "`" + tag_field->name + ": " + tag_name + "`";
            auto& d =
                sink_.error(codes::kOtherVariant, entry.key_span,
                            base::msg(codes::kOtherVariant, quote(entry.key), quote(instance.name),
                                      quote(tag_field->name), quote(tag_name)));
            std::vector<std::string> belongs;
            for (const std::string& o : owners) belongs.push_back(tag_field->name + ": " + o);
            d.hint = own.empty()
                         ? base::msg("E6022.hint_none", tag_text, quote(entry.key),
                                     quote_list(belongs, Conjunction::And))
                         : base::msg("E6022.hint", tag_text, quote_list(own, Conjunction::And),
                                     quote(entry.key), quote_list(belongs, Conjunction::And));
        }
        // Otherwise the tag is missing or invalid, which is reported on its own.
    }

    for (ir::FieldId f : fields) {
        const ir::Field& field = program_.fields[f.index()];
        if (seen[slot_index(f)]) continue;
        if (!active(field)) {
            instance.slots[slot_index(f)] = {{}, {facts::OriginKind::Absent, place(span)}};
            continue;
        }
        instance.slots[slot_index(f)] = absent(declared_of(field), span, instance.name);
    }
    return &instance;
}

const facts::List* Binder::bind_list(const Declared& declared, const Node& sequence) {
    ir::RecordId record = declared.type.record_id();
    const ir::Record& rec = program_.records[record.index()];
    facts::List& list = out_.lists.emplace_back();
    list.span = sequence.span;
    if (declared.required && sequence.items.empty()) {
        sink_
            .error(codes::kEmptyList, sequence.span,
                   base::msg(codes::kEmptyList, quote(declared.name)))
            .hint = base::msg("hint.io.is", quote(declared.name), expected(declared.type));
    }
    std::optional<ir::FieldId> key;
    for (ir::FieldId f : record_fields_[record.index()]) {
        if (program_.fields[f.index()].key) key = f;
    }
    std::map<std::string, base::Span, std::less<>> used;  // key value → where it was first used
    Declared item_declared{declared.name, ir::Type::record(record), false, std::nullopt};
    for (std::size_t k = 0; k < sequence.items.size(); ++k) {
        const Node& item = document_.node(sequence.items[k]);
        auto position = static_cast<std::uint32_t>(k);
        if (item.kind != NodeKind::Map) {
            sink_.error(codes::kWrongShape, item.span,
                        base::msg("E6020.item", quote(declared.name), expected(item_declared.type),
                                  describe(item)));
            continue;
        }
        facts::Instance* instance =
            bind_record(record, &item, item.span,
                        std::string(declared.name) + "[" + std::to_string(k + 1) + "]", position);
        list.items.push_back(instance);
        if (!key) continue;
        const ir::Field& key_field = program_.fields[key->index()];
        facts::Slot& slot = instance->slots[layout_.field_slot[key->index()]];
        const Entry* entry = find_entry(&item, key_field.name);
        std::string value;
        base::Span at = item.span;
        if (entry != nullptr && slot.value.kind == facts::ValueKind::Text) {
            value = std::string(slot.value.text);
            at = document_.node(entry->value).span;
        } else if (entry == nullptr && key_field.type.kind == ir::TypeKind::Text) {
            // The stated convention: `<record>-<position>`, 1-based.
            value = rec.name + "-" + std::to_string(k + 1);
            slot = {facts::Value::of_text(out_.texts.emplace_back(value)),
                    {facts::OriginKind::Implied, place(item.span)}};
        } else {
            continue;
        }
        instance->name = value;
        auto [it, inserted] = used.emplace(value, at);
        if (inserted) continue;
        auto& d = sink_.error(codes::kDuplicateId, at,
                              base::msg(codes::kDuplicateId, quote(key_field.name), quote(value),
                                        quote(declared.name)));
        d.notes.push_back({it->second, base::msg("E6031.note")});
        d.hint = base::msg(entry == nullptr ? "E6031.hint_numbered" : "E6031.hint",
                           quote(declared.name), quote(key_field.name));
    }
    return &list;
}

std::optional<facts::Value> Binder::bind_set(const Declared& declared, const Node& sequence) {
    std::vector<facts::Value>& elements = out_.sets.emplace_back();
    ir::Type element = declared.type.element_type();
    Declared element_declared{declared.name, element, false, std::nullopt};
    bool ok = true;
    for (NodeId id : sequence.items) {
        const Node& item = document_.node(id);
        if (item.kind != NodeKind::Scalar) {
            wrong_shape(element_declared, item);
            ok = false;
            continue;
        }
        auto value = bind_scalar(element_declared, element, item);
        if (!value) {
            ok = false;
            continue;
        }
        bool repeated = std::any_of(elements.begin(), elements.end(), [&](const facts::Value& v) {
            return v.index == value->index && v.sanction == value->sanction;
        });
        if (!repeated) elements.push_back(*value);
    }
    if (!ok) return std::nullopt;
    facts::Value set;
    set.kind = facts::ValueKind::Set;
    set.elements = &elements;
    return set;
}

std::optional<facts::Value> Binder::bind_leaf(const Declared& declared, const Node& node) {
    if (declared.type.kind == ir::TypeKind::Set && node.kind == NodeKind::Sequence) {
        return bind_set(declared, node);
    }
    bool composite = declared.type.kind == ir::TypeKind::Record ||
                     declared.type.kind == ir::TypeKind::List ||
                     declared.type.kind == ir::TypeKind::Set;
    if (composite || node.kind != NodeKind::Scalar) {
        wrong_shape(declared, node);
        return std::nullopt;
    }
    return bind_scalar(declared, declared.type, node);
}

facts::Slot Binder::leave_out(const Declared& declared, base::Span enclosing) {
    if (declared.default_value) return absent(declared, enclosing, "");
    return {{}, {facts::OriginKind::Absent, enclosing}};
}

bool Binder::has_required(ir::RecordId record) const {
    for (ir::FieldId f : record_fields_[record.index()]) {
        const ir::Field& field = program_.fields[f.index()];
        if (field.required && field.cases.empty()) return true;
    }
    return false;
}

facts::Slot Binder::absent(const Declared& declared, base::Span enclosing,
                           const std::string& owner) {
    if (declared.required) {
        base::Message what = owner.empty()
                                 ? base::msg(codes::kMissingKey, quote(declared.name))
                                 : base::msg("E6023.field", quote(declared.name), quote(owner));
        sink_.error(codes::kMissingKey, enclosing, what).hint = base::msg(
            declared.type.kind == ir::TypeKind::List ? "hint.io.is_with_item" : "hint.io.is",
            quote(declared.name), expected(declared.type));
        return {{}, {facts::OriginKind::Absent, place(enclosing)}};
    }
    if (declared.default_value) {
        base::Span at = program_.span_of(*declared.default_value);
        auto value = constant(*declared.default_value);
        // A default that is not a constant (`as_of`) is computed by the evaluator.
        return {value ? *value : facts::Value::unknown(), {facts::OriginKind::Default, at}};
    }
    if (declared.type.kind == ir::TypeKind::Record && !has_required(declared.type.record_id())) {
        // So that the record's own defaults apply (an act without `evidence` is established).
        std::string name = owner.empty() ? std::string(declared.name)
                                         : owner + "." + std::string(declared.name);
        const facts::Instance* instance =
            bind_record(declared.type.record_id(), nullptr, enclosing, std::move(name), 0);
        return {facts::Value::of_record(instance), {facts::OriginKind::Implied, place(enclosing)}};
    }
    if (declared.type.kind == ir::TypeKind::List) {
        // An optional list left out has no elements (no earlier sanctions), not unknown ones:
        // otherwise every incident without a history would need review.
        out_.lists.emplace_back().span = enclosing;
        return {facts::Value::of_list(&out_.lists.back()),
                {facts::OriginKind::Implied, place(enclosing)}};
    }
    return {{}, {facts::OriginKind::Absent, place(enclosing)}};
}

std::optional<facts::Value> Binder::constant(ir::ExprId expr) const {
    return constant_value(program_, expr);
}

std::optional<facts::Value> constant_value(const ir::Program& program, ir::ExprId expr) {
    return std::visit(
        [&](const auto& e) -> std::optional<facts::Value> {
            using E = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<E, ir::BoolConst>) {
                return facts::Value::of_bool(e.value);
            } else if constexpr (std::is_same_v<E, ir::IntConst>) {
                return facts::Value::of_int(e.value);
            } else if constexpr (std::is_same_v<E, ir::TextConst>) {
                return facts::Value::of_text(e.value);
            } else if constexpr (std::is_same_v<E, ir::DateConst>) {
                auto day = static_cast<facts::Day>(ir::to_days(e.value));
                return facts::Value::of_date({day, day});
            } else if constexpr (std::is_same_v<E, ir::EnumConst>) {
                return facts::Value::of_enum(e.value);
            } else if constexpr (std::is_same_v<E, ir::LevelConst>) {
                return facts::Value::of_level(
                    e.level.category.value,
                    e.level.sanction ? e.level.sanction->value : facts::kNoSanction);
            } else {
                return std::nullopt;
            }
        },
        program.expr(expr));
}

bool bind_document(const ir::Program& program, const facts::Layout& layout,
                   const Document& document, base::FileId file, base::DiagnosticSink& sink,
                   facts::Incident& out) {
    std::size_t errors = sink.error_count();
    Binder binder(program, layout, document, file, sink, out);
    binder.bind_top();
    return sink.error_count() == errors && !sink.saturated();
}

}  // namespace netral::io
