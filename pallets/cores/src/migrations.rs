//! Storage migrations, one module per storage version they lead to. A runtime lists the
//! ones its chains still need in its `Executive`'s migrations; each runs once, guarded by
//! the pallet's on-chain storage version ([`VersionedMigration`]).
//!
//! [`VersionedMigration`]: frame_support::migrations::VersionedMigration

/// The most core deposits the single-block v2 migration may rewrite (a read and a write
/// each, about 50 µs): 20 000 take about a second. `pre_upgrade` refuses above it.
pub const MAX_CHARGES_SINGLE_BLOCK: u32 = 20_000;

pub mod v2 {
	//! v1 → v2: a core deposit's return term runs from the part's delivery to the buyer
	//! (issue 18 item 14). Each `CoreCharge` gains `return_within`, `delivered_at` and
	//! `read_from`. Deposits asked for before the upgrade keep the terms they were made on
	//! (grandfathered): they count as delivered at the upgrade's block, with `return_by`
	//! unchanged, so they end exactly as they would have under v1.

	#[cfg(feature = "try-runtime")]
	use alloc::vec::Vec;
	#[cfg(feature = "try-runtime")]
	use amchain_primitives::cores::ChargeId;
	use amchain_primitives::{
		participants::ParticipantId,
		parts::{PartId, PartTypeId},
	};
	use codec::{Decode, Encode};
	use frame_support::{
		migrations::VersionedMigration,
		pallet_prelude::*,
		traits::{Get, UncheckedOnRuntimeUpgrade},
	};
	use frame_system::pallet_prelude::BlockNumberFor;
	use sp_runtime::traits::Zero;
	#[cfg(feature = "try-runtime")]
	use sp_runtime::TryRuntimeError;

	use crate::{BalanceOf, Charges, Config, CoreCharge, Pallet};

	/// A core deposit as v1 stored it.
	#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug)]
	pub struct OldCoreCharge<AccountId, Balance, BlockNumber> {
		pub seller: ParticipantId,
		pub seller_account: AccountId,
		pub buyer: ParticipantId,
		pub part: PartId,
		pub part_type: PartTypeId,
		pub amount: Balance,
		pub paid_by: Option<AccountId>,
		pub return_by: BlockNumber,
	}

	pub type OldChargeOf<T> =
		OldCoreCharge<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

	/// The migration without its version guard; use [`MigrateToV2`].
	pub struct UncheckedMigrateToV2<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV2<T> {
		fn on_runtime_upgrade() -> Weight {
			let now = frame_system::Pallet::<T>::block_number();
			let mut n: u64 = 0;
			Charges::<T>::translate::<OldChargeOf<T>, _>(|_, old| {
				n = n.saturating_add(1);
				Some(CoreCharge {
					seller: old.seller,
					seller_account: old.seller_account,
					buyer: old.buyer,
					part: old.part,
					part_type: old.part_type,
					amount: old.amount,
					paid_by: old.paid_by,
					return_by: old.return_by,
					return_within: Zero::zero(),
					delivered_at: Some(now),
					read_from: 0,
				})
			});
			T::DbWeight::get().reads_writes(n, n)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
			let old: Vec<(ChargeId, OldChargeOf<T>)> = Charges::<T>::iter_keys()
				.filter_map(|id| {
					frame_support::storage::unhashed::get::<OldChargeOf<T>>(
						&Charges::<T>::hashed_key_for(id),
					)
					.map(|c| (id, c))
				})
				.collect();
			ensure!(
				old.len() <= super::MAX_CHARGES_SINGLE_BLOCK as usize,
				"more core deposits than a single-block migration may rewrite"
			);
			Ok(old.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), TryRuntimeError> {
			let old: Vec<(ChargeId, OldChargeOf<T>)> =
				Decode::decode(&mut &state[..]).map_err(|_| "pre_upgrade state unreadable")?;
			ensure!(Charges::<T>::iter().count() == old.len(), "core deposits lost or added");
			for (id, o) in old {
				let c = Charges::<T>::get(id).ok_or("a core deposit is missing")?;
				ensure!(
					c.amount == o.amount
						&& c.paid_by == o.paid_by
						&& c.return_by == o.return_by
						&& c.delivered_at.is_some(),
					"a core deposit changed its terms"
				);
			}
			Ok(())
		}
	}

	/// v1 → v2, run once: only while the pallet's on-chain storage version is 1.
	pub type MigrateToV2<T> = VersionedMigration<
		1,
		2,
		UncheckedMigrateToV2<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
