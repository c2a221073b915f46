-- wrk reporter: one machine-readable line with the figures the benchmark table needs.
-- wrk's latency histogram is in microseconds.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
               + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f rps=%.1f requests=%d errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / seconds, summary.requests, errors))
end
