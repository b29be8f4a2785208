-- The registration walk, one connection per wrk thread (-t N -c N), so each connection walks its
-- sessions strictly in order: dial, 1, name, commune, sector, confirm -> END.
-- Every session has its own session id and phone number. Counts wrong CON/END prefixes and non-200s.
local threads = {}
local counter = 0

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local inputs = { "", "1", "1*Awa Traore", "1*Awa Traore*3", "1*Awa Traore*3*2", "1*Awa Traore*3*2*1" }

function init(args)
  session = 0
  step = 1
  wrong = 0
  failed = 0
  ended = 0
  prefix = args[1] or "b"
  run = tonumber(args[2] or "0") % 10
  path = "/webhooks/africastalking/ussd"
  headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
end

local function encode(s)
  return (s:gsub("[^%w%-_%.]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  local phone = string.format("+2237%d%02d%04d", run, index % 100, session % 10000)
  local body = "sessionId=" .. prefix .. "-" .. index .. "-" .. session
    .. "&serviceCode=" .. encode("*384*999#")
    .. "&phoneNumber=" .. encode(phone)
    .. "&networkCode=61002&text=" .. encode(inputs[step])
  return wrk.format("POST", path, headers, body)
end

function response(status, headers, body)
  if status ~= 200 then
    failed = failed + 1
  else
    local expected = (step == #inputs) and "END " or "CON "
    if body:sub(1, 4) ~= expected then wrong = wrong + 1 end
  end
  if step == #inputs then
    step = 1
    session = session + 1
    ended = ended + 1
  else
    step = step + 1
  end
end

function done(summary, latency, requests)
  local w, f, e = 0, 0, 0
  for _, t in ipairs(threads) do
    w = w + t:get("wrong")
    f = f + t:get("failed")
    e = e + t:get("ended")
  end
  io.write(string.format(
    "RESULT requests=%d duration_us=%d errors=%d non200=%d wrong_prefix=%d sessions=%d p50_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    f, w, e, latency:percentile(50), latency:percentile(99), latency.max))
end
