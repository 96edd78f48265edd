// SPDX-License-Identifier: Apache-2.0
// The plain loop netral's evaluation of random rules is compared with: the rules as a vector of
// structs, each act checked against every rule's conditions in order with short-circuit, the
// matching rules collected. No index, no trail: what a programmer writes first.
#pragma once

#include <cstdint>
#include <vector>

#include "synthetic.hpp"

namespace netral::bench {

class PlainLoop {
public:
    explicit PlainLoop(const std::vector<RandomRule>& rules);

    /// Appends to `out` one (act position, rule position) pair per match, acts in order, rules in
    /// declaration order. `out` is cleared first; it allocates nothing once it has grown.
    void run(const std::vector<RandomAct>& acts,
             std::vector<std::pair<std::uint32_t, std::uint32_t>>& out) const;

private:
    struct Test {
        Condition::Op op;
        std::uint8_t field;
        std::int64_t low;
        std::int64_t high;
        std::uint32_t first_member;  ///< In: into members_
        std::uint32_t member_count;
    };
    struct Rule {
        std::uint32_t first_test;
        std::uint32_t test_count;
    };
    std::vector<Rule> rules_;
    std::vector<Test> tests_;
    std::vector<std::int64_t> members_;
};

}  // namespace netral::bench
