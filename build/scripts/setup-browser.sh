#!/usr/bin/env bash
# `npm run setup:browser`: makes sure a Chromium exists for the end-to-end tests and benchmarks, from the
# system's package manager (never a browser download by a test tool). Does nothing if one is present.
set -euo pipefail
if node -e "import('./build/scripts/find-browser.mjs').then(m => process.exit(m.findBrowser() ? 0 : 1))"; then
  echo "setup:browser: Chromium/Chrome found."
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup:browser: installing Debian's chromium package…"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  echo "setup:browser: installed $(chromium --version 2>/dev/null || echo chromium)."
else
  echo "setup:browser: no Chromium found and no apt-get here: install Chromium or Chrome, or set CHROME_PATH." >&2
  exit 1
fi
