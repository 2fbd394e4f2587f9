//! Pallet configuration, one file per concern.

pub mod consensus;
pub mod contracts;
pub mod currencies;
pub mod delegation;
pub mod governance;
pub mod manufacturing;
pub mod monetary;
pub mod network;
pub mod system;

pub use system::RuntimeBlockWeights;
