//! Storage migrations, one module per storage version they lead to. A runtime lists the
//! ones its chains still need in its `Executive`'s migrations; each runs once, guarded by
//! the pallet's on-chain storage version ([`VersionedMigration`]).
//!
//! [`VersionedMigration`]: frame_support::migrations::VersionedMigration

pub mod v2 {
	//! v1 → v2: `QuarantinedBelow`, the count of quarantined parts installed below each
	//! part (issue 18 item 4: a recalled part no longer leaves inside its assembly).
	//!
	//! v1 had no such count. The migration adds one for each part quarantined while
	//! installed to each part above it (at most `MaxAssemblyDepth`). Nothing else changes.
	//!
	//! Single block: it reads every part once, and writes only above quarantined installed
	//! parts, which are few (a recall of many parts is a batch recall, not counted here).

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
			Ok(Vec::new())
		}

		/// The counts are what `try_state` expects (it checks every part's).
		#[cfg(feature = "try-runtime")]
		fn post_upgrade(_: Vec<u8>) -> Result<(), TryRuntimeError> {
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
