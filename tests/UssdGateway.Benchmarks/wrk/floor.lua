-- The HTTP floor: a trivial GET on the same service, same tool, same connections.
function done(summary, latency, requests)
  io.write(string.format(
    "RESULT requests=%d duration_us=%d errors=%d non200=%d wrong_prefix=0 sessions=0 p50_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50), latency:percentile(99), latency.max))
end
