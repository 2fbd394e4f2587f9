//! Storage migrations, one module per storage version they lead to. A runtime lists the
//! ones its chains still need in its `Executive`'s migrations; each runs once, guarded by
//! the pallet's on-chain storage version ([`VersionedMigration`]).
//!
//! [`VersionedMigration`]: frame_support::migrations::VersionedMigration

/// The most claims the single-block v2 migration may rewrite: each costs a read and a
/// write (about 50 µs), so 20 000 take about a second, half of a 6 s block's 2 s of
/// computation. `pre_upgrade` refuses above it, so try-runtime says so before the upgrade
/// is proposed (a chain with more needs a stepped migration).
pub const MAX_CLAIMS_SINGLE_BLOCK: u32 = 20_000;

pub mod v2 {
	//! v1 → v2: a claim records what it asks (`asked`), what the reserve set aside for it
	//! (`covered`) and the block until which the issuer may reject it (`respond_by`). A
	//! claim still open asks without a cap (v1 had none: any payment stays possible) and
	//! has nothing set aside (v1 kept no floor), with the full response time from the
	//! upgrade (counted from the block before the upgrade's: migrations run before the
	//! new block's number is set); a decided claim's `asked` is what it was paid, its
	//! `respond_by` its filing block. `Committed` and `Withdrawals` start empty, which is
	//! what v1's claims imply. Each part type's `TermHistory` starts with its v1 term for
	//! every part made so far (from part 0).

	#[cfg(feature = "try-runtime")]
	use alloc::vec::Vec;
	use amchain_primitives::{
		participants::ParticipantId,
		warranties::{ClaimId, ClaimStatus, WarrantyId},
	};
	use codec::{Decode, Encode};
	use frame_support::{
		migrations::VersionedMigration,
		pallet_prelude::*,
		storage_alias,
		traits::{Get, UncheckedOnRuntimeUpgrade},
	};
	use frame_system::pallet_prelude::BlockNumberFor;
	use sp_core::H256;
	use sp_runtime::traits::{Bounded, Saturating, Zero};
	#[cfg(feature = "try-runtime")]
	use sp_runtime::TryRuntimeError;

	use crate::{BalanceOf, Claim, Claims, Config, NewWarrantyTerms, Pallet, TermHistory};

	/// A claim as v1 stored it.
	#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug)]
	pub struct OldClaim<AccountId, Balance, BlockNumber> {
		pub warranty: WarrantyId,
		pub claimant: ParticipantId,
		pub account: AccountId,
		pub evidence: H256,
		pub filed_at: BlockNumber,
		pub status: ClaimStatus<Balance>,
	}

	pub type OldClaimOf<T> =
		OldClaim<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

	/// v1's storage items under their own names (`#[storage_alias]` takes the storage
	/// name from the alias's, so the alias must be called `Claims`).
	pub mod v1 {
		use super::*;

		/// v1's `Claims`: same key, v1's record.
		#[storage_alias]
		pub type Claims<T: Config> = StorageMap<Pallet<T>, Twox64Concat, ClaimId, OldClaimOf<T>>;
	}

	/// The migration without its version guard; use [`MigrateToV2`].
	pub struct UncheckedMigrateToV2<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV2<T> {
		fn on_runtime_upgrade() -> Weight {
			let now = frame_system::Pallet::<T>::block_number();
			let mut n = 0u64;
			Claims::<T>::translate::<OldClaimOf<T>, _>(|_, c| {
				n.saturating_inc();
				let (asked, respond_by) = match c.status {
					// No cap, as v1 had none; nothing set aside (v1 kept no floor).
					ClaimStatus::Open => (
						BalanceOf::<T>::max_value(),
						now.saturating_add(T::ClaimResponseTime::get()),
					),
					ClaimStatus::Approved { paid, .. }
					| ClaimStatus::Ruled { paid, .. }
					| ClaimStatus::Defaulted { paid } => (paid, c.filed_at),
					ClaimStatus::Rejected { .. } | ClaimStatus::Withdrawn => {
						(Zero::zero(), c.filed_at)
					},
				};
				Some(Claim {
					warranty: c.warranty,
					claimant: c.claimant,
					account: c.account,
					evidence: c.evidence,
					filed_at: c.filed_at,
					asked,
					covered: Zero::zero(),
					respond_by,
					status: c.status,
				})
			});
			// The terms so far apply to the parts made so far.
			let mut types = 0u64;
			for (part_type, term) in NewWarrantyTerms::<T>::iter() {
				types.saturating_inc();
				let mut history = BoundedVec::new();
				if history.try_push((0, term)).is_ok() {
					TermHistory::<T>::insert(part_type, history);
				}
			}
			T::DbWeight::get()
				.reads_writes(n.saturating_add(types).saturating_add(1), n.saturating_add(types))
		}

		/// The v1 claims, to find each unchanged but for the new fields afterwards.
		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
			let old: Vec<(ClaimId, OldClaimOf<T>)> = v1::Claims::<T>::iter().collect();
			ensure!(
				old.len() <= super::MAX_CLAIMS_SINGLE_BLOCK as usize,
				"more claims than a single-block migration may rewrite: use a stepped migration"
			);
			Ok(old.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), TryRuntimeError> {
			let old: Vec<(ClaimId, OldClaimOf<T>)> =
				Decode::decode(&mut &state[..]).map_err(|_| "pre_upgrade state unreadable")?;
			ensure!(Claims::<T>::iter().count() == old.len(), "claims lost or added");
			for (part_type, term) in NewWarrantyTerms::<T>::iter() {
				ensure!(
					TermHistory::<T>::get(part_type).is_some_and(|h| h.to_vec() == [(0, term)]),
					"a type's term history does not start with its term"
				);
			}
			for (id, c) in old {
				let new = Claims::<T>::get(id).ok_or("a v1 claim is missing")?;
				ensure!(
					new.warranty == c.warranty
						&& new.claimant == c.claimant
						&& new.account == c.account
						&& new.evidence == c.evidence
						&& new.filed_at == c.filed_at
						&& new.status == c.status,
					"a claim changed"
				);
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
