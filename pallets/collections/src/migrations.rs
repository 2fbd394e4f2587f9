//! Storage migrations, one module per storage version they lead to. A runtime lists the
//! ones its chains still need in its `Executive`'s migrations; each runs once, guarded by
//! the pallet's on-chain storage version ([`VersionedMigration`]).
//!
//! [`VersionedMigration`]: frame_support::migrations::VersionedMigration

/// The most anchors the single-block v2 migration may move: each costs a read and two
/// writes (about 100 µs), so 10 000 take about a second, half of a 6 s block's 2 s of
/// computation. `pre_upgrade` refuses above it, so try-runtime says so before the upgrade
/// is proposed (a chain with more needs a stepped migration).
pub const MAX_ANCHORS_SINGLE_BLOCK: u32 = 10_000;

pub mod v2 {
	//! v1 → v2: `Anchors` keyed by (collection, anchoring organisation, hash) instead of
	//! by hash alone (red team: a co-member could anchor a partner's pending hash first and
	//! be recorded as its author, and anyone could squat hashes). The collection and the
	//! organisation move from the record into the key; the block and the deposit stay, and
	//! so do the holds (same account, same amount). Nothing else changes.

	use alloc::vec::Vec;
	use amchain_primitives::{collections::CollectionId, participants::ParticipantId};
	use codec::{Decode, Encode};
	use frame_support::{
		migrations::VersionedMigration,
		pallet_prelude::*,
		storage_alias,
		traits::{Get, UncheckedOnRuntimeUpgrade},
	};
	use frame_system::pallet_prelude::BlockNumberFor;
	use sp_core::H256;
	#[cfg(feature = "try-runtime")]
	use sp_runtime::TryRuntimeError;

	use crate::{Anchor, Anchors, BalanceOf, Config, Deposit, Pallet};

	/// An anchor as v1 stored it, under its hash.
	#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug)]
	pub struct OldAnchor<AccountId, Balance, BlockNumber> {
		pub collection: CollectionId,
		pub by: ParticipantId,
		pub at: BlockNumber,
		pub deposit: Deposit<AccountId, Balance>,
	}

	pub type OldAnchorOf<T> =
		OldAnchor<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

	/// v1's storage items under their own names (`#[storage_alias]` takes the storage
	/// name from the alias's, so the alias must be called `Anchors`; spec 104's alias was
	/// called `OldAnchors` and so read nothing: chains upgraded by it kept their v1 anchors
	/// unreadable — none existed on any chain amchain ran).
	pub mod v1 {
		use super::*;

		/// v1's `Anchors`: the key is the whole hash (Blake2_128Concat), the value v1's
		/// record.
		#[storage_alias]
		pub type Anchors<T: Config> = StorageMap<Pallet<T>, Blake2_128Concat, H256, OldAnchorOf<T>>;
	}

	/// The migration without its version guard; use [`MigrateToV2`].
	pub struct UncheckedMigrateToV2<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV2<T> {
		fn on_runtime_upgrade() -> Weight {
			// Every v1 entry out first (v1 and v2 keys share the storage prefix, so nothing
			// is written under it until v1's are all read), then each under its v2 key.
			let old: Vec<(H256, OldAnchorOf<T>)> = v1::Anchors::<T>::drain().collect();
			let n = old.len() as u64;
			for (hash, a) in old {
				Anchors::<T>::insert(
					(a.collection, a.by, hash),
					Anchor { at: a.at, deposit: a.deposit },
				);
			}
			T::DbWeight::get().reads_writes(n, n.saturating_mul(2))
		}

		/// The v1 anchors and their count, to find each under its v2 key afterwards.
		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
			let old: Vec<(H256, OldAnchorOf<T>)> = v1::Anchors::<T>::iter().collect();
			ensure!(
				old.len() <= super::MAX_ANCHORS_SINGLE_BLOCK as usize,
				"more anchors than a single-block migration may move: use a stepped migration"
			);
			Ok(old.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), TryRuntimeError> {
			let old: Vec<(H256, OldAnchorOf<T>)> =
				Decode::decode(&mut &state[..]).map_err(|_| "pre_upgrade state unreadable")?;
			ensure!(Anchors::<T>::iter().count() == old.len(), "anchors lost or added");
			for (hash, a) in old {
				let new = Anchors::<T>::get((a.collection, a.by, hash))
					.ok_or("a v1 anchor is missing under its v2 key")?;
				ensure!(new.at == a.at && new.deposit == a.deposit, "an anchor changed");
			}
			Pallet::<T>::do_try_state()
		}
	}

	/// v1 → v2, run once: only while the pallet's on-chain storage version is 1, which it
	/// then sets to 2.
	pub type MigrateToV2<T> = VersionedMigration<
		1,
		2,
		UncheckedMigrateToV2<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
