// SPDX-License-Identifier: Apache-2.0
// Writes a generated rule set (synthetic.hpp) to a directory, so that it can be read, checked
// with `netral check DIR` and profiled outside the benchmarks (docs/performance.md). Not a
// benchmark itself.
//
//   netral_bench_rules kind|scan|random N DIR
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "synthetic.hpp"

int main(int argc, char** argv) {
    using namespace netral::bench;
    if (argc != 4) {
        std::cerr << "usage: netral_bench_rules kind|scan|random N DIR\n";
        return 2;
    }
    const std::string shape = argv[1];
    const std::size_t n = std::strtoul(argv[2], nullptr, 10);
    GeneratedRules rules;
    if (shape == "kind") {
        rules = kind_rules(n, KindShape::Indexed);
    } else if (shape == "scan") {
        rules = kind_rules(n, KindShape::Scan);
    } else if (shape == "random") {
        rules = random_rules(n, 42).text;
    } else {
        std::cerr << "netral_bench_rules: unknown shape `" << shape << "`\n";
        return 2;
    }
    const std::filesystem::path dir = argv[3];
    std::filesystem::create_directories(dir);
    for (const netral::Source& source : rules.sources) {
        std::ofstream out(dir / source.path, std::ios::binary);
        out << source.text;
        if (!out) {
            std::cerr << "netral_bench_rules: cannot write " << (dir / source.path) << "\n";
            return 1;
        }
    }
    std::cout << rules.rule_count << " rules in " << rules.sources.size() << " files under "
              << dir.string() << "\n";
    return 0;
}
