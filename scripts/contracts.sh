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
    # What the bundles are built from: every file of the contracts' workspace (a contract
    # may call another: tender builds escrow in as a dependency), the compilers and
    # cargo-contract. Unchanged since the bundles in $CONTRACTS_OUT were built from it, the
    # bundles stand (cargo-contract would spend half a minute a contract on metadata and
    # wasm-opt to make the same bytes). Contents, not file times: a build directory shared
    # with other checkouts cannot make a stale bundle look fresh.
    inputs=$( {
      find . -type f -not -path './target/*' -print0 | sort -z | xargs -0 sha256sum
      rustc --version; cargo contract --version
    } | sha256sum | cut -d' ' -f1)
    fresh=true
    for c in "${CONTRACTS[@]}"; do
      for f in "$c.contract" "$c.json" "$c.wasm"; do [ -s "$CONTRACTS_OUT/$f" ] || fresh=false; done
    done
    if $fresh && [ "$(cat "$CONTRACTS_OUT/.inputs" 2>/dev/null)" = "$inputs" ]; then
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
    echo "$inputs" >"$CONTRACTS_OUT/.inputs"
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
