// SPDX-License-Identifier: Apache-2.0
#include "cli/summary_table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <map>

#include "render/safe_text.hpp"

namespace netral::cli {

namespace {

/// The review column: `no`, or `yes` and the kinds of the review items.
std::string review_cell(const SummaryRow& row) {
    if (row.review.empty()) return "no";
    std::string out = "yes (";
    for (std::size_t i = 0; i < row.review.size(); ++i) {
        out += (i > 0 ? ", " : "") + row.review[i];
    }
    return out + ")";
}

/// Display width of UTF-8 text: code points, which is right for the Latin text of paths and ids.
std::size_t width(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

}  // namespace

std::string summary_table(const std::vector<SummaryRow>& rows) {
    std::vector<std::vector<std::string>> cells;
    cells.push_back({"FILE", "INCIDENT", "CATEGORY", "SANCTION", "FINDINGS", "REVIEW"});
    std::size_t invalid = 0;
    std::size_t review = 0;
    std::map<std::string, std::size_t> categories;
    for (const SummaryRow& row : rows) {
        if (!row.valid) {
            ++invalid;
            cells.push_back({row.file, "invalid: " + row.error});
            continue;
        }
        if (!row.review.empty()) ++review;
        ++categories[row.category];
        cells.push_back({row.file, row.incident, row.category, row.sanction,
                         std::to_string(row.findings), review_cell(row)});
    }
    // Paths, ids and messages may hold control characters; none may reach the terminal.
    for (auto& line : cells) {
        for (std::string& cell : line) cell = rendering::one_line(cell);
    }
    // Column widths from the complete rows only: an error message runs on past the columns.
    std::vector<std::size_t> widths(cells.front().size(), 0);
    for (const auto& line : cells) {
        if (line.size() != widths.size()) {
            widths[0] = std::max(widths[0], width(line[0]));
            continue;
        }
        for (std::size_t i = 0; i < line.size(); ++i) {
            widths[i] = std::max(widths[i], width(line[i]));
        }
    }
    std::string out;
    for (const auto& line : cells) {
        for (std::size_t i = 0; i + 1 < line.size(); ++i) {
            // fmt pads by code points, as `width` counts; two spaces between columns.
            fmt::format_to(std::back_inserter(out), "{:<{}}  ", line[i], widths[i]);
        }
        out += line.back() + "\n";
    }
    std::size_t evaluated = rows.size() - invalid;
    fmt::format_to(std::back_inserter(out), "{} {}: {} evaluated, {} invalid; {} need review",
                   rows.size(), rows.size() == 1 ? "incident" : "incidents", evaluated, invalid,
                   review);
    if (!categories.empty()) {
        std::vector<std::string> counts;
        for (const auto& [category, count] : categories) {
            counts.push_back(fmt::format("{} {}", category, count));
        }
        fmt::format_to(std::back_inserter(out), "; categories: {}", fmt::join(counts, ", "));
    }
    return out + "\n";
}

}  // namespace netral::cli
