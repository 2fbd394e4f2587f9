#!/usr/bin/env bash
# amchain's ink! contracts (contracts/, their own workspace and toolchain).
#
#   scripts/contracts.sh build   # each contract to a .contract bundle (wasm + metadata)
#   scripts/contracts.sh test    # rustfmt, #[ink::test] unit tests, clippy -D warnings
#
# Bundles land in $AMCHAIN_CONTRACTS (default ~/.cache/amchain/contracts), where the
# node's end-to-end tests and scripts/run.sh look for them. Builds use their own
# target directory ($AMCHAIN_CONTRACTS_TARGET, default ~/.cache/amchain/contracts-target):
# another compiler than the node's, so nothing would be shared.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"

export CARGO_TARGET_DIR="$CONTRACTS_TARGET"
cd "$root/contracts"

case "${1:-}" in
  build)
    mkdir -p "$CONTRACTS_OUT"
    # One build into $CONTRACTS_OUT at a time (checkouts share it).
    exec 8>"$CONTRACTS_OUT/.lock"
    flock 8
    # What the bundles are built from: every file of every path package the contracts'
    # workspace builds (its members — a contract may call another: tender builds escrow in
    # as a dependency — and what they reach by path, such as chain-extension/wire), its
    # manifest, lock file and toolchain, the compilers and cargo-contract. Unchanged since
    # the bundles in $CONTRACTS_OUT were built from it, the bundles stand (cargo-contract
    # would spend half a minute a contract on metadata and wasm-opt to make the same
    # bytes). Contents, not file times: a build directory shared with other checkouts
    # cannot make a stale bundle look fresh. If cargo cannot list the packages, build.
    inputs=
    # (paths relative to the repository, so every checkout of the same sources agrees)
    if packages=$(cargo metadata --format-version 1 --locked --offline 2>/dev/null | ROOT="$root" python3 -c '
import json, os, sys
m = json.load(sys.stdin)
dirs = {os.path.relpath(os.path.dirname(p["manifest_path"]), os.environ["ROOT"]) for p in m["packages"] if p["source"] is None}
print("\n".join(sorted(dirs)))
') && [ -n "$packages" ]; then
      mapfile -t package_dirs <<<"$packages"
      inputs=$( {
        rustc --version; cargo contract --version   # the contracts' toolchain, here
        cd "$root"
        find "${package_dirs[@]}" -type f -not -path '*/target/*' -print0 | sort -z | xargs -0 sha256sum
        sha256sum contracts/Cargo.toml contracts/Cargo.lock contracts/rust-toolchain.toml
      } | sha256sum | cut -d' ' -f1)
    fi
    fresh=true
    for c in "${CONTRACTS[@]}"; do
      for f in "$c.contract" "$c.json" "$c.wasm"; do [ -s "$CONTRACTS_OUT/$f" ] || fresh=false; done
    done
    if $fresh && [ -n "$inputs" ] && [ "$(cat "$CONTRACTS_OUT/.inputs" 2>/dev/null)" = "$inputs" ]; then
      log "bundles in $CONTRACTS_OUT are built from these sources already ($inputs)"
      exit 0
    fi
    rm -f "$CONTRACTS_OUT/.inputs"
    for c in "${CONTRACTS[@]}"; do
      log "cargo contract build --release: $c"
      cargo contract build --quiet --release --manifest-path "$c/Cargo.toml"
      cp "$CARGO_TARGET_DIR/ink/$c/$c.contract" "$CARGO_TARGET_DIR/ink/$c/$c.json" \
        "$CARGO_TARGET_DIR/ink/$c/$c.wasm" "$CONTRACTS_OUT/"
    done
    log "bundles in $CONTRACTS_OUT: $(cd "$CONTRACTS_OUT" && ls ./*.contract | xargs -n1 basename | tr '\n' ' ')"
    [ -z "$inputs" ] || echo "$inputs" >"$CONTRACTS_OUT/.inputs"
    ;;
  test)
    cargo fmt --all --check
    cargo test --locked --workspace
    cargo clippy --locked --workspace --all-targets -- -D warnings
    ;;
  *)
    echo "usage: scripts/contracts.sh build|test" >&2
    exit 2
    ;;
esac
