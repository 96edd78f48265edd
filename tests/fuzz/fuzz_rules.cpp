// SPDX-License-Identifier: Apache-2.0
// libFuzzer entry point for the front end: any bytes as one rule file, parsed and checked.
// Tight limits keep each run fast; the property is "no crash, no hang, no sanitizer report".
#include <cstddef>
#include <cstdint>
#include <string>

#include "netral/netral.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    netral::CheckOptions options;
    options.limits.max_file_bytes = 64 * 1024;
    options.limits.max_errors = 20;
    std::string text(reinterpret_cast<const char*>(data), size);
    // Split on a NUL-free marker so the fuzzer can also build multi-module rule sets.
    std::vector<netral::Source> sources;
    std::size_t start = 0;
    int index = 0;
    while (true) {
        std::size_t cut = text.find("\n---\n", start);
        std::string part = text.substr(start, cut == std::string::npos ? cut : cut - start);
        sources.push_back({"fuzz" + std::to_string(index++) + ".rules", std::move(part)});
        if (cut == std::string::npos || index == 8) break;
        start = cut + 5;
    }
    netral::CheckReport report = netral::check_rules(sources, options);
    (void)report.text();
    (void)report.json();
    return 0;
}
