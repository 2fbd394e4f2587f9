#!/usr/bin/env bash
# Turns a consortium's config file into its chain specs, plain and raw: builds the node,
# then runs `amchain-node consortium-spec`, which checks the config and has the runtime
# build the genesis.
#
#   scripts/consortium-spec.sh CONFIG [OUT_DIR] [--check]
#
# Writes OUT_DIR/<id>.json and OUT_DIR/<id>-raw.json (OUT_DIR defaults to the config's
# directory); with --check writes nothing and fails if OUT_DIR/<id>.json is not what the
# config makes. Every node of the consortium starts with `--chain <id>-raw.json`.
# chain-spec/README.md explains the config file and walks a consortium through keys,
# spec, validators and adding a member; chain-spec/example/ is a worked four-member
# example. SKIP_BUILD=1 uses the node as built; AMCHAIN_NODE names another binary.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"

config=${1:?usage: scripts/consortium-spec.sh CONFIG [OUT_DIR] [--check]}
shift
args=()
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then
  args=(--out "$1")
  shift
fi
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  "$root/scripts/setup.sh"
  (cd "$root" && build_node -q)
fi
exec "${AMCHAIN_NODE:-$NODE_BIN}" consortium-spec "$config" "${args[@]}" "$@"
