#!/usr/bin/env bash
# Measures the weight of every amchain pallet call and regenerates the pallets'
# weights.rs from the results.
#
#   scripts/bench.sh                    # every amchain pallet
#   scripts/bench.sh pallet_certifications
#   scripts/bench.sh contracts          # a contract call against the native call it replaces
#   scripts/bench.sh indexer            # the indexer's catch-up, query latency and store size
#   scripts/bench.sh reads              # provenance and inventory reads at scale, state per part
#   scripts/bench.sh upstream           # the upstream pallets' weights, then the overheads:
#   scripts/bench.sh overheads          # block and extrinsic overhead, ParityDB read/write
#                                       # weights (all into runtime/src/weights/)
#
# Builds amchain-node in release with `--features runtime-benchmarks` (a separate
# build from the everyday one; the first takes about an hour on two cores), then runs
# `amchain-node benchmark pallet` for each pallet on the dev chain's runtime:
# every benchmark 20 times (steps 50 for benchmarks with components), wasm compiled,
# weights written with .maintain/pallet-weight-template.hbs. Prints a summary of
# what it measured.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
cd "$root"

"$root/scripts/setup.sh"

# The weight of escrow's `release` (a Contracts.call, as charged when dispatched: its
# gas limit from a dry run plus the call's own weight) against the native pallet call it
# stands for (Parts.accept_offer of the custody), and the contract call's proof size, on a
# dev node (node/benches/contracts.rs). Weights, not wall time: the numbers are the
# runtime's benchmarked weights and pallet-contracts' schedule.
if [ "${1:-}" = contracts ]; then
  "$root/scripts/contracts.sh" build
  log "escrow release against Parts.accept_offer on a dev node"
  # --workspace: the same features as every other build of the node (scripts/lib.sh).
  cargo test --locked --workspace --bench contracts
  exit 0
fi

# The indexer on a real chain of 100 000 history records (indexer/benches/catchup.rs):
# catch-up blocks and records per second into SQLite and PostgreSQL, GraphQL p50/p99 of a
# passport and of a where-used reaching 1 000 parts, bytes per history record; ratios from
# the one run. The everyday debug builds of the node and the indexer, as the tests use
# (a release build answers faster: these are upper bounds); $AMCHAIN_NODE for another
# node. AMCHAIN_BENCH_RECORDS=5000 for a quick run.
if [ "${1:-}" = indexer ]; then
  log "the dev node and the indexer (debug, the everyday build)"
  build_node 2>&1 | grep -v '^ *Executable ' >&2
  export AMCHAIN_NODE="${AMCHAIN_NODE:-$NODE_BIN}"
  log "the indexer on a real chain"
  # --workspace: the same features as every other build (scripts/lib.sh).
  cargo test --locked --workspace --bench catchup
  exit 0
fi

# Reads at scale over real JSON-RPC (node/benches/reads.rs): provenance pages of a part
# with 10 000 history records against one with 10, `amchain_partsOf` with 100 000 parts in
# state, and the state and database bytes a part adds over a typical life; ratios from the
# one run. The everyday debug build (the times are upper bounds). AMCHAIN_BENCH_PARTS=10000
# for a quick run.
if [ "${1:-}" = reads ]; then
  log "reads at scale on a dev node (debug, the everyday build)"
  # --workspace: the same features as every other build of the node (scripts/lib.sh).
  cargo test --locked --workspace --bench reads
  exit 0
fi

build_bench_node() {
  log "building amchain-node --release --features runtime-benchmarks"
  cargo build --locked --release -p amchain-node --features runtime-benchmarks
  bench_bin="$CARGO_TARGET_DIR/release/amchain-node"
}

# The generated files name the binary, not this machine's path to it, and use
# frame-support's re-exports (the runtime does not depend on sp-weights itself).
tidy_generated() {
  sed -i -e "s#^\(// *\)$bench_bin\$#\1amchain-node#" -e 's/sp_weights::/frame_support::weights::/g' "$@"
}

out=runtime/src/weights  # relative: the generated headers name no machine path

# The overheads every block and every extrinsic carry, and ParityDB's read and write
# weights, measured through the node's client: runtime/src/weights/{block,extrinsic,paritydb}_weights.rs.
overheads() {
  log "benchmark overhead: an empty block, a block of no-op extrinsics"
  "$bench_bin" benchmark overhead --chain dev --weight-path "$out" --warmup 10 --repeat 100
  tidy_generated "$out/block_weights.rs" "$out/extrinsic_weights.rs"
  grep -h "pub const\|Average" "$out/block_weights.rs" "$out/extrinsic_weights.rs" |
    sed 's/^[[:space:]]*//'
  # ParityDB's read and write weights. Not wired into the runtime yet (it keeps
  # frame-support's ParityDbWeight): on the dev chain's state the read pass is dominated
  # by the 5.5 MB runtime code, and the write pass stops with "Empty input is invalid"
  # (docs/benchmarks.md). Written to a scratch directory, printed, not failing the run.
  log "benchmark storage: ParityDB reads and writes on the dev chain's state (not wired in)"
  db=$(mktemp -d)
  "$bench_bin" benchmark storage --chain dev --base-path "$db" --database paritydb \
    --state-version 1 --weight-path "$db" --warmups 2 ||
    log "benchmark storage failed (see above); the runtime keeps frame-support's ParityDbWeight"
  rm -rf "$db"
}

