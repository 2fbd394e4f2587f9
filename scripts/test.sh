#!/usr/bin/env bash
# Runs every test in the project: the one command CI runs (.ci/run).
#
#   scripts/test.sh
#
# Installs prerequisites (scripts/setup.sh), then:
#   1. formatting (cargo fmt --check) and feature propagation (zepter)
#   2. every crate's tests, including the end-to-end tests that start the real
#      amchain-node and drive it over JSON-RPC
#   3. the pallets' benchmarks, run as tests against their mock runtimes
#   4. the checked-in chain specs match what the node builds
#   5. clippy, warnings denied
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

step "workspace tests (unit, runtime, end-to-end on a real node)"
cargo test --locked --workspace

step "pallet benchmarks (as tests, in the pallets' mock runtimes)"
cargo test --locked --features runtime-benchmarks -p pallet-certifications -p pallet-parts \
  -p pallet-cores -p pallet-warranties

step "the runtime builds with runtime-benchmarks and try-runtime (native and wasm)"
# What scripts/bench.sh and try-runtime need; a feature that does not reach a
# dependency, or code that only compiles without them, fails here and not weeks later.
cargo check --locked -p amchain-runtime --features runtime-benchmarks,try-runtime

step "checked-in chain specs are what the node builds"
"$root/scripts/chain-spec.sh" --check

step "clippy"
cargo clippy --locked --workspace --all-targets -- -D warnings

log "all tests passed in $(( $(date +%s) - started )) s"
