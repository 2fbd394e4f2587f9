#!/usr/bin/env bash
# The runtime a live amchain chain runs today (the previous release), the one the
# current runtime upgrades from. Prints the path of its wasm blob.
#
#   scripts/previous-runtime.sh                    # the checked-in release blob, its hash checked
#   scripts/previous-runtime.sh --local-spec FILE  # also writes a raw `local` chain spec
#                                                  # whose genesis runs that runtime
#   scripts/previous-runtime.sh --verify           # rebuilds it from its commit and compares
#   scripts/previous-runtime.sh --build            # (re)builds it into runtime/releases/ and
#                                                  # writes its hash to runtime/PREVIOUS_RELEASE
#
# runtime/PREVIOUS_RELEASE names the release: a full commit hash, the spec_version it
# carries, and the blake2-256 hash of its compressed wasm blob (the hash a council's
# `Consortium.authorize_upgrade` names). The blob itself is checked in as
# runtime/releases/amchain-runtime-<spec_version>.compact.compressed.wasm, as chains
# publish their runtimes: the everyday path (tests, CI) only checks its hash, and
# `--verify` shows it is what the commit builds. A build takes about 12 minutes on two
# cores: from a detached git worktree at a fixed path (the wasm embeds the paths it was
# built from, so the same path gives the same bytes), in a target directory of its own.
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
mode=use
case "${1:-}" in
  --local-spec) spec_out=${2:?--local-spec FILE} ;;
  --verify) mode=verify ;;
  --build) mode=build ;;
  "") ;;
  *) sed -n '2,27p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
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

read -r commit spec_version hash < <(grep -v '^#' "$root/runtime/PREVIOUS_RELEASE" | head -n 1)
release="$root/runtime/releases/amchain-runtime-$spec_version.compact.compressed.wasm"
blake2_256() { b2sum -l 256 "$1" | cut -d' ' -f1 | sed 's/^/0x/'; }

# build_release OUT: builds the runtime of $commit and writes its compressed wasm to OUT.
build_release() {
  local out=$1 work=/tmp/amchain-release-build started built
  if ! git -C "$root" cat-file -e "$commit^{commit}" 2>/dev/null; then
    log "commit $commit (runtime/PREVIOUS_RELEASE) is not in this clone's history;"
    log "fetch it (a shallow clone lacks it: git fetch --unshallow) and run again"
    return 1
  fi
  "$root/scripts/setup.sh" >&2
  git -C "$root" worktree remove --force "$work/src" >/dev/null 2>&1 || true
  rm -rf "$work"; mkdir -p "$work"
  trap 'git -C "$root" worktree remove --force "'"$work"'/src" >/dev/null 2>&1 || true; rm -rf "'"$work"'"' EXIT
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
  [ -s "$built" ] || { log "the build of $commit produced no wasm blob at $built"; return 1; }
  cp "$built" "$out"
  log "built in $(( $(date +%s) - started )) s: $(stat -c %s "$out") bytes, blake2-256 $(blake2_256 "$out")"
}

case $mode in
  use)
    if [ ! -s "$release" ]; then
      log "$release is missing: scripts/previous-runtime.sh --build makes it"; exit 1
    fi
    if [ "$(blake2_256 "$release")" != "$hash" ]; then
      log "$release has blake2-256 $(blake2_256 "$release"), runtime/PREVIOUS_RELEASE says $hash"
      exit 1
    fi
    ;;
  verify)
    rebuilt=$(mktemp --suffix=.wasm)
    build_release "$rebuilt"
    if [ "$(blake2_256 "$rebuilt")" != "$hash" ]; then
      log "commit $commit builds blake2-256 $(blake2_256 "$rebuilt"), not $hash"; exit 1
    fi
    log "verified: commit $commit builds exactly $release ($hash)"
    rm -f "$rebuilt"
    ;;
  build)
    mkdir -p "$(dirname "$release")"
    build_release "$release"
    hash=$(blake2_256 "$release")
    sed -i "s/^$commit .*/$commit $spec_version $hash/" "$root/runtime/PREVIOUS_RELEASE"
    log "wrote $release and its hash to runtime/PREVIOUS_RELEASE"
    ;;
esac
[ -z "$spec_out" ] || write_local_spec "$release" "$spec_out"
echo "$release"
