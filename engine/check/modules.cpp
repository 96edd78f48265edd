// SPDX-License-Identifier: Apache-2.0
// The module pass: each file opens with one `module` declaration, module names are unique,
// imports name existing modules, and the rule set has exactly one `ruleset` block.
#include <map>

#include "base/suggest.hpp"
#include "check/codes.hpp"
#include "check/passes.hpp"

namespace netral::check {

namespace {

/// The module declaration of one file, reporting misplaced or repeated ones.
const syntax::ModuleDecl* find_module_decl(Context& cx, const syntax::Module& file) {
    const syntax::ModuleDecl* found = nullptr;
    for (std::size_t i = 0; i < file.declarations.size(); ++i) {
        const auto* decl = boost::get<syntax::ModuleDecl>(&file.declarations[i]);
        if (decl == nullptr) continue;
        if (found != nullptr) {
            cx.error(codes::kModuleDecl, decl->span, base::msg("E2007.twice"))
                .notes.push_back({found->span, base::msg("E2007.note")});
            continue;
        }
        if (i != 0) {
            cx.error(codes::kModuleDecl, decl->span, base::msg("E2007.late")).hint =
                base::msg("E2007.hint_late", decl->name.name);
        }
        found = decl;
    }
    if (found == nullptr) {
        cx.error(codes::kModuleDecl, {file.file, 0, 0}, base::msg("E2007")).hint =
            base::msg("E2007.hint");
    }
    return found;
}

}  // namespace

void collect_modules(Context& cx) {
    std::vector<std::string> names;
    std::vector<base::Span> name_spans;  // by ModuleId, for notes
    std::map<std::string, ir::ModuleId> by_name;
    for (std::size_t m = 0; m < cx.files.size(); ++m) {
        const syntax::Module& file = cx.files[m];
        ir::Module module;
        module.file = file.file;
        module.span = {file.file, 0, 0};
        if (const syntax::ModuleDecl* decl = find_module_decl(cx, file)) {
            check_identifier(cx, decl->name);
            module.name = decl->name.name;
            module.label = to_label(decl->label);
            module.span = decl->name.span;
            auto [it, inserted] = by_name.emplace(module.name, ir::ModuleId::from_index(m));
            if (!inserted) {
                cx.error(codes::kDuplicateModule, decl->name.span, base::msg("E2006", module.name))
                    .notes.push_back(
                        {name_spans[it->second.index()], base::msg("note.check.first_declared")});
            }
        }
        names.push_back(module.name);
        name_spans.push_back(module.span);
        cx.program.modules.push_back(std::move(module));
    }
    cx.scope.set_modules(names);

    std::vector<std::string> candidates;
    for (const auto& [name, id] : by_name) candidates.push_back(name);
    for (std::size_t m = 0; m < cx.files.size(); ++m) {
        ir::ModuleId self = ir::ModuleId::from_index(m);
        ir::Module& module = cx.program.modules[m];
        for (const syntax::Declaration& declaration : cx.files[m].declarations) {
            const auto* import = boost::get<syntax::ImportDecl>(&declaration);
            if (import == nullptr) continue;
            auto it = by_name.find(import->name.name);
            if (it == by_name.end()) {
                base::Diagnostic& d = cx.error(codes::kUnknownModule, import->name.span,
                                               base::msg("E2002", import->name.name));
                // Past the error limit the suggestion is not shown: skip its cost.
                if (!cx.sink.saturated())
                    d.hint = base::did_you_mean(import->name.name, candidates);
                continue;
            }
            if (it->second == self) {
                cx.warning(codes::kSelfImport, import->span, base::msg("W2008", module.name)).hint =
                    base::msg("W2008.hint");
                continue;
            }
            bool repeated = false;
            for (ir::ModuleId seen : module.imports) repeated = repeated || seen == it->second;
            if (repeated) continue;
            module.imports.push_back(it->second);
            cx.scope.add_import(self, it->second);
        }
    }

    // Exactly one ruleset block across all files.
    for (std::size_t m = 0; m < cx.files.size(); ++m) {
        for (const syntax::Declaration& declaration : cx.files[m].declarations) {
            const auto* block = boost::get<syntax::Block>(&declaration);
            if (block == nullptr || block->keyword != "ruleset") continue;
            if (cx.ruleset_syntax) {
                cx.error(codes::kSeveralRulesets, block->name.span, base::msg("E2011"))
                    .notes.push_back(
                        {cx.ruleset_syntax->node->name.span, base::msg("note.check.first_one")});
                continue;
            }
            cx.ruleset_syntax = Origin<syntax::Block>{block, ir::ModuleId::from_index(m)};
        }
    }
    if (!cx.ruleset_syntax) {
        base::Span where = cx.program.modules.empty() ? base::Span{} : cx.program.modules[0].span;
        cx.error(codes::kNoRuleset, where, base::msg("E2010")).hint = base::msg("E2010.hint");
    }
}

}  // namespace netral::check