if [ "${1:-}" = overheads ]; then
  build_bench_node
  overheads
  exit 0
fi

# The upstream pallets the runtime uses, measured on amchain's runtime on this machine,
# then the overheads: runtime/src/weights/ (wired in runtime/src/configs).
if [ "${1:-}" = upstream ]; then
  build_bench_node
  mkdir -p "$out"
  upstream=(frame_system frame_system_extensions pallet_balances pallet_timestamp pallet_sudo
    pallet_utility pallet_collective pallet_membership)
  [ $# -lt 2 ] || upstream=("${@:2}")
  for pallet in "${upstream[@]}"; do
    log "benchmarking $pallet"
    "$bench_bin" benchmark pallet \
      --chain dev \
      --pallet "$pallet" \
      --extrinsic '*' \
      --steps 50 \
      --repeat 20 \
      --wasm-execution compiled \
      --heap-pages 4096 \
      --template .maintain/runtime-weight-template.hbs \
      --output "$out/$pallet.rs"
    tidy_generated "$out/$pallet.rs"
  done
  overheads
  exit 0
fi

# pallet name in the runtime  ->  crate directory
declare -A pallets=(
  [pallet_certifications]=pallets/certifications
  [pallet_parts]=pallets/parts
  [pallet_cores]=pallets/cores
  [pallet_warranties]=pallets/warranties
  [pallet_collections]=pallets/collections
  [amchain_chain_extension_runtime]=chain-extension/runtime
  [pallet_consortium]=pallets/consortium
)
# Benchmarks that measure how a cost scales rather than a call's weight: run on their
# own after the pallet's weights, with their ratio printed, not written to weights.rs.
declare -A scaling=(
  [pallet_parts]=append_to_history
)
selected=("$@")
[ ${#selected[@]} -gt 0 ] || selected=("${!pallets[@]}")

build_bench_node

for pallet in "${selected[@]}"; do
  dir=${pallets[$pallet]:-}
  [ -n "$dir" ] || { log "unknown pallet $pallet (known: ${!pallets[*]})"; exit 1; }
  log "benchmarking $pallet"
  exclude=()
  [ -z "${scaling[$pallet]:-}" ] || exclude=(--exclude-extrinsics "$pallet::${scaling[$pallet]}")
  "$bench_bin" benchmark pallet \
    --chain dev \
    --pallet "$pallet" \
    --extrinsic '*' \
    "${exclude[@]}" \
    --steps 50 \
    --repeat 20 \
    --wasm-execution compiled \
    --heap-pages 4096 \
    --template .maintain/pallet-weight-template.hbs \
    --output "$dir/src/weights.rs"
  tidy_generated "$dir/src/weights.rs"
  log "wrote $dir/src/weights.rs"
  # Summary: the measured base execution time and database accesses of each call.
  python3 - "$dir/src/weights.rs" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
impl = text.split("impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T>")[1].split("impl WeightInfo for ()")[0]
print(f"{'call':32} {'µs':>9} {'reads':>6} {'writes':>6} {'proof B':>8}")
for name, body in re.findall(r"fn (\w+)\([^)]*\) -> Weight \{(.*?)\n\t\}", impl, re.S):
    m = re.search(r"Weight::from_parts\(([\d_]+), (\d+)\)", body)
    reads = re.search(r"reads\((\d+)_u64\)", body)
    writes = re.search(r"writes\((\d+)_u64\)", body)
    ps = int(m.group(1).replace("_", "")) if m else 0
    print(f"{name:32} {ps/1e6:9.1f} {reads.group(1) if reads else '0':>6} {writes.group(1) if writes else '0':>6} {m.group(2) if m else '?':>8}")
PY

  [ -n "${scaling[$pallet]:-}" ] || continue
  measurement=${scaling[$pallet]}
  log "measuring $pallet::$measurement at its component's lowest to highest value"
  json=$(mktemp)
  "$bench_bin" benchmark pallet \
    --chain dev \
    --pallet "$pallet" \
    --extrinsic "$measurement" \
    --steps 5 \
    --repeat 10 \
    --min-duration 0 \
    --wasm-execution compiled \
    --heap-pages 4096 \
    --json-file "$json" >/dev/null
  python3 - "$json" "$pallet::$measurement" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))
times = {}
for batch in results:
    for r in batch["time_results"]:
        (name, value), = r["components"]
        times.setdefault(value, []).append(r["extrinsic_time"])
rows = sorted((v, statistics.median(t)) for v, t in times.items())
print(f"{sys.argv[2]}: median time by component value (one run)")
for value, t in rows:
    print(f"  {value:>8}  {t / 1000:8.1f} µs")
(low, t_low), (high, t_high) = rows[0], rows[-1]
print(f"  ratio {high} : {low} = {t_high / t_low:.2f}")
PY
  rm -f "$json"
done
