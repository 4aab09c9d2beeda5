#!/usr/bin/env bash
# What counting agency quotas in the shared PostgreSQL database costs an agency lookup: this
# checkout's build against an earlier build that counted them in each node's memory, both serving
# the same PostgreSQL database, rounds alternating so drift on a shared machine hits both alike.
# No switch in the registry: the comparison is between two builds.
#
#   BASELINE=/path/to/GraphRegistry.Api.dll tests/GraphRegistry.Benchmarks/load/quota-comparison.sh [households] [seconds] [connections]
#
# BASELINE is the earlier build's dll, e.g. built from `git archive <commit>` in a temporary folder.
# Needs Registry__Database__Provider=PostgreSQL and ConnectionStrings__Registry (an empty database:
# it is seeded by this build, whose migrations are a superset of the baseline's), and wrk.
# Environment (optional): ROUNDS=3 WARMUP=20s PORT_BASE=5191 (this build; baseline on PORT_BASE+1).
set -euo pipefail
households="${1:-2000}"
seconds="${2:-20}"
connections="${3:-32}"
rounds="${ROUNDS:-3}"
shared_port="${PORT_BASE:-5191}"
memory_port="$((shared_port + 1))"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
baseline="${BASELINE:?set BASELINE to the GraphRegistry.Api.dll of the earlier build}"
[[ "${Registry__Database__Provider:-}" =~ ^(PostgreSQL|Postgres|Npgsql)$ ]] || { echo "set Registry__Database__Provider=PostgreSQL and ConnectionStrings__Registry"; exit 1; }
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
export ASPNETCORE_ENVIRONMENT=Development Registry__DataDirectory="$work/data" Registry__DemoHouseholds=0 Logging__LogLevel__Default=Warning
# Quotas far above what the run sends: every request is counted, none is refused.
export Limits__RequestsPerMinute=100000000 Limits__SubjectsPerDay=100000000
# Both builds sign and check tokens with one key.
export Authentication__Jwt__SigningKey="$(head -c 32 /dev/urandom | base64)"

echo "Seeding $households households..."
dotnet "$api" seed --households "$households" | tail -1
operator="$(dotnet "$api" token --operator 2>/dev/null)"
agency="$(dotnet "$api" token --agency ANSS 2>/dev/null)"

start() { # dll port
  dotnet "$1" --urls "http://127.0.0.1:$2" >"$work/$2.log" 2>&1 &
  servers+=("$!")
  for _ in $(seq 1 90); do curl -s -o /dev/null "http://127.0.0.1:$2/health/ready" && return; sleep 1; done
  echo "registry on port $2 did not start:"; tail -5 "$work/$2.log"; exit 1
}

load() { # port duration
  REQUEST=lookup TOKEN="$agency" IDS_FILE="$work/ids.lua" wrk -t2 -c"$connections" -d"$2" --timeout 10s \
    -s "$root/tests/GraphRegistry.Benchmarks/load/lookup-comparison.lua" "http://127.0.0.1:$1/graphql" | grep RESULT
}

start "$api" "$shared_port"
start "$baseline" "$memory_port"
curl -s "http://127.0.0.1:$shared_port/graphql" -H 'Content-Type: application/json' -H "Authorization: Bearer $operator" \
  -d '{"query":"{ households(first: 100) { edges { node { members { person { nationalId } } } } } }"}' \
  | grep -o '"nationalId":"[A-Z0-9]*"' | cut -d'"' -f4 | awk 'BEGIN{print "return {"} {print "\"" $0 "\","} END{print "}"}' >"$work/ids.lua"
echo "$(grep -c '",' "$work/ids.lua") national IDs; $connections connections, ${seconds}s per measurement, $rounds rounds."
warmup="${WARMUP:-20s}"
load "$shared_port" "$warmup" >/dev/null
load "$memory_port" "$warmup" >/dev/null

field() { sed -E "s|.*$1=([0-9.]+).*|\1|" <<<"$2"; }
report() { # label result
  printf '%-28s %8s req/s  p50 %7s ms  p99 %7s ms  (failed %s)\n' "$1" "$(field 'requests/s' "$2")" "$(field p50_ms "$2")" "$(field p99_ms "$2")" "$(field failed "$2")"
}
sum_shared=0 sum_memory=0
for round in $(seq 1 "$rounds"); do
  shared="$(load "$shared_port" "${seconds}s")"
  memory="$(load "$memory_port" "${seconds}s")"
  report "round $round database counter" "$shared"
  report "round $round memory counter" "$memory"
  sum_shared="$(awk -v a="$sum_shared" -v b="$(field 'requests/s' "$shared")" 'BEGIN{print a+b}')"
  sum_memory="$(awk -v a="$sum_memory" -v b="$(field 'requests/s' "$memory")" 'BEGIN{print a+b}')"
done
awk -v s="$sum_shared" -v m="$sum_memory" -v n="$rounds" \
  'BEGIN { printf "all rounds: database counter %.0f, memory counter %.0f req/s; the database counter costs %.1f %% of throughput, %.3f ms per lookup at saturation\n", s / n, m / n, 100 * (m - s) / m, 1000 / (s / n) - 1000 / (m / n) }'
