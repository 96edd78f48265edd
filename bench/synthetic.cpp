// SPDX-License-Identifier: Apache-2.0
// Generates the synthetic rule sets of synthetic.hpp as rule-language text, and builds their
// incidents with FactsBuilder, so that the benchmarks time evaluation only.
#include "synthetic.hpp"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace netral::bench {

namespace {

constexpr std::size_t kRulesPerFile = 1000;
constexpr std::size_t kChannels = 10;

/// splitmix64: small, fast and the same on every platform (std distributions are not).
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [low, high].
    std::int64_t between(std::int64_t low, std::int64_t high) {
        return low + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(high - low + 1));
    }

private:
    std::uint64_t state_;
};

/// The parts every generated rule set shares: ruleset header, regulation, track, ladder and
/// combination. `records` holds the enums, record and facts of the set's vocabulary.
std::string vocabulary_module(const std::string& records) {
    std::string text;
    text += "module synth_vocab \"Kosakata sintetis\" en \"Synthetic vocabulary\"\n\n";
    text +=
        "ruleset synthetic \"Aturan sintetis\" en \"Synthetic rules\" {\n"
        "  version \"1.0\"\n"
        "  in force by decided\n"
        "}\n\n";
    text +=
        "regulation PP 1/2020 \"Peraturan sintetis\" en \"Synthetic regulation\"\n"
        "  in force from 2020-01-01\n\n";
    text += records;
    text += "\nfact decided: date = as_of \"Tanggal keputusan\" en \"Decision date\"\n";
    text += "fact acts: list of act required \"Perbuatan\" en \"Acts\"\n\n";
    text +=
        "track discipline \"Hukuman disiplin\" en \"Discipline\" {\n"
        "  cite PP 1/2020 Pasal 1\n"
        "}\n\n";
    text +=
        "ladder sanction \"Tangga sanksi\" en \"Sanction ladder\" {\n"
        "  category none \"Tanpa sanksi\" en \"None\"\n"
        "  category light \"Ringan\" en \"Light\"\n"
        "  category medium \"Sedang\" en \"Medium\"\n"
        "  category heavy \"Berat\" en \"Heavy\"\n"
        "}\n\n";
    text +=
        "combine discipline \"Yang terberat\" en \"The heaviest\" {\n"
        "  strategy heaviest\n"
        "  recommend mildest\n"
        "  cite PP 1/2020 Pasal 2\n"
        "}\n";
    return text;
}

/// Splits rule blocks into modules of at most kRulesPerFile rules, each importing the vocabulary.
void add_rule_modules(GeneratedRules& out, const std::vector<std::string>& blocks) {
    for (std::size_t first = 0; first < blocks.size(); first += kRulesPerFile) {
        std::size_t file = first / kRulesPerFile;
        std::string text = "module synth_rules_" + std::to_string(file) + "\nimport synth_vocab\n";
        std::size_t last = std::min(blocks.size(), first + kRulesPerFile);
        for (std::size_t i = first; i < last; ++i) text += blocks[i];
        char name[32];
        std::snprintf(name, sizeof name, "rules-%04zu.rules", file);
        out.sources.push_back(Source{name, std::move(text)});
    }
    out.rule_count = blocks.size();
}

std::size_t kind_count(std::size_t n) { return std::max<std::size_t>(2, n / kChannels); }

const char* const kCategories[] = {"light", "medium", "heavy"};

std::string value_name(std::int64_t v) { return "v" + std::to_string(v); }

