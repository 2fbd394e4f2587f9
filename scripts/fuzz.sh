#!/usr/bin/env bash
# Long runs of the runtime fuzzer (runtime/tests/fuzz.rs): random call sequences from
# random origins, every pallet's invariants checked after every block; then of the
# contracts harness (runtime/tests/contracts*.rs): random message sequences against the
# real contract bundles on the real pallet-contracts. scripts/test.sh runs bounded runs;
# this runs many seeds.
#
#   scripts/fuzz.sh                          # 20 runs of 1000 blocks, 1000 contract sequences
#   AMCHAIN_FUZZ_SEED=42 AMCHAIN_FUZZ_RUNS=1 AMCHAIN_FUZZ_BLOCKS=300 scripts/fuzz.sh
#   AMCHAIN_CONTRACT_SEED=7 scripts/fuzz.sh  # replays one contract sequence (each harness)
#   AMCHAIN_CONTRACT_RUNS=5000 scripts/fuzz.sh
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

# The contracts harness needs the bundles (scripts/contracts.sh build, once; the tender's
# harness deploys escrow beside it).
for c in "${CONTRACTS[@]}"; do
  [ -f "$CONTRACTS_OUT/$c.wasm" ] || { "$root/scripts/contracts.sh" build; break; }
done
export AMCHAIN_CONTRACT_RUNS="${AMCHAIN_CONTRACT_RUNS:-1000}"
export AMCHAIN_CONTRACT_FIRST_SEED="${AMCHAIN_CONTRACT_FIRST_SEED:-$AMCHAIN_FUZZ_SEED}"
log "contracts harness: $AMCHAIN_CONTRACT_RUNS sequences per contract from seed $AMCHAIN_CONTRACT_FIRST_SEED"
cargo test --locked -p amchain-runtime --features runtime-benchmarks,try-runtime \
  --test contracts --test contracts_letter_of_credit --test contracts_usage_token \
  --test contracts_tender -- --nocapture
