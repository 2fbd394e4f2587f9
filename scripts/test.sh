#!/usr/bin/env bash
# Runs every test in the project: the one command CI runs (.ci/run).
#
#   scripts/test.sh
#
# Installs prerequisites (scripts/setup.sh), then:
#   1. formatting (cargo fmt --check) and feature propagation (zepter)
#   2. the ink! contracts' unit tests and clippy, and their bundles built with
#      cargo-contract (scripts/contracts.sh)
#   3. every crate's tests, including the end-to-end tests that start the real
#      amchain-node and drive it over JSON-RPC (and deploy the contract bundles)
#   4. the pallets' benchmarks, run as tests against their mock runtimes, and the
#      runtime under try-runtime (the upgrade from the previous release's storage)
#   5. the checked-in chain specs match what the node builds
#   6. clippy, warnings denied
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
cd "$root"

"$root/scripts/setup.sh"

step() { log "== $* =="; }
started=$(date +%s)

step "formatting"
cargo fmt --all --check

step "features forwarded (std, runtime-benchmarks, try-runtime)"
zepter run check

step "ink! contracts: format, unit tests, clippy, then .contract bundles"
"$root/scripts/contracts.sh" test
"$root/scripts/contracts.sh" build

step "the previous release's runtime (the one node/tests/upgrade.rs upgrades from; cached)"
"$root/scripts/previous-runtime.sh"

step "workspace tests (unit, runtime, end-to-end on a real node, contracts deployed to it)"
cargo test --locked --workspace

step "scripts/run.sh starts a dev chain and deploys the three contracts"
run_log=$(mktemp)
RPC_PORT=${RUN_SH_TEST_PORT:-19944} "$root/scripts/run.sh" --no-prometheus >"$run_log" 2>&1 &
run_pid=$!
deadline=$(( $(date +%s) + 600 ))
until grep -q '^ *usage_token: *5' "$run_log"; do
  if ! kill -0 "$run_pid" 2>/dev/null || (( $(date +%s) > deadline )); then
    tail -n 40 "$run_log"; kill -TERM "$run_pid" 2>/dev/null || true
    log "scripts/run.sh did not print the contracts' addresses"; exit 1
  fi
  sleep 2
done
grep -E '^ *(escrow|letter_of_credit|usage_token): *5' "$run_log"
kill -TERM "$run_pid"
wait "$run_pid"
rm -f "$run_log"

step "pallet benchmarks (as tests, in the pallets' mock runtimes) and try-runtime checks"
cargo test --locked --features runtime-benchmarks,try-runtime -p pallet-certifications \
  -p pallet-parts -p pallet-cores -p pallet-warranties -p amchain-chain-extension-runtime -p pallet-consortium

step "the runtime with runtime-benchmarks and try-runtime: builds (native and wasm), tests pass"
# What scripts/bench.sh and try-runtime need; a feature that does not reach a
# dependency, or code that only compiles without them, fails here and not weeks later.
# Under try-runtime the runtime's tests also run the upgrade from the previous release:
# every migration's pre/post checks, the whole state decoding, every pallet's try_state.
cargo test --locked -p amchain-runtime --features runtime-benchmarks,try-runtime

step "checked-in chain specs are what the node builds"
"$root/scripts/chain-spec.sh" --check

step "clippy"
cargo clippy --locked --workspace --all-targets -- -D warnings

log "all tests passed in $(( $(date +%s) - started )) s"
