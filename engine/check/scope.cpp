// SPDX-License-Identifier: Apache-2.0
// Symbol tables and visibility rules (own module, then direct imports).
#include "check/scope.hpp"

#include <algorithm>
#include <set>

#include "base/suggest.hpp"
#include "check/codes.hpp"

namespace netral::check {

void Scope::set_modules(std::vector<std::string> names) {
    names_ = std::move(names);
    imports_.assign(names_.size(), {});
    tables_.assign(names_.size() * 4, {});
}

const Scope::Table& Scope::table(ir::ModuleId module, Namespace space) const {
    return tables_[module.index() * 4 + static_cast<std::size_t>(space)];
}

const Symbol* Scope::declare(Namespace space, const std::string& name, const Symbol& symbol) {
    Table& table = tables_[symbol.module.index() * 4 + static_cast<std::size_t>(space)];
    std::vector<Symbol>& entries = table[name];
    entries.push_back(symbol);
    if (entries.size() == 1) return nullptr;
    if (space != Namespace::Rule) entries.pop_back();  // keep the first declaration only
    return &entries.front();
}

Lookup Scope::lookup(Namespace space, ir::ModuleId from, std::string_view name) const {
    Lookup result;
    const Table& own = table(from, space);
    if (auto it = own.find(name); it != own.end()) {
        return {Lookup::Outcome::Found, &it->second.front(), nullptr};
    }
    for (ir::ModuleId imported : imports_[from.index()]) {
        if (imported == from) continue;
        const Table& other = table(imported, space);
        auto it = other.find(name);
        if (it == other.end()) continue;
        const Symbol* symbol = &it->second.front();
        if (result.symbol == nullptr) {
            result = {Lookup::Outcome::Found, symbol, nullptr};
        } else if (result.symbol->module != symbol->module && result.other == nullptr) {
            result.outcome = Lookup::Outcome::Ambiguous;
            result.other = symbol;
        }
    }
    if (result.symbol != nullptr) return result;
    for (std::size_t m = 0; m < names_.size(); ++m) {
        const Table& other = table(ir::ModuleId::from_index(m), space);
        if (auto it = other.find(name); it != other.end()) {
            return {Lookup::Outcome::NotImported, &it->second.front(), nullptr};
        }
    }
    return result;
}

std::vector<Symbol> Scope::all_in_module(Namespace space, ir::ModuleId module,
                                         std::string_view name) const {
    const Table& own = table(module, space);
    auto it = own.find(name);
    return it == own.end() ? std::vector<Symbol>{} : it->second;
}

std::vector<std::string> Scope::visible_names(Namespace space, ir::ModuleId from) const {
    std::vector<std::string> out;
    // Names already listed, looked up in a set: searching `out` made this quadratic.
    std::set<std::string_view> seen;
    for (const auto& [name, symbols] : table(from, space)) {
        out.push_back(name);
        seen.insert(name);
    }
    for (ir::ModuleId imported : imports_[from.index()]) {
        for (const auto& [name, symbols] : table(imported, space)) {
            if (seen.insert(name).second) out.push_back(name);
        }
    }
    return out;
}

void Scope::report(base::DiagnosticSink& sink, const Lookup& lookup, Namespace space,
                   ir::ModuleId from, std::string_view name, base::Span span,
                   const base::MessageArg& what, const std::vector<std::string>& extra) const {
    switch (lookup.outcome) {
        case Lookup::Outcome::Found:
            return;
        case Lookup::Outcome::Ambiguous: {
            base::Diagnostic& d =
                sink.error(codes::kAmbiguousName, span,
                           base::msg("E2005", what, name, module_name(lookup.symbol->module),
                                     module_name(lookup.other->module)));
            d.notes.push_back({lookup.symbol->span, base::msg("note.check.declared")});
            d.notes.push_back({lookup.other->span, base::msg("E2005.note_and")});
            d.hint = base::msg("E2005.hint");
            return;
        }
        case Lookup::Outcome::NotImported: {
            const std::string& module = module_name(lookup.symbol->module);
            base::Diagnostic& d =
                sink.error(codes::kNotImported, span, base::msg("E2003", name, module));
            d.notes.push_back({lookup.symbol->span, base::msg("note.check.declared")});
            d.hint = base::msg("E2003.hint", module);
            return;
        }
        case Lookup::Outcome::Unknown: {
            // Past the error limit nothing more is shown: skip the costly suggestion (each one
            // compares against every visible name, and a rule may name thousands of unknowns).
            if (sink.saturated()) return;
            std::vector<std::string> candidates = extra;
            for (std::string& visible : visible_names(space, from)) {
                candidates.push_back(std::move(visible));
            }
            sink.error(codes::kUnknownName, span, base::msg("E2004", what, name)).hint =
                base::did_you_mean(name, candidates);
            return;
        }
    }
}

}  // namespace netral::check
