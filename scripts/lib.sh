# Shared helpers for amchain's scripts. Sourced, not executed.

# One target directory for every build on this machine: scripts, CI and your shell.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/amchain/target}"

log() { printf '\033[1m[amchain]\033[0m %s\n' "$*" >&2; }
