//! Weights for `amchain_chain_extension_runtime`, generated from its benchmarks by `scripts/bench.sh`.
//! Do not edit: run the benchmarks again.
//!
//! Benchmark CLI 64.0.0, 2026-11-30; steps 50, repeat 20;
//! machine `vm` (AMD EPYC); wasm execution Compiled.
//!
//! Command (as scripts/bench.sh runs it):
//!   amchain-node benchmark pallet --chain dev --pallet amchain_chain_extension_runtime --extrinsic * --steps 50 --repeat 20 --wasm-execution compiled --heap-pages 4096 --template .maintain/pallet-weight-template.hbs --output chain-extension/runtime/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `amchain_chain_extension_runtime`.
pub trait WeightInfo {
	fn part() -> Weight;
	fn open_offer() -> Weight;
	fn membership() -> Weight;
	fn roles() -> Weight;
	fn is_certified(n: u32, ) -> Weight;
	fn active_warranty() -> Weight;
	fn receipt(n: u32, ) -> Weight;
	fn lot() -> Weight;
	fn certification() -> Weight;
}

/// Measured weights, with storage costs from the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Parts::PartRecords` (r:8 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	fn part() -> Weight {
		// Proof size: measured `1010`, estimated `22406` bytes.
		// Minimum execution time: 34_451_000 picoseconds.
		Weight::from_parts(36_234_000, 22406)
			.saturating_add(T::DbWeight::get().reads(8_u64))
	}
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Offers` (r:1 w:0)
	/// Proof: `Parts::Offers` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	fn open_offer() -> Weight {
		// Proof size: measured `520`, estimated `3667` bytes.
		// Minimum execution time: 12_679_000 picoseconds.
		Weight::from_parts(13_851_000, 3667)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	fn membership() -> Weight {
		// Proof size: measured `960`, estimated `3751` bytes.
		// Minimum execution time: 13_170_000 picoseconds.
		Weight::from_parts(14_261_000, 3751)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	fn roles() -> Weight {
		// Proof size: measured `656`, estimated `3751` bytes.
		// Minimum execution time: 9_354_000 picoseconds.
		Weight::from_parts(10_225_000, 3751)
			.saturating_add(T::DbWeight::get().reads(1_u64))
	}
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Standards` (r:1 w:0)
	/// Proof: `Certifications::Standards` (`max_values`: None, `max_size`: Some(347), added: 2822, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertifiedUntil` (r:1 w:0)
	/// Proof: `Certifications::CertifiedUntil` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	fn is_certified(n: u32, ) -> Weight {
		// Proof size: measured `910`, estimated `3812` bytes.
		// Minimum execution time: 20_380_000 picoseconds.
		Weight::from_parts(21_699_402, 3812)
			.saturating_add(Weight::from_parts(117_645, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
	}
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Latest` (r:4 w:0)
	/// Proof: `Warranties::Latest` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::WarrantyRecords` (r:4 w:0)
	/// Proof: `Warranties::WarrantyRecords` (`max_values`: None, `max_size`: Some(244), added: 2719, mode: `MaxEncodedLen`)
	fn active_warranty() -> Weight {
		// Proof size: measured `1003`, estimated `11866` bytes.
		// Minimum execution time: 48_633_000 picoseconds.
		Weight::from_parts(51_155_000, 11866)
			.saturating_add(T::DbWeight::get().reads(9_u64))
	}
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:0)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:64 w:0)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 64]`.
	fn receipt(n: u32, ) -> Weight {
		// Proof size: measured `547 + n * (47 ±0)`, estimated `3667 + n * (2615 ±0)` bytes.
		// Minimum execution time: 10_646_000 picoseconds.
		Weight::from_parts(11_888_589, 3667)
			.saturating_add(Weight::from_parts(3_909_970, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2615).saturating_mul(n.into()))
	}
	/// Storage: `Parts::Lots` (r:1 w:0)
	/// Proof: `Parts::Lots` (`max_values`: None, `max_size`: Some(153), added: 2628, mode: `MaxEncodedLen`)
	fn lot() -> Weight {
		// Proof size: measured `371`, estimated `3618` bytes.
		// Minimum execution time: 7_331_000 picoseconds.
		Weight::from_parts(8_132_000, 3618)
			.saturating_add(T::DbWeight::get().reads(1_u64))
	}
	/// Storage: `Certifications::Certifications` (r:1 w:0)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Storage: `Certifications::ProductionUsage` (r:1 w:0)
	/// Provisional (three reads and the lot() query's time each): replaced by
	/// `scripts/bench.sh amchain_chain_extension_runtime`.
	fn certification() -> Weight {
		Weight::from_parts(24_396_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
	}
}

/// The same measurements with ParityDB's storage costs, for mocks and tests.
impl WeightInfo for () {
	fn part() -> Weight {
		Weight::from_parts(36_234_000, 22406)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
	}
	fn open_offer() -> Weight {
		Weight::from_parts(13_851_000, 3667)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
	}
	fn membership() -> Weight {
		Weight::from_parts(14_261_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
	}
	fn roles() -> Weight {
		Weight::from_parts(10_225_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
	}
	fn is_certified(n: u32, ) -> Weight {
		Weight::from_parts(21_699_402, 3812)
			.saturating_add(Weight::from_parts(117_645, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(3_u64))
	}
	fn active_warranty() -> Weight {
		Weight::from_parts(51_155_000, 11866)
			.saturating_add(ParityDbWeight::get().reads(9_u64))
	}
	fn receipt(n: u32, ) -> Weight {
		Weight::from_parts(11_888_589, 3667)
			.saturating_add(Weight::from_parts(3_909_970, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2615).saturating_mul(n.into()))
	}
	fn lot() -> Weight {
		Weight::from_parts(8_132_000, 3618)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
	}
	/// Storage: `Certifications::Certifications` (r:1 w:0)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Storage: `Certifications::ProductionUsage` (r:1 w:0)
	/// Provisional (three reads and the lot() query's time each): replaced by
	/// `scripts/bench.sh amchain_chain_extension_runtime`.
	fn certification() -> Weight {
		Weight::from_parts(24_396_000, 8_000)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
	}
}
