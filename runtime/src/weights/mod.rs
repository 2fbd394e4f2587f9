//! Weights measured on this machine for amchain's runtime (`scripts/bench.sh upstream`):
//! the upstream pallets' calls and the overhead of every block and of every extrinsic
//! (`scripts/bench.sh overheads`). amchain's own pallets keep theirs in their crates
//! (`pallets/*/src/weights.rs`, `scripts/bench.sh`). Regenerate; do not edit.

pub mod block_weights;
pub mod extrinsic_weights;
pub mod frame_system;
pub mod frame_system_extensions;
pub mod pallet_balances;
pub mod pallet_collective;
pub mod pallet_membership;
pub mod pallet_sudo;
pub mod pallet_timestamp;
pub mod pallet_utility;
