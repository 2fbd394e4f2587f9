#!/usr/bin/env bash
# Builds the runtime a live amchain chain runs today (the previous release), the one
# the current runtime upgrades from. Prints the path of its wasm blob.
#
#   scripts/previous-runtime.sh                    # builds once, then answers from the cache
#   scripts/previous-runtime.sh --local-spec FILE  # also writes a raw `local` chain spec
#                                                  # whose genesis runs that runtime
#
# The release is the commit named in runtime/PREVIOUS_RELEASE (its first line: a
# full commit hash, then the spec_version it carries). Its runtime is built from a
# detached git worktree in a target directory of its own (the wasm builder's
# project directory is per crate name, so it cannot share the main one), the wasm
# blob is kept in $AMCHAIN_RUNTIMES (default ~/.cache/amchain/runtimes) and the
# build directory is deleted. About 10 minutes once on two cores; then instant.
#
# The spec is the current node's `local` spec (its validators, council and node keys)
# with the previous runtime as genesis code, built raw by that runtime itself, so
# `CHAIN=FILE scripts/local-network.sh start` rehearses the next upgrade on four
# validators. node/tests/upgrade.rs does that and upgrades it to the current runtime by
# council motion, running the current runtime's migrations. --local-spec needs the
# node built (AMCHAIN_NODE, or the one in CARGO_TARGET_DIR).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"

spec_out=""
case "${1:-}" in
  --local-spec) spec_out=${2:?--local-spec FILE} ;;
  "") ;;
  *) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac

# write_local_spec BLOB FILE: the current `local` spec with BLOB as its genesis code, raw.
write_local_spec() {
  local blob=$1 out=$2 node=${AMCHAIN_NODE:-$NODE_BIN} plain errors
  [ -x "$node" ] || { log "amchain-node is not built (scripts/run.sh builds it)"; return 1; }
  plain=$(mktemp --suffix=.json)
  errors=$(mktemp)
  # The current spec's genesis patch goes to the previous runtime's genesis builder: a
  # field that runtime does not know is refused here, with the runtime's own reason.
  if ! "$node" build-spec --chain local 2>"$errors" >"$plain" \
    || ! python3 -c 'import json, sys
spec = json.load(open(sys.argv[2]))
spec["genesis"]["runtimeGenesis"]["code"] = "0x" + open(sys.argv[1], "rb").read().hex()
json.dump(spec, open(sys.argv[2], "w"))' "$blob" "$plain" 2>>"$errors" \
    || ! "$node" build-spec --chain "$plain" --raw 2>>"$errors" >"$out.partial"; then
    log "could not build a local spec on the spec_version $spec_version runtime:"
    tail -n 20 "$errors" >&2
    rm -f "$plain" "$errors" "$out.partial"
    return 1
  fi
  rm -f "$plain" "$errors"
  mv "$out.partial" "$out"
  log "wrote $out: the local chain, genesis runtime spec_version $spec_version"
}

read -r commit spec_version < <(grep -v '^#' "$root/runtime/PREVIOUS_RELEASE" | head -n 1)
out_dir="${AMCHAIN_RUNTIMES:-$HOME/.cache/amchain/runtimes}"
blob="$out_dir/amchain-runtime-$spec_version-${commit:0:12}.compact.compressed.wasm"

if [ -s "$blob" ]; then
  [ -z "$spec_out" ] || write_local_spec "$blob" "$spec_out"
  echo "$blob"
  exit 0
fi

if ! git -C "$root" cat-file -e "$commit^{commit}" 2>/dev/null; then
  log "commit $commit (runtime/PREVIOUS_RELEASE) is not in this clone's history;"
  log "fetch it (a shallow clone lacks it: git fetch --unshallow) and run again"
  exit 1
fi

"$root/scripts/setup.sh" >&2

mkdir -p "$out_dir"
work=$(mktemp -d "$out_dir/build-${commit:0:12}.XXXXXX")
cleanup() {
  git -C "$root" worktree remove --force "$work/src" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

log "building the runtime of $commit (spec_version $spec_version) in $work"
git -C "$root" worktree add --detach "$work/src" "$commit" >&2
started=$(date +%s)
# `cargo check` runs the runtime's build script, which builds the complete wasm blob
# (release profile); the native side is only type-checked, which is all we need.
(
  cd "$work/src"
  unset SKIP_WASM_BUILD
  CARGO_TARGET_DIR="$work/target" WASM_BUILD_WORKSPACE_HINT="$work/src" \
    nice cargo check --locked -p amchain-runtime >&2
)
built="$work/target/debug/wbuild/amchain-runtime/amchain_runtime.compact.compressed.wasm"
if [ ! -s "$built" ]; then
  log "the build of $commit produced no wasm blob at $built"
  exit 1
fi
cp "$built" "$blob.partial"
mv "$blob.partial" "$blob"
log "built in $(( $(date +%s) - started )) s: $blob ($(stat -c %s "$blob") bytes)"
[ -z "$spec_out" ] || write_local_spec "$blob" "$spec_out"
echo "$blob"
