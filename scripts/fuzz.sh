#!/usr/bin/env bash
# Long runs of the runtime fuzzer (runtime/tests/fuzz.rs): random call sequences from
# random origins, every pallet's invariants checked after every block. scripts/test.sh
# runs a bounded run; this runs many seeds of many blocks.
#
#   scripts/fuzz.sh                          # 20 runs of 1000 blocks from a seed of the clock
#   AMCHAIN_FUZZ_SEED=42 AMCHAIN_FUZZ_RUNS=1 AMCHAIN_FUZZ_BLOCKS=300 scripts/fuzz.sh
#
# A failure prints its seed and a shrunk sequence of the steps that still fail. It builds
# with the features scripts/test.sh's runtime step uses, so the two share one build.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
cd "$root"

export AMCHAIN_FUZZ_SEED="${AMCHAIN_FUZZ_SEED:-$(date +%s)}"
export AMCHAIN_FUZZ_BLOCKS="${AMCHAIN_FUZZ_BLOCKS:-1000}"
export AMCHAIN_FUZZ_RUNS="${AMCHAIN_FUZZ_RUNS:-20}"
log "fuzzing: seeds $AMCHAIN_FUZZ_SEED.. ($AMCHAIN_FUZZ_RUNS runs of $AMCHAIN_FUZZ_BLOCKS blocks)"
cargo test --locked -p amchain-runtime --features runtime-benchmarks,try-runtime --test fuzz \
  -- --nocapture random_call_sequences_keep_every_invariant
