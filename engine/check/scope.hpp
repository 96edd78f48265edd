// SPDX-License-Identifier: Apache-2.0
// Symbol tables: which names each module declares, and which a module can see (its own and
// those of the modules it imports, not transitively). Lookups report why a name is not
// visible, so callers can say "declared in module m, which this module does not import".
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.hpp"
#include "check/ir.hpp"

namespace netral::check {

/// Names of different namespaces never clash: a record and a fact may share a name.
enum class Namespace : std::uint8_t {
    Type,   ///< enums, records, ladders
    Value,  ///< facts, derived facts, params, tables
    Track,  ///< tracks
    Rule,   ///< rules (several versions may share a name)
};

/// What a symbol names; Symbol::index is an id into the matching ir::Program vector.
enum class SymbolKind : std::uint8_t {
    Enum,     ///< ir::Program::enums (Namespace::Type)
    Record,   ///< ir::Program::records (Namespace::Type)
    Ladder,   ///< ir::Program::ladders (Namespace::Type)
    Fact,     ///< ir::Program::facts (Namespace::Value)
    Derived,  ///< ir::Program::derived (Namespace::Value)
    Param,    ///< ir::Program::params (Namespace::Value)
    Table,    ///< ir::Program::tables (Namespace::Value)
    Track,    ///< ir::Program::tracks (Namespace::Track)
    Rule,     ///< ir::Program::rules (Namespace::Rule)
};

/// One declared name.
struct Symbol {
    SymbolKind kind = SymbolKind::Fact;  ///< what it names
    std::uint32_t index = 0;             ///< id value in the program vector of that kind
    ir::ModuleId module;                 ///< declaring module
    base::Span span;                     ///< the name at its declaration
};

/// The answer to a lookup.
struct Lookup {
    enum class Outcome : std::uint8_t {
        Found,        ///< `symbol` is visible
        Ambiguous,    ///< declared in several imported modules: `symbol` and `other`
        NotImported,  ///< declared only in modules not imported: `symbol` is one of them
        Unknown,      ///< declared nowhere
    };
    Outcome outcome = Outcome::Unknown;  ///< what happened
    const Symbol* symbol = nullptr;      ///< see Outcome
    const Symbol* other = nullptr;       ///< the second candidate when Ambiguous

    bool found() const { return outcome == Outcome::Found; }
};

/// Module names, imports and per-module symbol tables. Filled by the module and declaration
/// passes; read by every later pass. Pointers returned stay valid until the next declare().
class Scope {
public:
    /// Registers the modules (one per file, by ModuleId) with their names.
    void set_modules(std::vector<std::string> names);
    /// Makes the names of `to` visible from `from` (not transitively).
    void add_import(ir::ModuleId from, ir::ModuleId to) { imports_[from.index()].push_back(to); }
    /// The name a module declared ("" when its file has no `module` line).
    const std::string& module_name(ir::ModuleId id) const { return names_[id.index()]; }

    /// Declares `name`. Returns the earlier symbol of that name in the same module and
    /// namespace when there is one (the caller reports E2001), else null. Rules may repeat:
    /// their versions are all kept and the earlier one is still returned.
    const Symbol* declare(Namespace space, const std::string& name, const Symbol& symbol);

    /// Looks `name` up as seen from module `from`.
    Lookup lookup(Namespace space, ir::ModuleId from, std::string_view name) const;
    /// Every symbol of `name` declared in `module` (the versions of a rule), in order.
    std::vector<Symbol> all_in_module(Namespace space, ir::ModuleId module,
                                      std::string_view name) const;
    /// Names visible from `from`, own module first, for did-you-mean suggestions.
    std::vector<std::string> visible_names(Namespace space, ir::ModuleId from) const;

    /// Reports a failed lookup: E2005 ambiguous, E2003 not imported, E2004 unknown (with a
    /// did-you-mean over `extra` and the visible names). `what` names the kind ("type", "name").
    void report(base::DiagnosticSink& sink, const Lookup& lookup, Namespace space,
                ir::ModuleId from, std::string_view name, base::Span span,
                const base::MessageArg& what, const std::vector<std::string>& extra = {}) const;

private:
    using Table = std::map<std::string, std::vector<Symbol>, std::less<>>;
    /// The table of one module and namespace.
    const Table& table(ir::ModuleId module, Namespace space) const;

    std::vector<std::string> names_;                  ///< module names by ModuleId
    std::vector<std::vector<ir::ModuleId>> imports_;  ///< direct imports by ModuleId
    std::vector<Table> tables_;                       ///< module * 4 + namespace
};

}  // namespace netral::check
