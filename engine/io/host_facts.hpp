// SPDX-License-Identifier: Apache-2.0
// Facts written by a host program (the public FactsBuilder) straight into slots: each value is
// checked and converted when it is set (an enum value to its index, a date to its days) and
// staged in its record's slot layout; build() lays the staged records out as an Incident in the
// order the file binder would. Nothing is printed or parsed on the way. Every operation is also
// logged, so that when something is wrong the same operations can be replayed as a Document
// through the file binder (io/bind.hpp), which reports exactly the diagnostics a file would get.
// Internal to engine/io and engine/api.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "check/ir.hpp"
#include "facts/incident.hpp"
#include "facts/layout.hpp"
#include "io/document.hpp"

namespace netral::io {

/// The place of a host value's absence or implication: a span in no file, so the trail shows no
/// location (a host never saw a text to point into).
inline constexpr base::Span kNowhere{std::numeric_limits<base::FileId>::max(), 0, 0};

/// A staged record: the top level (node 0) or a record of the incident.
using HostNode = std::uint32_t;

/// How an operation names its field: a handle from HostFacts::resolve(), or a name.
struct HostKey {
    static constexpr std::uint32_t kByName = 0xffffffffu;
    std::uint32_t handle = kByName;  ///< an index of HostFacts::resolve(), or kByName
    std::string_view name;           ///< the field's name when `handle` is kByName
};

/// One incident being built. Single-threaded. After the first incident of a shape, reset() and
/// building another of the same shape allocate nothing (every buffer keeps its capacity).
class HostFacts {
public:
    static constexpr HostNode kTop = 0;

    /// `program` and `layout` must outlive the builder and every incident it builds.
    HostFacts(const check::ir::Program& program, const facts::Layout& layout);

    /// Resolves a dotted path (`acts.kind`: a fact, then fields of its record type) once and
    /// returns its handle. A path that names nothing still gets a handle: setting it is an
    /// unknown key at build time, named by the whole path.
    std::uint32_t resolve(std::string_view path);

    // --- operations, in the order the host makes them ----------------------------------------
    /// A text, a date, an enum value or a ladder step (JSON typing: a quoted scalar).
    void set_text(HostNode node, HostKey key, std::string_view value);
    void set_bool(HostNode node, HostKey key, bool value);
    void set_int(HostNode node, HostKey key, std::int64_t value);
    /// Starts a record-valued field; returns the new record's node.
    HostNode record(HostNode node, HostKey key);
    /// Appends a record to a list field (the list is made by its first append).
    HostNode append(HostNode node, HostKey key);

    /// Forgets everything set, keeping every buffer's capacity.
    void reset();

    /// Lays the staged facts out into `out` (whose storage is reused) when every value was
    /// valid and the incident complete. False when anything would be an error for the file
    /// binder (or is a shape the fast path leaves to it): then `out` is partial, and the caller
    /// binds document() instead. Values have origin Host; absences and implications kNowhere.
    bool build(facts::Incident& out);

    /// The operations so far as a Document (`host` and `json` set), for the file binder.
    Document document() const;

private:
    /// One logged operation, enough to rebuild the document.
    enum class OpKind : std::uint8_t { Text, Bool, Int, Record, Append };
    struct Op {
        OpKind kind = OpKind::Text;
        HostNode node = 0;                        ///< the record it was made on
        HostNode child = 0;                       ///< Record, Append: the node made
        std::uint32_t handle = HostKey::kByName;  ///< the key's handle, or kByName:
        std::uint32_t key_at = 0;                 ///< then the key's offset in `arena_`
        std::uint32_t key_size = 0;               ///< and its length in bytes
        std::uint32_t text_at = 0;                ///< Text: the value's offset in `arena_`
        std::uint32_t text_size = 0;              ///< and its length in bytes
        std::int64_t integer = 0;                 ///< Int
        bool boolean = false;                     ///< Bool
    };
    /// A resolved path.
    struct Handle {
        std::string name;  ///< the key replayed into the document (the whole path if unresolved)
        bool resolved = false;      ///< the path names a fact or a field
        bool top = false;           ///< a fact (else a field of `owner`)
        check::ir::RecordId owner;  ///< the record type the field belongs to
        std::uint32_t id = 0;       ///< FactId or FieldId index
    };
    /// A staged record (or the top level).
    struct Node {
        bool top = false;                   ///< the top level (its slots are the facts)
        check::ir::RecordId record;         ///< its type (not for the top level)
        std::uint32_t first_slot = 0;       ///< its slots in `slots_` (facts, for the top level)
        std::uint32_t slot_count = 0;       ///< how many
        std::uint32_t first_child = kNone;  ///< first composite entry (records, lists) in order
        std::uint32_t last_child = kNone;   ///< the last one, where the next is linked
        std::uint32_t next_item = kNone;    ///< the next item of the list it is in
    };
    /// A record- or list-valued entry of a node, in the order the host made them.
    struct Child {
        std::uint32_t slot = 0;      ///< slot index in the owner's record (or fact index)
        std::uint32_t target = 0;    ///< the record's node, or the list's index in `lists_`
        bool list = false;           ///< a list (else a record)
        std::uint32_t next = kNone;  ///< the owner's next composite entry
    };
    /// A staged list: its items in order.
    struct StagedList {
        HostNode head = kNone;  ///< the first item, kNone when empty
        HostNode tail = kNone;  ///< the last item
    };
    static constexpr std::uint32_t kNone = 0xffffffffu;
    /// What a staged slot holds before build(): nothing, a value, or a composite.
    enum class Staged : std::uint8_t { Unset, Value, Text, Record, List };

    /// Logs an operation (its key copied into `arena_` when given by name); returns its index.
    std::uint32_t log(OpKind kind, HostNode node, HostKey key);
    /// The declaration behind `key` on `node`: a fact or field index, or kNone.
    std::uint32_t find(HostNode node, HostKey key) const;
    /// The declared type of fact or field `id` of `node`.
    check::ir::Type type_of(HostNode node, std::uint32_t id) const;
    /// The slot `key` names on `node` if it is still unset, else kNone (and the fast path is
    /// given up, since the binder would report something).
    std::uint32_t claim(HostNode node, HostKey key, check::ir::Type& type);
    /// A new staged record of `record` (or the top level), every slot unset.
    HostNode add_node(bool top, check::ir::RecordId record);
    /// Links a record or list made at `slot` of `node` after its earlier ones.
    void add_child(HostNode node, std::uint32_t slot, std::uint32_t target, bool list);
    /// A quoted text read as a date, enum value or ladder step; false when it is none.
    bool read_text(check::ir::Type type, std::string_view text, facts::Value& out) const;

    /// One run of build() (host_facts_build.cpp).
    struct Builder;

    const check::ir::Program& program_;
    const facts::Layout& layout_;
    std::vector<std::vector<check::ir::FieldId>> record_fields_;  ///< by RecordId, all fields
    std::vector<Handle> handles_;         ///< by handle, kept across reset()
    std::vector<Op> ops_;                 ///< every operation since reset(), in order
    std::string arena_;                   ///< keys and texts of the operations
    std::vector<Node> nodes_;             ///< by HostNode; the top level first
    std::vector<facts::Slot> slots_;      ///< staged values; texts as `arena_` offsets
    std::vector<Staged> staged_;          ///< parallel to `slots_`
    std::vector<Child> children_;         ///< composite entries of every node
    std::vector<StagedList> lists_;       ///< staged lists
    bool valid_ = true;                   ///< false once something is left to the file binder
    std::vector<std::string_view> keys_;  ///< build(): key values of the lists being laid out
};

}  // namespace netral::io
