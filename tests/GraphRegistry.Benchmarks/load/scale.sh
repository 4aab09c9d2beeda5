#!/usr/bin/env bash
# The bulk paths at national scale, one provider per run, each step timed with its peak memory:
#   seed N households -> rescore them all -> append M synthetic log entries -> verify the whole chain.
#
#   tests/GraphRegistry.Benchmarks/load/scale.sh [households] [log-entries]
#
# Environment (optional): DATA=/path keeps the data directory (to reuse it for lookup-comparison.sh
# with REUSE_DATA); Registry__Database__Provider=PostgreSQL and ConnectionStrings__Registry point the
# run at a PostgreSQL database (created if missing). Prints one line per step:
#   STEP <name> <items> items, <seconds> s, <items/s>/s, peak RSS <MiB> MiB
set -euo pipefail
households="${1:-100000}"
entries="${2:-1000000}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
data="${DATA:-$(mktemp -d)}"
mkdir -p "$data"
[ -n "${DATA:-}" ] || trap 'rm -rf "$data"' EXIT

dotnet build -c Release "$root/src/GraphRegistry.Api" -v q -nologo >/dev/null
api="$root/src/GraphRegistry.Api/bin/Release/net10.0/GraphRegistry.Api.dll"
export ASPNETCORE_ENVIRONMENT=Development Registry__DataDirectory="$data" Registry__DemoHouseholds=0
export Logging__LogLevel__Default="${Logging__LogLevel__Default:-Warning}"
echo "Provider: ${Registry__Database__Provider:-Sqlite}; data directory $data; $(nproc) cores; $(date -u +%F)"

step() { # name items command...
  local name="$1" items="$2"; shift 2
  local timing="$data/$name.time"
  /usr/bin/time -f '%e %M' -o "$timing" "$@" >"$data/$name.out" 2>&1 || { echo "$name failed:"; tail -20 "$data/$name.out"; exit 1; }
  read -r seconds kib <"$timing"
  awk -v n="$name" -v i="$items" -v s="$seconds" -v k="$kib" \
    'BEGIN { printf "STEP %s %d items, %.1f s, %.0f/s, peak RSS %.0f MiB\n", n, i, s, i / s, k / 1024 }'
}

step seed "$households" dotnet "$api" seed --households "$households"
step rescore "$households" dotnet "$api" rescore --run "scale-$(date +%s)" --batch 2000
step seed-log "$entries" dotnet "$api" seed-log --entries "$entries"
# A fresh data directory's log holds only the seeded entries; verify-log says how many it checked.
step verify-log "$entries" dotnet "$api" verify-log
tail -1 "$data/verify-log.out"
