// SPDX-License-Identifier: Apache-2.0
// The random rules of synthetic.hpp run by CLIPS 6.30 (Debian libclips-dev), a forward-chaining
// production system with a Rete network, as a real peer beside the plain loop (plain_loop.hpp).
// Each rule becomes a defrule over one `act` deftemplate whose right-hand side reports the
// (act, rule) pair back through a C++ function; the constructs are generated as text in memory
// and built with CLIPS's own parser, as a CLIPS user would load them.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "synthetic.hpp"

namespace netral::bench {

class ClipsRules {
public:
    /// Creates a CLIPS environment and builds `rules` in it (deftemplate, one defrule per rule,
    /// reset). Throws std::runtime_error when CLIPS refuses a construct. Not thread-safe: one
    /// environment serves one thread at a time.
    explicit ClipsRules(const std::vector<RandomRule>& rules);
    ~ClipsRules();
    ClipsRules(const ClipsRules&) = delete;
    ClipsRules& operator=(const ClipsRules&) = delete;

    /// The same contract as PlainLoop::run: appends one (act position, rule position) pair per
    /// match, acts in order, rules in declaration order; `out` is cleared first. Asserts every
    /// act as a fact, runs the agenda to the end and retracts the facts, so the environment is
    /// ready for the next call. Values are CLIPS atoms interned once; throws std::runtime_error
    /// on a value outside the generator's domain.
    void run(const std::vector<RandomAct>& acts,
             std::vector<std::pair<std::uint32_t, std::uint32_t>>& out);

private:
    void* env_ = nullptr;           ///< the CLIPS environment, owned
    void* act_template_ = nullptr;  ///< the `act` deftemplate, owned by env_
    /// Interned atoms, each held by one reference so CLIPS never collects them:
    std::vector<void*> enum_atoms_;      ///< symbol v<k>, by enum value k
    std::vector<void*> int_atoms_;       ///< integer k, by value 0..kIntMax
    std::vector<void*> position_atoms_;  ///< integer k, by act position, grown on demand
    std::vector<void*> facts_;           ///< facts asserted by the current run
};

}  // namespace netral::bench
