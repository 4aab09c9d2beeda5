#!/usr/bin/env bash
# A hostile 14 kB document (an unknown field of a list selected 7,000 times: seconds of validation, one error
# per selection and pairwise overlapping-field checks, before issue 34) against agency lookups, on
# two builds side by side on this machine:
#   refused    how long the hostile document takes to be answered (curl, 20 in a row: median, max)
#   alone      agency lookups by national ID per second (wrk)
#   attacked   the same while one client (wrk, one connection) sends the hostile document back to
#              back; attacked/alone, and how many hostile documents were answered meanwhile
# Rounds alternate between the builds so drift on a shared machine hits both alike.
#
#   tests/GraphRegistry.Benchmarks/load/hostile-documents.sh OTHER_CHECKOUT [households] [seconds] [connections]
#
# OTHER_CHECKOUT is a second checkout of the repository (git worktree add ../baseline COMMIT).
# Environment: ROUNDS=2, PORT_BASE=5097. Needs wrk and curl. Each build seeds its own data folder.
set -euo pipefail
other="$(cd "${1:?usage: hostile-documents.sh OTHER_CHECKOUT [households] [seconds] [connections]}" && pwd)"
households="${2:-2000}"
seconds="${3:-15}"
connections="${4:-32}"
rounds="${ROUNDS:-2}"
port_base="${PORT_BASE:-5097}"
here="$(cd "$(dirname "$0")/../../.." && pwd)"
work="$(mktemp -d)"
servers=()
cleanup() {
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }

export ASPNETCORE_ENVIRONMENT=Development Registry__DemoHouseholds=0 Logging__LogLevel__Default=Warning
export Limits__RequestsPerMinute=100000000 Limits__SubjectsPerDay=100000000
lua="$here/tests/GraphRegistry.Benchmarks/load/lookup-comparison.lua"
python3 -c "import json; print(json.dumps({'query': '{ regions { ' + 'a ' * 7000 + '} }'}))" >"$work/hostile.json"
cat >"$work/hostile.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = io.open("$work/hostile.json"):read("*a")
LUA
echo "Hostile document: $(wc -c <"$work/hostile.json") bytes of JSON"

prepare() { # name root port
  local name="$1" root="$2" port="$3" data="$work/$1"
  mkdir -p "$data"
  dotnet build -c Release "$root/src/GraphRegistry.Api" -v q -nologo >/dev/null
  local api="$root/src/GraphRegistry.Api/bin/Release/net10.0/GraphRegistry.Api.dll"
  Registry__DataDirectory="$data" dotnet "$api" seed --households "$households" | tail -1
  Registry__DataDirectory="$data" dotnet "$api" token --agency ANSS 2>/dev/null | tail -1 >"$work/$name.token"
  local operator
  operator="$(Registry__DataDirectory="$data" dotnet "$api" token --operator 2>/dev/null | tail -1)"
  Registry__DataDirectory="$data" dotnet "$api" --urls "http://127.0.0.1:$port" >"$work/$name.log" 2>&1 &
  servers+=("$!")
  for _ in $(seq 1 90); do curl -s -o /dev/null "http://127.0.0.1:$port/health/ready" && break; sleep 1; done
  curl -s "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' -H "Authorization: Bearer $operator" \
    -d '{"query":"{ households(first: 100) { edges { node { members { person { nationalId } } } } } }"}' \
    | grep -o '"nationalId":"[A-Z0-9]*"' | cut -d'"' -f4 | awk 'BEGIN{print "return {"} {print "\"" $0 "\","} END{print "}"}' >"$work/$name.ids.lua"
  REQUEST=lookup TOKEN="$(cat "$work/$name.token")" IDS_FILE="$work/$name.ids.lua" wrk -t2 -c"$connections" -d20s -s "$lua" "http://127.0.0.1:$port/graphql" >/dev/null
}

hostile() { # name port: one request, its time in ms and its error code
  curl -s -o "$work/hostile.out" -w '%{time_total}' "http://127.0.0.1:$2/graphql" -H 'Content-Type: application/json' \
    -H "Authorization: Bearer $(cat "$work/$1.token")" --data-binary @"$work/hostile.json" | awk '{printf "%.1f", $1 * 1000}'
}

lookups() { # name port
  REQUEST=lookup TOKEN="$(cat "$work/$1.token")" IDS_FILE="$work/$1.ids.lua" wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s \
    -s "$lua" "http://127.0.0.1:$2/graphql" | grep RESULT | sed -E 's|.*requests/s=([0-9.]+).*|\1|'
}

measure() { # name port
  local name="$1" port="$2" times=()
  for _ in $(seq 1 20); do times+=("$(hostile "$name" "$port")"); done
  local code
  code="$(grep -o '"code":"[A-Z_]*"' "$work/hostile.out" | head -1 | cut -d'"' -f4 || true)"
  local sorted
  sorted="$(printf '%s\n' "${times[@]}" | sort -n)"
  local alone attacked
  alone="$(lookups "$name" "$port")"
  wrk -t1 -c1 -d"$((seconds + 2))s" --timeout 30s -H "Authorization: Bearer $(cat "$work/$name.token")" -s "$work/hostile.lua" \
    "http://127.0.0.1:$port/graphql" >"$work/attack.out" 2>&1 &
  local attacker=$!
  attacked="$(lookups "$name" "$port")"
  wait "$attacker" 2>/dev/null || true
  local sent
  sent="$(awk '/requests in/ { print $1 }' "$work/attack.out")"
  awk -v n="$name" -v c="${code:-none}" -v med="$(sed -n 10p <<<"$sorted")" -v max="$(tail -1 <<<"$sorted")" -v a="$alone" -v b="$attacked" -v h="${sent:-0}" \
    'BEGIN { printf "%-6s hostile document %s in %7.1f ms median, %7.1f ms max   lookups alone %6.0f/s, attacked %6.0f/s (%s hostile answered), attacked/alone %.2f\n", n, c, med, max, a, b, h, b / a }'
}

prepare this "$here" "$port_base"
prepare other "$other" "$((port_base + 1))"
echo "$households households each; $connections connections, ${seconds}s per measurement, $rounds rounds; this = $(git -C "$here" rev-parse --short HEAD), other = $(git -C "$other" rev-parse --short HEAD)"
for round in $(seq 1 "$rounds"); do
  echo "round $round"
  measure this "$port_base"
  measure other "$((port_base + 1))"
done
