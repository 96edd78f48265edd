// SPDX-License-Identifier: Apache-2.0
#include "check/members.hpp"

namespace netral::check {

template <typename NameAt>
const std::vector<std::uint32_t>* MemberIndex::find(Kind kind, std::uint32_t owner,
                                                    std::size_t count, std::string_view name,
                                                    const NameAt& name_at) {
    Index& index = indexes_[{kind, owner}];
    if (index.size != count) {
        index.positions.clear();
        for (std::size_t i = 0; i < count; ++i) {
            index.positions[std::string(name_at(i))].push_back(static_cast<std::uint32_t>(i));
        }
        index.size = count;
    }
    auto it = index.positions.find(name);
    return it == index.positions.end() ? nullptr : &it->second;
}

std::optional<std::uint32_t> MemberIndex::enum_value(const ir::Program& p, ir::EnumId id,
                                                     std::string_view name) {
    const ir::Enum& e = p.enums[id.index()];
    const auto* found = find(Kind::EnumValue, id.value, e.values.size(), name,
                             [&](std::size_t i) -> std::string_view { return e.values[i].name; });
    if (found == nullptr) return std::nullopt;
    return found->front();
}

std::optional<ir::FieldId> MemberIndex::field(const ir::Program& p, ir::RecordId id,
                                              std::string_view name) {
    const ir::Record& record = p.records[id.index()];
    const auto* found = find(
        Kind::Field, id.value, record.fields.size(), name,
        [&](std::size_t i) -> std::string_view { return p.fields[record.fields[i].index()].name; });
    if (found == nullptr) return std::nullopt;
    return record.fields[found->front()];
}

std::vector<ir::FieldId> MemberIndex::variant_fields(const ir::Program& p, ir::RecordId id,
                                                     std::string_view name) {
    const ir::Record& record = p.records[id.index()];
    // Cases get their fields together with the case, so the case count tells staleness. The
    // positions stored are field ids, over the fields of all cases in order.
    Index& index = indexes_[{Kind::VariantField, id.value}];
    if (index.size != record.cases.size()) {
        index.positions.clear();
        for (const ir::VariantCase& variant : record.cases) {
            for (ir::FieldId field : variant.fields) {
                index.positions[p.fields[field.index()].name].push_back(field.value);
            }
        }
        index.size = record.cases.size();
    }
    auto it = index.positions.find(name);
    if (it == index.positions.end()) return {};
    std::vector<ir::FieldId> out;
    for (std::uint32_t field : it->second) out.push_back(ir::FieldId(field));
    return out;
}

std::optional<std::uint32_t> MemberIndex::column(const ir::Program& p, ir::TableId id,
                                                 std::string_view name) {
    const ir::Table& table = p.tables[id.index()];
    const auto* found =
        find(Kind::Column, id.value, table.columns.size(), name,
             [&](std::size_t i) -> std::string_view { return table.columns[i].name; });
    if (found == nullptr) return std::nullopt;
    return found->front();
}

std::optional<ir::CategoryId> MemberIndex::category(const ir::Program& p, ir::LadderId id,
                                                    std::string_view name) {
    const ir::Ladder& ladder = p.ladders[id.index()];
    const auto* found = find(Kind::Category, id.value, ladder.categories.size(), name,
                             [&](std::size_t i) -> std::string_view {
                                 return p.categories[ladder.categories[i].index()].name;
                             });
    if (found == nullptr) return std::nullopt;
    return ladder.categories[found->front()];
}

std::vector<ir::LadderId> MemberIndex::ladders_with(const ir::Program& p, std::string_view name) {
    // Ladders get their categories when declared, so the ladder count tells staleness.
    Index& index = indexes_[{Kind::LadderCategory, 0}];
    if (index.size != p.ladders.size()) {
        index.positions.clear();
        for (std::size_t l = 0; l < p.ladders.size(); ++l) {
            for (ir::CategoryId c : p.ladders[l].categories) {
                auto& ladders = index.positions[p.categories[c.index()].name];
                if (ladders.empty() || ladders.back() != l) {
                    ladders.push_back(static_cast<std::uint32_t>(l));
                }
            }
        }
        index.size = p.ladders.size();
    }
    auto it = index.positions.find(name);
    if (it == index.positions.end()) return {};
    std::vector<ir::LadderId> out;
    for (std::uint32_t l : it->second) out.push_back(ir::LadderId(l));
    return out;
}

std::optional<ir::SanctionId> MemberIndex::sanction(const ir::Program& p, ir::CategoryId id,
                                                    std::string_view name) {
    const ir::Category& category = p.categories[id.index()];
    const auto* found = find(Kind::Sanction, id.value, category.sanctions.size(), name,
                             [&](std::size_t i) -> std::string_view {
                                 return p.sanctions[category.sanctions[i].index()].name;
                             });
    if (found == nullptr) return std::nullopt;
    return category.sanctions[found->front()];
}

std::vector<std::string> value_names(const ir::Enum& e) {
    std::vector<std::string> names;
    names.reserve(e.values.size());
    for (const ir::EnumValue& value : e.values) names.push_back(value.name);
    return names;
}

}  // namespace netral::check
