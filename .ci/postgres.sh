#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 server for the tests, from the machine's Debian packages:
# initdb into a temporary folder as the unprivileged "postgres" user (the server refuses root),
# listening on 127.0.0.1 only. Prints the connection string; `postgres.sh stop DIR` stops it.
#   eval "$(.ci/postgres.sh start)"   # exports REGISTRY_TEST_POSTGRES and PG_TEST_DIR
#   .ci/postgres.sh stop "$PG_TEST_DIR"
# Tests run with fsync off (a throwaway server); benchmarks set PG_FSYNC=on for durable commits,
# and may give PG_SHARED_BUFFERS (default 128MB) and PG_TEST_PORT (default 55432).
set -euo pipefail

# The server's own folder (Debian keeps initdb out of PATH); pg_config may belong to a client-only install.
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -1)"
[ -x "$bindir/initdb" ] || bindir="$(pg_config --bindir)"
# From /: the caller's folder (a private temporary clone, say) may be closed to the postgres user.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

case "${1:-start}" in
  start)
    dir="$(mktemp -d /tmp/graphregistry-pg.XXXXXX)"
    port="${PG_TEST_PORT:-55432}"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    as_postgres "$bindir/initdb" -D "$dir/data" -U registry --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_postgres "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=${PG_FSYNC:-off} -c shared_buffers=${PG_SHARED_BUFFERS:-128MB} -c max_connections=200" start >/dev/null
    echo "export PG_TEST_DIR=$dir"
    echo "export REGISTRY_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=registry;Database=postgres'"
    ;;
  stop)
    dir="${2:?usage: postgres.sh stop DIR}"
    as_postgres "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: postgres.sh start | stop DIR" >&2
    exit 2
    ;;
esac
