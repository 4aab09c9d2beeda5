-- wrk script for lookup-comparison.sh. REQUEST=lookup: an agency looks people up by national ID,
-- cycling through the IDs in IDS_FILE. REQUEST=ceiling: the same agency sends { __typename }, which
-- GraphQL.NET answers without any resolver of ours, database or log.
local mode = os.getenv("REQUEST") or "lookup"
local ids = mode == "lookup" and dofile(os.getenv("IDS_FILE")) or {}
local counter = 0

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")

local lookup = '{"query":"query Lookup($n: String!) { personByNationalId(nationalId: $n, purpose: \\"ASD_ELIGIBILITY\\") { id firstNameLatin lastNameLatin birthDate household { id size } } }","variables":{"n":"%s"}}'
local ceiling = '{"query":"{ __typename }"}'

request = function()
  if mode ~= "lookup" then
    return wrk.format(nil, nil, nil, ceiling)
  end
  counter = counter + 1
  return wrk.format(nil, nil, nil, string.format(lookup, ids[(counter % #ids) + 1]))
end

-- Every thread counts answers that are not 200 or carry errors, so a fast failure never passes for throughput.
failures = 0
response = function(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    failures = failures + 1
  end
end

local threads = {}
setup = function(thread)
  table.insert(threads, thread)
end

done = function(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("failures")
  end
  io.write(string.format("RESULT requests/s=%.0f p50_ms=%.2f p99_ms=%.2f failed=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, failed,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
