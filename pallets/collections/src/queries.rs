//! Answers for wallets and member nodes (the runtime API `CollectionsApi`), page by page.

use alloc::vec::Vec;
use amchain_primitives::{
	collections::{AnchorView, CollectionView},
	MAX_PAGE,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::traits::Zero;

use crate::*;

impl<T: Config> Pallet<T> {
	pub fn collection_view(
		id: CollectionId,
	) -> Option<CollectionView<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
		let c = CollectionRecords::<T>::get(id)?;
		let (depositor, deposit) = match c.deposit {
			Some(d) => (Some(d.account), d.amount),
			None => (None, Zero::zero()),
		};
		Some(CollectionView {
			id,
			creator: c.creator,
			members: c.members.into_inner(),
			accepted: c.accepted.into_inner(),
			status: c.status,
			retention: c.retention,
			label: c.label.into_inner(),
			created_at: c.created_at,
			depositor,
			deposit,
		})
	}

	pub fn anchor_view(
		collection: CollectionId,
		by: ParticipantId,
		hash: H256,
	) -> Option<AnchorView<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
		let a = Anchors::<T>::get((collection, by, hash))?;
		Some(AnchorView {
			hash,
			collection,
			by,
			account: a.deposit.account,
			at: a.at,
			deposit: a.deposit.amount,
		})
	}

	pub fn collections_of(
		participant: ParticipantId,
		after: Option<CollectionId>,
		limit: u32,
	) -> Vec<CollectionId> {
		let ids = match after {
			Some(after) => CollectionsOf::<T>::iter_key_prefix_from(
				participant,
				CollectionsOf::<T>::hashed_key_for(participant, after),
			),
			None => CollectionsOf::<T>::iter_key_prefix(participant),
		};
		ids.take(limit.min(MAX_PAGE) as usize).collect()
	}
}
