// SPDX-License-Identifier: Apache-2.0
// The bounds of one evaluation (eval/budget.hpp).
#include "eval/budget.hpp"

#include <algorithm>

namespace netral::eval {

Budget::Budget(std::uint64_t work_limit, std::chrono::milliseconds time_limit,
               std::optional<std::chrono::steady_clock::time_point> deadline)
    : work_limit_(work_limit),
      time_limit_(time_limit.count() > 0 ? time_limit : std::chrono::milliseconds{0}) {
    if (time_limit_.count() > 0) {
        timed_ = true;
        deadline_ = std::chrono::steady_clock::now() + time_limit_;
    }
    if (deadline && (!timed_ || *deadline < deadline_)) {
        timed_ = true;
        deadline_ = *deadline;
    }
    next_check_ = 0;
    check();  // plans the first check
}

bool Budget::check() {
    if (stopped_ != Limit::None) return false;
    if (work_limit_ != 0 && steps_ > work_limit_) {
        stopped_ = Limit::Work;
    } else if (timed_ && steps_ >= next_check_ &&
               std::chrono::steady_clock::now() >= deadline_) {
        stopped_ = Limit::Time;
    }
    if (stopped_ != Limit::None) {
        stopped_at_ = steps_;
        next_check_ = 0;  // every later step comes here and fails
        return false;
    }
    next_check_ = std::numeric_limits<std::uint64_t>::max();
    if (work_limit_ != 0) next_check_ = work_limit_ + 1;
    if (timed_) next_check_ = std::min(next_check_, steps_ + kClockEvery);
    return true;
}

}  // namespace netral::eval
