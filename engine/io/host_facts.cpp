// SPDX-License-Identifier: Apache-2.0
// HostFacts: resolving paths to handles, and staging each value the host sets into its slot,
// converted exactly as the binder reads the same value written in a JSON incident. Anything the
// binder would report (an unknown key, a value of the wrong type, a key set twice) only marks
// the build invalid: the replay through the binder gives the diagnostic.
#include "io/host_facts.hpp"

#include "io/read_scalar.hpp"

namespace netral::io {

namespace ir = check::ir;

HostFacts::HostFacts(const ir::Program& program, const facts::Layout& layout)
    : program_(program), layout_(layout), record_fields_(program.records.size()) {
    for (std::size_t i = 0; i < program.fields.size(); ++i) {
        record_fields_[program.fields[i].record.index()].push_back(ir::FieldId::from_index(i));
    }
    reset();
}

void HostFacts::reset() {
    ops_.clear();
    arena_.clear();
    nodes_.clear();
    slots_.clear();
    staged_.clear();
    children_.clear();
    lists_.clear();
    valid_ = true;
    add_node(true, {});
}

std::uint32_t HostFacts::resolve(std::string_view path) {
    Handle handle;
    handle.name = std::string(path);
    std::optional<ir::RecordId> owner;  // none: the top level
    std::size_t at = 0;
    bool found = true;
    while (found) {
        std::size_t dot = path.find('.', at);
        std::string_view segment = path.substr(at, dot == std::string_view::npos ? dot : dot - at);
        found = false;
        ir::Type type;
        if (!owner) {
            for (std::size_t i = 0; i < program_.facts.size() && !found; ++i) {
                if (program_.facts[i].name != segment) continue;
                found = true;
                handle.top = true;
                handle.id = static_cast<std::uint32_t>(i);
                type = program_.facts[i].type;
            }
        } else {
            // A name several variant cases declare is left to be looked up by name.
            std::size_t matches = 0;
            for (ir::FieldId f : record_fields_[owner->index()]) {
                if (program_.fields[f.index()].name != segment) continue;
                ++matches;
                handle.top = false;
                handle.owner = *owner;
                handle.id = static_cast<std::uint32_t>(f.index());
                type = program_.fields[f.index()].type;
            }
            found = matches == 1;
        }
        if (!found || dot == std::string_view::npos) {
            handle.resolved = found;
            if (found) handle.name = std::string(segment);
            break;
        }
        if (type.kind != ir::TypeKind::Record && type.kind != ir::TypeKind::List) break;
        owner = type.record_id();
        at = dot + 1;
    }
    handles_.push_back(std::move(handle));
    return static_cast<std::uint32_t>(handles_.size() - 1);
}

HostNode HostFacts::add_node(bool top, ir::RecordId record) {
    Node node;
    node.top = top;
    node.record = record;
    node.first_slot = static_cast<std::uint32_t>(slots_.size());
    // A record of no known type (a wrong key) stages nothing; only the replay reads it.
    bool known = record.value != ir::RecordId::kInvalid;
    node.slot_count = top     ? static_cast<std::uint32_t>(program_.facts.size())
                      : known ? layout_.record_size[record.index()]
                              : 0;
    slots_.resize(slots_.size() + node.slot_count);
    staged_.resize(staged_.size() + node.slot_count, Staged::Unset);
    for (std::uint32_t s = node.first_slot; s < node.first_slot + node.slot_count; ++s) {
        staged_[s] = Staged::Unset;
    }
    nodes_.push_back(node);
    return static_cast<HostNode>(nodes_.size() - 1);
}

void HostFacts::add_child(HostNode node, std::uint32_t slot, std::uint32_t target, bool list) {
    children_.push_back({slot, target, list, kNone});
    auto index = static_cast<std::uint32_t>(children_.size() - 1);
    Node& owner = nodes_[node];
    if (owner.last_child == kNone) {
        owner.first_child = index;
    } else {
        children_[owner.last_child].next = index;
    }
    owner.last_child = index;
}

std::uint32_t HostFacts::log(OpKind kind, HostNode node, HostKey key) {
    Op op;
    op.kind = kind;
    op.node = node;
    if (node >= nodes_.size()) {
        // A Record kept across reset(): its calls land on the top level, where the binder
        // reports them, rather than in whichever record now has its number.
        op.node = kTop;
        valid_ = false;
    }
    op.handle = key.handle;
    if (key.handle == HostKey::kByName) {
        op.key_at = static_cast<std::uint32_t>(arena_.size());
        op.key_size = static_cast<std::uint32_t>(key.name.size());
        arena_.append(key.name);
    }
    ops_.push_back(op);
    return static_cast<std::uint32_t>(ops_.size() - 1);
}

std::uint32_t HostFacts::find(HostNode node, HostKey key) const {
    const Node& n = nodes_[node];
    std::string_view name = key.name;
    if (key.handle != HostKey::kByName) {
        const Handle& handle = handles_[key.handle];
        if (handle.resolved && handle.top == n.top && (n.top || handle.owner == n.record)) {
            return handle.id;
        }
        name = handle.name;  // used on another record: looked up by name there
    }
    if (n.top) {
        for (std::size_t i = 0; i < program_.facts.size(); ++i) {
            if (program_.facts[i].name == name) return static_cast<std::uint32_t>(i);
        }
        return kNone;
    }
    std::uint32_t found = kNone;
    for (ir::FieldId f : record_fields_[n.record.index()]) {
        if (program_.fields[f.index()].name != name) continue;
        if (found != kNone) return kNone;  // variant cases share it: the binder chooses
        found = static_cast<std::uint32_t>(f.index());
    }
    return found;
}

ir::Type HostFacts::type_of(HostNode node, std::uint32_t id) const {
    return nodes_[node].top ? program_.facts[id].type : program_.fields[id].type;
}

std::uint32_t HostFacts::claim(HostNode node, HostKey key, ir::Type& type) {
    if (!valid_) return kNone;
    std::uint32_t id = find(node, key);
    if (id == kNone) {
        valid_ = false;
        return kNone;
    }
    type = type_of(node, id);
    std::uint32_t slot = nodes_[node].first_slot + (nodes_[node].top ? id : layout_.field_slot[id]);
    if (staged_[slot] != Staged::Unset) {
        valid_ = false;  // a key given twice (E6010)
        return kNone;
    }
    return slot;
}

bool HostFacts::read_text(ir::Type type, std::string_view text, facts::Value& out) const {
    switch (type.kind) {
        case ir::TypeKind::Date: {
            auto days = read_date(text);
            if (!days) return false;
            out = facts::Value::of_date(*days);
            return true;
        }
        case ir::TypeKind::Enum: {
            auto index = read_enum(program_.enums[type.ref], text);
            if (!index) return false;
            out = facts::Value::of_enum(*index);
            return true;
        }
        case ir::TypeKind::Sanction: {
            auto level = read_step(program_, type.ladder_id(), text);
            if (!level) return false;
            out = *level;
            return true;
        }
        default:
            return false;
    }
}

void HostFacts::set_text(HostNode node, HostKey key, std::string_view value) {
    std::uint32_t op = log(OpKind::Text, node, key);
    ops_[op].text_at = static_cast<std::uint32_t>(arena_.size());
    ops_[op].text_size = static_cast<std::uint32_t>(value.size());
    arena_.append(value);
    ir::Type type;
    std::uint32_t slot = claim(node, key, type);
    if (slot == kNone) return;
    facts::Value read;
    if (type.kind == ir::TypeKind::Text) {
        // Kept as an offset into the arena until build() copies it into the incident.
        read.kind = facts::ValueKind::Text;
        read.index = ops_[op].text_at;
        read.integer = ops_[op].text_size;
        slots_[slot].value = read;
        staged_[slot] = Staged::Text;
        return;
    }
    if (!read_text(type, value, read)) {
        valid_ = false;
        return;
    }
    slots_[slot].value = read;
    staged_[slot] = Staged::Value;
}

void HostFacts::set_bool(HostNode node, HostKey key, bool value) {
    std::uint32_t op = log(OpKind::Bool, node, key);
    ops_[op].boolean = value;
    ir::Type type;
    std::uint32_t slot = claim(node, key, type);
    if (slot == kNone) return;
    if (type.kind != ir::TypeKind::Bool) {
        valid_ = false;
        return;
    }
    slots_[slot].value = facts::Value::of_bool(value);
    staged_[slot] = Staged::Value;
}

void HostFacts::set_int(HostNode node, HostKey key, std::int64_t value) {
    std::uint32_t op = log(OpKind::Int, node, key);
    ops_[op].integer = value;
    ir::Type type;
    std::uint32_t slot = claim(node, key, type);
    if (slot == kNone) return;
    // Incidents count things: a negative number is an error there (E6027).
    if (type.kind != ir::TypeKind::Int || value < 0) {
        valid_ = false;
        return;
    }
    slots_[slot].value = facts::Value::of_int(value);
    staged_[slot] = Staged::Value;
}

HostNode HostFacts::record(HostNode node, HostKey key) {
    std::uint32_t op = log(OpKind::Record, node, key);
    ir::Type type;
    std::uint32_t slot = claim(node, key, type);
    if (slot != kNone && type.kind != ir::TypeKind::Record) {
        valid_ = false;
        slot = kNone;
    }
    // A record of an unknown type still takes the host's values, for the replay.
    HostNode child = add_node(false, slot != kNone ? type.record_id() : ir::RecordId{});
    ops_[op].child = child;
    if (slot == kNone) return child;
    staged_[slot] = Staged::Record;
    add_child(node, slot - nodes_[node].first_slot, child, false);
    return child;
}

HostNode HostFacts::append(HostNode node, HostKey key) {
    std::uint32_t op = log(OpKind::Append, node, key);
    ir::Type type;
    std::uint32_t list = kNone;
    if (valid_) {
        std::uint32_t id = find(node, key);
        if (id != kNone) type = type_of(node, id);
        if (id == kNone || type.kind != ir::TypeKind::List) {
            valid_ = false;
        } else {
            std::uint32_t slot =
                nodes_[node].first_slot + (nodes_[node].top ? id : layout_.field_slot[id]);
            if (staged_[slot] == Staged::List) {
                list = slots_[slot].value.index;  // a later item of the same list
            } else if (staged_[slot] == Staged::Unset) {
                lists_.push_back({});
                list = static_cast<std::uint32_t>(lists_.size() - 1);
                slots_[slot].value.index = list;
                staged_[slot] = Staged::List;
                add_child(node, slot - nodes_[node].first_slot, list, true);
            } else {
                valid_ = false;  // the key holds something else already (E6010)
            }
        }
    }
    HostNode item = add_node(false, list != kNone ? type.record_id() : ir::RecordId{});
    ops_[op].child = item;
    if (list == kNone) return item;
    StagedList& staged = lists_[list];
    if (staged.tail == kNone) {
        staged.head = item;
    } else {
        nodes_[staged.tail].next_item = item;
    }
    staged.tail = item;
    return item;
}

}  // namespace netral::io
