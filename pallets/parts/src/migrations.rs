//! Storage migrations, one module per storage version they lead to. A runtime lists the
//! ones its chains still need in its `Executive`'s migrations; each runs once, guarded by
//! the pallet's on-chain storage version ([`VersionedMigration`]).
//!
//! [`VersionedMigration`]: frame_support::migrations::VersionedMigration

/// The most parts a single-block migration of this pallet may read: each part costs one
/// read (about 25 µs on RocksDB), so 40 000 parts take about a second, half of a 6 s
/// block's 2 s of computation. A chain with more parts needs a stepped (multi-block)
/// migration instead; the migrations' `pre_upgrade` refuses, so try-runtime says so before
/// the upgrade is proposed.
pub const MAX_PARTS_SINGLE_BLOCK: u32 = 40_000;

/// Fails when the chain has more parts than a single-block migration may read.
#[cfg(feature = "try-runtime")]
fn ensure_single_block<T: crate::Config>() -> Result<(), sp_runtime::TryRuntimeError> {
	frame_support::ensure!(
		crate::PartRecords::<T>::iter_keys().count() <= MAX_PARTS_SINGLE_BLOCK as usize,
		"more parts than a single-block migration may read: use a stepped migration"
	);
	Ok(())
}

pub mod v2 {
	//! v1 → v2: `QuarantinedBelow`, the count of quarantined parts installed below each
	//! part (issue 18 item 4: a recalled part no longer leaves inside its assembly).
	//!
	//! v1 had no such count. The migration adds one for each part quarantined while
	//! installed to each part above it (at most `MaxAssemblyDepth`). Nothing else changes.
	//!
	//! Single block: it reads every part once, and writes only above quarantined installed
	//! parts, which are few (a recall of many parts is a batch recall, not counted here).
	//! Bound: [`super::MAX_PARTS_SINGLE_BLOCK`] parts; `pre_upgrade` fails above it, so a
	//! try-runtime run against the chain says whether the migration fits in a block.

	use alloc::vec::Vec;
	use frame_support::{
		migrations::VersionedMigration,
		pallet_prelude::*,
		traits::{Get, UncheckedOnRuntimeUpgrade},
	};
	#[cfg(feature = "try-runtime")]
	use sp_runtime::TryRuntimeError;

	#[cfg(feature = "try-runtime")]
	use crate::QuarantinedBelow;
	use crate::{Config, Pallet, PartId, PartRecords};

	/// The migration without its version guard; use [`MigrateToV2`].
	pub struct UncheckedMigrateToV2<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV2<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut reads: u64 = 0;
			let mut writes: u64 = 0;
			let held: Vec<PartId> = PartRecords::<T>::iter()
				.inspect(|_| reads = reads.saturating_add(1))
				.filter(|(_, part)| part.quarantine.is_some() && part.parent.is_some())
				.map(|(id, _)| id)
				.collect();
			for id in held {
				let Some(part) = PartRecords::<T>::get(id) else { continue };
				// An assembly deeper than `MaxAssemblyDepth` cannot exist (install refuses it).
				let above = Pallet::<T>::ancestors(&part).unwrap_or_default();
				let n = above.len() as u64;
				reads = reads.saturating_add(n.saturating_mul(2).saturating_add(1));
				writes = writes.saturating_add(n);
				Pallet::<T>::add_quarantined_below(&above, 1, true);
			}
			T::DbWeight::get().reads_writes(reads, writes)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, TryRuntimeError> {
			ensure!(
				QuarantinedBelow::<T>::iter().next().is_none(),
				"QuarantinedBelow has entries before v2"
			);
			super::ensure_single_block::<T>()?;
			Ok(Vec::new())
		}

		/// The counts are what `try_state` expects of them (later versions' storage is not
		/// there yet, so only these are checked).
		#[cfg(feature = "try-runtime")]
		fn post_upgrade(_: Vec<u8>) -> Result<(), TryRuntimeError> {
			Pallet::<T>::check_quarantined_below()
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

pub mod v3 {
	//! v2 → v3: `BatchesBelow` and `BatchCountBelow`, the batches (part type,
	//! certification) installed below each part, so a batch recall holds the assemblies its
	//! parts are in (red-team RT-3). `RecalledByGovernance` is new and starts empty: a
	//! quarantine that existed before v3 counts as its maker's (or producer's), which may
	//! lift it, as before.
	//!
	//! v2 had no such lists. The migration adds, for each installed part registered under a
	//! certification, one of its batch to each part above it (at most `MaxAssemblyDepth`).
	//! Nothing else changes.
	//!
	//! Single block: it reads every part once, and for each installed part its ancestors;
	//! bound [`super::MAX_PARTS_SINGLE_BLOCK`], checked by `pre_upgrade`. An assembly that
	//! already holds more than `MaxBatchesBelow` batches keeps all of them listed (the
	//! bound only refuses new installs), and `post_upgrade` reports it.

	use alloc::vec::Vec;
	use frame_support::{
		migrations::VersionedMigration,
		pallet_prelude::*,
		traits::{Get, UncheckedOnRuntimeUpgrade},
	};
	#[cfg(feature = "try-runtime")]
	use sp_runtime::TryRuntimeError;

	#[cfg(feature = "try-runtime")]
	use crate::{BatchCountBelow, BatchesBelow};
	use crate::{Config, Pallet, PartRecords};

	/// The migration without its version guard; use [`MigrateToV3`].
	pub struct UncheckedMigrateToV3<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV3<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut reads: u64 = 0;
			let mut writes: u64 = 0;
			let installed: Vec<_> = PartRecords::<T>::iter()
				.inspect(|_| reads = reads.saturating_add(1))
				.filter(|(_, part)| part.parent.is_some() && part.certification.is_some())
				.collect();
			for (_, part) in installed {
				let Some(certification) = part.certification else { continue };
				// An assembly deeper than `MaxAssemblyDepth` cannot exist (install refuses it).
				let above = Pallet::<T>::ancestors(&part).unwrap_or_default();
				let n = above.len() as u64;
				reads = reads.saturating_add(n.saturating_mul(3));
				writes = writes.saturating_add(n.saturating_mul(2));
				Pallet::<T>::add_batches_below(
					&above,
					&[((part.part_type, certification), 1)],
					true,
				);
			}
			T::DbWeight::get().reads_writes(reads, writes)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
			ensure!(
				BatchesBelow::<T>::iter().next().is_none()
					&& BatchCountBelow::<T>::iter().next().is_none(),
				"BatchesBelow has entries before v3"
			);
			super::ensure_single_block::<T>()?;
			Ok(Vec::new())
		}

		/// The lists are what `try_state` expects (it checks every part's).
		#[cfg(feature = "try-runtime")]
		fn post_upgrade(_: Vec<u8>) -> Result<(), TryRuntimeError> {
			Pallet::<T>::do_try_state()
		}
	}

	/// v2 → v3, run once: only while the pallet's on-chain storage version is 2, which it
	/// then sets to 3.
	pub type MigrateToV3<T> = VersionedMigration<
		2,
		3,
		UncheckedMigrateToV3<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
