//! Anchoring a payload's salted hash in an active collection.

use frame_support::{
	ensure,
	traits::{fungible::MutateHold, Get},
};
use sp_core::H256;
use sp_runtime::DispatchResult;

use crate::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_anchor(who: T::AccountId, id: CollectionId, hash: H256) -> DispatchResult {
		let by = Self::member(&who)?.participant;
		let record = CollectionRecords::<T>::get(id).ok_or(Error::<T>::UnknownCollection)?;
		ensure!(record.members.binary_search(&by).is_ok(), Error::<T>::NotInCollection);
		ensure!(record.status == CollectionStatus::Active, Error::<T>::NotActive);
		// First writer wins: a hash is one payload's, in one collection, for good.
		ensure!(!Anchors::<T>::contains_key(hash), Error::<T>::AlreadyAnchored);
		let amount = T::AnchorDeposit::get();
		T::Currency::hold(&HoldReason::AnchorDeposit.into(), &who, amount)
			.map_err(|_| Error::<T>::InsufficientFunds)?;

		let at = frame_system::Pallet::<T>::block_number();
		let deposit = Deposit { account: who.clone(), amount };
		Anchors::<T>::insert(hash, Anchor { collection: id, by, at, deposit });
		Self::deposit_event(Event::Anchored {
			hash,
			collection: id,
			by,
			account: who,
			deposit: amount,
		});
		Ok(())
	}
}
