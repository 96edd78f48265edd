// SPDX-License-Identifier: Apache-2.0
// Resolving what-if changes: the path is walked over the declared facts and records of the
// program and the lists of the incident (by item id or position), the value is read by the
// binder exactly as in an incident file, and the result is a list of slot edits. Changing a
// variant tag (an act's `kind`) clears the fields of the old case; the new case's fields take
// their defaults, and its required fields must be set by later changes of the same set.
#include "io/change.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "base/suggest.hpp"
#include "facts/copy.hpp"
#include "io/binder.hpp"
#include "io/codes.hpp"
#include "io/document.hpp"

namespace netral::io {

namespace ir = check::ir;

namespace {

/// One segment of a path: `name` or `name[key]`.
struct Segment {
    std::string name;                ///< fact or field name
    base::Span name_span;            ///< in the change's text
    std::optional<std::string> key;  ///< list item id or position from 1
    base::Span key_span;             ///< the key between the brackets
    std::size_t end = 0;             ///< offset one past the segment (for "the path so far")
};

bool is_name_char(char c, bool first) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_' ||
           (!first && std::isdigit(static_cast<unsigned char>(c)) != 0);
}

/// Splits `path` (file `file`, starting at offset 0) into segments; reports E6040 on a
/// malformed one.
std::optional<std::vector<Segment>> split(const std::string& path, base::FileId file,
                                          base::DiagnosticSink& sink) {
    std::vector<Segment> out;
    std::size_t at = 0;
    auto span = [&](std::size_t begin, std::size_t end) {
        return base::Span{file, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
    };
    // `key` names the slip; every one gets the same hint on how a path is written.
    auto bad = [&](std::size_t where, std::string_view key) {
        sink.error(codes::kBadPath, span(where, std::min(where + 1, path.size())), base::msg(key))
            .hint = base::msg("E6040.hint");
        return std::nullopt;
    };
    if (path.empty()) return bad(0, "E6040.no_fact");
    while (true) {
        Segment segment;
        std::size_t begin = at;
        while (at < path.size() && is_name_char(path[at], at == begin)) ++at;
        if (at == begin) return bad(at, "E6040.name");
        segment.name = path.substr(begin, at - begin);
        segment.name_span = span(begin, at);
        if (at < path.size() && path[at] == '[') {
            std::size_t close = path.find(']', at + 1);
            if (close == std::string::npos) return bad(at, "E6040.bracket");
            if (close == at + 1) return bad(at, "E6040.empty_brackets");
            segment.key = path.substr(at + 1, close - at - 1);
            segment.key_span = span(at + 1, close);
            at = close + 1;
        }
        segment.end = at;
        out.push_back(std::move(segment));
        if (at == path.size()) return out;
        if (path[at] != '.') return bad(at, "E6040.dot");
        ++at;
    }
}

Declared declared_of(const ir::Fact& fact) {
    return {fact.name, fact.type, fact.required, fact.default_value};
}

Declared declared_of(const ir::Field& field) {
    return {field.name, field.type, field.required, field.default_value};
}

bool contains(const std::vector<std::uint32_t>& values, std::uint32_t value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

/// "`text`" of the path up to the end of `segment`.
std::string so_far(const std::string& path, const Segment& segment) {
    return quote(path.substr(0, segment.end));
}

/// Builds the value node of a change: a scalar, or for a set `a,b` / `[a, b]` a sequence.
/// Quoted `"…"` values are quoted scalars (a text that looks like a number stays a text).
Document value_document(const std::string& text, std::size_t offset, base::FileId file, bool set) {
    auto span = [&](std::size_t begin, std::size_t end) {
        return base::Span{file, static_cast<std::uint32_t>(offset + begin),
                          static_cast<std::uint32_t>(offset + end)};
    };
    auto scalar = [&](std::size_t begin, std::size_t end) {
        while (begin < end && text[begin] == ' ') ++begin;
        while (end > begin && text[end - 1] == ' ') --end;
        Node node;
        node.kind = NodeKind::Scalar;
        node.span = span(begin, end);
        node.text = text.substr(begin, end - begin);
        if (node.text.size() >= 2 && node.text.front() == '"' && node.text.back() == '"') {
            node.text = node.text.substr(1, node.text.size() - 2);
            node.style = ScalarStyle::Quoted;
        }
        return node;
    };
    Document document;
    if (!set) {
        document.nodes.push_back(scalar(0, text.size()));
        return document;
    }
    Node sequence;
    sequence.kind = NodeKind::Sequence;
    sequence.span = span(0, text.size());
    document.nodes.push_back(sequence);
    std::size_t begin = 0;
    std::size_t end = text.size();
    if (!text.empty() && text.front() == '[' && text.back() == ']') {
        begin = 1;
        end = text.size() - 1;
    }
    bool empty = text.find_first_not_of(" ", begin) >= end;
    for (std::size_t at = begin; !empty && at <= end;) {
        std::size_t comma = text.find(',', at);
        if (comma == std::string::npos || comma > end) comma = end;
        document.nodes.push_back(scalar(at, comma));
        document.nodes[0].items.push_back(static_cast<NodeId>(document.nodes.size() - 1));
        at = comma + 1;
    }
    return document;
}

/// Resolves one change; the state shared between changes of one set lives here.
class Resolver {
public:
    Resolver(const ir::Program& program, const facts::Layout& layout, const facts::Incident& base,
             base::DiagnosticSink& sink, ResolvedChanges& out)
        : program_(program), layout_(layout), base_(base), sink_(sink), out_(out) {}

    void resolve(std::uint32_t index, const ChangeText& change);
    /// Reports the required fields of new variant cases that no later change set.
    void check_required();

private:
    /// The record instance's tag after the changes so far, if it has one.
    std::optional<std::uint32_t> tag_of(const facts::Instance& instance) const;
    /// A field of `instance`'s record named by `segment`, active for its tag; reports and
    /// returns null otherwise.
    const ir::Field* field_of(const facts::Instance& instance, const Segment& segment,
                              const std::string& path, const std::string& owner);
    /// The list item `segment.key` names; reports and returns null otherwise.
    const facts::Instance* item_of(const facts::List& list, const Segment& segment,
                                   const std::string& path);
    /// Edits for a tag change of `instance` to `tag` (clears the old case's fields).
    void change_tag(const facts::Instance& instance, std::uint32_t tag, base::Span at,
                    std::uint32_t change, const std::string& owner);

    /// A required field a tag change made active, waiting for a later change to set it.
    struct Pending {
        std::uint32_t instance;  ///< serial
        std::uint32_t slot;      ///< field slot
        std::uint32_t change;    ///< the tag change
        base::Span at;           ///< the tag value in that change
        std::string owner;       ///< the record's path as written
        std::string field;       ///< the field's name
        std::string tag;         ///< the new tag value
    };

    const ir::Program& program_;
    const facts::Layout& layout_;
    const facts::Incident& base_;
    base::DiagnosticSink& sink_;
    ResolvedChanges& out_;
    std::map<std::uint32_t, std::uint32_t> tags_;  ///< serial → tag set by an earlier change
    std::vector<Pending> pending_;
};

std::optional<std::uint32_t> Resolver::tag_of(const facts::Instance& instance) const {
    const ir::Record& record = program_.records[instance.record.index()];
    if (!record.tag_field) return std::nullopt;
    if (auto it = tags_.find(instance.serial); it != tags_.end()) return it->second;
    const facts::Value& value = instance.slots[layout_.field_slot[record.tag_field->index()]].value;
    if (value.kind != facts::ValueKind::Enum) return std::nullopt;
    return value.index;
}

const ir::Field* Resolver::field_of(const facts::Instance& instance, const Segment& segment,
                                    const std::string& path, const std::string& owner) {
    const ir::Record& record = program_.records[instance.record.index()];
    std::optional<std::uint32_t> tag = tag_of(instance);
    const ir::Field* chosen = nullptr;
    std::vector<std::string> allowed;
    std::vector<std::string> owners;
    for (std::size_t i = 0; i < program_.fields.size(); ++i) {
        const ir::Field& field = program_.fields[i];
        if (field.record != instance.record) continue;
        bool active = field.cases.empty() || (tag && contains(field.cases, *tag));
        if (active) allowed.push_back(field.name);
        if (field.name != segment.name) continue;
        if (active && chosen == nullptr) chosen = &field;
        for (std::uint32_t c : field.cases) {
            owners.push_back(
                program_.enums[program_.fields[record.tag_field->index()].type.ref].values[c].name);
        }
    }
    if (chosen != nullptr) return chosen;
    if (owners.empty() || !tag) {
        auto& d = sink_.error(codes::kUnknownKey, segment.name_span,
                              base::msg("E6021.field", quote(segment.name), owner));
        d.hint = base::did_you_mean(segment.name, allowed);
        if (d.hint.empty()) {
            d.hint = base::msg("hint.io.fields_are", quote_list(allowed, Conjunction::And));
        }
        return nullptr;
    }
    const ir::Field& tag_field = program_.fields[record.tag_field->index()];
    const std::string& tag_name = program_.enums[tag_field.type.ref].values[*tag].name;
    auto& d = sink_.error(codes::kOtherVariant, segment.name_span,
                          base::msg(codes::kOtherVariant, quote(segment.name), owner,
                                    quote(tag_field.name), quote(tag_name)));
    d.hint = base::msg("E6022.hint_change", quote(segment.name), quote(tag_field.name),
                       quote_list(owners, Conjunction::Or),
                       path.substr(0, path.rfind('.') + 1) + tag_field.name);
    return nullptr;
}

const facts::Instance* Resolver::item_of(const facts::List& list, const Segment& segment,
                                         const std::string& path) {
    const std::string& key = *segment.key;
    bool keyed = false;
    if (!list.items.empty()) {
        for (const ir::Field& field : program_.fields) {
            if (field.record == list.items.front()->record && field.key) keyed = true;
        }
    }
    // An item whose id is the key wins over a position: `acts[1]` is the act with id `1` when
    // there is one, else the act at position 1.
    if (keyed) {
        for (const facts::Instance* item : list.items) {
            if (item->name == key) return item;
        }
    }
    bool position = std::all_of(key.begin(), key.end(),
                                [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    if (position) {
        // Positions count from 1, as the report numbers items (`acts[1]` is the first act).
        std::size_t number = key.size() > 9 ? list.items.size() + 1 : std::stoul(key);
        if (number >= 1 && number <= list.items.size()) return list.items[number - 1];
        auto& d = sink_.error(codes::kIndexRange, segment.key_span,
                              base::msg(codes::kIndexRange, key, quote(segment.name)));
        base::Message items =
            list.items.empty() ? base::msg("E6042.hint_none", quote(segment.name))
            : list.items.size() == 1
                ? base::msg("E6042.hint_one", quote(segment.name))
                : base::msg("E6042.hint_many", quote(segment.name), list.items.size());
        d.hint = number == 0 ? base::msg("E6042.hint_zero", items) : items;
        return nullptr;
    }
    std::vector<std::string> names;
    for (const facts::Instance* item : list.items) names.push_back(item->name);
    auto& d = sink_.error(codes::kUnknownItem, segment.key_span,
                          base::msg(codes::kUnknownItem, quote(key), quote(segment.name)));
    std::string example = path.substr(0, segment.key_span.begin) + "1]";
    if (!keyed) {
        d.hint = base::msg("E6041.hint_no_ids", quote(segment.name), example);
        return nullptr;
    }
    d.hint = base::did_you_mean(key, names);
    if (d.hint.empty()) {
        d.hint = names.size() <= 16
                     ? base::msg("E6041.hint_ids", quote_list(names, Conjunction::And), example)
                     : base::msg("E6041.hint", example);
    }
    return nullptr;
}

void Resolver::change_tag(const facts::Instance& instance, std::uint32_t tag, base::Span at,
                          std::uint32_t change, const std::string& owner) {
    std::optional<std::uint32_t> old = tag_of(instance);
    tags_[instance.serial] = tag;
    if (old && *old == tag) return;
    // An earlier tag change of this record no longer decides which fields it requires.
    std::erase_if(pending_, [&](const Pending& p) { return p.instance == instance.serial; });
    const ir::Record& record = program_.records[instance.record.index()];
    const ir::Field& tag_field = program_.fields[record.tag_field->index()];
    Document none;
    Binder binder(program_, layout_, none, at.file, sink_, out_.storage);
    for (std::size_t i = 0; i < program_.fields.size(); ++i) {
        const ir::Field& field = program_.fields[i];
        if (field.record != instance.record || field.cases.empty()) continue;
        std::uint32_t slot = layout_.field_slot[i];
        if (!contains(field.cases, tag)) {
            out_.edits.push_back(
                {instance.serial, slot, {{}, {facts::OriginKind::Absent, at}}, true, change});
            continue;
        }
        facts::Slot value = binder.leave_out(declared_of(field), at);
        bool in_change = value.origin.kind != facts::OriginKind::Default;
        out_.edits.push_back({instance.serial, slot, value, in_change, change});
        if (field.required) {
            pending_.push_back({instance.serial, slot, change, at, owner, field.name,
                                program_.enums[tag_field.type.ref].values[tag].name});
        }
    }
}

void Resolver::resolve(std::uint32_t index, const ChangeText& change) {
    std::string text = change.path + (change.value ? "=" + *change.value : "");
    base::FileId file = out_.storage.sources.add(change.label, text);
    out_.paths.push_back(change.path);
    auto segments = split(change.path, file, sink_);
    if (!segments) return;
    const std::string& path = change.path;
    base::Span whole{file, 0, static_cast<std::uint32_t>(path.size())};

    // The top-level fact.
    const Segment& first = segments->front();
    std::optional<std::size_t> fact;
    std::vector<std::string> names;
    for (std::size_t i = 0; i < program_.facts.size(); ++i) {
        if (program_.facts[i].name == first.name) fact = i;
        names.push_back(program_.facts[i].name);
    }
    if (!fact) {
        auto& d = sink_.error(codes::kUnknownKey, first.name_span,
                              base::msg("E6021.fact", quote(first.name)));
        d.hint = base::did_you_mean(first.name, names);
        if (d.hint.empty())
            d.hint = base::msg("hint.io.facts_are", quote_list(names, Conjunction::And));
        return;
    }
    Declared declared = declared_of(program_.facts[*fact]);
    const ir::Field* field = nullptr;
    const facts::Slot* slot = &base_.facts[*fact];
    std::optional<std::uint32_t> instance;  // serial of the record holding the target
    std::uint32_t slot_index = static_cast<std::uint32_t>(*fact);
    const facts::Instance* record = nullptr;  // the record the next segment names a field of

    for (std::size_t k = 0; k < segments->size(); ++k) {
        const Segment& segment = (*segments)[k];
        bool last = k + 1 == segments->size();
        if (k > 0) {
            field = field_of(*record, segment, path, so_far(path, (*segments)[k - 1]));
            if (field == nullptr) return;
            declared = declared_of(*field);
            instance = record->serial;
            slot_index =
                layout_.field_slot[static_cast<std::size_t>(&*field - &program_.fields[0])];
            slot = &record->slots[slot_index];
        }
        if (segment.key) {
            if (declared.type.kind != ir::TypeKind::List || slot->value.list == nullptr) {
                sink_.error(codes::kBadPath, segment.key_span,
                            base::msg("E6040.not_list", quote(segment.name)));
                return;
            }
            record = item_of(*slot->value.list, segment, path);
            if (record == nullptr) return;
            if (last) {
                sink_
                    .error(codes::kNotChangeable, whole,
                           base::msg("E6043.item", so_far(path, segment)))
                    .hint = base::msg("E6043.hint_field", path);
                return;
            }
            continue;
        }
        if (declared.type.kind == ir::TypeKind::List) {
            sink_
                .error(codes::kNotChangeable, segment.name_span,
                       base::msg("E6043.list", so_far(path, segment)))
                .hint = base::msg("E6043.hint_item", path);
            return;
        }
        if (declared.type.kind == ir::TypeKind::Record) {
            if (last) {
                sink_
                    .error(codes::kNotChangeable, whole,
                           base::msg("E6043.record", so_far(path, segment)))
                    .hint = base::msg("E6043.hint_field", path);
                return;
            }
            record = slot->value.record;
            if (record == nullptr) {
                sink_.error(codes::kNotChangeable, segment.name_span,
                            base::msg("E6043.not_given", so_far(path, segment)));
                return;
            }
            continue;
        }
        if (!last) {
            sink_.error(codes::kBadPath, (*segments)[k + 1].name_span,
                        base::msg("E6040.not_record", so_far(path, segment)));
            return;
        }
    }

    if ((field != nullptr && field->key) || (field == nullptr && program_.facts[*fact].key)) {
        sink_.error(
            codes::kNotChangeable, whole,
            base::msg(field != nullptr ? "E6043.key_item" : "E6043.key_incident", quote(path)));
        return;
    }
    Document none;
    Binder binder(program_, layout_, none, file, sink_, out_.storage);
    if (!change.value) {
        if (declared.required) {
            sink_.error(codes::kNotChangeable, whole, base::msg("E6043.required", quote(path)))
                .hint = base::msg("E6043.hint_set", path);
            return;
        }
        facts::Slot value = binder.leave_out(declared, whole);
        bool in_change = value.origin.kind != facts::OriginKind::Default;
        out_.edits.push_back({instance, slot_index, value, in_change, index});
        return;
    }
    std::size_t offset = path.size() + 1;
    Document document =
        value_document(*change.value, offset, file, declared.type.kind == ir::TypeKind::Set);
    Binder value_binder(program_, layout_, document, file, sink_, out_.storage);
    auto value = value_binder.bind_leaf(declared, document.node(0));
    if (!value) return;
    base::Span at = document.node(0).span;
    if (field != nullptr && instance) {
        const ir::Record& rec = program_.records[field->record.index()];
        if (rec.tag_field && &program_.fields[rec.tag_field->index()] == field) {
            change_tag(base_.instances[*instance], value->index, at, index,
                       path.substr(0, path.rfind('.')));
        }
    }
    // A later change of a field a tag change left waiting settles it.
    std::erase_if(pending_, [&](const Pending& p) {
        return instance && p.instance == *instance && p.slot == slot_index;
    });
    out_.edits.push_back(
        {instance, slot_index, {*value, {facts::OriginKind::Changed, at}}, true, index});
}

void Resolver::check_required() {
    for (const Pending& p : pending_) {
        sink_
            .error(codes::kMissingKey, p.at,
                   base::msg("E6023.becomes", quote(p.owner), p.tag, quote(p.field)))
            .hint = base::msg("E6023.hint_later", p.owner + "." + p.field);
    }
}

}  // namespace

bool resolve_changes(const ir::Program& program, const facts::Layout& layout,
                     const facts::Incident& base, const std::vector<ChangeText>& changes,
                     base::DiagnosticSink& sink, ResolvedChanges& out) {
    std::size_t errors = sink.error_count();
    Resolver resolver(program, layout, base, sink, out);
    for (std::size_t i = 0; i < changes.size(); ++i) {
        resolver.resolve(static_cast<std::uint32_t>(i), changes[i]);
    }
    resolver.check_required();
    return sink.error_count() == errors && !sink.saturated();
}

facts::Incident apply_changes(const facts::Incident& base, const ResolvedChanges& changes) {
    facts::Incident copy = facts::copy_incident(base);
    auto shift = static_cast<base::FileId>(copy.sources.size());
    for (base::FileId f = 0; f < changes.storage.sources.size(); ++f) {
        const base::SourceFile& file = changes.storage.sources.file(f);
        copy.sources.add(file.path(), file.text());
    }
    for (const SlotEdit& edit : changes.edits) {
        facts::Slot value = edit.value;
        if (edit.span_in_change) value.origin.span.file += shift;
        if (edit.instance) {
            copy.instances[*edit.instance].slots[edit.slot] = value;
        } else {
            copy.facts[edit.slot] = value;
        }
    }
    return copy;
}

}  // namespace netral::io
