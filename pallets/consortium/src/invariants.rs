//! The pallet's invariants, checked after every unit test and by try-runtime.

#![cfg(any(feature = "try-runtime", test))]

use frame_support::{ensure, traits::Get};
use sp_runtime::TryRuntimeError;

use crate::*;

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet's storage: the validators are sorted without
	/// duplicates, at least `MinValidators` of them.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let validators = Validators::<T>::get();
		ensure!(validators.windows(2).all(|w| w[0] < w[1]), "validators unsorted or repeated");
		ensure!(
			validators.len() >= T::MinValidators::get() as usize,
			"fewer validators than MinValidators"
		);
		Ok(())
	}
}
