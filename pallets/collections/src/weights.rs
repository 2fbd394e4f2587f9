//! Weights for `pallet_collections`.
//!
//! PROVISIONAL: not yet measured. Written by hand, to be replaced by `scripts/bench.sh
//! pallet_collections` once the pallet is in the runtime (the benchmarks in
//! `benchmarking.rs` run at `MaxMembers` members). The figures are deliberately
//! generous estimates: the storage accesses are counted from the code (at `MaxMembers`
//! where the cost depends on the members), the execution times and proof sizes are
//! guesses above those of comparable measured amchain calls (pallet-warranties'
//! `issue`, pallet-certifications' offers). The 67 writes of `withdraw`, `leave` and
//! `force_dissolve` are the runtime's `MaxMembers` (64) index entries, the record and
//! the deposit's account and hold: raise them with `MaxMembers`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_collections`.
pub trait WeightInfo {
	fn propose(m: u32, ) -> Weight;
	fn accept() -> Weight;
	fn withdraw() -> Weight;
	fn leave() -> Weight;
	fn force_create(m: u32, ) -> Weight;
	fn force_dissolve() -> Weight;
	fn anchor() -> Weight;
}

/// PROVISIONAL: not yet measured. Estimated weights, with storage costs from the
/// runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Reads: the caller's membership (2), each member's record (m), `NextCollectionId`,
	/// the caller's account and holds (2). Writes: `NextCollectionId`, `CollectionRecords`,
	/// `CollectionsOf` (m), account and holds (2).
	fn propose(m: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 6_000)
			.saturating_add(Weight::from_parts(8_000_000, 2_800).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
	}
	/// Reads: membership (2), `CollectionRecords`. Writes: `CollectionRecords`.
	fn accept() -> Weight {
		Weight::from_parts(45_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Reads: membership (2), `CollectionRecords`, the depositor's account and holds (2).
	/// Writes: `CollectionRecords`, `CollectionsOf` (`MaxMembers`), account and holds (2).
	fn withdraw() -> Weight {
		Weight::from_parts(80_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(67_u64))
	}
	/// The worst case, declining a proposal of `MaxMembers`: as `withdraw`.
	fn leave() -> Weight {
		Weight::from_parts(80_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(67_u64))
	}
	/// Reads: each member's record (m), `NextCollectionId`. Writes: `NextCollectionId`,
	/// `CollectionRecords`, `CollectionsOf` (m).
	fn force_create(m: u32, ) -> Weight {
		Weight::from_parts(40_000_000, 3_000)
			.saturating_add(Weight::from_parts(8_000_000, 2_800).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
	}
	/// As `withdraw`, without the caller's membership.
	fn force_dissolve() -> Weight {
		Weight::from_parts(80_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(67_u64))
	}
	/// Reads: membership (2), `CollectionRecords`, `Anchors`, account and holds (2). Writes:
	/// `Anchors`, account and holds (2).
	fn anchor() -> Weight {
		Weight::from_parts(60_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}

/// PROVISIONAL: not yet measured. The same estimates for tests, with ParityDB's weights.
impl WeightInfo for () {
	fn propose(m: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 6_000)
			.saturating_add(Weight::from_parts(8_000_000, 2_800).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(m.into())))
	}
	fn accept() -> Weight {
		Weight::from_parts(45_000_000, 6_000)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(80_000_000, 8_000)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(67_u64))
	}
	fn leave() -> Weight {
		Weight::from_parts(80_000_000, 8_000)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(67_u64))
	}
	fn force_create(m: u32, ) -> Weight {
		Weight::from_parts(40_000_000, 3_000)
			.saturating_add(Weight::from_parts(8_000_000, 2_800).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(m.into())))
	}
	fn force_dissolve() -> Weight {
		Weight::from_parts(80_000_000, 8_000)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(67_u64))
	}
	fn anchor() -> Weight {
		Weight::from_parts(60_000_000, 8_000)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
}
