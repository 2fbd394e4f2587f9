//! Anchoring a payload's salted hash in an active collection, and purging the anchors of
//! a collection that has ended.

use alloc::vec::Vec;
use frame_support::{
	ensure,
	traits::{fungible::MutateHold, Get},
};
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult};

use crate::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_anchor(who: T::AccountId, id: CollectionId, hash: H256) -> DispatchResult {
		let by = Self::member(&who)?.participant;
		let record = CollectionRecords::<T>::get(id).ok_or(Error::<T>::UnknownCollection)?;
		ensure!(record.members.binary_search(&by).is_ok(), Error::<T>::NotInCollection);
		ensure!(record.status == CollectionStatus::Active, Error::<T>::NotActive);
		// One anchor per (collection, organisation, hash): another organisation's anchor of
		// the same hash neither blocks this one nor stands for it.
		ensure!(!Anchors::<T>::contains_key((id, by, hash)), Error::<T>::AlreadyAnchored);
		let amount = T::AnchorDeposit::get();
		T::Currency::hold(&HoldReason::AnchorDeposit.into(), &who, amount)
			.map_err(|_| Error::<T>::InsufficientFunds)?;

		let at = frame_system::Pallet::<T>::block_number();
		let deposit = Deposit { account: who.clone(), amount };
		Anchors::<T>::insert((id, by, hash), Anchor { at, deposit });
		Self::deposit_event(Event::Anchored {
			hash,
			collection: id,
			by,
			account: who,
			deposit: amount,
		});
		Ok(())
	}

	/// Removes up to `limit` anchors of the ended collection `id`, paying each deposit to
	/// its organisation's account of record; returns how many it removed.
	pub(crate) fn do_purge_anchors(id: CollectionId, limit: u32) -> Result<u32, DispatchError> {
		ensure!((1..=T::MaxAnchorsPurged::get()).contains(&limit), Error::<T>::BadPurgeLimit);
		ensure!(id < NextCollectionId::<T>::get(), Error::<T>::UnknownCollection);
		ensure!(!CollectionRecords::<T>::contains_key(id), Error::<T>::CollectionNotEnded);

		let anchors: Vec<_> = Anchors::<T>::iter_prefix((id,)).take(limit as usize).collect();
		let purged = anchors.len() as u32;
		for ((by, hash), anchor) in anchors {
			Anchors::<T>::remove((id, by, hash));
			let deposit = Self::pay_back(HoldReason::AnchorDeposit, &anchor.deposit, Some(by))?;
			Self::deposit_event(Event::AnchorPurged { hash, collection: id, by, deposit });
		}
		Ok(purged)
	}
}
