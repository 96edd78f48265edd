// SPDX-License-Identifier: Apache-2.0
// Where each field of each record lives in an Instance: slot numbers computed once per program,
// so the loader fills and the evaluator reads fields by index, never by name.
#pragma once

#include <cstdint>
#include <vector>

#include "check/ir.hpp"

namespace netral::facts {

struct Layout {
    std::vector<std::uint32_t> field_slot;   ///< by FieldId: slot in its record's Instance
    std::vector<std::uint32_t> record_size;  ///< by RecordId: number of slots

    explicit Layout(const check::ir::Program& program);
    Layout() = default;
};

}  // namespace netral::facts
