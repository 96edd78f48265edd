// SPDX-License-Identifier: Apache-2.0
#include "base/suggest.hpp"

#include <algorithm>

namespace netral::base {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.size()][b.size()];
}

std::optional<std::string> closest(std::string_view name, const std::vector<std::string>& candidates) {
    // Long names are not compared: the cost is quadratic and such names are not typos.
    if (name.size() > 64) return std::nullopt;
    std::size_t limit = std::max<std::size_t>(1, name.size() / 3);
    std::optional<std::string> best;
    std::size_t best_distance = limit + 1;
    for (const std::string& candidate : candidates) {
        if (candidate.size() > 64 || candidate == name) continue;
        // The distance is at least the difference in length: such a candidate cannot win, and
        // skipping it keeps a long candidate list cheap.
        std::size_t shorter = std::min(candidate.size(), name.size());
        if (std::max(candidate.size(), name.size()) - shorter >= best_distance) continue;
        std::size_t distance = edit_distance(name, candidate);
        if (distance < best_distance) {
            best_distance = distance;
            best = candidate;
        }
    }
    return best;
}

Message did_you_mean(std::string_view name, const std::vector<std::string>& candidates) {
    auto best = closest(name, candidates);
    return best ? msg("hint.did_you_mean", *best) : Message();
}

}  // namespace netral::base
