#!/usr/bin/env bash
# Runs an amchain development chain on this machine.
#
#   scripts/run.sh [extra amchain-node flags]
#
# Installs what the node needs (scripts/setup.sh node), builds amchain-node and starts a
# dev chain (one validator, Alice, producing and finalizing blocks; the well-known dev
# accounts funded; a small consortium of organisations ready to use, docs/dev-chain.md)
# and prints its JSON-RPC endpoint as soon as it answers. Meanwhile, in
# the background, it sets up the contracts' toolchain and cargo-contract (the first time
# only), builds the escrow, letter_of_credit, usage_token and tender contracts, deploys them from
# //Alice with cargo-contract and prints their addresses when they are ready. It keeps
# running until Ctrl-C, which stops the node cleanly. The chain is temporary: each run
# starts from genesis (pass --base-path DIR to keep it; each run then deploys fresh
# instances, with a new salt). Every line it prints about the start says how many
# seconds after the start it came.
#
# It also starts the indexer (amchain-indexer, docs/indexer.md) beside the chain, into a
# SQLite file kept for the run, and prints its GraphQL URL; and serves the web console
# (console/, docs/console.md: built the first time, scripts/console.sh) pointed at this
# node and indexer, and prints its URL.
#
# Environment: RPC_PORT (default 9944), GRAPHQL_PORT (the indexer's, default 8088),
# CONSOLE_PORT (the web console's, default 3000),
# CARGO_TARGET_DIR (default ~/.cache/amchain/target), AMCHAIN_CONTRACTS (where the bundles
# go, default ~/.cache/amchain/contracts).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
cd "$root"

started=$(date +%s)
since() { echo "$(( $(date +%s) - started )) s"; }

"$root/scripts/setup.sh" node

log "building amchain-node (the first build takes a while; see docs/benchmarks.md)"
# (the test binaries it lists are not run here)
build_node 2>&1 | grep -v '^ *Executable '
node_bin="$NODE_BIN"

rpc_port=${RPC_PORT:-9944}
base_args=(--dev --rpc-port "$rpc_port")
if ! printf '%s\n' "$@" | grep -q -- '--base-path'; then
  base_args+=(--tmp)
fi

"$node_bin" "${base_args[@]}" "$@" &
node_pid=$!
contracts_pid=""
indexer_pid=""
console_pid=""
# The indexer's store lives as long as this run (the chain too, without --base-path).
indexer_dir=$(mktemp -d)
graphql_port=${GRAPHQL_PORT:-8088}
console_port=${CONSOLE_PORT:-3000}

stop() {
  trap - INT TERM
  [ -z "$contracts_pid" ] || kill "$contracts_pid" 2>/dev/null || true
  [ -z "$indexer_pid" ] || kill "$indexer_pid" 2>/dev/null || true
  [ -z "$console_pid" ] || kill "$console_pid" 2>/dev/null || true
  log "stopping amchain-node"
  kill -INT "$node_pid" 2>/dev/null || true
  wait "$node_pid" 2>/dev/null || true
  rm -rf "$indexer_dir"
  exit "${1:-0}"
}
trap stop INT TERM

wait_for_rpc "$rpc_port" "$node_pid"
# The indexer (docs/indexer.md) follows the chain's finalized blocks into a SQLite file
# and answers GraphQL; it decodes the contracts' events with the bundles built below (it
# reads their directory again when it meets a contract it does not know).
mkdir -p "$CONTRACTS_OUT"
"$CARGO_TARGET_DIR/debug/amchain-indexer" --node "ws://127.0.0.1:$rpc_port" \
  --database "sqlite://$indexer_dir/amchain-index.sqlite" --contracts "$CONTRACTS_OUT" \
  --graphql "127.0.0.1:$graphql_port" >"$indexer_dir/indexer.log" 2>&1 &
