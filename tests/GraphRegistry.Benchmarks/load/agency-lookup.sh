#!/usr/bin/env bash
# Agency lookups by national ID over HTTP on loopback, with the access log on and then off, in the
# same run on the same data: the ratio is what durable, hash-chained logging costs.
#   tests/GraphRegistry.Benchmarks/load/agency-lookup.sh [households] [seconds] [connections]
# Needs wrk (Debian package). Starts and stops its own registry processes on ports 5091/5092.
set -euo pipefail
households="${1:-2000}"
seconds="${2:-20}"
connections="${3:-32}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
dotnet build -c Release "$root/src/GraphRegistry.Api" -v q -nologo >/dev/null
api="$root/src/GraphRegistry.Api/bin/Release/net10.0/GraphRegistry.Api.dll"
export ASPNETCORE_ENVIRONMENT=Development Registry__DataDirectory="$work/data" Registry__DemoHouseholds=0 Logging__LogLevel__Default=Warning
# Quotas raised so that throughput is limited by the machine, not by the agency's request quota.
export Limits__RequestsPerMinute=100000000 Limits__SubjectsPerDay=100000000

echo "Seeding $households households..."
dotnet "$api" seed --households "$households" | tail -1
operator="$(dotnet "$api" token --operator 2>/dev/null)"
agency="$(dotnet "$api" token --agency ANSS 2>/dev/null)"

start() { # port extra-args...
  local port="$1"; shift
  dotnet "$api" --urls "http://127.0.0.1:$port" "$@" >"$work/$port.log" 2>&1 &
  for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$port/graphql/assets/graphiql-start.js" && return; sleep 1; done
  echo "registry on port $port did not start"; exit 1
}

load() { # port duration
  TOKEN="$agency" IDS_FILE="$work/ids.lua" wrk -t2 -c"$connections" -d"$2" -s "$root/tests/GraphRegistry.Benchmarks/load/agency-lookup.lua" "http://127.0.0.1:$1/graphql" | grep RESULT
}

# Both registries run side by side on the same data; the idle one costs nothing while the other is loaded.
start 5091
start 5092 --Registry:AccessLog:Enabled=false
curl -s "http://127.0.0.1:5091/graphql" -H 'Content-Type: application/json' -H "Authorization: Bearer $operator" \
  -d '{"query":"{ households(first: 100) { edges { node { members { person { nationalId } } } } } }"}' \
  | grep -o '"nationalId":"[A-Z0-9]*"' | cut -d'"' -f4 | awk 'BEGIN{print "return {"} {print "\"" $0 "\","} END{print "}"}' >"$work/ids.lua"
load 5091 5s >/dev/null
load 5092 5s >/dev/null

# Alternate the two so drift on a shared machine hits both alike.
for round in 1 2; do
  echo "round $round, logging on : $(load 5091 "${seconds}s")"
  echo "round $round, logging off: $(load 5092 "${seconds}s")"
done
kill $(jobs -p) 2>/dev/null || true
wait 2>/dev/null || true
echo "Access log after the run: $(dotnet "$api" verify-log)"
