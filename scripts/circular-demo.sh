#!/usr/bin/env bash
# Walks one part through two lives on a fresh dev chain and prints each step:
# made and warranted new, sold, returned as a core, graded, sold on the core market,
# remanufactured under licence, warranted again — then reads it back over JSON-RPC.
#
#   scripts/circular-demo.sh
#
# It is the end-to-end test node/tests/circular.rs, run with its output shown: it
# starts its own `amchain-node --dev` on free loopback ports and stops it afterwards.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
cd "$root"

"$root/scripts/setup.sh"
cargo test --locked -p amchain-node --test circular -- --nocapture
