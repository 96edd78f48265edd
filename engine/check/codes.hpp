// SPDX-License-Identifier: Apache-2.0
// The catalogue of diagnostic codes the checker emits. Each code is stable and documented in
// docs/errors.md. E2xxx names and declarations, E3xxx types and expressions, E4xxx the
// dependency graph, E5xxx legal structure (citations, status, validity, conflicts), W = warning.
#pragma once

#include <string_view>

namespace netral::check::codes {

// --- names, modules, declarations ------------------------------------------------------------
inline constexpr std::string_view kDuplicate = "E2001";        // name declared twice in one scope
inline constexpr std::string_view kUnknownModule = "E2002";    // import of an undeclared module
inline constexpr std::string_view kNotImported = "E2003";      // name of a module not imported
inline constexpr std::string_view kUnknownName = "E2004";      // name declared nowhere
inline constexpr std::string_view kAmbiguousName = "E2005";    // name in several imported modules
inline constexpr std::string_view kDuplicateModule = "E2006";  // two files with one module name
inline constexpr std::string_view kModuleDecl = "E2007";       // `module` missing, late or repeated
inline constexpr std::string_view kSelfImport = "W2008";       // module imports itself
inline constexpr std::string_view kWrongKind = "E2009";        // name of the wrong kind of thing
inline constexpr std::string_view kNoRuleset = "E2010";        // no `ruleset` block
inline constexpr std::string_view kSeveralRulesets = "E2011";  // more than one `ruleset` block
inline constexpr std::string_view kReservedFact = "E2012";     // fact named `expect` (reserved)
inline constexpr std::string_view kClauseNotAllowed = "E2020";  // clause not valid in this block
inline constexpr std::string_view kClauseRepeated = "E2021";    // single clause given twice
inline constexpr std::string_view kClauseMissing = "E2022";     // required clause absent
inline constexpr std::string_view kUnknownValue = "E2030";     // param default not a declared value
inline constexpr std::string_view kUnknownKeyword = "E2031";   // bad word for strategy, doctrine…
inline constexpr std::string_view kBadVariant = "E2040";       // `variant on` a non-enum field
inline constexpr std::string_view kDeriveUndefined = "E2050";  // derived fact with no definition
inline constexpr std::string_view kDeriveTwice = "E2051";      // `= expr` and rules set it
inline constexpr std::string_view kDeriveParams = "E2052";     // more than one / non-record param
inline constexpr std::string_view kDerivePhrase = "E2053";     // bad `value` phrase on a derive
inline constexpr std::string_view kTableKey = "E2060";         // table key not of an enum type
inline constexpr std::string_view kRowKeys = "E2061";          // row key count differs from keys
inline constexpr std::string_view kMissingCell = "E2062";      // row lacks a column
inline constexpr std::string_view kDuplicateRow = "E2063";     // two rows with the same keys
inline constexpr std::string_view kNoEnglish = "W2070";        // shown text without English form

// --- types and expressions -------------------------------------------------------------------
inline constexpr std::string_view kTypeMismatch = "E3001";      // expected one type, found another
inline constexpr std::string_view kBadOperand = "E3002";        // operator not defined on the type
inline constexpr std::string_view kComparisonChain = "E3003";   // `a < b < c`
inline constexpr std::string_view kNotOptional = "E3004";       // `is set` on a non-optional value
inline constexpr std::string_view kNotRecord = "E3005";         // `.field` on a non-record
inline constexpr std::string_view kVariantAmbiguous = "E3006";  // field types differ across cases
inline constexpr std::string_view kVariantExcluded = "E3007";   // field absent in narrowed cases
inline constexpr std::string_view kBadTableAccess = "E3008";    // table without `[keys].column`
inline constexpr std::string_view kBadCall = "E3009";           // call arity / callee errors
inline constexpr std::string_view kInvalidDate = "E3010";       // 2023-02-30
inline constexpr std::string_view kEmptyPeriod = "E3011";       // from after until
inline constexpr std::string_view kNotConstant = "E3012";       // default or cell not a constant
inline constexpr std::string_view kUntypedSet = "E3013";        // `{}` with no expected type
inline constexpr std::string_view kNotList = "E3014";           // binder over a non-list
inline constexpr std::string_view kRequiredDefault = "E3015";  // `required` with a default
inline constexpr std::string_view kNoJudgingDate = "E3016";     // in force without a `by` date
inline constexpr std::string_view kBadKeyField = "E3017";       // `key` on a non-text / variant field
inline constexpr std::string_view kBadCeiling = "E3018";        // `ceiling` not a step of the ladder
inline constexpr std::string_view kAbsorbsReason = "E3019";     // `absorbs` without both texts
inline constexpr std::string_view kReasonBraces = "E3020";      // unbalanced `{` `}` in a reason
inline constexpr std::string_view kReasonPlaceholders = "E3021";  // en form, other placeholders

// --- dependency graph ------------------------------------------------------------------------
inline constexpr std::string_view kDerivedCycle = "E4001";    // derived facts depend on themselves
inline constexpr std::string_view kRelationCycle = "E4002";   // exception/prevails cycle
inline constexpr std::string_view kRelationTarget = "W4003";  // exception to an unrelated rule

// --- legal structure -------------------------------------------------------------------------
inline constexpr std::string_view kMissingCitation = "E5001";  // rule without `cite`
inline constexpr std::string_view kMissingStatus = "E5002";    // rule without `status`
inline constexpr std::string_view kUnknownStatus = "E5003";    // status word not known
inline constexpr std::string_view kBadCitation = "E5004";      // malformed locator or order
inline constexpr std::string_view kUnknownRegulation =
    "E5005";                                                  // citation of undeclared regulation
inline constexpr std::string_view kInferenceReason = "E5006";  // `inferred ""`: no reason
inline constexpr std::string_view kNeverFires = "W5010";      // contradictory condition
inline constexpr std::string_view kVersionOverlap = "E5020";  // versions in force together
inline constexpr std::string_view kVersionGap = "W5021";      // days with no version in force
inline constexpr std::string_view kConflict = "E5030";        // rules conclude differently
inline constexpr std::string_view kConflictsUnchecked = "W5031";  // conflict search hit its limit
inline constexpr std::string_view kOverlapsUnresolved = "E5032";  // `overlaps resolved`, mildest
inline constexpr std::string_view kProvisionalReason = "E5040";  // `then provisional ""`
inline constexpr std::string_view kProvisionalMixed = "E5041";   // marking rule concludes more
inline constexpr std::string_view kProvisionalRelation = "E5042";  // marking rule displaces rules

// --- limits ----------------------------------------------------------------------------------
inline constexpr std::string_view kTooDeep = "E9002";           // derived facts nest over max_depth
inline constexpr std::string_view kIdentifierTooLong = "E9003";  // identifier over max_identifier
inline constexpr std::string_view kTooManyRules = "E9005";       // rule count over max_rules

}  // namespace netral::check::codes
