#!/usr/bin/env bash
# The accessibility page tests inject axe-core (the npm package, version pinned in
# tests/browser/package.json and package-lock.json) into Chromium. Install it with npm into
# tests/browser/node_modules when missing; npm itself comes from Debian's packages.
set -euo pipefail
cd "$(dirname "$0")/../tests/browser"
want=$(sed -n 's/.*"axe-core": "\(.*\)".*/\1/p' package.json | head -1)
if [ -f node_modules/axe-core/axe.min.js ] && grep -q "\"version\": \"$want\"" node_modules/axe-core/package.json; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  if [ "$(id -u)" != "0" ]; then
    echo "npm is missing: install it with 'sudo apt-get install npm' to run the accessibility tests." >&2
    exit 0
  fi
  echo "Installing Debian's npm for the accessibility tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
fi
npm ci --no-audit --no-fund --loglevel=error
