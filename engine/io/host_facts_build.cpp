// SPDX-License-Identifier: Apache-2.0
// HostFacts::build(): the staged records laid out as an Incident exactly as the binder lays out
// the same facts read from a file (io/bind.cpp) — instances in the binder's order (a record,
// then the records and lists of its entries in the order given, then the made-up records of its
// absent fields), defaults, made-up records and empty lists for what is left out, list items
// named by their key — reusing the storage of the incident it is given. Anything the binder
// would report stops the layout; the caller then replays the operations through the binder.
// Also document(), that replay's input.
#include <algorithm>
#include <charconv>

#include "io/host_facts.hpp"
#include "io/read_scalar.hpp"

namespace netral::io {

namespace ir = check::ir;

/// One run of build(): the next free element of each of the incident's storages.
struct HostFacts::Builder {
    HostFacts& h;
    facts::Incident& out;
    std::size_t instances = 0;
    std::size_t lists = 0;
    std::size_t texts = 0;
    bool ok = true;

    facts::Instance& next_instance() {
        if (instances < out.instances.size()) return out.instances[instances++];
        ++instances;
        return out.instances.emplace_back();
    }
    facts::List& next_list() {
        facts::List& list = lists < out.lists.size() ? out.lists[lists] : out.lists.emplace_back();
        ++lists;
        list.items.clear();
        list.span = kNowhere;
        return list;
    }
    std::string_view keep(std::string_view text) {
        std::string& kept = texts < out.texts.size() ? out.texts[texts] : out.texts.emplace_back();
        ++texts;
        kept.assign(text);
        return kept;
    }
    /// Drops what the previous incident used beyond this one.
    void trim() {
        while (out.instances.size() > instances) out.instances.pop_back();
        while (out.lists.size() > lists) out.lists.pop_back();
        while (out.texts.size() > texts) out.texts.pop_back();
        out.sets.clear();
    }

    /// The value of a staged scalar slot, with its text kept in the incident.
    facts::Slot scalar(std::uint32_t staged) {
        facts::Value value = h.slots_[staged].value;
        if (h.staged_[staged] == Staged::Text) {
            value = facts::Value::of_text(keep(std::string_view(h.arena_).substr(
                value.index, static_cast<std::size_t>(value.integer))));
        }
        return {value, {facts::OriginKind::Host, {}}};
    }

    bool has_required(ir::RecordId record) const {
        for (ir::FieldId f : h.record_fields_[record.index()]) {
            const ir::Field& field = h.program_.fields[f.index()];
            if (field.required && field.cases.empty()) return true;
        }
        return false;
    }

    /// What a key left out becomes (Binder::absent); `owner` names the enclosing record.
    facts::Slot absent(std::string_view name, ir::Type type, bool required,
                       const std::optional<ir::ExprId>& default_value, const std::string* owner) {
        if (required) {
            ok = false;  // E6023
            return {};
        }
        if (default_value) {
            auto value = constant_value(h.program_, *default_value);
            return {value ? *value : facts::Value::unknown(),
                    {facts::OriginKind::Default, h.program_.span_of(*default_value)}};
        }
        if (type.kind == ir::TypeKind::Record && !has_required(type.record_id())) {
            facts::Instance* made = record(kNone, type.record_id(), owner, name, 0);
            return {facts::Value::of_record(made), {facts::OriginKind::Implied, kNowhere}};
        }
        if (type.kind == ir::TypeKind::List) {
            return {facts::Value::of_list(&next_list()), {facts::OriginKind::Implied, kNowhere}};
        }
        return {{}, {facts::OriginKind::Absent, kNowhere}};
    }

