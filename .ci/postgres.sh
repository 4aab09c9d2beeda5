#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 server for the tests, from the machine's Debian packages:
# initdb into a temporary folder as the unprivileged "postgres" user (the server refuses root),
# listening on 127.0.0.1 only. Prints the connection string; `postgres.sh stop DIR` stops it.
#   eval "$(.ci/postgres.sh start)"   # exports REGISTRY_TEST_POSTGRES and PG_TEST_DIR
#   .ci/postgres.sh stop "$PG_TEST_DIR"
# Tests run with fsync off (a throwaway server); benchmarks set PG_FSYNC=on for durable commits,
# and may give PG_SHARED_BUFFERS (default 128MB) and PG_TEST_PORT (default 55432).
# A hot standby of a running server, made with pg_basebackup and streaming from it:
#   eval "$(.ci/postgres.sh standby PRIMARY_PORT [STANDBY_PORT])"   # exports PG_STANDBY_DIR and REGISTRY_TEST_POSTGRES_REPLICA
#   .ci/postgres.sh halt DIR / resume DIR                            # stop a server keeping its files, start it again
#   .ci/postgres.sh stop "$PG_STANDBY_DIR"
set -euo pipefail

# The server's own folder (Debian keeps initdb out of PATH); pg_config may belong to a client-only install.
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -1)"
[ -x "$bindir/initdb" ] || bindir="$(pg_config --bindir)"
# From /: the caller's folder (a private temporary clone, say) may be closed to the postgres user.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

# The same settings for a primary and its standby (a standby needs max_connections at least the primary's).
serve() {
  local dir="$1" port="$2"
  echo "$port" > "$dir/port"
  as_postgres "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=${PG_FSYNC:-off} -c shared_buffers=${PG_SHARED_BUFFERS:-128MB} -c max_connections=200" start >/dev/null
}

case "${1:-start}" in
  start)
    dir="$(mktemp -d /tmp/graphregistry-pg.XXXXXX)"
    port="${PG_TEST_PORT:-55432}"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    as_postgres "$bindir/initdb" -D "$dir/data" -U registry --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    serve "$dir" "$port"
    echo "export PG_TEST_DIR=$dir"
    echo "export REGISTRY_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=registry;Database=postgres'"
    ;;
  standby)
    primary_port="${2:?usage: postgres.sh standby PRIMARY_PORT [STANDBY_PORT]}"
    port="${3:-$((primary_port + 1))}"
    dir="$(mktemp -d /tmp/graphregistry-pg-standby.XXXXXX)"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    # -R: standby.signal and the primary's address, so it starts as a hot standby streaming from it.
    # -C -S: a replication slot, so the primary keeps the WAL a halted or paused standby still needs
    # (tests drop databases meanwhile, and each drop is a checkpoint that recycles old segments).
    slot="standby_$(date +%s%N)"
    as_postgres "$bindir/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U registry -D "$dir/data" -R -C -S "$slot" -X stream --checkpoint=fast >/dev/null
    echo "$primary_port $slot" > "$dir/slot"
    serve "$dir" "$port"
    echo "export PG_STANDBY_DIR=$dir"
    echo "export REGISTRY_TEST_POSTGRES_REPLICA='Host=127.0.0.1;Port=$port;Username=registry;Database=postgres'"
    ;;
  halt)
    dir="${2:?usage: postgres.sh halt DIR}"
    as_postgres "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  resume)
    dir="${2:?usage: postgres.sh resume DIR}"
    serve "$dir" "$(cat "$dir/port")"
    ;;
  stop)
    dir="${2:?usage: postgres.sh stop DIR}"
    as_postgres "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    # A standby's slot would otherwise keep every later WAL segment on its primary.
    if [ -f "$dir/slot" ]; then
      read -r primary_port slot < "$dir/slot"
      "$bindir/psql" -h 127.0.0.1 -p "$primary_port" -U registry -d postgres -qAtc "SELECT pg_drop_replication_slot('$slot')" >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: postgres.sh start | standby PRIMARY_PORT [STANDBY_PORT] | halt DIR | resume DIR | stop DIR" >&2
    exit 2
    ;;
esac
