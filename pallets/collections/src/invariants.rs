//! The pallet's invariants, checked after every unit test and by try-runtime.

#![cfg(any(feature = "try-runtime", test))]

use alloc::collections::btree_map::BTreeMap;
use frame_support::{ensure, traits::fungible::InspectHold};
use sp_runtime::{traits::Saturating, TryRuntimeError};

use crate::*;

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet's storage.
	///
	/// - collections: ids below `NextCollectionId`; at least two members, sorted, none
	///   twice, each listed in `CollectionsOf`; `accepted` sorted, within `members`;
	///   a proposed collection has a creator that accepted and a deposit; an active one
	///   was accepted by every member; a collection without a creator (governance's)
	///   holds no deposit;
	/// - `CollectionsOf` names only existing collections that list the participant;
	/// - anchors name a collection id that was given out;
	/// - holds: every account's `CollectionDeposit` hold equals the deposits of the
	///   collections it backs, its `AnchorDeposit` hold those of its anchors.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next = NextCollectionId::<T>::get();
		let mut collection_holds: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, c) in CollectionRecords::<T>::iter() {
			ensure!(id < next, "collection id at or above NextCollectionId");
			ensure!(c.members.len() >= 2, "a collection with fewer than two members");
			ensure!(
				c.members.windows(2).all(|pair| pair[0] < pair[1]),
				"members not sorted or named twice"
			);
			ensure!(
				c.accepted.windows(2).all(|pair| pair[0] < pair[1]),
				"accepted not sorted or named twice"
			);
			ensure!(
				c.accepted.iter().all(|p| c.members.binary_search(p).is_ok()),
				"a non-member accepted"
			);
			ensure!(
				c.members.iter().all(|p| CollectionsOf::<T>::contains_key(p, id)),
				"a member's CollectionsOf entry is missing"
			);
			match c.status {
				CollectionStatus::Proposed => {
					let creator = c.creator.ok_or("a proposal without a creator")?;
					ensure!(
						c.accepted.binary_search(&creator).is_ok(),
						"the creator has not accepted its own proposal"
					);
					ensure!(c.deposit.is_some(), "a proposal without a deposit");
				},
				CollectionStatus::Active => {
					ensure!(c.accepted == c.members, "active without every member's consent")
				},
			}
			if c.creator.is_none() {
				ensure!(c.deposit.is_none(), "governance's collection holds a deposit");
			}
			if let Some(d) = c.deposit {
				let held = collection_holds.entry(d.account).or_default();
				*held = held.saturating_add(d.amount);
			}
		}
		for (participant, id) in CollectionsOf::<T>::iter_keys() {
			let c = CollectionRecords::<T>::get(id).ok_or("CollectionsOf names no collection")?;
			ensure!(
				c.members.binary_search(&participant).is_ok(),
				"CollectionsOf names a collection that does not list the participant"
			);
		}
		let mut anchor_holds: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for ((collection, _, _), a) in Anchors::<T>::iter() {
			ensure!(collection < next, "an anchor in a collection never created");
			let held = anchor_holds.entry(a.deposit.account).or_default();
			*held = held.saturating_add(a.deposit.amount);
		}
		for account in frame_system::Account::<T>::iter_keys() {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::CollectionDeposit.into(), &account)
					== collection_holds.get(&account).copied().unwrap_or_default(),
				"held collection deposits differ from the collections they back"
			);
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::AnchorDeposit.into(), &account)
					== anchor_holds.get(&account).copied().unwrap_or_default(),
				"held anchor deposits differ from the anchors they back"
			);
		}
		Ok(())
	}
}
