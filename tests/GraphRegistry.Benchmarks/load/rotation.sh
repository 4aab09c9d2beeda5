#!/usr/bin/env bash
# Key rotation at scale while the registry serves, in one run on the same data: agency lookups by
# national ID alone, then the same lookups while `rotate-keys` re-encrypts every personal value (and,
# with BLIND_INDEX=1, while `rotate-keys --blind-index` re-indexes every identifier), then alone again.
#   tests/GraphRegistry.Benchmarks/load/rotation.sh [households] [window-seconds] [connections]
# DATA=/path reuses a data directory (seeded with [households] when it holds none);
# Registry__Database__Provider=PostgreSQL and ConnectionStrings__Registry run it on PostgreSQL;
# NICE=10 runs rotate-keys at that niceness (the CPU goes to requests first); BATCH sets --batch (500);
# ROTATE_ENV='DOTNET_gcServer=0' gives rotate-keys alone that environment (here: the workstation GC).
# Needs wrk (Debian package). Prints, each lookup line from wrk's agency-lookup.lua:
#   BEFORE / DURING (one line per window while the run goes on) / AFTER  RESULT requests/s=… failed=…
#   STEP rotate-keys <households> households, <seconds> s, peak RSS <MiB> MiB
#   RATIO lookups during the run / before: <ratio>
set -euo pipefail
households="${1:-100000}"
window="${2:-20}"
connections="${3:-8}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
data="${DATA:-$(mktemp -d)}"
mkdir -p "$data"
[ -n "${DATA:-}" ] || trap 'rm -rf "$data"' EXIT
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
dotnet build -c Release "$root/src/GraphRegistry.Api" -v q -nologo >/dev/null
api="$root/src/GraphRegistry.Api/bin/Release/net10.0/GraphRegistry.Api.dll"
export ASPNETCORE_ENVIRONMENT=Development Registry__DataDirectory="$data" Registry__DemoHouseholds=0 Logging__LogLevel__Default=Warning
# Quotas raised so that throughput is limited by the machine, not by the agency's request quota.
export Limits__RequestsPerMinute=100000000 Limits__SubjectsPerDay=100000000
echo "Provider: ${Registry__Database__Provider:-Sqlite}; data directory $data; $(nproc) cores; niceness of rotate-keys ${NICE:-0}; $(date -u +%F)"

operator="$(dotnet "$api" token --operator 2>/dev/null | tail -1)"
dotnet "$api" --urls "http://127.0.0.1:5093" >"$data/serve.log" 2>&1 &
for _ in $(seq 1 120); do curl -s -o /dev/null "http://127.0.0.1:5093/health/ready" && break; sleep 1; done
count="$(curl -s "http://127.0.0.1:5093/graphql" -H 'Content-Type: application/json' -H "Authorization: Bearer $operator" \
  -d '{"query":"{ households(first: 1) { totalCount } }"}' | grep -o '"totalCount":[0-9]*' | cut -d: -f2)"
if [ "${count:-0}" -eq 0 ]; then
  kill $(jobs -p); wait 2>/dev/null || true
  echo "Seeding $households households..."
  dotnet "$api" seed --households "$households" | tail -1
  dotnet "$api" --urls "http://127.0.0.1:5093" >"$data/serve.log" 2>&1 &
  for _ in $(seq 1 120); do curl -s -o /dev/null "http://127.0.0.1:5093/health/ready" && break; sleep 1; done
  count="$households"
fi
agency="$(dotnet "$api" token --agency ANSS 2>/dev/null | tail -1)"
curl -s "http://127.0.0.1:5093/graphql" -H 'Content-Type: application/json' -H "Authorization: Bearer $operator" \
  -d '{"query":"{ households(first: 100) { edges { node { members { person { nationalId } } } } } }"}' \
  | grep -o '"nationalId":"[A-Z0-9]*"' | cut -d'"' -f4 | awk 'BEGIN{print "return {"} {print "\"" $0 "\","} END{print "}"}' >"$data/ids.lua"

load() { # seconds
  TOKEN="$agency" IDS_FILE="$data/ids.lua" wrk -t2 -c"$connections" -d"$1s" -s "$root/tests/GraphRegistry.Benchmarks/load/agency-lookup.lua" \
    "http://127.0.0.1:5093/graphql" | grep RESULT
}

rotate() { # label, rotate-keys arguments...
  local label="$1"; shift
  local before during=() line
  load 5 >/dev/null
  before="$(load "$window")"; echo "BEFORE $label: $before"
  /usr/bin/time -f '%e %M' -o "$data/$label.time" env ${ROTATE_ENV:-} nice -n "${NICE:-0}" dotnet "$api" rotate-keys "$@" >"$data/$label.out" 2>&1 &
  local run=$!
  while kill -0 "$run" 2>/dev/null; do
    line="$(load "$window")"
    # A window counts only if the run was still going when it ended.
    if kill -0 "$run" 2>/dev/null; then during+=("$line"); echo "DURING $label: $line"; else echo "DURING $label (run ended within): $line"; fi
  done
  wait "$run" || { echo "$label failed:"; tail -20 "$data/$label.out"; exit 1; }
  read -r seconds kib <"$data/$label.time"
  awk -v n="$label" -v h="$count" -v s="$seconds" -v k="$kib" 'BEGIN { printf "STEP %s %d households, %.1f s, peak RSS %.0f MiB\n", n, h, s, k / 1024 }'
  grep -E "complete|Values under|Rewrote|  [0-9a-f-]{36}" "$data/$label.out" | sed 's/^/  /'
  echo "AFTER $label: $(load "$window")"
  printf '%s\n' "${during[@]:-}" | awk -v b="$before" -v n="$label" '
    BEGIN { split(b, f, "[= ]"); base = f[3] }
    /RESULT/ { split($0, g, "[= ]"); sum += g[3]; windows++ }
    END { if (windows > 0) printf "RATIO %s: lookups during the run / before: %.2f (%d windows, %.0f against %.0f/s)\n", n, sum / windows / base, windows, sum / windows, base;
          else print "RATIO " n ": the run ended within the first window" }'
}

rotate rotate-keys --batch "${BATCH:-500}" --revoke-old
if [ "${BLIND_INDEX:-0}" = 1 ]; then
  rotate rotate-keys-blind-index --blind-index --batch "${BATCH:-500}"
fi
echo "Access log after the run: $(dotnet "$api" verify-log 2>&1 | tail -1)"
