// SPDX-License-Identifier: Apache-2.0
// Builds the facts of the synthetic incidents with the public FactsBuilder, without any text
// parsing, so that the benchmarks time evaluation only (the facts are built once, outside the
// timed loops).
#include <stdexcept>

#include "synthetic.hpp"

namespace netral::bench {

namespace {

std::shared_ptr<const Facts> finish_or_throw(FactsBuilder& builder) {
    IncidentResult result = builder.finish();
    if (!result.ok()) throw std::runtime_error("FactsBuilder rejected the facts:\n" + result.text);
    return result.facts;
}

}  // namespace

std::shared_ptr<const Facts> build_kind_facts(std::shared_ptr<const RuleSet> rules,
                                              const std::vector<KindAct>& acts) {
    FactsBuilder builder(std::move(rules));
    FactsBuilder::Record top = builder.top();
    for (const KindAct& act : acts) {
        top.append("acts")
            .text("id", act.id)
            .date("date", act.date)
            .value("kind", "k" + std::to_string(act.kind))
            .value("channel", "c" + std::to_string(act.channel))
            .integer("score", act.score);
    }
    return finish_or_throw(builder);
}

std::shared_ptr<const Facts> build_random_facts(std::shared_ptr<const RuleSet> rules,
                                                const std::vector<RandomAct>& acts) {
    FactsBuilder builder(std::move(rules));
    FactsBuilder::Record top = builder.top();
    for (const RandomAct& act : acts) {
        FactsBuilder::Record record = top.append("acts");
        record.text("id", act.id);
        for (std::size_t f = 0; f < kEnumFields; ++f) {
            record.value("e" + std::to_string(f), "v" + std::to_string(act.values[f]));
        }
        for (std::size_t f = 0; f < kIntFields; ++f) {
            record.integer("i" + std::to_string(f), act.values[kEnumFields + f]);
        }
    }
    return finish_or_throw(builder);
}

}  // namespace netral::bench
