#!/usr/bin/env bash
# Turns a consortium's config file into its chain specs, plain and raw.
#
#   scripts/consortium-spec.sh CONFIG [OUT_DIR]
#
# Writes OUT_DIR/<id>.json and OUT_DIR/<id>-raw.json (OUT_DIR defaults to the config's
# directory). Every node of the consortium starts with `--chain <id>-raw.json`.
# chain-spec/README.md explains the config file and walks a consortium through keys,
# spec, validators and adding a member; chain-spec/example/ is a worked four-member
# example.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"

config=${1:?usage: scripts/consortium-spec.sh CONFIG [OUT_DIR]}
out=${2:-$(dirname "$config")}
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  "$root/scripts/setup.sh"
  (cd "$root" && build_node -q)
fi
python3 "$root/scripts/consortium_spec.py" "${AMCHAIN_NODE:-$NODE_BIN}" "$config" "$out"
