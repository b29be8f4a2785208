-- Inbound SMS as Africa's Talking posts them (from, to, text, date, id, linkId), every request with its own
-- message id (run prefix, wrk thread, number), so each one is really stored. Counts 200s and other statuses, and
-- prints per thread how many requests were answered. One connection per thread (-t N -c N): wrk builds a connection's
-- next request only after the previous answer, so a request is numbered answered + 1 and thread t's answered ids are
-- exactly ATXid_<prefix>-<t>-1 .. -<answered> (wrk also builds one request on thread 0 to check the script: it gets
-- number 1 and is never sent, so numbering by answers, not by calls, keeps the ids dense).
-- Usage: wrk -t N -c N -s sms.lua URL -- <run prefix>
local threads = {}
local counter = 0

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  n = 0
  ok = 0
  failed = 0
  prefix = args[1] or "s"
  headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
end

function request()
  n = ok + failed + 1
  local body = "from=%2B2237" .. string.format("%02d%05d", index % 100, n % 100000)
    .. "&to=36000&text=AIDE&date=2026-11-29+10%3A00%3A00"
    .. "&id=ATXid_" .. prefix .. "-" .. index .. "-" .. n
    .. "&linkId=" .. prefix .. "-" .. index .. "-" .. n
  return wrk.format("POST", "/webhooks/africastalking/sms", headers, body)
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1 else failed = failed + 1 end
end

function done(summary, latency, requests)
  local o, f = 0, 0
  for _, t in ipairs(threads) do
    o = o + t:get("ok")
    f = f + t:get("failed")
    io.write(string.format("ANSWERED thread=%d answered=%d sent=%d\n", t:get("index"), t:get("ok") + t:get("failed"), t:get("n")))
  end
  io.write(string.format(
    "RESULT requests=%d duration_us=%d errors=%d non200=%d wrong_prefix=0 sessions=0 ok=%d p50_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    f, o, latency:percentile(50), latency:percentile(99), latency.max))
end
