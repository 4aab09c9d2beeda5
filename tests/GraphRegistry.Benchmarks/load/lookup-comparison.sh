#!/usr/bin/env bash
# Agency lookups by national ID over HTTP on loopback, three ways in the same run on the same data:
#   full      the whole privacy pipeline (field rule, purpose, legal basis, decryption, durable log);
#   off       the same query, endpoint, token and resolvers with Registry:Benchmarks:PrivacyPipeline=false
#             (Development only: no privacy rules or guards, ciphertext returned undecrypted, no log);
#   ceiling   { __typename } on the full-pipeline server with the same token: GraphQL.NET and the
#             endpoint alone, no resolver of ours, no database, no log.
# Rounds alternate so drift on a shared machine hits all three alike.
#
#   tests/GraphRegistry.Benchmarks/load/lookup-comparison.sh [households] [seconds] [connections]
#
# Environment (all optional):
#   REUSE_DATA=/path  data directory kept across runs: seeded on the first run, reused as it is later
#                     (compare 10,000 and 1,000,000 households without reseeding); never deleted.
#   ROUNDS=2  WARMUP=20s (each server, before the rounds)  PORT_BASE=5095  VERIFY_AFTER=1
#                     (full pipeline on PORT_BASE, privacy off on PORT_BASE+1)
#   Registry__*, ConnectionStrings__* (e.g. Registry__Database__Provider, ConnectionStrings__Registry)
#                     reach the seed, the token command and both registries unchanged.
# Needs wrk (Debian package). Starts and stops its own registry processes.
set -euo pipefail
households="${1:-2000}"
seconds="${2:-20}"
connections="${3:-32}"
rounds="${ROUNDS:-2}"
full_port="${PORT_BASE:-5095}"
off_port="$((full_port + 1))"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="$(mktemp -d)"
servers=()
cleanup() {
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
dotnet build -c Release "$root/src/GraphRegistry.Api" -v q -nologo >/dev/null
api="$root/src/GraphRegistry.Api/bin/Release/net10.0/GraphRegistry.Api.dll"
data="${REUSE_DATA:-$work/data}"
mkdir -p "$data"
export ASPNETCORE_ENVIRONMENT=Development Registry__DataDirectory="$data"
export Registry__DemoHouseholds="${Registry__DemoHouseholds:-0}" Logging__LogLevel__Default="${Logging__LogLevel__Default:-Warning}"
# Quotas raised so that throughput is limited by the machine, not by the agency's request quota.
export Limits__RequestsPerMinute="${Limits__RequestsPerMinute:-100000000}" Limits__SubjectsPerDay="${Limits__SubjectsPerDay:-100000000}"
echo "Database: ${Registry__Database__Provider:-default provider}${ConnectionStrings__Registry:+ (ConnectionStrings__Registry set)}; data directory $data"

marker="$data/lookup-comparison.seeded"
if [[ -f "$marker" ]]; then
  echo "Reusing $(cat "$marker") seeded households (the households argument is ignored)."
else
  echo "Seeding $households households..."
  dotnet "$api" seed --households "$households" | tail -1
  echo "$households" >"$marker"
fi
operator="$(dotnet "$api" token --operator 2>/dev/null)"
agency="$(dotnet "$api" token --agency ANSS 2>/dev/null)"

start() { # port extra-args...
  local port="$1"; shift
  dotnet "$api" --urls "http://127.0.0.1:$port" "$@" >"$work/$port.log" 2>&1 &
  servers+=("$!")
  for _ in $(seq 1 90); do curl -s -o /dev/null "http://127.0.0.1:$port/health/ready" && return; sleep 1; done
  echo "registry on port $port did not start:"; tail -5 "$work/$port.log"; exit 1
}

load() { # port request duration
  REQUEST="$2" TOKEN="$agency" IDS_FILE="$work/ids.lua" wrk -t2 -c"$connections" -d"$3" --timeout 10s \
    -s "$root/tests/GraphRegistry.Benchmarks/load/lookup-comparison.lua" "http://127.0.0.1:$1/graphql" | grep RESULT
}

start "$full_port"
start "$off_port" --Registry:Benchmarks:PrivacyPipeline=false
# The first 100 households by public id: random ids, so spread over the whole table.
curl -s "http://127.0.0.1:$full_port/graphql" -H 'Content-Type: application/json' -H "Authorization: Bearer $operator" \
  -d '{"query":"{ households(first: 100) { edges { node { members { person { nationalId } } } } } }"}' \
  | grep -o '"nationalId":"[A-Z0-9]*"' | cut -d'"' -f4 | awk 'BEGIN{print "return {"} {print "\"" $0 "\","} END{print "}"}' >"$work/ids.lua"
echo "$(grep -c '",' "$work/ids.lua") national IDs; $connections connections, ${seconds}s per measurement, $rounds rounds."
# Warm-up: under load the JIT recompiles hot code for about 20 s (dotnet-counters); measured
# before that, a round measures the compiler more than the registry.
warmup="${WARMUP:-20s}"
load "$full_port" lookup "$warmup" >/dev/null
load "$off_port" lookup "$warmup" >/dev/null
load "$full_port" ceiling "$warmup" >/dev/null

field() { sed -E "s|.*$1=([0-9.]+).*|\1|" <<<"$2"; }
report() { # label result
  printf '%-22s %8s req/s  p50 %7s ms  p99 %7s ms  (failed %s)\n' "$1" "$(field 'requests/s' "$2")" "$(field p50_ms "$2")" "$(field p99_ms "$2")" "$(field failed "$2")"
}
totals=(0 0 0)
for round in $(seq 1 "$rounds"); do
  full="$(load "$full_port" lookup "${seconds}s")"
  off="$(load "$off_port" lookup "${seconds}s")"
  ceiling="$(load "$full_port" ceiling "${seconds}s")"
  report "round $round full" "$full"
  report "round $round privacy off" "$off"
  report "round $round ceiling" "$ceiling"
  f="$(field 'requests/s' "$full")" o="$(field 'requests/s' "$off")" c="$(field 'requests/s' "$ceiling")"
  awk -v f="$f" -v o="$o" -v c="$c" -v r="$round" \
    'BEGIN { printf "round %s: full/ceiling = %.2f   (off - full)/off = %.2f\n", r, f / c, (o - f) / o }'
  totals=("$(awk -v a="${totals[0]}" -v b="$f" 'BEGIN{print a+b}')" "$(awk -v a="${totals[1]}" -v b="$o" 'BEGIN{print a+b}')" "$(awk -v a="${totals[2]}" -v b="$c" 'BEGIN{print a+b}')")
done
awk -v f="${totals[0]}" -v o="${totals[1]}" -v c="${totals[2]}" -v n="$rounds" \
  'BEGIN { printf "all rounds: full %.0f, off %.0f, ceiling %.0f req/s; full/ceiling = %.2f   (off - full)/off = %.2f\n", f / n, o / n, c / n, f / c, (o - f) / o }'

for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done
wait 2>/dev/null || true
servers=()
# VERIFY_AFTER=0 skips the closing chain check (minutes on a log of millions of entries).
if [ "${VERIFY_AFTER:-1}" = 1 ]; then
  echo "Access log after the run: $(dotnet "$api" verify-log)"
fi
