#!/usr/bin/env bash
# Runs every test in the project: the one command CI runs (.ci/run).
#
#   scripts/test.sh
#
# Installs prerequisites (scripts/setup.sh), then:
#   1. formatting (cargo fmt --check) and feature propagation (zepter); the web console's
#      lint (eslint), type-check (tsc) and unit tests (vitest)
#   2. the ink! contracts' unit tests and clippy, and their bundles built with
#      cargo-contract (scripts/contracts.sh)
#   3. every crate's unit tests, then the end-to-end tests that start the real
#      amchain-node (dev chains, the four-validator local network, a consortium chain,
#      contracts deployed to them; the web console in headless Chromium against a dev node
#      and an indexer, and against a members-only consortium node) in parallel lanes: they mostly wait for blocks, so side by side they
#      take the time of the longest lane, not of all of them
#   4. while the lanes run (at a lower CPU priority, so the nodes keep their slots):
#      the pallets' benchmarks as tests in their mock runtimes, the runtime with
#      runtime-benchmarks and try-runtime (the upgrade from the previous release's
#      storage, the fuzzer, the contracts' harnesses) beside clippy, the checked-in
#      chain specs, scripts/run.sh
#   5. a table of how long each step took
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
cd "$root"

started=$(date +%s)
times=$(mktemp)
lanes_dir=$(mktemp -d)
# On the way out (also after a failure): stop lanes still running (their nodes stop as
# their tests are dropped), and remove the scratch files.
cleanup() {
  local pids
  pids=$(jobs -p)
  [ -z "$pids" ] || kill $pids 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$times" "$lanes_dir"
}
trap cleanup EXIT

# step NAME COMMAND...: runs COMMAND, records how long it took.
step() {
  local name=$1 t0
  shift
  log "== $name =="
  t0=$(date +%s)
  "$@"
  printf '%s\t%s\n' "$(( $(date +%s) - t0 ))" "$name" >>"$times"
}

# Compiles run at the lowest CPU priority while end-to-end lanes run beside them.
low() { nice -n 19 "$@"; }

step "setup (scripts/setup.sh)" "$root/scripts/setup.sh"
step "formatting" cargo fmt --all --check
step "features forwarded (zepter)" zepter run check
step "the web console: eslint, tsc --noEmit, vitest (scripts/console.sh test)" "$root/scripts/console.sh" test
step "ink! contracts: format, unit tests, clippy" "$root/scripts/contracts.sh" test
step "ink! contracts: .contract bundles (cargo-contract)" "$root/scripts/contracts.sh" build
# once, before the lanes: three of them run the console's browser test (each part of it)
step "the web console: built with the contracts' metadata (scripts/console.sh build)" "$root/scripts/console.sh" build
step "the previous release's runtime (cached)" "$root/scripts/previous-runtime.sh"

# list_tests [low] ARGS...: builds the test binaries `cargo test ARGS` would run (at the
# lowest CPU priority after `low`) and lists them:
# "kind<TAB>name<TAB>package dir<TAB>executable".
list_tests() {
  local nice=()
  [ "$1" = low ] && { nice=(nice -n 19); shift; }
  "${nice[@]}" cargo test --locked --no-run --message-format=json-render-diagnostics "$@" |
    python3 -c '
import json, os, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["profile"]["test"]:
        t = m["target"]
        print("\t".join([t["kind"][0], t["name"], os.path.dirname(m["manifest_path"]), m["executable"]]))
'
}
step "build: the workspace and every test binary" list_tests --workspace >"$lanes_dir/tests"

# run_test NAME: runs one test binary from its package directory, as cargo test does;
# `console`, `console-passport` and `console-deals` are the web console's browser test
# (console/e2e/run.mjs: headless Chromium against a dev node and an indexer of its own,
# the binaries built above) in three parts, each on a node of its own: its steps 1 to 11,
# then the steps of console/e2e/steps/ on the passport and on the Deals page (screenshots
# of each part in console/test-results/<part>/); `console-members` its test against a
# members-only consortium node (console/e2e/members.mjs).
run_test() {
  local line dir exe
  case $1 in
    console) CONSOLE_E2E_ONLY=core CONSOLE_E2E_ARTEFACTS="$root/console/test-results/console" "$root/scripts/console.sh" test-e2e; return ;;
    console-passport) CONSOLE_E2E_ONLY=claims,lot,usage CONSOLE_E2E_ARTEFACTS="$root/console/test-results/console-passport" "$root/scripts/console.sh" test-e2e; return ;;
    console-deals) CONSOLE_E2E_ONLY=credit-documents,tender CONSOLE_E2E_ARTEFACTS="$root/console/test-results/console-deals" "$root/scripts/console.sh" test-e2e; return ;;
  esac
  if [ "$1" = console-members ]; then
    (cd "$root/console" && AMCHAIN_NODE_BIN=${AMCHAIN_NODE_BIN:-$CARGO_TARGET_DIR/debug/amchain-node} node e2e/members.mjs)
    return
  fi
  # only node/tests/*.rs and indexer/tests/*.rs: a crate's test of the same name (the
  # runtime's contracts harness is `contracts` too) is not this end-to-end test
  line=$(awk -F'\t' -v n="$1" '$1 == "test" && $2 == n && $3 ~ /\/(node|indexer)$/' "$lanes_dir/tests")
  [ -n "$line" ] && [ "$(wc -l <<<"$line")" = 1 ] ||
    { log "no single end-to-end test binary named $1 in node/ or indexer/"; return 1; }
  dir=$(cut -f3 <<<"$line"); exe=$(cut -f4 <<<"$line")
  (cd "$dir" && "$exe")
}

