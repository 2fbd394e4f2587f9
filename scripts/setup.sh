#!/usr/bin/env bash
# Installs everything amchain needs on a fresh Debian machine, idempotently.
#
#   scripts/setup.sh
#
# - Debian packages: protobuf-compiler (libp2p), clang and mold (the fast linker
#   configured in .cargo/config.toml). No RocksDB/libclang: amchain is ParityDB only.
# - The Rust toolchain pinned in rust-toolchain.toml with its wasm targets and rust-src
#   (rustup installs what the file names on first use; we trigger it here).
# Safe to run any number of times; it only installs what is missing.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"

need_pkgs=()
command -v protoc >/dev/null 2>&1 || need_pkgs+=(protobuf-compiler)
command -v clang >/dev/null 2>&1 || need_pkgs+=(clang)
command -v mold >/dev/null 2>&1 || need_pkgs+=(mold)
command -v curl >/dev/null 2>&1 || need_pkgs+=(curl)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  log "installing Debian packages: ${need_pkgs[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
fi

if ! command -v rustup >/dev/null 2>&1; then
  log "installing rustup"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --default-toolchain none
  # shellcheck disable=SC1091
  source "$HOME/.cargo/env"
fi

# rust-toolchain.toml names the channel, components and targets; `rustup show`
# (rustup >= 1.28: `rustup toolchain install`) installs whatever of it is missing.
(cd "$root" && (rustup toolchain install >/dev/null 2>&1 || rustup show active-toolchain >/dev/null))
toolchain=$(cd "$root" && rustup show active-toolchain | cut -d' ' -f1)
for t in wasm32-unknown-unknown wasm32v1-none; do
  rustup target list --installed --toolchain "$toolchain" | grep -qx "$t" \
    || rustup target add --toolchain "$toolchain" "$t"
done
rustup component list --installed --toolchain "$toolchain" | grep -q '^rust-src' \
  || rustup component add --toolchain "$toolchain" rust-src

# The contracts' own toolchain (contracts/rust-toolchain.toml: Rust 1.86 with the wasm
# target, rust-src and clippy) and cargo-contract 5.0.3, which builds ink! 5 bundles.
(cd "$root/contracts" && (rustup toolchain install >/dev/null 2>&1 || rustup show active-toolchain >/dev/null))
contracts_toolchain=$(cd "$root/contracts" && rustup show active-toolchain | cut -d' ' -f1)
cargo_contract_version=5.0.3
if [ "$(cargo-contract --version 2>/dev/null | awk '{print $2}' | cut -d- -f1)" != "$cargo_contract_version" ]; then
  log "installing cargo-contract $cargo_contract_version (takes a while the first time)"
  cargo "+$contracts_toolchain" install --locked --quiet cargo-contract --version "$cargo_contract_version"
fi

# zepter checks feature propagation across the workspace (scripts/test.sh).
zepter_version=1.88.2
if ! command -v zepter >/dev/null 2>&1 || [ "$(zepter --version 2>/dev/null | awk '{print $2}')" != "$zepter_version" ]; then
  log "installing zepter $zepter_version"
  cargo install --locked --quiet zepter --version "$zepter_version"
fi

log "setup complete: $(cd "$root" && rustc --version), contracts $(cd "$root/contracts" && rustc --version | cut -d' ' -f2), $(cargo-contract --version | cut -d- -f1), protoc $(protoc --version | cut -d' ' -f2), mold $(mold --version | cut -d' ' -f2)"