std::string condition_text(const Condition& c) {
    const bool is_enum = c.field < kEnumFields;
    std::string field =
        is_enum ? "a.e" + std::to_string(c.field) : "a.i" + std::to_string(c.field - kEnumFields);
    auto value = [&](std::int64_t v) { return is_enum ? value_name(v) : std::to_string(v); };
    switch (c.op) {
        case Condition::Op::Equal:
            return field + " == " + value(c.low);
        case Condition::Op::Range:
            // The language has ranges of ints and dates only (`x in a .. b` with enum values is
            // an unknown name, E2004): an enum range is written as two comparisons of the same
            // field (two indexed tests for netral; one condition for the plain loop).
            if (is_enum) {
                return field + " >= " + value(c.low) + " and " + field + " <= " + value(c.high);
            }
            return field + " in " + value(c.low) + " .. " + value(c.high);
        case Condition::Op::In: {
            std::string text = field + " in {";
            for (std::size_t i = 0; i < c.members.size(); ++i) {
                text += (i ? ", " : "") + value(c.members[i]);
            }
            return text + "}";
        }
    }
    return {};
}

}  // namespace

// --- kind-discriminated rules ------------------------------------------------------------------

GeneratedRules kind_rules(std::size_t n, KindShape shape) {
    const std::size_t kinds = kind_count(n);
    std::string records = "enum act_kind \"Jenis perbuatan\" en \"Kind of act\" {\n";
    for (std::size_t k = 0; k < kinds; ++k) records += "  k" + std::to_string(k) + "\n";
    records += "}\n\nenum channel \"Saluran\" en \"Channel\" {\n";
    for (std::size_t c = 0; c < kChannels; ++c) records += "  c" + std::to_string(c) + "\n";
    records +=
        "}\n\n"
        "record act \"Perbuatan\" en \"Act\" {\n"
        "  id: text key \"Nomor\" en \"Id\"\n"
        "  date: date required \"Tanggal\" en \"Date\"\n"
        "  kind: act_kind required \"Jenis\" en \"Kind\"\n"
        "  channel: channel required \"Saluran\" en \"Channel\"\n"
        "  score: int required \"Skor\" en \"Score\"\n"
        "  limit: int = 100 \"Batas skor\" en \"Score limit\"\n"
        "}\n";
    GeneratedRules out;
    out.sources.push_back(Source{"vocab.rules", vocabulary_module(records)});
    std::vector<std::string> blocks;
    blocks.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t kind = (i / kChannels) % kinds;
        const std::size_t channel = i % kChannels;
        const std::string test =
            "a.kind == k" + std::to_string(kind) + " and a.channel == c" + std::to_string(channel);
        std::string where;
        if (shape == KindShape::Scan) {
            where = "a.score > a.limit or (" + test + ")";
        } else {
            // Odd rules add a score range; the ranges of one kind never decide between two
            // rules, the channel already does, so the rules never conflict (E5030).
            where = test;
            if (i % 2 == 1) where += " and a.score in 10 .. " + std::to_string(50 + i % 40);
        }
        std::string id = "r" + std::to_string(i);
        blocks.push_back("\nrule " + id + " \"Aturan " + id +
                         "\" {\n"
                         "  cite PP 1/2020 Pasal " +
                         std::to_string(3 + i % 90) +
                         "\n"
                         "  status verified\n"
                         "  for a in acts where " +
                         where +
                         "\n"
                         "  then discipline " +
                         kCategories[i % 3] +
                         "\n"
                         "  because \"Perbuatan {a.kind} pada {a.date}\"\n"
                         "}\n");
    }
    add_rule_modules(out, blocks);
    return out;
}

std::vector<KindAct> kind_incident(std::size_t n) {
    const std::size_t kinds = kind_count(n);
    // Rule 3 (kind 0, channel 3, score range 10 .. 53) and the rule of kind kinds/2, channel 4.
    return {KindAct{"act-1", "2024-10-03", 0, 3, 20},
            KindAct{"act-2", "2024-10-19", kinds / 2, 4, 70}};
}

// --- random rules ------------------------------------------------------------------------------