# Unit and mock-runtime tests: every binary that is not one of node/tests/*.rs or the
# indexer's end-to-end test (indexer/tests/*.rs: a dev node and a PostgreSQL server of its
# own), which run in the lanes below.
unit_tests() {
  local kind name dir exe
  while IFS=$'\t' read -r kind name dir exe; do
    [ "$kind" = test ] && [ "$(basename "$dir")" = node ] && continue
    [ "$kind" = test ] && [ "$(basename "$dir")" = indexer ] && continue
    (cd "$dir" && "$exe" -q) || return 1
  done <"$lanes_dir/tests"
}
step "unit and mock-runtime tests" unit_tests

# The end-to-end tests (node/tests/*.rs and indexer/tests/*.rs), in lanes balanced by their
# measured times (README): the local network's fault and validator tests, then the web
# console in a browser (and on a members-only node, which needs the console it built); the
# runtime upgrade (on a second local network, on other ports), the consortium chain and
# the contracts; the dev chain's, the indexer following a dev node into SQLite and
# PostgreSQL, and the members-only checks.
lane() {
  local name=$1 t0 test status=0
  shift
  t0=$(date +%s)
  for test in "$@"; do
    local t1; t1=$(date +%s)
    if run_test "$test" >"$lanes_dir/$test.log" 2>&1; then
      printf '%s\t%s\n' "$(( $(date +%s) - t1 ))" "  e2e: $test" >>"$times"
    else
      status=1
      echo "$test" >>"$lanes_dir/failed"
    fi
  done
  printf '%s\t%s\n' "$(( $(date +%s) - t0 ))" "e2e lane $name (in parallel)" >>"$times"
  return $status
}
known_e2e=(network upgrade consortium contracts e2e cli certifications parts circular indexer members console)
for t in $(awk -F'\t' '$1 == "test" && $3 ~ /\/(node|indexer)$/ {print $2}' "$lanes_dir/tests"); do
  [[ " ${known_e2e[*]} " == *" $t "* ]] ||
    { log "end-to-end test $t is in no lane of scripts/test.sh: add it to one"; exit 1; }
done
# and every name in a lane is an end-to-end test that exists
for t in "${known_e2e[@]}"; do
  case $t in console | console-passport | console-deals | console-members) continue ;; esac
  awk -F'\t' -v n="$t" '$1 == "test" && $2 == n && $3 ~ /\/(node|indexer)$/ {f = 1} END {exit !f}' "$lanes_dir/tests" ||
    { log "the lanes name $t, but node/tests and indexer/tests have no such test"; exit 1; }
done
log "== end-to-end tests on real nodes, in three lanes (logs in $lanes_dir) =="
e2e_started=$(date +%s)
lane A network console console-members e2e members & lane_a=$!
lane B upgrade consortium contracts console-deals & lane_b=$!
lane C cli certifications parts circular indexer console-passport & lane_c=$!

# Meanwhile, at low priority: everything else.
step "pallet benchmarks (as tests) and try-runtime checks" \
  low cargo test --locked --features runtime-benchmarks,try-runtime -q \
  -p pallet-certifications -p pallet-parts -p pallet-cores -p pallet-warranties -p pallet-collections \
  -p amchain-chain-extension-runtime -p pallet-consortium
# What scripts/bench.sh and try-runtime need; a feature that does not reach a dependency,
# or code that only compiles without them, fails here and not weeks later. Under
# try-runtime the runtime's tests also run the upgrade from the previous release: every
# migration's pre/post checks, the whole state decoding, every pallet's try_state; and
# the fuzzer and the four contracts' harnesses. Built here, run below beside clippy.
step "the runtime with runtime-benchmarks and try-runtime: builds (native and wasm)" \
  list_tests low -p amchain-runtime --features runtime-benchmarks,try-runtime >"$lanes_dir/runtime-tests"
step "checked-in chain specs are what the node builds" "$root/scripts/chain-spec.sh" --check

