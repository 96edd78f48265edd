// SPDX-License-Identifier: Apache-2.0
#include "facts/layout.hpp"

namespace netral::facts {

Layout::Layout(const check::ir::Program& program)
    : field_slot(program.fields.size(), 0), record_size(program.records.size(), 0) {
    for (std::size_t i = 0; i < program.fields.size(); ++i) {
        const auto record = program.fields[i].record.index();
        field_slot[i] = record_size[record]++;
    }
}

}  // namespace netral::facts
