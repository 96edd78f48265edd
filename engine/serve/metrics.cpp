// SPDX-License-Identifier: Apache-2.0
#include "serve/metrics.hpp"

#include <fmt/format.h>

namespace netral::serve {

namespace {

/// A label value escaped as the exposition format asks (`\`, `"`, new line).
std::string label(const std::string& value) {
    std::string out;
    for (char c : value) {
        if (c == '\\' || c == '"') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

}  // namespace

void Metrics::request(const std::string& route, int status, double seconds) {
    std::lock_guard lock(mutex_);
    ++requests_[{route, status}];
    Histogram& histogram = latency_[route];
    for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
        if (seconds <= kLatencyBuckets[i]) {
            ++histogram.buckets[i];
            break;
        }
    }
    histogram.sum += seconds;
    ++histogram.count;
}

void Metrics::decision(const std::string& category) {
    std::lock_guard lock(mutex_);
    ++decisions_[category];
}

void Metrics::in_flight(int delta) {
    std::lock_guard lock(mutex_);
    in_flight_ += delta;
}

std::string Metrics::render(const std::string& digest, std::uint64_t reloads,
                            std::uint64_t failed_reloads) const {
    std::lock_guard lock(mutex_);
    std::string out;
    out += "# HELP netral_requests_total Requests answered, by route and status.\n";
    out += "# TYPE netral_requests_total counter\n";
    for (const auto& [key, count] : requests_) {
        out += fmt::format("netral_requests_total{{route=\"{}\",status=\"{}\"}} {}\n",
                           label(key.first), key.second, count);
    }
    out += "# HELP netral_request_duration_seconds Time from reading a request to its answer.\n";
    out += "# TYPE netral_request_duration_seconds histogram\n";
    for (const auto& [route, histogram] : latency_) {
        std::uint64_t cumulative = 0;
        for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
            cumulative += histogram.buckets[i];
            out +=
                fmt::format("netral_request_duration_seconds_bucket{{route=\"{}\",le=\"{}\"}} {}\n",
                            label(route), kLatencyBuckets[i], cumulative);
        }
        out +=
            fmt::format("netral_request_duration_seconds_bucket{{route=\"{}\",le=\"+Inf\"}} {}\n",
                        label(route), histogram.count);
        out += fmt::format("netral_request_duration_seconds_sum{{route=\"{}\"}} {}\n", label(route),
                           histogram.sum);
        out += fmt::format("netral_request_duration_seconds_count{{route=\"{}\"}} {}\n",
                           label(route), histogram.count);
    }
    out += "# HELP netral_decisions_total Decisions made, by outcome category.\n";
    out += "# TYPE netral_decisions_total counter\n";
    for (const auto& [category, count] : decisions_) {
        out +=
            fmt::format("netral_decisions_total{{category=\"{}\"}} {}\n", label(category), count);
    }
    out += "# HELP netral_reloads_total Reloads that replaced the rule set.\n";
    out += "# TYPE netral_reloads_total counter\n";
    out += fmt::format("netral_reloads_total {}\n", reloads);
    out += "# HELP netral_reload_failures_total Reloads refused because the rules had errors.\n";
    out += "# TYPE netral_reload_failures_total counter\n";
    out += fmt::format("netral_reload_failures_total {}\n", failed_reloads);
    out += "# HELP netral_requests_in_flight Requests being handled.\n";
    out += "# TYPE netral_requests_in_flight gauge\n";
    out += fmt::format("netral_requests_in_flight {}\n", in_flight_);
    out += "# HELP netral_rule_set_info The rule set being served (always 1).\n";
    out += "# TYPE netral_rule_set_info gauge\n";
    out += fmt::format("netral_rule_set_info{{digest=\"{}\"}} 1\n", label(digest));
    return out;
}

}  // namespace netral::serve
