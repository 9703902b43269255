#!/usr/bin/env bash
# Page tests drive Debian's Chromium (/usr/bin/chromium) through Playwright.
# Install it from Debian's packages when it is missing; nothing is downloaded otherwise.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "Chromium is missing: install it with 'sudo apt-get install chromium' to run the page tests." >&2
  exit 0
fi
echo "Installing Debian's chromium for the page tests..."
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
