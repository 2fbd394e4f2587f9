#!/usr/bin/env bash
# Regenerates the checked-in chain specs (chain-spec/dev.json, chain-spec/local.json,
# and the worked consortium example chain-spec/example/northwind.json from
# chain-spec/example/consortium.toml) from the node, or with --check verifies that they
# are up to date.
#
#   scripts/chain-spec.sh            # rewrite them
#   scripts/chain-spec.sh --check    # fail if they differ from what the node builds
#
# The comparison ignores the runtime wasm blob ("code"): its bytes depend on the
# directory the runtime was built in, so only the genesis state, ids and
# properties are compared. The checked-in code is the runtime at the commit that
# last regenerated the specs; `--chain dev` always uses the node's own runtime.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
cd "$root"

check=false
[ "${1:-}" = "--check" ] && check=true

build_node -q
node_bin="$NODE_BIN"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

status=0
compare() {
  python3 - "$1" "$2" <<'PY'
import json, sys
def load(path):
    spec = json.load(open(path))
    spec.get("genesis", {}).get("runtimeGenesis", {}).pop("code", None)
    return spec
checked_in, built = load(sys.argv[1]), load(sys.argv[2])
if checked_in != built:
    print(f"{sys.argv[1]} is stale: run scripts/chain-spec.sh and commit the result")
    sys.exit(1)
PY
}
# The three specs build their genesis side by side (each compiles the runtime's wasm).
pids=()
for chain in dev local; do
  "$node_bin" export-chain-spec --chain "$chain" --output "$out/$chain.json" >/dev/null & pids+=($!)
done
example="$root/chain-spec/example/consortium.toml"
if $check; then
  "$node_bin" consortium-spec "$example" --check >"$out/example-check.log" 2>&1 & example_pid=$!
else
  "$node_bin" consortium-spec "$example" --out "$out/example" >/dev/null & example_pid=$!
fi
for pid in "${pids[@]}"; do wait "$pid"; done
for chain in dev local; do
  if $check; then
    compare "$root/chain-spec/$chain.json" "$out/$chain.json" || status=1
  else
    cp "$out/$chain.json" "$root/chain-spec/$chain.json"
    log "wrote chain-spec/$chain.json"
  fi
done
# The worked example, through the command a consortium runs (its raw spec is not kept:
# it is the same genesis as storage).
if ! wait "$example_pid"; then
  status=1
  $check && cat "$out/example-check.log" >&2
elif ! $check; then
  cp "$out/example/northwind.json" "$root/chain-spec/example/northwind.json"
  log "wrote chain-spec/example/northwind.json"
fi
exit $status
