// SPDX-License-Identifier: Apache-2.0
// State shared by the checker's passes during one check() call: the inputs, the program being
// built, the symbol tables, and for each entity the syntax node it came from (declaration
// creates the entity; later passes fill it in). Internal to engine/check.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.hpp"
#include "check/checker.hpp"
#include "check/ir.hpp"
#include "check/members.hpp"
#include "check/scope.hpp"
#include "syntax/ast.hpp"

namespace netral::check {

/// A syntax node together with the module it was written in.
template <typename Node>
struct Origin {
    const Node* node = nullptr;  ///< borrowed from the caller's syntax tree
    ir::ModuleId module;         ///< the module whose names it sees
};

/// The inputs, the program under construction and the symbol tables of one check() call.
/// Not thread-safe; passes borrow it one at a time.
struct Context {
    const base::SourceMap& sources;            ///< the rule files
    const std::vector<syntax::Module>& files;  ///< syntax trees, by ModuleId
    base::DiagnosticSink& sink;                ///< where every pass reports
    const CheckOptions& options;               ///< limits and switches

    ir::Program program;  ///< the IR under construction
    Scope scope;          ///< module-scoped names
    MemberIndex members;  ///< members of declarations (enum values, fields, …) by name
    std::map<std::string, ir::RegulationId, std::less<>> regulations;  ///< by key "PP 94/2021"

    // Syntax origins by entity id, filled by the declaration pass.
    std::vector<Origin<syntax::RegulationDecl>> regulation_syntax;  ///< by RegulationId
    std::vector<Origin<syntax::RecordDecl>> record_syntax;          ///< by RecordId
    std::vector<Origin<syntax::Field>> field_syntax;                ///< by FieldId
    std::vector<Origin<syntax::FactDecl>> fact_syntax;              ///< by FactId
    std::vector<Origin<syntax::DeriveDecl>> derived_syntax;         ///< by DerivedId
    std::vector<Origin<syntax::Block>> param_syntax;                ///< by ParamId
    std::vector<Origin<syntax::TableDecl>> table_syntax;            ///< by TableId
    std::vector<Origin<syntax::Block>> ladder_syntax;               ///< by LadderId
    std::vector<Origin<syntax::Block>> category_syntax;             ///< by CategoryId
    std::vector<Origin<syntax::Block>> sanction_syntax;             ///< by SanctionId
    std::vector<Origin<syntax::Block>> track_syntax;                ///< by TrackId
    std::vector<Origin<syntax::Block>> rule_syntax;                 ///< by RuleId
    std::vector<Origin<syntax::Block>> combine_syntax;              ///< combine blocks
    std::vector<Origin<syntax::Block>> escalate_syntax;             ///< escalate blocks
    std::optional<Origin<syntax::Block>> ruleset_syntax;            ///< the first ruleset

    Context(const base::SourceMap& sources_in, const std::vector<syntax::Module>& files_in,
            base::DiagnosticSink& sink_in, const CheckOptions& options_in)
        : sources(sources_in), files(files_in), sink(sink_in), options(options_in) {}

    /// Shorthands for reporting.
    base::Diagnostic& error(std::string_view code, base::Span span, base::Message message) {
        return sink.error(code, span, std::move(message));
    }
    base::Diagnostic& warning(std::string_view code, base::Span span, base::Message message) {
        return sink.warning(code, span, std::move(message));
    }
};

/// Converts an optional syntax label (absent: empty label).
ir::Label to_label(const std::optional<syntax::Label>& label);

/// "`name`" with backticks, for messages.
inline std::string quote(std::string_view name) { return "`" + std::string(name) + "`"; }

/// Reports E2001 "`what` `name` is declared twice" at `name`, with a note at `first`.
void report_duplicate(Context& cx, const base::MessageArg& what, const syntax::Ident& name,
                      base::Span first);

/// Reports E9003 when a declared name is longer than CheckOptions::max_identifier.
void check_identifier(Context& cx, const syntax::Ident& ident);

/// Resolves a written type (`date`, `set of act_kind`, `list of act`, a ladder name) as seen
/// from `module`; reports unknown or unsuitable types and returns Type::error() then.
ir::Type resolve_type_ref(Context& cx, ir::ModuleId module, const syntax::TypeRef& ref);

}  // namespace netral::check
