#!/usr/bin/env bash
# The web console (console/, docs/console.md): build, test and serve it.
#
#   scripts/console.sh build      # console/dist: the static files a web server serves (with
#                                 # the contracts' metadata from $AMCHAIN_CONTRACTS, if built)
#   scripts/console.sh test       # lint (eslint), type-check (tsc --noEmit), unit tests (vitest)
#   scripts/console.sh test-e2e   # build, then the browser test: headless Chromium against a
#                                 # dev node and an indexer of its own (console/e2e/run.mjs)
#   scripts/console.sh serve      # build if needed, then serve it on CONSOLE_PORT (3000)
#
# Each first installs the npm dependencies exactly as package-lock.json pins them (npm ci),
# only when the lock file changed since the last install (a stamp in node_modules).
# Environment: CONSOLE_PORT (3000), CONSOLE_NODE_URL (ws://127.0.0.1:9944),
# CONSOLE_INDEXER_URL (http://127.0.0.1:8088/graphql) for serve; AMCHAIN_NODE_BIN and
# AMCHAIN_INDEXER_BIN (default $CARGO_TARGET_DIR/debug/amchain-{node,indexer}),
# CONSOLE_E2E_ARTEFACTS (console/test-results: screenshots) for test-e2e.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
console="$root/console"
cd "$console"

deps() {
  command -v npm >/dev/null 2>&1 || { log "npm is missing: run scripts/setup.sh"; exit 1; }
  local want have=""
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  [ -f node_modules/.amchain-stamp ] && have=$(cat node_modules/.amchain-stamp)
  if [ "$want" != "$have" ]; then
    log "installing the console's npm dependencies (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$want" >node_modules/.amchain-stamp
  fi
}

build() {
  deps
  npx tsc --noEmit
  npx vite build --logLevel warn
  contracts_metadata
}

# contracts_metadata: the four contracts' metadata (scripts/contracts.sh's bundles, in
# $AMCHAIN_CONTRACTS) into dist/contracts/, where the Deals view reads them; a contract
# not built yet is left out (the view says so).
contracts_metadata() {
  mkdir -p dist/contracts
  local c
  for c in escrow letter_of_credit tender usage_token; do
    if [ -f "$CONTRACTS_OUT/$c.json" ]; then
      cmp -s "$CONTRACTS_OUT/$c.json" "dist/contracts/$c.json" || cp "$CONTRACTS_OUT/$c.json" "dist/contracts/$c.json"
    fi
  done
}

# built: whether dist/ is newer than every source file.
built() {
  [ -f dist/index.html ] || return 1
  [ -z "$(find src public index.html vite.config.ts package-lock.json -newer dist/index.html -print -quit)" ]
}

case ${1:-} in
  build) build ;;
  test)
    deps
    log "console: eslint"; npx eslint .
    log "console: tsc --noEmit"; npx tsc --noEmit
    log "console: vitest"; npx vitest run
    ;;
  test-e2e)
    built || build
    contracts_metadata
    export AMCHAIN_NODE_BIN=${AMCHAIN_NODE_BIN:-$CARGO_TARGET_DIR/debug/amchain-node}
    export AMCHAIN_INDEXER_BIN=${AMCHAIN_INDEXER_BIN:-$CARGO_TARGET_DIR/debug/amchain-indexer}
    node e2e/run.mjs
    ;;
  serve)
    built || build
    contracts_metadata
    exec node serve.mjs --port "${CONSOLE_PORT:-3000}"
    ;;
  *) sed -n '2,15p' "$root/scripts/console.sh" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
