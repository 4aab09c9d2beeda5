-- wrk script: an agency looks people up by national ID, cycling through the IDs in ids.lua.
-- TOKEN and the id list come from agency-lookup.sh.
local ids = dofile(os.getenv("IDS_FILE"))
local token = os.getenv("TOKEN")
local counter = 0

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token

request = function()
  counter = counter + 1
  local id = ids[(counter % #ids) + 1]
  local body = '{"query":"query Lookup($n: String!) { personByNationalId(nationalId: $n, purpose: \\"ASD_ELIGIBILITY\\") { id firstNameLatin lastNameLatin birthDate household { id size } } }","variables":{"n":"' .. id .. '"}}'
  return wrk.format(nil, nil, nil, body)
end

-- Any non-200 answer or GraphQL error is counted, so a fast failure never passes for throughput.
-- Each wrk thread counts its own; done() adds them up.
local threads = {}
setup = function(thread)
  table.insert(threads, thread)
end

failures = 0
response = function(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"') then
    failures = failures + 1
  end
end

done = function(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + (thread:get("failures") or 0)
  end
  io.write(string.format("RESULT requests/s=%.0f p50_ms=%.2f p99_ms=%.2f non2xx=%d failed=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    (summary.errors.status or 0), failed))
end
