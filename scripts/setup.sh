#!/usr/bin/env bash
# Installs what amchain needs on a fresh Debian machine, idempotently.
#
#   scripts/setup.sh              # everything (what scripts/test.sh needs)
#   scripts/setup.sh node         # what building and running the node needs
#   scripts/setup.sh contracts    # what building and deploying the contracts needs
#   scripts/setup.sh console      # what building and serving the web console needs
#
# - node: Debian packages protobuf-compiler (libp2p), clang and mold (the fast linker
#   configured in .cargo/config.toml) — no RocksDB/libclang: amchain is ParityDB only —
#   and the Rust toolchain pinned in rust-toolchain.toml with its wasm targets and
#   rust-src (rustup installs what the file names on first use; we trigger it here).
# - contracts: the contracts' toolchain (contracts/rust-toolchain.toml: Rust 1.86 with
#   the wasm target, rust-src and clippy) and cargo-contract 5.0.3, which builds ink! 5
#   bundles (compiled from crates.io the first time: about 25 minutes on two cores).
# - console: Node.js and npm (Debian's nodejs and npm packages, when no `npm` is on the
#   PATH); the console's own npm packages are installed by scripts/console.sh (npm ci).
# - test tools (only with no argument): zepter, which checks feature propagation,
#   Debian's PostgreSQL server (the indexer's tests start one of their own on a free port)
#   and Debian's chromium (the console's browser test drives it headless).
# scripts/run.sh sets up the node first and the contracts in the background, so a chain
# runs as soon as the node is built. Safe to run any number of times; it only installs
# what is missing.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"

setup_node() {
  local need_pkgs=() sudo_cmd="" toolchain t
  command -v protoc >/dev/null 2>&1 || need_pkgs+=(protobuf-compiler)
  command -v clang >/dev/null 2>&1 || need_pkgs+=(clang)
  command -v mold >/dev/null 2>&1 || need_pkgs+=(mold)
  command -v curl >/dev/null 2>&1 || need_pkgs+=(curl)
  if [ ${#need_pkgs[@]} -gt 0 ]; then
    log "installing Debian packages: ${need_pkgs[*]}"
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends \
      "${need_pkgs[@]}" >/dev/null
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
}

setup_contracts() {
  local toolchain version=5.0.3
  (cd "$root/contracts" && (rustup toolchain install >/dev/null 2>&1 || rustup show active-toolchain >/dev/null))
  toolchain=$(cd "$root/contracts" && rustup show active-toolchain | cut -d' ' -f1)
  if [ "$(cargo-contract --version 2>/dev/null | awk '{print $2}' | cut -d- -f1)" != "$version" ]; then
    log "installing cargo-contract $version (about 25 minutes the first time)"
    cargo "+$toolchain" install --locked --quiet cargo-contract --version "$version"
  fi
}

# apt_install PACKAGE...: installs Debian packages.
apt_install() {
  local sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

setup_console() {
  if ! command -v npm >/dev/null 2>&1; then
    log "installing Debian's nodejs and npm (the web console's toolchain)"
    apt_install nodejs npm
  fi
}

setup_test_tools() {
  local version=1.88.2 need_pkgs=()
  ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need_pkgs+=(postgresql)
  [ -x /usr/bin/chromium ] || need_pkgs+=(chromium)
  if [ ${#need_pkgs[@]} -gt 0 ]; then
    log "installing Debian packages: ${need_pkgs[*]} (the indexer's tests run a PostgreSQL of their own, the console's drive chromium)"
    apt_install "${need_pkgs[@]}"
  fi
  if ! command -v zepter >/dev/null 2>&1 || [ "$(zepter --version 2>/dev/null | awk '{print $2}')" != "$version" ]; then
    log "installing zepter $version"
    cargo install --locked --quiet zepter --version "$version"
  fi
}

node_versions() {
  echo "$(cd "$root" && rustc --version), protoc $(protoc --version | cut -d' ' -f2), mold $(mold --version | cut -d' ' -f2)"
}
contracts_versions() {
  echo "contracts $(cd "$root/contracts" && rustc --version | cut -d' ' -f2), cargo-contract $(cargo-contract --version | awk '{print $2}' | cut -d- -f1)"
}

case ${1:-all} in
  node) setup_node; log "setup (node) complete: $(node_versions)" ;;
  contracts) setup_contracts; log "setup (contracts) complete: $(contracts_versions)" ;;
  console) setup_console; log "setup (console) complete: node $(node --version), npm $(npm --version)" ;;
  all)
    setup_node
    setup_contracts
    setup_console
    setup_test_tools
    log "setup complete: $(node_versions), $(contracts_versions), node $(node --version), zepter $(zepter --version | awk '{print $2}')"
    ;;
  *) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