    /// A record from staged node `node` (or, with kNone, one with every field absent), named
    /// `owner.name` (`name` without an owner), or `name[position]` for a list item.
    facts::Instance* record(HostNode node, ir::RecordId type, const std::string* owner,
                            std::string_view name, std::uint32_t ordinal,
                            std::string_view position = {}) {
        const ir::Record& rec = h.program_.records[type.index()];
        facts::Instance& instance = next_instance();
        instance.record = type;
        instance.slots.assign(h.layout_.record_size[type.index()], facts::Slot{});
        instance.span = kNowhere;
        instance.name.clear();
        if (owner != nullptr && !owner->empty()) {
            instance.name.append(*owner).append(".");
        }
        instance.name.append(name);
        if (!position.empty()) instance.name.append("[").append(position).append("]");
        instance.ordinal = ordinal;
        const std::uint32_t first = node == kNone ? 0 : h.nodes_[node].first_slot;
        auto staged = [&](std::uint32_t slot) {
            return node == kNone ? Staged::Unset : h.staged_[first + slot];
        };

        std::optional<std::uint32_t> tag;
        if (rec.tag_field) {
            std::uint32_t slot = h.layout_.field_slot[rec.tag_field->index()];
            if (staged(slot) == Staged::Value) tag = h.slots_[first + slot].value.index;
        }
        auto active = [&](const ir::Field& field) {
            return field.cases.empty() || (tag && std::find(field.cases.begin(), field.cases.end(),
                                                            *tag) != field.cases.end());
        };
        // Scalars first (no storage order depends on them), then records and lists as given.
        for (ir::FieldId f : h.record_fields_[type.index()]) {
            std::uint32_t slot = h.layout_.field_slot[f.index()];
            Staged kind = staged(slot);
            if (kind == Staged::Unset) continue;
            if (!active(h.program_.fields[f.index()])) ok = false;  // E6022, or no tag
            if (kind == Staged::Value || kind == Staged::Text) {
                instance.slots[slot] = scalar(first + slot);
            }
        }
        if (node != kNone) composites(node, instance.slots.data(), instance.name);
        for (ir::FieldId f : h.record_fields_[type.index()]) {
            std::uint32_t slot = h.layout_.field_slot[f.index()];
            if (staged(slot) != Staged::Unset) continue;
            const ir::Field& field = h.program_.fields[f.index()];
            if (!active(field)) {
                instance.slots[slot] = {{}, {facts::OriginKind::Absent, kNowhere}};
                continue;
            }
            instance.slots[slot] =
                absent(field.name, field.type, field.required, field.default_value, &instance.name);
        }
        return &instance;
    }

    /// The record and list entries of `node`, in the order the host made them, into `slots`.
    void composites(HostNode node, facts::Slot* slots, const std::string& owner) {
        const Node& n = h.nodes_[node];
        for (std::uint32_t c = n.first_child; c != kNone; c = h.children_[c].next) {
            const Child& child = h.children_[c];
            ir::Type type = n.top ? h.program_.facts[child.slot].type
                                  : h.program_.fields[field_at(n.record, child.slot)].type;
            std::string_view name = n.top ? std::string_view(h.program_.facts[child.slot].name)
                                          : h.program_.fields[field_at(n.record, child.slot)].name;
            if (!child.list) {
                facts::Instance* made = record(child.target, type.record_id(), &owner, name, 0);
                slots[child.slot] = {facts::Value::of_record(made), {facts::OriginKind::Host, {}}};
            } else {
                slots[child.slot] = {facts::Value::of_list(list(child.target, type, name)),
                                     {facts::OriginKind::Host, {}}};
            }
        }
    }

    /// The field of `record` at `slot`.
    std::size_t field_at(ir::RecordId record, std::uint32_t slot) const {
        for (ir::FieldId f : h.record_fields_[record.index()]) {
            if (h.layout_.field_slot[f.index()] == slot) return f.index();
        }
        return 0;  // unreachable: every slot has its field
    }

    /// A list of records from staged list `staged`, items named by their key field.
    const facts::List* list(std::uint32_t staged, ir::Type type, std::string_view name) {
        ir::RecordId item_type = type.record_id();
        const ir::Record& rec = h.program_.records[item_type.index()];
        facts::List& list = next_list();
        std::optional<ir::FieldId> key;
        for (ir::FieldId f : h.record_fields_[item_type.index()]) {
            if (h.program_.fields[f.index()].key) key = f;
        }
        const std::size_t first_key = h.keys_.size();
        std::uint32_t position = 0;
        char number[24];
        for (HostNode item = h.lists_[staged].head; item != kNone;
             item = h.nodes_[item].next_item, ++position) {
            auto end = std::to_chars(number, number + sizeof number, position + 1).ptr;
            std::string_view digits(number, static_cast<std::size_t>(end - number));
            facts::Instance* instance = record(item, item_type, nullptr, name, position, digits);
            if (!key) {
                list.items.push_back(instance);
                continue;
            }
            // Named after the fact (Binder::bind_list): nested records keep `acts[2].x`.
            rename(*instance, *key,
                   h.staged_[h.nodes_[item].first_slot + h.layout_.field_slot[key->index()]], rec,
                   digits);
            list.items.push_back(instance);
        }
        // A key value used twice is an error (E6031).
        std::sort(h.keys_.begin() + static_cast<std::ptrdiff_t>(first_key), h.keys_.end());
        if (std::adjacent_find(h.keys_.begin() + static_cast<std::ptrdiff_t>(first_key),
                               h.keys_.end()) != h.keys_.end()) {
            ok = false;
        }
        h.keys_.resize(first_key);
        return &list;
    }

