#!/usr/bin/env bash
# Runs an amchain development chain on this machine.
#
#   scripts/run.sh [extra amchain-node flags]
#
# Installs prerequisites (scripts/setup.sh), builds amchain-node and the ink!
# contracts, starts a dev chain (one validator, Alice, producing and finalizing
# blocks; the well-known dev accounts funded; a small consortium of organisations
# ready to use, docs/dev-chain.md), deploys the escrow,
# letter_of_credit and usage_token contracts from //Alice with cargo-contract,
# prints the JSON-RPC endpoint and the contracts' addresses and keeps running
# until Ctrl-C, which stops the node cleanly. The chain is temporary: each run
# starts from genesis (pass --base-path DIR to keep it; each run then deploys
# fresh instances, with a new salt).
#
# Environment: RPC_PORT (default 9944), CARGO_TARGET_DIR (default ~/.cache/amchain/target),
# AMCHAIN_CONTRACTS (where the bundles go, default ~/.cache/amchain/contracts).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
cd "$root"

"$root/scripts/setup.sh"

log "building amchain-node (the first build takes a while; see README)"
build_node
node_bin="$NODE_BIN"
log "building the contracts"
"$root/scripts/contracts.sh" build

rpc_port=${RPC_PORT:-9944}
base_args=(--dev --rpc-port "$rpc_port")
if ! printf '%s\n' "$@" | grep -q -- '--base-path'; then
  base_args+=(--tmp)
fi

"$node_bin" "${base_args[@]}" "$@" &
node_pid=$!

stop() {
  trap - INT TERM
  log "stopping amchain-node"
  kill -INT "$node_pid" 2>/dev/null || true
  wait "$node_pid" 2>/dev/null || true
  exit "${1:-0}"
}
trap stop INT TERM

wait_for_rpc "$rpc_port" "$node_pid"
wait_for_finalized "$rpc_port" 1 "$node_pid"

# Deploys each bundle with its constructor `new()`, signed by //Alice.
salt=$(printf '0x%016x' "$(date +%s%N)")
addresses=""
for c in "${CONTRACTS[@]}"; do
  log "deploying $c"
  out=$(cd "$root/contracts" && cargo contract instantiate "$CONTRACTS_OUT/$c.contract" \
    --url "ws://127.0.0.1:$rpc_port" --suri //Alice --constructor new --salt "$salt" \
    --execute --skip-confirm --output-json) || stop 1
  address=$(printf '%s' "$out" | sed -n 's/^ *"contract": *"\([^"]*\)".*/\1/p' | head -n 1)
  [[ -n $address ]] || { log "no contract address in cargo-contract's answer"; stop 1; }
  addresses+=$(printf '    %-32s %s' "$c:" "$address")$'\n'
done

cat >&2 <<MSG

  amchain dev chain is running.
    JSON-RPC (WebSocket and HTTP): ws://127.0.0.1:$rpc_port   http://127.0.0.1:$rpc_port
    polkadot.js apps:              https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A$rpc_port
    Prometheus metrics:            http://127.0.0.1:9615/metrics
    Funded dev accounts:           //Alice //Bob //Charlie //Dave //Eve //Ferdie (and //<name>//stash)
    Dev consortium (docs/dev-chain.md): registrar //Alice; Meridian Standards (//Bob),
      Sentinel Certification (//Charlie), Acme Gears (//Dave), Borealis Bearings (//Eve),
      Phoenix Remanufacturing (//Ferdie), Harbour Trade Bank (//Alice//stash),
      Kestrel Wind Power (//Bob//stash)
  Contracts (deployed by //Alice; bundles with metadata in $CONTRACTS_OUT):
$addresses
  Ctrl-C stops it.

MSG

wait "$node_pid"
