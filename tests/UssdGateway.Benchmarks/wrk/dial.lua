-- Opens sessions and leaves them live (first hop only): fills Redis with sessions for the RSS check.
local counter = 0
function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
end
function init(args)
  n = 0
  headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
end
function request()
  n = n + 1
  local body = "sessionId=live-" .. index .. "-" .. n
    .. "&serviceCode=%2A384%2A999%23&phoneNumber=%2B2237" .. string.format("%02d%05d", index % 100, n % 100000)
    .. "&networkCode=61002&text="
  return wrk.format("POST", "/webhooks/africastalking/ussd", headers, body)
end
function done(summary, latency, requests)
  io.write(string.format(
    "RESULT requests=%d duration_us=%d errors=%d non200=%d wrong_prefix=0 sessions=%d p50_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.requests, latency:percentile(50), latency:percentile(99), latency.max))
end
