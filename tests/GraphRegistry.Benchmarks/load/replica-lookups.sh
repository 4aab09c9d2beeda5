#!/usr/bin/env bash
# Agency lookups by national ID over HTTP on loopback, two deployments in the same run on the same
# PostgreSQL data, rounds alternating so drift on a shared machine hits both alike:
#   single    one registry node on the primary alone, all connections on it;
#   replica   two registry nodes, each reading agency lookups from the hot standby (consent, grants
#             and the access log on the primary), the connections split evenly between them.
# The standby's own statistics count the transactions it served in each replica round.
#
#   eval "$(PG_FSYNC=on PG_SHARED_BUFFERS=2GB PG_TEST_PORT=55450 .ci/postgres.sh start)"
#   eval "$(PG_FSYNC=on PG_SHARED_BUFFERS=2GB .ci/postgres.sh standby 55450 55451)"
#   export Registry__Database__Provider=PostgreSQL \
#     ConnectionStrings__Registry='Host=127.0.0.1;Port=55450;Username=registry;Database=bench10k' \
#     ConnectionStrings__RegistryReplica='Host=127.0.0.1;Port=55451;Username=registry;Database=bench10k'
#   tests/GraphRegistry.Benchmarks/load/replica-lookups.sh [households] [seconds] [connections]
#
# Environment (optional): ROUNDS=2 WARMUP=20s PORT_BASE=5195 REUSE_DATA=/path (as lookup-comparison.sh;
# the database is seeded once, marked by a file in the data directory).
# Needs wrk and psql (Debian packages). Starts and stops its own registry processes.
set -euo pipefail
households="${1:-10000}"
seconds="${2:-15}"
connections="${3:-32}"
rounds="${ROUNDS:-2}"
single_port="${PORT_BASE:-5195}"
node_a="$((single_port + 1))"
node_b="$((single_port + 2))"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="$(mktemp -d)"
servers=()
cleanup() {
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

: "${ConnectionStrings__Registry:?set ConnectionStrings__Registry to the primary}"
: "${ConnectionStrings__RegistryReplica:?set ConnectionStrings__RegistryReplica to the standby}"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
dotnet build -c Release "$root/src/GraphRegistry.Api" -v q -nologo >/dev/null
api="$root/src/GraphRegistry.Api/bin/Release/net10.0/GraphRegistry.Api.dll"
data="${REUSE_DATA:-$work/data}"
mkdir -p "$data"
replica="$ConnectionStrings__RegistryReplica"
unset ConnectionStrings__RegistryReplica
export ASPNETCORE_ENVIRONMENT=Development Registry__DataDirectory="$data" Registry__Database__Provider=PostgreSQL
export Registry__DemoHouseholds="${Registry__DemoHouseholds:-0}" Logging__LogLevel__Default="${Logging__LogLevel__Default:-Warning}"
# Quotas raised so that throughput is limited by the machine, not by the agency's request quota.
export Limits__RequestsPerMinute="${Limits__RequestsPerMinute:-100000000}" Limits__SubjectsPerDay="${Limits__SubjectsPerDay:-100000000}"

marker="$data/replica-lookups.seeded"
if [[ -f "$marker" ]]; then
  echo "Reusing $(cat "$marker") seeded households (the households argument is ignored)."
else
  echo "Seeding $households households..."
  dotnet "$api" seed --households "$households" | tail -1
  echo "$households" >"$marker"
fi
operator="$(dotnet "$api" token --operator 2>/dev/null)"
agency="$(dotnet "$api" token --agency ANSS 2>/dev/null)"

start() { # port [replica connection string]
  local port="$1"
  if [[ $# -gt 1 ]]; then
    ConnectionStrings__RegistryReplica="$2" dotnet "$api" --urls "http://127.0.0.1:$port" >"$work/$port.log" 2>&1 &
  else
    dotnet "$api" --urls "http://127.0.0.1:$port" >"$work/$port.log" 2>&1 &
  fi
  servers+=("$!")
  for _ in $(seq 1 90); do curl -s -o /dev/null "http://127.0.0.1:$port/health/ready" && return; sleep 1; done
  echo "registry on port $port did not start:"; tail -5 "$work/$port.log"; exit 1
}

load() { # port connections duration
  REQUEST=lookup TOKEN="$agency" IDS_FILE="$work/ids.lua" wrk -t1 -c"$2" -d"$3" --timeout 10s \
    -s "$root/tests/GraphRegistry.Benchmarks/load/lookup-comparison.lua" "http://127.0.0.1:$1/graphql" | grep RESULT
}

standby_commits() {
  psql "$(sed -E 's/;/ /g; s/Username=/user=/I; s/Host=/host=/I; s/Port=/port=/I; s/Database=/dbname=/I' <<<"$replica")" -Atc \
    "SELECT pg_stat_clear_snapshot(); SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()" | tail -1
}

start "$single_port"
start "$node_a" "$replica"
start "$node_b" "$replica"
for port in "$node_a" "$node_b"; do
  for _ in $(seq 1 30); do curl -s "http://127.0.0.1:$port/health/ready" | grep -q 'Agency reads go to the read replica' && break; sleep 1; done
  curl -s "http://127.0.0.1:$port/health/ready" | grep -q 'Agency reads go to the read replica' || { echo "node $port does not read the replica"; exit 1; }
done
curl -s "http://127.0.0.1:$single_port/graphql" -H 'Content-Type: application/json' -H "Authorization: Bearer $operator" \
  -d '{"query":"{ households(first: 100) { edges { node { members { person { nationalId } } } } } }"}' \
  | grep -o '"nationalId":"[A-Z0-9]*"' | cut -d'"' -f4 | awk 'BEGIN{print "return {"} {print "\"" $0 "\","} END{print "}"}' >"$work/ids.lua"
half="$((connections / 2))"
echo "$(grep -c '",' "$work/ids.lua") national IDs; $connections connections (two nodes: $half each), ${seconds}s per measurement, $rounds rounds."

field() { sed -E "s|.*$1=([0-9.]+).*|\1|" <<<"$2"; }
pair() { # duration: both replica nodes at once; prints "requests/s p50 p99 failed" (sum, mean, max, sum)
  load "$node_a" "$half" "$1" >"$work/a.out" &
  local a=$!
  load "$node_b" "$half" "$1" >"$work/b.out"
  wait "$a"
  local ra rb
  ra="$(cat "$work/a.out")" rb="$(cat "$work/b.out")"
  awk -v r1="$(field 'requests/s' "$ra")" -v r2="$(field 'requests/s' "$rb")" -v m1="$(field p50_ms "$ra")" -v m2="$(field p50_ms "$rb")" \
    -v p1="$(field p99_ms "$ra")" -v p2="$(field p99_ms "$rb")" -v f1="$(field failed "$ra")" -v f2="$(field failed "$rb")" \
    'BEGIN { printf "requests/s=%.0f p50_ms=%.2f p99_ms=%.2f failed=%d (node A p99 %.2f, node B p99 %.2f)\n", r1 + r2, (m1 + m2) / 2, (p1 > p2 ? p1 : p2), f1 + f2, p1, p2 }'
}

warmup="${WARMUP:-20s}"
load "$single_port" "$connections" "$warmup" >/dev/null
pair "$warmup" >/dev/null

report() { printf '%-26s %8s req/s  p50 %7s ms  p99 %7s ms  failed %s %s\n' "$1" "$(field 'requests/s' "$2")" "$(field p50_ms "$2")" "$(field p99_ms "$2")" "$(field failed "$2")" "$3"; }
total_single=0 total_replica=0
for round in $(seq 1 "$rounds"); do
  single="$(load "$single_port" "$connections" "${seconds}s")"
  before="$(standby_commits)"
  replicated="$(pair "${seconds}s")"
  after="$(standby_commits)"
  report "round $round one node" "$single" ""
  report "round $round two + replica" "$replicated" "$(sed -E 's/.*(\(node.*)/\1/' <<<"$replicated"); standby transactions $((after - before))"
  s="$(field 'requests/s' "$single")" r="$(field 'requests/s' "$replicated")"
  awk -v s="$s" -v r="$r" -v n="$round" 'BEGIN { printf "round %s: two nodes + replica / one node = %.2f\n", n, r / s }'
  total_single="$(awk -v a="$total_single" -v b="$s" 'BEGIN{print a+b}')"
  total_replica="$(awk -v a="$total_replica" -v b="$r" 'BEGIN{print a+b}')"
done
awk -v s="$total_single" -v r="$total_replica" -v n="$rounds" \
  'BEGIN { printf "all rounds: one node %.0f, two nodes + replica %.0f req/s; ratio %.2f\n", s / n, r / n, r / s }'
