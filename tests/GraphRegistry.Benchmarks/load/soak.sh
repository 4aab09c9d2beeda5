#!/usr/bin/env bash
# Soak: one registry on loopback under a mix of valid agency lookups and abusive requests for a few
# minutes. Reports the peak and final resident memory, that the process survived, and whether every
# response that returned a person is matched by an ALLOWED access log entry.
#   tests/GraphRegistry.Benchmarks/load/soak.sh [households] [seconds] [connections]
# Needs wrk (Debian package). Starts and stops its own registry process on port 5093.
set -euo pipefail
households="${1:-500}"
seconds="${2:-180}"
connections="${3:-16}"
port=5093
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
dotnet build -c Release "$root/src/GraphRegistry.Api" -v q -nologo >/dev/null
api="$root/src/GraphRegistry.Api/bin/Release/net10.0/GraphRegistry.Api.dll"
# Quotas are raised so that the valid share is limited by the machine, not by the agency's quota.
export ASPNETCORE_ENVIRONMENT=Development Registry__DataDirectory="$work/data" Registry__DemoHouseholds=0 \
  Logging__LogLevel__Default=Warning Limits__RequestsPerMinute=100000000 Limits__SubjectsPerDay=100000000

echo "Seeding $households households..."
dotnet "$api" seed --households "$households" | tail -1
operator="$(dotnet "$api" token --operator 2>/dev/null)"
officer="$(dotnet "$api" token --officer 2>/dev/null)"
agency="$(dotnet "$api" token --agency ANSS 2>/dev/null)"

dotnet "$api" --urls "http://127.0.0.1:$port" >"$work/api.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$port/health/ready" && break; sleep 1; done
graphql() { curl -s "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' -H "Authorization: Bearer $1" -d "$2"; }
allowed() { graphql "$officer" '{"query":"{ accessLog(filter: { agency: \"ANSS\", outcome: ALLOWED }, first: 1) { totalCount } }"}' | grep -o '"totalCount":[0-9]*' | cut -d: -f2; }

graphql "$operator" '{"query":"{ households(first: 100) { edges { node { members { person { nationalId } } } } } }"}' \
  | grep -o '"nationalId":"[A-Z0-9]*"' | cut -d'"' -f4 | awk 'BEGIN{print "return {"} {print "\"" $0 "\","} END{print "}"}' >"$work/ids.lua"
before="$(allowed)"
rss_start="$(ps -o rss= -p "$pid")"

# Resident memory every 5 s while wrk runs.
( while kill -0 "$pid" 2>/dev/null; do ps -o rss= -p "$pid" >>"$work/rss"; sleep 5; done ) &
sampler=$!
result="$(TOKEN="$agency" IDS_FILE="$work/ids.lua" wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -s "$root/tests/GraphRegistry.Benchmarks/load/soak.lua" "http://127.0.0.1:$port/graphql" | grep RESULT)"
kill "$sampler" 2>/dev/null || true

kill -0 "$pid" && alive=yes || alive=no
ready="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")"
after="$(allowed)"
data_responses="$(echo "$result" | grep -o 'data_responses=[0-9]*' | cut -d= -f2)"
echo "$result"
echo "alive_after_run=$alive ready=$ready"
echo "rss_kib start=$rss_start peak=$(sort -n "$work/rss" | tail -1) end=$(tail -1 "$work/rss") samples=$(wc -l <"$work/rss")"
echo "allowed_log_entries_added=$((after - before)) data_responses=$data_responses"
[ "$((after - before))" -ge "$data_responses" ] && echo "every data-returning response has its log entry" || echo "MISSING LOG ENTRIES"
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
echo "Access log after the run: $(dotnet "$api" verify-log)"
