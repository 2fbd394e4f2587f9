//! The chain extension through which ink! contracts read amchain's pallets.
//!
//! It is read-only: contracts learn who owns a part, who is certified for what,
//! whether a warranty is active, but change nothing through it. Each function is
//! charged its benchmarked weight. A function id the runtime does not know
//! returns [`Status::UnknownFunction`] to the contract (a typed error it can
//! handle), never a trap.
//!
//! The functions themselves arrive with the pallets they read (parts,
//! certifications, warranties); this is the slot they fill.

use frame_support::pallet_prelude::DispatchError;
use pallet_contracts::chain_extension::{ChainExtension, Environment, Ext, InitState, RetVal};

use crate::Runtime;

/// What a chain-extension call returns to the contract as its status code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum Status {
	/// The call succeeded; its output is in the output buffer.
	Success = 0,
	/// The runtime has no function with this id.
	UnknownFunction = 1,
}

/// amchain's chain extension (`pallet_contracts::Config::ChainExtension`).
#[derive(Default)]
pub struct AmchainExtension;

impl ChainExtension<Runtime> for AmchainExtension {
	fn call<E: Ext<T = Runtime>>(
		&mut self,
		env: Environment<E, InitState>,
	) -> Result<RetVal, DispatchError> {
		log::debug!(
			target: "runtime::contracts",
			"amchain chain extension: unknown function {} (extension {})",
			env.func_id(),
			env.ext_id(),
		);
		Ok(RetVal::Converging(Status::UnknownFunction as u32))
	}
}
