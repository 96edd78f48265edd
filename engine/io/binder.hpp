// SPDX-License-Identifier: Apache-2.0
// The binder's working state and its pieces, shared by bind.cpp (maps, records, lists, absent
// keys) and bind_scalar.cpp (texts, booleans, numbers, dates, enum values, ladder steps).
// Internal to engine/io.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.hpp"
#include "check/ir.hpp"
#include "facts/incident.hpp"
#include "facts/layout.hpp"
#include "io/document.hpp"

namespace netral::io {

/// What the binder needs to know of a fact or a field.
struct Declared {
    std::string_view name;                            ///< the key
    check::ir::Type type;                             ///< its type
    bool required = false;                            ///< must be given
    std::optional<check::ir::ExprId> default_value;   ///< taken when absent
};

/// One binding run. Not thread-safe; lives for one bind_document call.
class Binder {
public:
    Binder(const check::ir::Program& program, const facts::Layout& layout,
           const Document& document, base::FileId file, base::DiagnosticSink& sink,
           facts::Incident& out);

    /// Binds the whole document into the incident's facts.
    void bind_top();

    // --- what-if changes (io/change.cpp) -------------------------------------------------
    /// The value of `declared` written as `node` (a scalar, or a sequence for a set), read
    /// exactly as in an incident file; texts and sets are kept in the output incident. Reports
    /// errors and returns none on failure. Records and lists are refused (wrong shape).
    std::optional<facts::Value> bind_leaf(const Declared& declared, const Node& node);
    /// What `declared` becomes when left out: its default, or unknown (origin Absent at
    /// `enclosing`). Not for required keys, records or lists (the caller refuses those).
    facts::Slot leave_out(const Declared& declared, base::Span enclosing);

private:
    // --- structure (bind.cpp) ------------------------------------------------------------
    /// The value of `declared` written as `node`; `owner` names the instance it belongs to
    /// (for naming nested records). Reports errors and returns an Unknown slot on failure.
    facts::Slot bind_value(const Declared& declared, const Node& node, const std::string& owner);
    /// A record from a map (or, with `map` null, one with every field absent at `span`).
    facts::Instance* bind_record(check::ir::RecordId record, const Node* map,
                                       base::Span span, std::string name,
                                       std::uint32_t ordinal);
    /// A list of records from a sequence.
    const facts::List* bind_list(const Declared& declared, const Node& sequence);
    /// A set of enum values or ladder steps from a sequence.
    std::optional<facts::Value> bind_set(const Declared& declared, const Node& sequence);
    /// The slot of a key left out of the map at `enclosing` (`owner` names that map).
    facts::Slot absent(const Declared& declared, base::Span enclosing, const std::string& owner);
    /// True when a record has a required field (then an absent one cannot be made up).
    bool has_required(check::ir::RecordId record) const;
    /// Reports a key that is not declared; `allowed` are the keys the map takes.
    void unknown_key(const Entry& entry, const std::vector<std::string>& allowed,
                     const base::Message& where);
    /// The constant value of a default expression, if it is a constant.
    std::optional<facts::Value> constant(check::ir::ExprId expr) const;

    // --- scalars (bind_scalar.cpp) -------------------------------------------------------
    /// A scalar node read as `type` (Bool, Int, Text, Date, Enum, Sanction).
    std::optional<facts::Value> bind_scalar(const Declared& declared, check::ir::Type type,
                                            const Node& node);
    std::optional<facts::Value> bind_bool(const Declared& declared, const Node& node);
    std::optional<facts::Value> bind_int(const Declared& declared, const Node& node);
    std::optional<facts::Value> bind_date(const Declared& declared, const Node& node);
    std::optional<facts::Value> bind_enum(const Declared& declared, check::ir::EnumId type,
                                          const Node& node);
    std::optional<facts::Value> bind_step(const Declared& declared, check::ir::LadderId ladder,
                                          const Node& node);
    /// A view of `node`'s text that lives as long as the incident: into the source when the
    /// text appears there as written, else a copy in Incident::texts.
    std::string_view keep_text(const Node& node);

public:
    // --- descriptions for messages (bind_scalar.cpp) -------------------------------------
    /// "a map", "a list", "the text `x`", "the number `3`", "nothing".
    base::Message describe(const Node& node) const;
    /// What a value of `type` looks like: "true or false", "one of `a`, `b`", …
    base::Message expected(check::ir::Type type) const;

private:
    /// The origin of a value written at `span`: Given (or Host, without span).
    facts::Origin given(base::Span span) const;
    /// Where an absent or implied value is placed: at `span`, or nowhere for a host document.
    base::Span place(base::Span span) const;
    /// Reports a value of the wrong shape (a map for a text, …).
    void wrong_shape(const Declared& declared, const Node& node);

    const check::ir::Program& program_;
    const facts::Layout& layout_;
    const Document& document_;
    base::FileId file_;
    base::DiagnosticSink& sink_;
    facts::Incident& out_;
    /// By RecordId: every field of the record (common and variant), in declaration order.
    std::vector<std::vector<check::ir::FieldId>> record_fields_;
};

/// "`name`" for messages.
inline std::string quote(std::string_view text) { return "`" + std::string(text) + "`"; }

/// How quote_list() joins its last two names.
enum class Conjunction { Or, And };

/// "`a`, `b` or `c`" (with Conjunction::Or), the conjunction in the reader's language; the
/// empty message for no names.
base::Message quote_list(const std::vector<std::string>& names,
                         Conjunction conjunction = Conjunction::Or);

}  // namespace netral::io
