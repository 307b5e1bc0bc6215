#!/usr/bin/env bash
# A throw-away PostgreSQL server for the storage tests, from Debian's packages.
#   eval "$(bash scripts/postgres.sh start)"   # exports PORTHOLE_TEST_DATABASE_URL and PORTHOLE_PG_DIR
#   bash scripts/postgres.sh stop [dir]        # stops it and deletes its directory (default $PORTHOLE_PG_DIR)
# Only the two export lines go to stdout; progress goes to stderr.
set -euo pipefail

find_bin() {
  if command -v initdb >/dev/null 2>&1; then dirname "$(readlink -f "$(command -v initdb)")"; return; fi
  # Debian keeps the server binaries out of PATH, one directory per major version.
  local newest
  newest="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [ -n "$newest" ] && [ -x "$newest/initdb" ] && echo "$newest"
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# initdb and postgres refuse to run as root; Debian's package creates the `postgres` user for this.
# From /: the postgres user may not be allowed into the caller's working directory (a root-only temp clone).
as_owner() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  local bin
  bin="$(find_bin || true)"
  if [ -z "$bin" ]; then
    echo "porthole: installing Debian's postgresql for the storage tests" >&2
    # Debian's package would otherwise create and start a default cluster on port 5432 that nobody uses.
    as_root mkdir -p /etc/postgresql-common
    grep -qs '^create_main_cluster' /etc/postgresql-common/createcluster.conf ||
      echo 'create_main_cluster = false' | as_root tee -a /etc/postgresql-common/createcluster.conf >/dev/null
    as_root apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >&2
    bin="$(find_bin)"
  fi
  local dir port
  dir="$(mktemp -d "${TMPDIR:-/tmp}/porthole-postgres.XXXXXX")"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  port=54329
  while port_in_use "$port"; do port=$((port + 1)); done
  # A fixed password keeps the URL, and so turbo's task hash, stable between runs; the cluster holds
  # no data, listens on loopback only and lives for one test run.
  local password=porthole-throwaway-test-cluster
  as_owner bash -c "printf '%s\n' '$password' > '$dir/pwfile'"
  # The C locale orders text bytewise, like SQLite, so ISO timestamps and ids sort the same in both.
  if ! as_owner "$bin/initdb" -D "$dir/data" -U porthole --pwfile="$dir/pwfile" --auth=scram-sha-256 \
      --locale=C --encoding=UTF8 >/dev/null ||
    # fsync off: a crash loses nothing we would keep, and the tests run faster.
    ! as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -s \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >&2; then
    cat "$dir/server.log" >&2 2>/dev/null || true
    stop "$dir"
    exit 1
  fi
  rm "$dir/pwfile"
  echo "porthole: PostgreSQL on 127.0.0.1:$port (data in $dir)" >&2
  echo "export PORTHOLE_TEST_DATABASE_URL=postgresql://porthole:$password@127.0.0.1:$port/postgres"
  echo "export PORTHOLE_PG_DIR=$dir"
}

stop() {
  local dir="${1:-${PORTHOLE_PG_DIR:-}}"
  [ -n "$dir" ] && [ -d "$dir" ] || return 0
  local bin
  bin="$(find_bin)"
  if [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -s stop >&2 || true; fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop [dir]" >&2; exit 2 ;;
esac
