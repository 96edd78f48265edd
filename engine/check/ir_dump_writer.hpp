// SPDX-License-Identifier: Apache-2.0
// The line writer shared by the IR dump's translation units (ir_dump.cpp for the vocabulary,
// ir_dump_rules.cpp for ladders, policies and rules): indentation, quoting, labels, compact type
// names, citations, validity clauses and typed expression trees. Internal to check/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "base/text.hpp"
#include "check/ir.hpp"

namespace netral::check::detail {

/// Appends indented lines to a string. One per dump and thread: it keeps a reference to the
/// program, which must outlive it, and only reads it. Never fails.
class DumpWriter {
public:
    explicit DumpWriter(const ir::Program& program) : program_(program) {}

    /// The text written so far.
    const std::string& text() const { return out_; }
    /// The program being dumped.
    const ir::Program& program() const { return program_; }

    /// Writes `text` on its own line, indented by two spaces per `depth`.
    void line(int depth, const std::string& text);
    /// Writes a section header (`facts (3)`) when `count` is not zero; returns whether it did.
    bool section(const char* name, std::size_t count);

    /// `"text"` with `"`, `\`, new lines and tabs escaped.
    static std::string quoted(const std::string& text) { return base::quoted_literal(text); }
    /// ` "id" en "en"`, or "" for an empty label (leading space included).
    static std::string label(const ir::Label& label);
    /// `#n`.
    static std::string id(std::uint32_t value) { return "#" + std::to_string(value); }
    template <typename Tag>
    static std::string id(ir::Id<Tag> value) {
        return id(value.value);
    }

    /// Source-like type names: `bool`, `act_kind`, `set of attribute_kind`, `list of act`, and
    /// for ladder steps the ladder's name.
    std::string type_text(ir::Type type) const;
    /// `expr_text : type`.
    std::string typed(ir::ExprId expr) const;
    /// ` (module name)`.
    std::string module_suffix(ir::ModuleId module) const;

    /// One `cite …` line per citation, in canonical form (`PP 94/2021 Pasal 14 huruf i`).
    void citations(int depth, const std::vector<ir::Citation>& citations);
    /// `note "…"` and `quote "…"` lines.
    void texts(int depth, const char* keyword, const std::vector<std::string>& texts);
    /// `in force from D until D by EXPR : date (ruleset default)` on one line.
    void in_force(int depth, const ir::InForce& in_force);
    /// `for x (var #v) in COLL : T (element record #r)`, then the filter as `where …` with its
    /// typed tree.
    void binder(int depth, const ir::Binder& binder);
    /// `KEYWORD expr_text` then the typed tree of `expr` one level deeper.
    void expr_block(int depth, const std::string& keyword, ir::ExprId expr);
    /// The typed tree: one node per line, `#expr node : type`, children indented.
    void tree(int depth, ir::ExprId expr);

private:
    /// The node itself, without children or type: `and`, `fact acts (#5)`, `member .role (…)`.
    std::string node_text(ir::ExprId expr) const;

    const ir::Program& program_;  ///< the program being dumped
    std::string out_;             ///< the dump so far
};

/// Writes the tracks, ladders, combine and escalate policies (ir_dump_rules.cpp).
void dump_ladders_and_policies(DumpWriter& writer);
/// Writes the rules (ir_dump_rules.cpp).
void dump_rules(DumpWriter& writer);

}  // namespace netral::check::detail
