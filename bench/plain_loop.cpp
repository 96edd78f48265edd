// SPDX-License-Identifier: Apache-2.0
// The plain loop of plain_loop.hpp: conditions stored flat, evaluated in written order with
// short-circuit.
#include "plain_loop.hpp"

namespace netral::bench {

PlainLoop::PlainLoop(const std::vector<RandomRule>& rules) {
    rules_.reserve(rules.size());
    for (const RandomRule& rule : rules) {
        rules_.push_back(Rule{static_cast<std::uint32_t>(tests_.size()),
                              static_cast<std::uint32_t>(rule.conditions.size())});
        for (const Condition& c : rule.conditions) {
            tests_.push_back(Test{c.op, c.field, c.low, c.high,
                                  static_cast<std::uint32_t>(members_.size()),
                                  static_cast<std::uint32_t>(c.members.size())});
            members_.insert(members_.end(), c.members.begin(), c.members.end());
        }
    }
}

void PlainLoop::run(const std::vector<RandomAct>& acts,
                    std::vector<std::pair<std::uint32_t, std::uint32_t>>& out) const {
    out.clear();
    for (std::uint32_t a = 0; a < acts.size(); ++a) {
        const std::int64_t* values = acts[a].values;
        for (std::uint32_t r = 0; r < rules_.size(); ++r) {
            const Rule& rule = rules_[r];
            bool holds = true;
            for (std::uint32_t t = rule.first_test; holds && t < rule.first_test + rule.test_count;
                 ++t) {
                const Test& test = tests_[t];
                const std::int64_t v = values[test.field];
                switch (test.op) {
                    case Condition::Op::Equal:
                        holds = v == test.low;
                        break;
                    case Condition::Op::Range:
                        holds = v >= test.low && v <= test.high;
                        break;
                    case Condition::Op::In: {
                        holds = false;
                        for (std::uint32_t m = 0; m < test.member_count; ++m) {
                            if (members_[test.first_member + m] == v) {
                                holds = true;
                                break;
                            }
                        }
                        break;
                    }
                }
            }
            if (holds) out.emplace_back(a, r);
        }
    }
}

}  // namespace netral::bench
