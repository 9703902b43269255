#!/usr/bin/env bash
# Debian's redis-server for the test suite (CI and local runs): the shared-cache tests start
# their own throwaway server on 127.0.0.1 (tests/production/redis_server.py).
#   scripts/redis-server.sh install   -> installs Debian's redis-server when missing (root only)
set -euo pipefail
case "${1:-install}" in
  install)
    if ! command -v redis-server >/dev/null 2>&1; then
      if [ "$(id -u)" != "0" ]; then
        echo "redis-server is not installed (apt-get install redis-server)." >&2; exit 1
      fi
      echo "Installing Debian's redis-server for the shared-cache tests..." >&2
      apt-get update -qq >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null
    fi
    echo "redis-server: $(command -v redis-server)"
    ;;
  *) echo "usage: $0 install" >&2; exit 2 ;;
esac
