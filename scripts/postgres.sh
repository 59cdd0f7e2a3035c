#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 and prints its DATABASE_URI.
#   scripts/postgres.sh start [port]   → prints postgres://qalia@127.0.0.1:PORT/qalia (a free port by default)
#   scripts/postgres.sh stop PORT
# Needs Debian's postgresql package (apt-get install -y postgresql); runs the server as `postgres`.
set -euo pipefail
# A free port unless one is given, and a folder of its own per port: two runs on one machine (two
# checkouts, CI beside a developer) never stop each other's cluster.
port=${2:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
state=/tmp/qalia-postgres-$port
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2; exit 1; }
as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -s /bin/bash -c "$(printf '%q ' "$@")"; fi; }

case "${1:-}" in
  start)
    if [ -f "$state/data/postmaster.pid" ]; then as_postgres "$bin/pg_ctl" -D "$state/data" stop -m fast >/dev/null || true; fi
    rm -rf "$state" && mkdir -p "$state" && chown postgres "$state"
    as_postgres "$bin/initdb" -D "$state/data" -U postgres -A trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    as_postgres "$bin/pg_ctl" -D "$state/data" -l "$state/log" -w \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$state -c fsync=off" start >/dev/null
    # pg_signal_backend: the tests drop their databases WITH (FORCE), which must also end an autovacuum
    # worker that happens to be in that database; without it the drop fails now and then
    # ("must be a member of the role whose process is being terminated or member of pg_signal_backend").
    as_postgres "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q \
      -c "CREATE ROLE qalia LOGIN CREATEDB" -c "GRANT pg_signal_backend TO qalia" \
      -c "CREATE DATABASE qalia OWNER qalia" >/dev/null
    echo "postgres://qalia@127.0.0.1:$port/qalia"
    ;;
  stop)
    [ -n "${2:-}" ] || { echo "usage: $0 stop PORT" >&2; exit 2; }
    [ -d "$state/data" ] && as_postgres "$bin/pg_ctl" -D "$state/data" stop -m fast >/dev/null
    rm -rf "$state"
    ;;
  *)
    echo "usage: $0 start [port] | stop PORT" >&2
    exit 2
    ;;
esac
