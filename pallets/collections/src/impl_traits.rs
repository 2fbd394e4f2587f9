//! How other pallets (and, later, the node's private store) see this one.

use amchain_primitives::collections::{AnchorSummary, CollectionsInspect};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;

use crate::*;

impl<T: Config> CollectionsInspect<BlockNumberFor<T>> for Pallet<T> {
	fn is_member(collection: CollectionId, participant: ParticipantId) -> bool {
		CollectionRecords::<T>::get(collection).is_some_and(|c| {
			c.status == CollectionStatus::Active
				&& c.members.binary_search(&participant).is_ok()
				&& T::Participants::is_active(participant)
		})
	}

	fn is_active(collection: CollectionId) -> bool {
		CollectionRecords::<T>::get(collection)
			.is_some_and(|c| c.status == CollectionStatus::Active)
	}

	fn anchor_of(
		collection: CollectionId,
		by: ParticipantId,
		hash: H256,
	) -> Option<AnchorSummary<BlockNumberFor<T>>> {
		Anchors::<T>::get((collection, by, hash)).map(|a| AnchorSummary {
			collection,
			by,
			at: a.at,
		})
	}
}