indexer_pid=$!
# The web console (docs/console.md): its static files, served with the node and the
# indexer above in its config.json (built, and its npm packages installed, the first time).
serve_console() {
  "$root/scripts/setup.sh" console >/dev/null
  CONSOLE_PORT=$console_port CONSOLE_NODE_URL="ws://127.0.0.1:$rpc_port" \
    CONSOLE_INDEXER_URL="http://127.0.0.1:$graphql_port/graphql" \
    exec "$root/scripts/console.sh" serve
}
serve_console >"$indexer_dir/console.log" 2>&1 &
console_pid=$!
cat >&2 <<MSG

  amchain dev chain is running ($(since) after the start).
    JSON-RPC (WebSocket and HTTP): ws://127.0.0.1:$rpc_port   http://127.0.0.1:$rpc_port
    polkadot.js apps:              https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A$rpc_port
    Prometheus metrics:            http://127.0.0.1:9615/metrics
    Indexer, GraphQL:              http://127.0.0.1:$graphql_port/graphql (a playground at /; docs/indexer.md)
    Indexer, live events:          http://127.0.0.1:$graphql_port/events/stream (server-sent events)
    Indexer, GS1 EPCIS 2.0:        http://127.0.0.1:$graphql_port/epcis/events (the REST query binding)
    Web console:                   http://127.0.0.1:$console_port/ (docs/console.md; answers once built)
    Funded dev accounts:           //Alice //Bob //Charlie //Dave //Eve //Ferdie (and //<name>//stash)
    Dev consortium (docs/dev-chain.md): registrar //Alice; Meridian Standards (//Bob),
      Sentinel Certification (//Charlie), Acme Gears (//Dave), Borealis Bearings (//Eve),
      Phoenix Remanufacturing (//Ferdie), Harbour Trade Bank (//Alice//stash),
      Kestrel Wind Power (//Bob//stash)
  The contracts are being built and deployed; their addresses follow when ready.
  Ctrl-C stops it.

MSG

# deploy_contracts: sets up cargo-contract, builds the bundles and deploys each with its
# constructor `new` (usage_token's takes the chain's genesis hash, which its signed grants
# bind; tender's the escrow it awards orders in, deployed before it: `--args` last, as
# cargo-contract 5 takes every value after it), signed by //Alice; prints the addresses.
deploy_contracts() {
  local salt addresses="" c out address genesis args escrow=
  "$root/scripts/setup.sh" contracts
  "$root/scripts/contracts.sh" build
  wait_for_finalized "$rpc_port" 1 "$node_pid"
  log "first block finalized, $(since) after the start"
  genesis=$(rpc "$rpc_port" chain_getBlockHash '[0]' | sed -E 's/.*"result":"([^"]*)".*/\1/')
  salt=$(printf '0x%016x' "$(date +%s%N)")
  for c in "${CONTRACTS[@]}"; do
    log "deploying $c"
    args=()
    [[ $c != usage_token ]] || args=(--args "$genesis")
    [[ $c != tender ]] || args=(--args "$escrow")
    out=$(cd "$root/contracts" && cargo contract instantiate "$CONTRACTS_OUT/$c.contract" \
      --url "ws://127.0.0.1:$rpc_port" --suri //Alice --constructor new --salt "$salt" \
      --execute --skip-confirm --output-json "${args[@]}") || return 1
    address=$(printf '%s' "$out" | sed -n 's/^ *"contract": *"\([^"]*\)".*/\1/p' | head -n 1)
    [[ -n $address ]] || { log "no contract address in cargo-contract's answer"; return 1; }
    [[ $c != escrow ]] || escrow=$address
    addresses+=$(printf '    %-32s %s' "$c:" "$address")$'\n'
  done
  cat >&2 <<MSG

  Contracts deployed by //Alice ($(since) after the start; bundles with metadata in $CONTRACTS_OUT):
$addresses
MSG
}
deploy_contracts &
contracts_pid=$!

wait "$node_pid"
