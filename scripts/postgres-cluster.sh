#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the test suite (CI and `make test-postgres`).
#   scripts/postgres-cluster.sh start DIR PORT   -> prints the DATABASE_URL to use
#   scripts/postgres-cluster.sh stop DIR
#   scripts/postgres-cluster.sh install          -> installs Debian's postgresql when missing
# Installs Debian's postgresql when no server binary is found (root only). The cluster runs
# as the 'postgres' user when started by root (PostgreSQL refuses to run as root), listens
# on 127.0.0.1 only, and lives entirely in DIR.
set -euo pipefail
# runuser lives in /usr/sbin, which a plain user's PATH may lack.
export PATH="$PATH:/usr/sbin:/sbin"
cmd=${1:?start, stop or install}; dir=${2:-}; port=${3:-54329}

pg_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$found" ] && [ "$(id -u)" = "0" ]; then
    echo "Installing Debian's postgresql for the PostgreSQL test run..." >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  fi
  [ -n "$found" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)." >&2; exit 1; }
  echo "$found"
}

as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  install)
    echo "PostgreSQL binaries: $(pg_bin)"
    ;;
  start)
    [ -n "$dir" ] || { echo "usage: $0 start DIR PORT" >&2; exit 2; }
    bin=$(pg_bin)
    mkdir -p "$dir"
    [ "$(id -u)" = "0" ] && chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off -c max_connections=200" >/dev/null
    "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -v ON_ERROR_STOP=1 \
      -c "CREATE ROLE raremap LOGIN CREATEDB PASSWORD 'raremap'" -c "CREATE DATABASE raremap OWNER raremap" >/dev/null
    echo "postgres://raremap:raremap@127.0.0.1:$port/raremap"
    ;;
  stop)
    bin=$(pg_bin)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
  *) echo "usage: $0 start DIR PORT | stop DIR | install" >&2; exit 2 ;;
esac