run_sh() {
  local run_log run_pid deadline
  run_log=$(mktemp)
  local graphql_port=${RUN_SH_TEST_GRAPHQL_PORT:-18088}
  local console_port=${RUN_SH_TEST_CONSOLE_PORT:-13000}
  RPC_PORT=${RUN_SH_TEST_PORT:-19944} GRAPHQL_PORT=$graphql_port CONSOLE_PORT=$console_port \
    "$root/scripts/run.sh" --no-prometheus >"$run_log" 2>&1 &
  run_pid=$!
  deadline=$(( $(date +%s) + 600 ))
  until grep -q '^ *usage_token: *5' "$run_log"; do
    if ! kill -0 "$run_pid" 2>/dev/null || (( $(date +%s) > deadline )); then
      tail -n 40 "$run_log"; kill -TERM "$run_pid" 2>/dev/null || true
      log "scripts/run.sh did not print the contracts' addresses"; return 1
    fi
    sleep 2
  done
  grep -E '^ *(escrow|letter_of_credit|tender|usage_token): *5' "$run_log"
  # The indexer beside it has indexed finalized blocks (the contracts' deployments among them).
  local status
  status=$(curl -s --max-time 5 -H 'Content-Type: application/json' \
    -d '{"query":"{ indexerStatus { lastBlock events } }"}' \
    "http://127.0.0.1:$graphql_port/graphql" || true)
  log "the indexer beside it: $status"
  python3 -c 'import json,sys; s=json.load(sys.stdin)["data"]["indexerStatus"]; sys.exit(0 if (s["lastBlock"] or 0) > 0 and s["events"] > 0 else 1)' <<<"$status" ||
    { log "the indexer started by scripts/run.sh answers no indexed block"; kill -TERM "$run_pid"; return 1; }
  # The web console beside them answers its start page and a view's URL.
  local page code
  grep -q "Web console: *http://127.0.0.1:$console_port/" "$run_log" ||
    { log "scripts/run.sh printed no console URL"; kill -TERM "$run_pid"; return 1; }
  for page in / /parts/0; do
    for _ in $(seq 1 60); do
      code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$console_port$page" || true)
      [ "$code" = 200 ] && break
      sleep 2
    done
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$console_port$page" || true)
    [ "$code" = 200 ] ||
      { log "the web console at http://127.0.0.1:$console_port$page answered $code, not 200"; tail -n 40 "$run_log"; kill -TERM "$run_pid"; return 1; }
  done
  log "the web console beside it answers at http://127.0.0.1:$console_port/"
  kill -TERM "$run_pid"
  wait "$run_pid"
  rm -f "$run_log"
}
step "scripts/run.sh starts a dev chain, the indexer and the web console, and deploys the four contracts" run_sh

# Clippy (check builds: it shares no artefact with the tests) beside the runtime's tests,
# which are mostly one thread each (the harnesses, the fuzzer): the runtime's test
# binaries run directly, so cargo's build-directory lock is clippy's. Clippy reads the
# native code only: the runtime's wasm was built and tested above, so its build script
# skips building it once more (SKIP_WASM_BUILD).
clippy_log="$lanes_dir/clippy.log"
(
  t0=$(date +%s)
  low env SKIP_WASM_BUILD=1 cargo clippy --locked --workspace --all-targets -q -- -D warnings
  printf '%s\t%s\n' "$(( $(date +%s) - t0 ))" "clippy, warnings denied (beside the runtime's tests)" >>"$times"
) >"$clippy_log" 2>&1 &
clippy_pid=$!
runtime_tests() {
  local kind name dir exe
  while IFS=$'\t' read -r kind name dir exe; do
    log "runtime tests: $name"
    (cd "$dir" && low "$exe" -q) || return 1
  done <"$lanes_dir/runtime-tests"
}
step "the runtime's tests with runtime-benchmarks and try-runtime (the upgrade, the fuzzer, the contracts' harnesses)" runtime_tests
log "== clippy, warnings denied =="
if ! wait "$clippy_pid"; then
  cat "$clippy_log" >&2
  log "clippy failed"
  exit 1
fi
cat "$clippy_log"

lanes_ok=true
for pid in $lane_a $lane_b $lane_c; do wait "$pid" || lanes_ok=false; done
printf '%s\t%s\n' "$(( $(date +%s) - e2e_started ))" "end-to-end tests, all lanes (wall time)" >>"$times"

printf '\n%8s  %s\n' "seconds" "step" >&2
while IFS=$'\t' read -r secs name; do printf '%8s  %s\n' "$secs" "$name" >&2; done <"$times"

if ! $lanes_ok; then
  for t in $(cat "$lanes_dir/failed"); do
    log "end-to-end test $t failed; its output:"
    tail -n 150 "$lanes_dir/$t.log" >&2
  done
  exit 1
fi
log "all tests passed in $(( $(date +%s) - started )) s"
