# Shared helpers for amchain's scripts. Sourced, not executed.

# One target directory for every build on this machine: scripts, CI and your shell.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/amchain/target}"

# The ink! contracts (scripts/contracts.sh): their bundles and their own target directory.
CONTRACTS=(escrow letter_of_credit tender usage_token)
CONTRACTS_OUT="${AMCHAIN_CONTRACTS:-$HOME/.cache/amchain/contracts}"
CONTRACTS_TARGET="${AMCHAIN_CONTRACTS_TARGET:-$HOME/.cache/amchain/contracts-target}"
export AMCHAIN_CONTRACTS="$CONTRACTS_OUT"

log() { printf '\033[1m[amchain]\033[0m %s\n' "$*" >&2; }

# build_node: builds amchain-node (and the test binaries) exactly as `cargo test
# --workspace` does. Building the node any other way (`cargo build -p amchain-node`)
# resolves crate features differently (no dev-dependencies) and compiles a second copy
# of most of polkadot-sdk; one command keeps one copy.
build_node() {
  cargo test --locked --workspace --no-run "$@"
}
NODE_BIN="$CARGO_TARGET_DIR/debug/amchain-node"

# rpc PORT METHOD [PARAMS_JSON]: one JSON-RPC call over HTTP; prints the response body.
rpc() {
  curl -s --max-time 5 -H 'Content-Type: application/json' \
    -d "{\"id\":1,\"jsonrpc\":\"2.0\",\"method\":\"$2\",\"params\":${3:-[]}}" \
    "http://127.0.0.1:$1"
}

# wait_for_rpc PORT [PID]: waits (up to 3 minutes) until the node answers JSON-RPC.
wait_for_rpc() {
  local port=$1 pid=${2:-} i
  for i in $(seq 1 360); do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      log "amchain-node exited before its RPC came up"; return 1
    fi
    rpc "$port" system_health >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  log "amchain-node's RPC on port $port did not come up"; return 1
}

# finalized_number PORT: the number of the node's finalized head.
finalized_number() {
  local hash
  hash=$(rpc "$1" chain_getFinalizedHead | sed -E 's/.*"result":"([^"]*)".*/\1/')
  rpc "$1" chain_getHeader "[\"$hash\"]" | sed -E 's/.*"number":"0x([0-9a-f]+)".*/\1/' \
    | { read -r hex; echo $((16#$hex)); }
}

# wait_for_finalized PORT N [PID]: waits (up to 2 minutes) until block N is finalized.
wait_for_finalized() {
  local port=$1 want=$2 pid=${3:-} i n
  for i in $(seq 1 240); do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      log "amchain-node exited"; return 1
    fi
    n=$(finalized_number "$port" 2>/dev/null || echo 0)
    if [ "${n:-0}" -ge "$want" ]; then
      log "block #$n finalized"; return 0
    fi
    sleep 0.5
  done
  log "no block #$want finalized within 2 minutes"; return 1
}