    /// Names a list item by its key field, given or implied (`act-2`).
    void rename(facts::Instance& instance, ir::FieldId key, Staged given, const ir::Record& rec,
                std::string_view digits) {
        const ir::Field& key_field = h.program_.fields[key.index()];
        facts::Slot& slot = instance.slots[h.layout_.field_slot[key.index()]];
        if (given != Staged::Unset && slot.value.kind == facts::ValueKind::Text) {
            instance.name.assign(slot.value.text);
        } else if (given == Staged::Unset && key_field.type.kind == ir::TypeKind::Text) {
            instance.name.assign(rec.name).append("-").append(digits);
            slot = {facts::Value::of_text(keep(instance.name)),
                    {facts::OriginKind::Implied, kNowhere}};
        } else {
            return;
        }
        h.keys_.push_back(slot.value.text);
    }

    void top() {
        const std::vector<ir::Fact>& declared = h.program_.facts;
        out.facts.assign(declared.size(), facts::Slot{});
        for (std::uint32_t f = 0; f < declared.size(); ++f) {
            Staged kind = h.staged_[f];
            if (kind == Staged::Value || kind == Staged::Text) out.facts[f] = scalar(f);
        }
        static const std::string kNoOwner;
        composites(kTop, out.facts.data(), kNoOwner);
        for (std::uint32_t f = 0; f < declared.size(); ++f) {
            if (h.staged_[f] != Staged::Unset) continue;
            const ir::Fact& fact = declared[f];
            out.facts[f] = absent(fact.name, fact.type, fact.required, fact.default_value, nullptr);
        }
    }
};

bool HostFacts::build(facts::Incident& out) {
    if (!valid_) return false;
    if (out.sources.size() != 0) out.sources = base::SourceMap();
    Builder builder{*this, out};
    builder.top();
    builder.trim();
    facts::number_instances(out);
    return builder.ok;
}

Document HostFacts::document() const {
    Document document;
    document.host = true;
    document.json = true;  // typed like JSON: a text is never a boolean or a number
    std::vector<NodeId> map_of(nodes_.size(), 0);
    auto add = [&](NodeKind kind) {
        io::Node node;
        node.kind = kind;
        document.nodes.push_back(std::move(node));
        return static_cast<NodeId>(document.nodes.size() - 1);
    };
    auto put = [&](NodeId map, std::string key, NodeId value) {
        document.nodes[map].entries.push_back({std::move(key), {}, value});
    };
    auto scalar = [&](std::string text, ScalarStyle style) {
        NodeId id = add(NodeKind::Scalar);
        document.nodes[id].text = std::move(text);
        document.nodes[id].style = style;
        return id;
    };
    document.root = add(NodeKind::Map);
    for (const Op& op : ops_) {
        std::string key = op.handle == HostKey::kByName ? arena_.substr(op.key_at, op.key_size)
                                                        : handles_[op.handle].name;
        NodeId map = map_of[op.node];
        switch (op.kind) {
            case OpKind::Text:
                put(map, key, scalar(arena_.substr(op.text_at, op.text_size), ScalarStyle::Quoted));
                break;
            case OpKind::Bool:
                put(map, key, scalar(op.boolean ? "true" : "false", ScalarStyle::Plain));
                break;
            case OpKind::Int:
                put(map, key, scalar(std::to_string(op.integer), ScalarStyle::Plain));
                break;
            case OpKind::Record: {
                NodeId child = add(NodeKind::Map);
                put(map, key, child);
                map_of[op.child] = child;
                break;
            }
            case OpKind::Append: {
                // The list this key already holds, or a new one (a second entry of the same
                // key when it holds something else, which the duplicate-key check reports).
                std::optional<NodeId> list;
                for (const Entry& entry : document.nodes[map].entries) {
                    if (entry.key == key &&
                        document.nodes[entry.value].kind == NodeKind::Sequence) {
                        list = entry.value;
                    }
                }
                if (!list) {
                    list = add(NodeKind::Sequence);
                    put(map, key, *list);
                }
                NodeId item = add(NodeKind::Map);
                document.nodes[*list].items.push_back(item);
                map_of[op.child] = item;
                break;
            }
        }
    }
    return document;
}

}  // namespace netral::io