RandomRuleSet random_rules(std::size_t n, std::uint32_t seed) {
    std::string records = "enum val \"Nilai\" en \"Value\" {\n";
    for (std::int64_t v = 0; v < kEnumValues; ++v) records += "  " + value_name(v) + "\n";
    records +=
        "}\n\nrecord act \"Perbuatan\" en \"Act\" {\n"
        "  id: text key \"Nomor\" en \"Id\"\n";
    for (std::size_t f = 0; f < kEnumFields; ++f) {
        records += "  e" + std::to_string(f) + ": val required\n";
    }
    for (std::size_t f = 0; f < kIntFields; ++f) {
        records += "  i" + std::to_string(f) + ": int required\n";
    }
    records += "}\n";
    RandomRuleSet out;
    out.text.sources.push_back(Source{"vocab.rules", vocabulary_module(records)});
    Random random(seed);
    std::vector<std::string> blocks;
    blocks.reserve(n);
    out.rules.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        RandomRule rule;
        rule.id = "q" + std::to_string(i);
        const std::size_t count = static_cast<std::size_t>(random.between(2, 4));
        std::vector<std::uint8_t> fields;
        while (fields.size() < count) {
            auto f = static_cast<std::uint8_t>(random.between(0, kFields - 1));
            if (std::find(fields.begin(), fields.end(), f) == fields.end()) fields.push_back(f);
        }
        for (std::uint8_t f : fields) {
            Condition c;
            c.field = f;
            const bool is_enum = f < kEnumFields;
            const std::int64_t max = is_enum ? kEnumValues - 1 : kIntMax;
            switch (random.between(0, 2)) {
                case 0:
                    c.op = Condition::Op::Equal;
                    c.low = random.between(0, max);
                    break;
                case 1: {
                    c.op = Condition::Op::In;
                    const std::int64_t size = random.between(2, 4);
                    while (static_cast<std::int64_t>(c.members.size()) < size) {
                        std::int64_t v = random.between(0, max);
                        if (std::find(c.members.begin(), c.members.end(), v) == c.members.end()) {
                            c.members.push_back(v);
                        }
                    }
                    break;
                }
                default: {
                    c.op = Condition::Op::Range;
                    const std::int64_t width =
                        is_enum ? random.between(1, 4) : random.between(4, 30);
                    c.low = random.between(0, max - width);
                    c.high = c.low + width;
                    break;
                }
            }
            rule.conditions.push_back(std::move(c));
        }
        std::string where;
        for (const Condition& c : rule.conditions) {
            where += (where.empty() ? "" : " and ") + condition_text(c);
        }
        // One conclusion for all: rules that share a track and a category never conflict
        // (E5030), whatever their conditions, as random conditions often include each other.
        blocks.push_back("\nrule " + rule.id +
                         " {\n"
                         "  cite PP 1/2020 Pasal " +
                         std::to_string(3 + i % 90) +
                         "\n"
                         "  status verified\n"
                         "  for a in acts where " +
                         where +
                         "\n"
                         "  then discipline medium\n"
                         "  because \"Aturan " +
                         rule.id +
                         "\"\n"
                         "}\n");
        out.rules.push_back(std::move(rule));
    }
    add_rule_modules(out.text, blocks);
    return out;
}

std::vector<RandomAct> random_incident(std::size_t acts, std::uint32_t seed) {
    Random random(seed ^ 0xA5A5A5A5u);
    std::vector<RandomAct> out(acts);
    for (std::size_t a = 0; a < acts; ++a) {
        out[a].id = "act-" + std::to_string(a + 1);
        for (std::size_t f = 0; f < kFields; ++f) {
            out[a].values[f] = random.between(0, f < kEnumFields ? kEnumValues - 1 : kIntMax);
        }
    }
    return out;
}

std::shared_ptr<const RuleSet> compile_or_throw(const std::vector<Source>& sources) {
    CompileResult result = compile_rules(sources);
    if (!result.ok()) throw std::runtime_error("compile_rules failed:\n" + result.text);
    return result.rules;
}

}  // namespace netral::bench
