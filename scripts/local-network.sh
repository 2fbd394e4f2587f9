#!/usr/bin/env bash
# A four-validator amchain network on this machine's loopback: the `local` chain
# (validators Alice, Bob, Charlie, Dave; the four are the council; no sudo key).
#
#   scripts/local-network.sh start          # start the four, wait until blocks are finalized
#   scripts/local-network.sh stop           # stop every node cleanly (SIGTERM, then wait)
#   scripts/local-network.sh status         # best and finalized block and peers of each node
#   scripts/local-network.sh kill NAME      # kill one node at once (SIGKILL: a crash)
#   scripts/local-network.sh restart NAME   # start one node (again) on its own base path
#   scripts/local-network.sh peer-id NAME   # the node's libp2p peer id
#
# NAME is alice, bob, charlie or dave (the validators), eve or ferdie (nodes that may
# become validators), or mallory (a node nobody authorised). Node i (0..6) listens for
# peers on P2P_PORT+i and for JSON-RPC on RPC_PORT+i; its base path (database, keystore) and log are under
# NET_DIR/NAME. Each node has a fixed node key (0x…01 for alice, …), so its peer id is
# known in advance and the others find it through alice as boot node. `start` begins
# from genesis (it wipes NET_DIR); `restart` keeps a node's database, as after a crash.
#
# Environment: NET_DIR (default /tmp/amchain-local), P2P_PORT (default 30334),
# RPC_PORT (default 9945), CHAIN (default `local`: the chain spec the nodes run, e.g. a
# raw spec from `scripts/previous-runtime.sh --local-spec FILE` to rehearse a runtime
# upgrade), SKIP_BUILD=1 (`start` uses the amchain-node already built instead of
# building it as scripts/test.sh does), CARGO_TARGET_DIR.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"

# The four validators `start` starts; eve and ferdie are nodes `restart` can add
# (validators once they register session keys and the council adds them), mallory a
# node the consortium never authorised.
NAMES=(alice bob charlie dave)
ALL=(alice bob charlie dave eve ferdie mallory)
# The node binary: AMCHAIN_NODE if set (the tests pass the one cargo built for them).
NODE_BIN=${AMCHAIN_NODE:-$NODE_BIN}
net_dir=${NET_DIR:-/tmp/amchain-local}
p2p_base=${P2P_PORT:-30334}
chain=${CHAIN:-local}
rpc_base=${RPC_PORT:-9945}

index_of() {
  local i
  for i in "${!ALL[@]}"; do
    [ "${ALL[$i]}" = "$1" ] && { echo "$i"; return 0; }
  done
  log "unknown node '$1' (one of: ${ALL[*]})"; return 1
}

node_bin() {
  [ -x "$NODE_BIN" ] || { log "amchain-node is not built: run scripts/local-network.sh start"; return 1; }
  echo "$NODE_BIN"
}

# node_key NAME: the node's fixed libp2p secret key (32 bytes, hex).
node_key() { printf '%064x' "$(( $(index_of "$1") + 1 ))"; }

peer_id() {
  "$(node_bin)" key inspect-node-key --file <(node_key "$1")
}

start_node() {
  local name=$1 i bin boot
  i=$(index_of "$name")
  bin=$(node_bin)
  mkdir -p "$net_dir/$name"
  boot="/ip4/127.0.0.1/tcp/$p2p_base/p2p/$(peer_id alice)"
  # --alice … (the genesis validators) puts the well-known dev keys in the keystore; eve
  # and ferdie run as validators whose keys are generated on the node (rotateKeys).
  local role=(--validator --name "$name")
  [ "$i" -lt ${#NAMES[@]} ] && role=("--$name")
  [ "$name" = mallory ] && role=(--name "$name")
  "$bin" --chain "$chain" "${role[@]}" \
    --base-path "$net_dir/$name" \
    --node-key "$(node_key "$name")" \
    --port $((p2p_base + i)) --rpc-port $((rpc_base + i)) \
    --bootnodes "$boot" \
    --no-prometheus --no-telemetry --no-mdns \
    >>"$net_dir/$name.log" 2>&1 &
  echo $! >"$net_dir/$name.pid"
  wait_for_rpc $((rpc_base + i)) "$!"
}

stop_node() {
  local name=$1 signal=${2:-TERM} pid
  [ -f "$net_dir/$name.pid" ] || return 0
  pid=$(cat "$net_dir/$name.pid")
  if kill -0 "$pid" 2>/dev/null; then
    kill -"$signal" "$pid" 2>/dev/null || true
    # wait for it to exit (it is not this shell's child after a restart from another shell)
    local i
    for i in $(seq 1 120); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      log "$name did not stop within a minute: killing it"; kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$net_dir/$name.pid"
}

status() {
  local name i port
  for name in "${ALL[@]}"; do
    i=$(index_of "$name"); port=$((rpc_base + i))
    if [ "$i" -ge ${#NAMES[@]} ] && [ ! -f "$net_dir/$name.pid" ]; then continue; fi
    if [ -f "$net_dir/$name.pid" ] && kill -0 "$(cat "$net_dir/$name.pid")" 2>/dev/null; then
      local best peers
      best=$(rpc "$port" chain_getHeader | sed -E 's/.*"number":"0x([0-9a-f]+)".*/\1/')
      peers=$(rpc "$port" system_health | sed -E 's/.*"peers":([0-9]+).*/\1/')
      echo "$name rpc=http://127.0.0.1:$port best=#$((16#$best)) finalized=#$(finalized_number "$port") peers=$peers"
    else
      echo "$name stopped"
    fi
  done
}

case "${1:-}" in
  start)
    if [ "${SKIP_BUILD:-0}" != 1 ]; then
      "$root/scripts/setup.sh"
      log "building amchain-node"
      (cd "$root" && build_node -q)
    fi
    for name in "${ALL[@]}"; do stop_node "$name"; done
    rm -rf "$net_dir"; mkdir -p "$net_dir"
    for name in "${NAMES[@]}"; do start_node "$name"; done
    # Finality needs three of the four validators' GRANDPA votes: a finalized block
    # means the network is up.
    wait_for_finalized "$rpc_base" 2 "$(cat "$net_dir/alice.pid")"
    status
    log "network up; logs and databases in $net_dir; scripts/local-network.sh stop stops it"
    ;;
  stop)
    for name in "${ALL[@]}"; do stop_node "$name"; done
    log "network stopped"
    ;;
  status) status ;;
  kill) index_of "${2:?kill NAME}" >/dev/null; stop_node "$2" KILL; log "$2 killed" ;;
  restart)
    index_of "${2:?restart NAME}" >/dev/null
    stop_node "$2"; start_node "$2"; log "$2 restarted" ;;
  peer-id) peer_id "${2:?peer-id NAME}" ;;
  *) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
