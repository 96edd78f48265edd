// SPDX-License-Identifier: Apache-2.0
// Gives every stage library at least one translation unit, so a stage whose folder holds only
// headers still forms a library target.
namespace netral::base {
void stage_library_anchor() {}
}  // namespace netral::base
