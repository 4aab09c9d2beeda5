-- wrk script for soak.sh: six in ten requests are valid agency lookups by national ID, the rest are
-- abusive (too deep, too many aliases, an introspection flood, malformed JSON, an oversized body,
-- a forged token). Counts, per thread, the responses that returned a person: each one must have
-- an ALLOWED entry in the access log. The two counters are globals so done() can read them per thread.
local ids = dofile(os.getenv("IDS_FILE"))
local token = os.getenv("TOKEN")

local lookup = '{"query":"query Lookup($n: String!) { personByNationalId(nationalId: $n, purpose: \\"ASD_ELIGIBILITY\\") { id firstNameLatin household { id size } } }","variables":{"n":"%s"}}'
local deep = '{"query":"{ household(id: \\"hh_0\\", purpose: \\"ASD_ELIGIBILITY\\") { members { household { members { household { members { household { members { household { members { household { members { household { members { person { id } } } } } } } } } } } } } } } }"}'
local aliases = '{"query":"{ ' .. string.rep('a: __typename ', 200) .. '}"}'
local flood = '{"query":"{ a: __schema { types { fields { args { type { fields { args { name } } } } } } } b: __schema { types { fields { args { type { fields { args { name } } } } } } } }"}'
local oversized = '{"query":"{ __typename }","variables":{"pad":"' .. string.rep('x', 70 * 1024) .. '"}}'

local threads = {}
local counter = 0
returned = 0
refused = 0

setup = function(thread)
  table.insert(threads, thread)
end

init = function(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. token
end

request = function()
  counter = counter + 1
  local slot = counter % 10
  if slot < 6 then
    return wrk.format(nil, nil, nil, string.format(lookup, ids[(counter % #ids) + 1]))
  elseif slot == 6 then
    return wrk.format(nil, nil, nil, deep)
  elseif slot == 7 then
    return wrk.format(nil, nil, nil, (counter % 20 == 7) and aliases or flood)
  elseif slot == 8 then
    return wrk.format(nil, nil, nil, (counter % 20 == 8) and '{"query": "{ broken' or oversized)
  else
    return wrk.format(nil, nil, { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer forged.token.value" }, string.format(lookup, ids[1]))
  end
end

response = function(status, headers, body)
  if status == 200 and string.find(body, '"personByNationalId":{', 1, true) then
    returned = returned + 1
  elseif status >= 400 or string.find(body, '"errors"', 1, true) then
    refused = refused + 1
  end
end

done = function(summary, latency, requests)
  local total_returned, total_refused = 0, 0
  for _, thread in ipairs(threads) do
    total_returned = total_returned + thread:get("returned")
    total_refused = total_refused + thread:get("refused")
  end
  io.write(string.format("RESULT requests=%d requests/s=%.0f p50_ms=%.2f p99_ms=%.2f data_responses=%d refused=%d socket_errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    total_returned, total_refused, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
