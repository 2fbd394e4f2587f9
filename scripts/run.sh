#!/usr/bin/env bash
# Runs an amchain development chain on this machine.
#
#   scripts/run.sh [extra amchain-node flags]
#
# Installs prerequisites (scripts/setup.sh), builds amchain-node, starts a dev
# chain (one validator, Alice, producing and finalizing blocks; the well-known
# dev accounts funded), prints its JSON-RPC endpoint and keeps running until
# Ctrl-C, which stops the node cleanly. The chain is temporary: each run starts
# from genesis (pass --base-path DIR to keep it).
#
# Environment: RPC_PORT (default 9944), CARGO_TARGET_DIR (default ~/.cache/amchain/target).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
cd "$root"

"$root/scripts/setup.sh"

log "building amchain-node (the first build takes a while; see README)"
build_node
node_bin="$NODE_BIN"

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
  exit 0
}
trap stop INT TERM

wait_for_rpc "$rpc_port" "$node_pid"
wait_for_finalized "$rpc_port" 1 "$node_pid"

cat >&2 <<MSG

  amchain dev chain is running.
    JSON-RPC (WebSocket and HTTP): ws://127.0.0.1:$rpc_port   http://127.0.0.1:$rpc_port
    polkadot.js apps:              https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A$rpc_port
    Prometheus metrics:            http://127.0.0.1:9615/metrics
    Funded dev accounts:           //Alice //Bob //Charlie //Dave //Eve //Ferdie (and //<name>//stash)
  Ctrl-C stops it.

MSG

wait "$node_pid"
