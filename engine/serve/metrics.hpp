// SPDX-License-Identifier: Apache-2.0
// The service's counters in the Prometheus text format (`GET /metrics`): requests by route and
// status, a latency histogram by route, decisions by outcome category, reloads, requests in
// flight, and the digest of the loaded rule set as a labelled gauge. Thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace netral::serve {

/// Upper bounds of the latency histogram's buckets, in seconds.
inline constexpr std::array<double, 10> kLatencyBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025,
                                                           0.05,  0.1,    0.25,  1.0,  5.0};

class Metrics {
public:
    /// One answered request: its route pattern (`/v1/evaluate`, or `other` for unknown paths),
    /// status and time taken.
    void request(const std::string& route, int status, double seconds);
    /// One decision with its outcome category.
    void decision(const std::string& category);
    /// A request entered (+1) or left (-1) its handler.
    void in_flight(int delta);

    /// The exposition text; `digest`, `reloads`, `failed_reloads` come from the rule store.
    std::string render(const std::string& digest, std::uint64_t reloads,
                       std::uint64_t failed_reloads) const;

private:
    /// Latency of one route: bucket counts (not cumulative), sum and count.
    struct Histogram {
        std::array<std::uint64_t, kLatencyBuckets.size()> buckets{};
        double sum = 0;
        std::uint64_t count = 0;
    };
    mutable std::mutex mutex_;                                       ///< guards the rest
    std::map<std::pair<std::string, int>, std::uint64_t> requests_;  ///< (route, status) → count
    std::map<std::string, Histogram> latency_;                       ///< by route
    std::map<std::string, std::uint64_t> decisions_;                 ///< by category
    std::int64_t in_flight_ = 0;                                     ///< requests being handled
};

}  // namespace netral::serve
