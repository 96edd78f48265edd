// SPDX-License-Identifier: Apache-2.0
// Lookups of a declaration's members by name: enum values, record fields, table columns, ladder
// categories and their sanctions. A declaration may have thousands of members and every
// reference looks one up, so scanning them made checking quadratic; instead each declaration's
// names are indexed on its first lookup. Its members are complete by then: lookups start after
// the pass that builds them (declaration for enums and ladders, signatures for records and
// tables), and an index is rebuilt if members were added after all.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "check/ir.hpp"

namespace netral::check {

class MemberIndex {
public:
    /// The index of the value `name` of an enum.
    std::optional<std::uint32_t> enum_value(const ir::Program& p, ir::EnumId id,
                                            std::string_view name);
    /// The common (not variant) field `name` of a record.
    std::optional<ir::FieldId> field(const ir::Program& p, ir::RecordId id, std::string_view name);
    /// Every variant field called `name` of a record, in case order (cases may share a name).
    std::vector<ir::FieldId> variant_fields(const ir::Program& p, ir::RecordId id,
                                            std::string_view name);
    /// The index of the column `name` of a table.
    std::optional<std::uint32_t> column(const ir::Program& p, ir::TableId id,
                                        std::string_view name);
    /// The category `name` of a ladder.
    std::optional<ir::CategoryId> category(const ir::Program& p, ir::LadderId id,
                                           std::string_view name);
    /// The ladders that have a category `name`, in ladder order.
    std::vector<ir::LadderId> ladders_with(const ir::Program& p, std::string_view name);
    /// The sanction `name` of a category.
    std::optional<ir::SanctionId> sanction(const ir::Program& p, ir::CategoryId id,
                                           std::string_view name);

private:
    enum class Kind : std::uint8_t {
        EnumValue,
        Field,
        VariantField,
        Column,
        Category,
        Sanction,
        LadderCategory,  ///< one index over all ladders: category name to ladder ids
    };
    /// Positions (into the member list) of each name, ascending.
    struct Index {
        std::optional<std::size_t> size;  ///< members indexed; another count means a rebuild
        std::map<std::string, std::vector<std::uint32_t>, std::less<>> positions;
    };

    /// The positions of `name` among the `count` members of `owner`; `name_at(i)` gives the
    /// name of member i and is only called to (re)build the index.
    template <typename NameAt>
    const std::vector<std::uint32_t>* find(Kind kind, std::uint32_t owner, std::size_t count,
                                           std::string_view name, const NameAt& name_at);

    std::map<std::pair<Kind, std::uint32_t>, Index> indexes_;  ///< by member kind and owner id
};

/// The names of an enum's values in order, for did-you-mean hints.
std::vector<std::string> value_names(const ir::Enum& e);

}  // namespace netral::check
