//! The pallet's invariants, checked after every unit test and by try-runtime.

#![cfg(any(feature = "try-runtime", test))]

use frame_support::{ensure, traits::Get};
use sp_runtime::TryRuntimeError;

use crate::*;

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet's storage: the validators are sorted without
	/// duplicates, at least the minimum of them; at most `MaxEmergencies` emergency calls
	/// wait, and their counter matches the map.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let validators = Validators::<T>::get();
		ensure!(validators.windows(2).all(|w| w[0] < w[1]), "validators unsorted or repeated");
		ensure!(
			validators.len() >= Self::min_validators() as usize,
			"fewer validators than the minimum"
		);
		ensure!(
			Emergencies::<T>::count() <= T::MaxEmergencies::get(),
			"more emergency calls than MaxEmergencies"
		);
		ensure!(
			Emergencies::<T>::count() as usize == Emergencies::<T>::iter().count(),
			"the emergency counter does not match the map"
		);
		Ok(())
	}
}
