// SPDX-License-Identifier: Apache-2.0
#include "cli/progress.hpp"

#include <ostream>
#include <string>

namespace netral::cli {

namespace {

constexpr std::size_t kBarWidth = 30;  // characters between the brackets

}  // namespace

Progress::Progress(std::ostream& err, std::size_t total, bool enabled)
    : err_(err), total_(total), enabled_(enabled && total > 1),
      start_(std::chrono::steady_clock::now()) {}

void Progress::update(std::size_t done) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (!shown_ && total_ <= kManyInputs && now - start_ < kSlowRun) return;
    if (shown_ && now - drawn_ < kRedraw && done < total_) return;
    std::size_t filled = total_ == 0 ? kBarWidth : done * kBarWidth / total_;
    std::string line = "\r[" + std::string(filled, '#') + std::string(kBarWidth - filled, '.') +
                       "]  " + std::to_string(done) + "/" + std::to_string(total_) +
                       " incidents";
    err_ << line << std::flush;
    shown_ = true;
    drawn_ = now;
}

void Progress::clear() {
    if (!shown_) return;
    // Carriage return, then erase to the end of the line (ECMA-48 EL).
    err_ << "\r\x1b[K" << std::flush;
    shown_ = false;
}

}  // namespace netral::cli
