//! The pallet as pallet-session's `SessionManager`: it hands over the validator set
//! when the council changed it.

use alloc::vec::Vec;

use crate::*;

impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	/// The validators of session `new_index` (they take over when it starts, one rotation
	/// from now), if the council changed them; `None` keeps the current set.
	fn new_session(new_index: u32) -> Option<Vec<T::AccountId>> {
		if !ValidatorsChanged::<T>::take() {
			return None;
		}
		let validators = Validators::<T>::get().into_inner();
		Self::deposit_event(Event::ValidatorsQueued {
			session: new_index,
			validators: validators.len() as u32,
		});
		Some(validators)
	}

	/// The genesis validators, for sessions 0 and 1 (`None`, pallet-session's genesis
	/// keys, only for an unconfigured genesis).
	fn new_session_genesis(_new_index: u32) -> Option<Vec<T::AccountId>> {
		let validators = Validators::<T>::get().into_inner();
		(!validators.is_empty()).then_some(validators)
	}

	fn end_session(_end_index: u32) {}

	fn start_session(_start_index: u32) {}
}
