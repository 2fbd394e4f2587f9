//! Weights for `pallet_collections`, generated from its benchmarks by `scripts/bench.sh`.
//! Do not edit: run the benchmarks again.
//!
//! Benchmark CLI 64.0.0, 2026-12-01; steps 50, repeat 20;
//! machine `vm` (AMD EPYC); wasm execution Compiled.
//!
//! Command (as scripts/bench.sh runs it):
//!   amchain-node benchmark pallet --chain dev --pallet pallet_collections --extrinsic * --steps 50 --repeat 20 --wasm-execution compiled --heap-pages 4096 --template .maintain/pallet-weight-template.hbs --output pallets/collections/src/weights.rs

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
	fn remove_expired() -> Weight;
	fn purge_anchors(n: u32, ) -> Weight;
}

/// Measured weights, with storage costs from the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:64 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Collections::NextCollectionId` (r:1 w:1)
	/// Proof: `Collections::NextCollectionId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Collections::CollectionRecords` (r:0 w:1)
	/// Proof: `Collections::CollectionRecords` (`max_values`: None, `max_size`: Some(657), added: 3132, mode: `MaxEncodedLen`)
	/// Storage: `Collections::CollectionsOf` (r:0 w:64)
	/// Proof: `Collections::CollectionsOf` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[2, 64]`.
	fn propose(m: u32, ) -> Weight {
		// Proof size: measured `1216 + m * (139 ±0)`, estimated `3712 + m * (2761 ±0)` bytes.
		// Minimum execution time: 87_139_000 picoseconds.
		Weight::from_parts(71_552_920, 3712)
			.saturating_add(Weight::from_parts(7_920_579, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 2761).saturating_mul(m.into()))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Collections::CollectionRecords` (r:1 w:1)
	/// Proof: `Collections::CollectionRecords` (`max_values`: None, `max_size`: Some(657), added: 3132, mode: `MaxEncodedLen`)
	fn accept() -> Weight {
		// Proof size: measured `2635`, estimated `4122` bytes.
		// Minimum execution time: 46_168_000 picoseconds.
		Weight::from_parts(60_540_000, 4122)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Collections::CollectionRecords` (r:1 w:1)
	/// Proof: `Collections::CollectionRecords` (`max_values`: None, `max_size`: Some(657), added: 3132, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Collections::CollectionsOf` (r:0 w:64)
	/// Proof: `Collections::CollectionsOf` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn withdraw() -> Weight {
		// Proof size: measured `2592`, estimated `4122` bytes.
		// Minimum execution time: 203_302_000 picoseconds.
		Weight::from_parts(220_197_000, 4122)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(67_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:2 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Collections::CollectionRecords` (r:1 w:1)
	/// Proof: `Collections::CollectionRecords` (`max_values`: None, `max_size`: Some(657), added: 3132, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Collections::CollectionsOf` (r:0 w:64)
	/// Proof: `Collections::CollectionsOf` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn leave() -> Weight {
		// Proof size: measured `2924`, estimated `6512` bytes.
		// Minimum execution time: 207_618_000 picoseconds.
		Weight::from_parts(220_638_000, 6512)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(67_u64))
	}
	/// Storage: `Certifications::Participants` (r:64 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Collections::NextCollectionId` (r:1 w:1)
	/// Proof: `Collections::NextCollectionId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Collections::CollectionRecords` (r:0 w:1)
	/// Proof: `Collections::CollectionRecords` (`max_values`: None, `max_size`: Some(657), added: 3132, mode: `MaxEncodedLen`)
	/// Storage: `Collections::CollectionsOf` (r:0 w:64)
	/// Proof: `Collections::CollectionsOf` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[2, 64]`.
	fn force_create(m: u32, ) -> Weight {
		// Proof size: measured `607 + m * (133 ±0)`, estimated `1489 + m * (2761 ±0)` bytes.
		// Minimum execution time: 32_678_000 picoseconds.
		Weight::from_parts(18_404_104, 1489)
			.saturating_add(Weight::from_parts(7_543_979, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 2761).saturating_mul(m.into()))
	}
	/// Storage: `Collections::CollectionRecords` (r:1 w:1)
	/// Proof: `Collections::CollectionRecords` (`max_values`: None, `max_size`: Some(657), added: 3132, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Collections::CollectionsOf` (r:0 w:64)
	/// Proof: `Collections::CollectionsOf` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn force_dissolve() -> Weight {
		// Proof size: measured `2169`, estimated `4122` bytes.
		// Minimum execution time: 191_193_000 picoseconds.
		Weight::from_parts(205_905_000, 4122)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(67_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Collections::CollectionRecords` (r:1 w:0)
	/// Proof: `Collections::CollectionRecords` (`max_values`: None, `max_size`: Some(657), added: 3132, mode: `MaxEncodedLen`)
	/// Storage: `Collections::Anchors` (r:1 w:1)
	/// Proof: `Collections::Anchors` (`max_values`: None, `max_size`: Some(124), added: 2599, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn anchor() -> Weight {
		// Proof size: measured `2968`, estimated `4122` bytes.
		// Minimum execution time: 102_772_000 picoseconds.
		Weight::from_parts(115_130_000, 4122)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Collections::CollectionRecords` (r:1 w:1)
	/// Proof: `Collections::CollectionRecords` (`max_values`: None, `max_size`: Some(657), added: 3132, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Collections::CollectionsOf` (r:0 w:64)
	/// Proof: `Collections::CollectionsOf` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn remove_expired() -> Weight {
		// Proof size: measured `1916`, estimated `4122` bytes.
		// Minimum execution time: 190_943_000 picoseconds.
		Weight::from_parts(199_686_000, 4122)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(67_u64))
	}
	/// Storage: `Collections::NextCollectionId` (r:1 w:0)
	/// Proof: `Collections::NextCollectionId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Collections::CollectionRecords` (r:1 w:0)
	/// Proof: `Collections::CollectionRecords` (`max_values`: None, `max_size`: Some(657), added: 3132, mode: `MaxEncodedLen`)
	/// Storage: `Collections::Anchors` (r:101 w:100)
	/// Proof: `Collections::Anchors` (`max_values`: None, `max_size`: Some(124), added: 2599, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:100 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:100 w:100)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:200 w:200)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 100]`.
	fn purge_anchors(n: u32, ) -> Weight {
		// Proof size: measured `3605 + n * (426 ±0)`, estimated `4122 + n * (5206 ±0)` bytes.
		// Minimum execution time: 19_939_000 picoseconds.
		Weight::from_parts(21_261_000, 4122)
			.saturating_add(Weight::from_parts(73_744_577, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5206).saturating_mul(n.into()))
	}
}

