// SPDX-License-Identifier: Apache-2.0
// The diagnostic codes of the incident loader, each stable and documented in docs/errors.md
// ("Incident files"). E600x–E601x: reading the text (hostile input, syntax, limits);
// E602x–E603x: binding the document to the rule set's vocabulary.
#pragma once

#include <string_view>

namespace netral::io::codes {

// --- reading ---------------------------------------------------------------------------------
inline constexpr std::string_view kTooLarge = "E6001";        // input over max_bytes
inline constexpr std::string_view kBadUtf8 = "E6002";         // invalid UTF-8 or a NUL byte
inline constexpr std::string_view kSyntax = "E6003";          // YAML or JSON syntax error
inline constexpr std::string_view kAlias = "E6004";           // YAML anchor or alias
inline constexpr std::string_view kSecondDocument = "E6005";  // more than one YAML document
inline constexpr std::string_view kTooDeep = "E6006";         // nesting over max_depth
inline constexpr std::string_view kTooManyNodes = "E6007";    // more than max_nodes values
inline constexpr std::string_view kListTooLong = "E6008";     // list over max_list_items
inline constexpr std::string_view kTextTooLong = "E6009";     // scalar over max_text_bytes
inline constexpr std::string_view kDuplicateKey = "E6010";    // a key twice in one map
inline constexpr std::string_view kComplexKey = "E6011";      // a key that is not a scalar
inline constexpr std::string_view kUnreadable = "E6012";      // the file could not be read
                                                              // (reported by `netral eval`)

// --- binding ---------------------------------------------------------------------------------
inline constexpr std::string_view kWrongShape = "E6020";      // map / list / scalar mismatch
inline constexpr std::string_view kUnknownKey = "E6021";      // key not declared
inline constexpr std::string_view kOtherVariant = "E6022";    // field of another variant case
inline constexpr std::string_view kMissingKey = "E6023";      // required key absent
inline constexpr std::string_view kEmptyList = "E6024";       // required list without items
inline constexpr std::string_view kNullValue = "E6025";       // null, ~ or nothing
inline constexpr std::string_view kBadBool = "E6026";         // not `true` / `false`
inline constexpr std::string_view kBadInt = "E6027";          // not a non-negative integer
inline constexpr std::string_view kBadDate = "E6028";         // malformed or impossible date
inline constexpr std::string_view kUnknownEnum = "E6029";     // value not declared in the enum
inline constexpr std::string_view kUnknownStep = "E6030";     // not a step of the ladder
inline constexpr std::string_view kDuplicateId = "E6031";     // key field repeated in a list

// --- what-if changes (io/change.cpp) ---------------------------------------------------------
inline constexpr std::string_view kBadPath = "E6040";         // malformed change path
inline constexpr std::string_view kUnknownItem = "E6041";     // no list item with that id
inline constexpr std::string_view kIndexRange = "E6042";      // list position out of range
inline constexpr std::string_view kNotChangeable = "E6043";   // a record, list, key or required

// --- what-if scenario files (io/scenario.cpp) -------------------------------------------------
inline constexpr std::string_view kScenarioUnknownKey = "E6050";   // key not part of a scenario
inline constexpr std::string_view kScenarioWrongShape = "E6051";   // value of the wrong kind
inline constexpr std::string_view kScenarioMissingKey = "E6052";   // a required key absent
inline constexpr std::string_view kDuplicateVariant = "E6053";     // two variants of one name
inline constexpr std::string_view kScenarioUnknownParam = "E6054"; // parameter or its value
inline constexpr std::string_view kScenarioBadDate = "E6055";      // as_of not YYYY-MM-DD
inline constexpr std::string_view kScenarioNoBase = "E6056";       // base incident unreadable
inline constexpr std::string_view kEmptyVariant = "E6057";         // a variant changes nothing
inline constexpr std::string_view kScenarioNoLoader = "E6058";     // base given by path, no reader

}  // namespace netral::io::codes
