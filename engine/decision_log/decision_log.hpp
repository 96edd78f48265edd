// SPDX-License-Identifier: Apache-2.0
// The decision log stage (docs/decision-log.md): storing every decision so it can be replayed
// byte for byte. Hosts include this header: the Store and open_store(), what to record of a
// decision (make_entry, options_json), and replay().
#pragma once

#include "decision_log/record.hpp"
#include "decision_log/replay.hpp"
#include "decision_log/store.hpp"
