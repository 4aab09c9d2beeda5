#!/usr/bin/env bash
# The access log before and after monthly partitioning (PostgreSQL), two builds in the same run on
# one server, alternating within each round so drift on a shared machine hits both alike:
#   seed-log   append N chained entries in bulk on a fresh database, then verify-log on it;
#   lookups    agency lookups over HTTP (each one a durable group-committed log entry) against a
#              registry of H households, one database per build, 32 connections.
#
#   eval "$(PG_FSYNC=on PG_SHARED_BUFFERS=2GB PG_TEST_PORT=55450 .ci/postgres.sh start)"
#   git worktree add --detach /tmp/before 8522590 && (cd /tmp/before && dotnet build -c Release src/GraphRegistry.Api)
#   BEFORE=/tmp/before PG_PORT=55450 tests/GraphRegistry.Benchmarks/load/log-partitioning.sh [entries] [households] [seconds]
#
# Environment: BEFORE (a checkout of the build to compare, built in Release), PG_PORT, ROUNDS=3, PORT=5295.
# Needs wrk and psql (Debian packages).
set -euo pipefail
entries="${1:-500000}"
households="${2:-2000}"
seconds="${3:-15}"
rounds="${ROUNDS:-3}"
port="${PORT:-5295}"
: "${BEFORE:?set BEFORE to a Release-built checkout of the build before partitioning}"
: "${PG_PORT:?set PG_PORT to the port of the PostgreSQL server}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
dotnet build -c Release "$root/src/GraphRegistry.Api" -v q -nologo >/dev/null
declare -A api=([before]="$BEFORE/src/GraphRegistry.Api/bin/Release/net10.0/GraphRegistry.Api.dll" [after]="$root/src/GraphRegistry.Api/bin/Release/net10.0/GraphRegistry.Api.dll")
export ASPNETCORE_ENVIRONMENT=Development Registry__DemoHouseholds=0 Registry__Database__Provider=PostgreSQL Logging__LogLevel__Default=Warning
export Limits__RequestsPerMinute=100000000 Limits__SubjectsPerDay=100000000
sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U registry -d postgres -qAtc "$1"; }
on() { # build database command...
  local build="$1" database="$2"; shift 2
  # A data folder per database: it holds the log's recorded head, which must be that database's.
  mkdir -p "$work/$build/$database"
  Registry__DataDirectory="$work/$build/$database" ConnectionStrings__Registry="Host=127.0.0.1;Port=$PG_PORT;Username=registry;Database=$database" dotnet "${api[$build]}" "$@"
}
timed() { local start; start=$(date +%s.%N); "$@" >"$work/last.out" 2>&1 || { tail -5 "$work/last.out"; exit 1; }; awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN{printf "%.1f", e - s}'; }

# One registry of H households per build, for the lookups.
for build in before after; do
  sql "DROP DATABASE IF EXISTS logpart_lookups_$build WITH (FORCE)"
  on "$build" "logpart_lookups_$build" seed --households "$households" | tail -1
done

lookups() { # build
  local build="$1"
  Registry__DataDirectory="$work/$build/logpart_lookups_$build" ConnectionStrings__Registry="Host=127.0.0.1;Port=$PG_PORT;Username=registry;Database=logpart_lookups_$build" \
    dotnet "${api[$build]}" --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 90); do curl -s -o /dev/null "http://127.0.0.1:$port/health/ready" && break; sleep 1; done
  curl -s "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' -H "Authorization: Bearer $(on "$build" "logpart_lookups_$build" token --operator 2>/dev/null)" \
    -d '{"query":"{ households(first: 100) { edges { node { members { person { nationalId } } } } } }"}' \
    | grep -o '"nationalId":"[A-Z0-9]*"' | cut -d'"' -f4 | awk 'BEGIN{print "return {"} {print "\"" $0 "\","} END{print "}"}' >"$work/ids.lua"
  local token; token="$(on "$build" "logpart_lookups_$build" token --agency ANSS 2>/dev/null)"
  REQUEST=lookup TOKEN="$token" IDS_FILE="$work/ids.lua" wrk -t2 -c32 -d10s -s "$root/tests/GraphRegistry.Benchmarks/load/lookup-comparison.lua" "http://127.0.0.1:$port/graphql" >/dev/null
  REQUEST=lookup TOKEN="$token" IDS_FILE="$work/ids.lua" wrk -t2 -c32 -d"${seconds}s" -s "$root/tests/GraphRegistry.Benchmarks/load/lookup-comparison.lua" "http://127.0.0.1:$port/graphql" | grep RESULT | sed -E 's/RESULT //'
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
}

echo "$entries entries per seed-log; lookups on $households households, 32 connections, ${seconds}s; $rounds rounds"
for round in $(seq 1 "$rounds"); do
  for build in before after; do
    database="logpart_seed_${build}_$round"
    sql "DROP DATABASE IF EXISTS $database WITH (FORCE)"
    seed="$(timed on "$build" "$database" seed-log --entries "$entries")"
    verify="$(timed on "$build" "$database" verify-log)"
    grep -q "intact" "$work/last.out" || { echo "verify-log did not report an intact log:"; cat "$work/last.out"; exit 1; }
    sql "DROP DATABASE $database WITH (FORCE)"
    printf 'round %s %-7s seed-log %6s s   verify-log %6s s   lookups %s\n' "$round" "$build" "$seed" "$verify" "$(lookups "$build")"
  done
done
