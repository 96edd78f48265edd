-- SPDX-License-Identifier: Apache-2.0
-- wrk script of bench/service_load.sh: POSTs one incident as JSON to the URL wrk was given,
-- counts every answer that is not 200 (wrk itself counts only statuses above 399), and prints
-- one `netral-load` line of key=value pairs that the shell script turns into a table row.
-- Arguments after `--`: the JSON file to send.

local threads = {}

-- Runs once per wrk thread, in the main Lua state: kept so done() can sum their counters.
function setup(thread)
    table.insert(threads, thread)
end

-- Runs in each thread's own Lua state, before its first request.
function init(args)
    local path = args[1]
    local file = assert(io.open(path, "rb"), "cannot open the incident " .. tostring(path))
    wrk.method = "POST"
    wrk.body = file:read("*a")
    file:close()
    wrk.headers["Content-Type"] = "application/json"
    non_200 = 0
end

function response(status, headers, body)
    if status ~= 200 then
        non_200 = non_200 + 1
    end
end

function done(summary, latency, requests)
    local non_200_total = 0
    for _, thread in ipairs(threads) do
        non_200_total = non_200_total + thread:get("non_200")
    end
    local errors = summary.errors
    local socket_errors = errors.connect + errors.read + errors.write + errors.timeout
    io.write(string.format(
        "netral-load requests=%d duration_us=%d rps=%.1f p50_us=%d p99_us=%d non_200=%d "
            .. "socket_errors=%d timeouts=%d\n",
        summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
        latency:percentile(50), latency:percentile(99), non_200_total, socket_errors,
        errors.timeout))
end
