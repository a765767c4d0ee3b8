#!/usr/bin/env bash
# Installs node_modules exactly from package-lock.json (npm ci).
#
# Why the fallback: the npm registry mirror these machines reach lacks some
# other platforms' optional binaries (e.g. @pagefind/darwin-x64@1.6.0,
# @astrojs/compiler-binding-darwin-arm64@0.5.1). npm install skips such
# optional packages, so the lockfile it writes has no entry for them, and
# npm ci then refuses the lockfile as "out of sync". In that case only,
# install with npm install, which still honours every version the lockfile pins.
set -uo pipefail
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD="${PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD:-1}"
log=$(mktemp)
if npm ci --no-audit --no-fund 2>"$log"; then
  rm -f "$log"
  exit 0
fi
if grep -q 'from lock file' "$log"; then
  echo "install-deps: npm ci refused the lockfile (optional binaries of other platforms missing from it); using npm install" >&2
  rm -f "$log"
  exec npm install --no-audit --no-fund
fi
cat "$log" >&2
rm -f "$log"
exit 1