/// The same measurements with ParityDB's storage costs, for mocks and tests.
impl WeightInfo for () {
	fn propose(m: u32, ) -> Weight {
		Weight::from_parts(71_552_920, 3712)
			.saturating_add(Weight::from_parts(7_920_579, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 2761).saturating_mul(m.into()))
	}
	fn accept() -> Weight {
		Weight::from_parts(60_540_000, 4122)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(220_197_000, 4122)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(67_u64))
	}
	fn leave() -> Weight {
		Weight::from_parts(220_638_000, 6512)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(67_u64))
	}
	fn force_create(m: u32, ) -> Weight {
		Weight::from_parts(18_404_104, 1489)
			.saturating_add(Weight::from_parts(7_543_979, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 2761).saturating_mul(m.into()))
	}
	fn force_dissolve() -> Weight {
		Weight::from_parts(205_905_000, 4122)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(67_u64))
	}
	fn anchor() -> Weight {
		Weight::from_parts(115_130_000, 4122)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn remove_expired() -> Weight {
		Weight::from_parts(199_686_000, 4122)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(67_u64))
	}
	fn purge_anchors(n: u32, ) -> Weight {
		Weight::from_parts(21_261_000, 4122)
			.saturating_add(Weight::from_parts(73_744_577, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5206).saturating_mul(n.into()))
	}
}
