//! Weights for `amchain_chain_extension_runtime`, generated from its benchmarks by `scripts/bench.sh`.
//! Do not edit: run the benchmarks again.
//!
//! Benchmark CLI 64.0.0, 2026-12-02; steps 50, repeat 20;
//! machine `vm` (Intel(R) Xeon(R) Processor); wasm execution Compiled.
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
	fn governor() -> Weight;
}

/// Measured weights, with storage costs from the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Parts::PartRecords` (r:8 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:1 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn part() -> Weight {
		// Proof size: measured `1140`, estimated `22406` bytes.
		// Minimum execution time: 40_811_000 picoseconds.
		Weight::from_parts(56_987_000, 22406)
			.saturating_add(T::DbWeight::get().reads(10_u64))
	}
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:1 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Offers` (r:1 w:0)
	/// Proof: `Parts::Offers` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	fn open_offer() -> Weight {
		// Proof size: measured `650`, estimated `3667` bytes.
		// Minimum execution time: 20_354_000 picoseconds.
		Weight::from_parts(28_199_000, 3667)
			.saturating_add(T::DbWeight::get().reads(4_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	fn membership() -> Weight {
		// Proof size: measured `960`, estimated `3751` bytes.
		// Minimum execution time: 13_122_000 picoseconds.
		Weight::from_parts(19_502_000, 3751)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	fn roles() -> Weight {
		// Proof size: measured `656`, estimated `3751` bytes.
		// Minimum execution time: 9_251_000 picoseconds.
		Weight::from_parts(14_837_000, 3751)
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
		// Minimum execution time: 23_043_000 picoseconds.
		Weight::from_parts(30_343_857, 3812)
			.saturating_add(Weight::from_parts(150_733, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
	}
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:1 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Latest` (r:4 w:0)
	/// Proof: `Warranties::Latest` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::WarrantyRecords` (r:4 w:0)
	/// Proof: `Warranties::WarrantyRecords` (`max_values`: None, `max_size`: Some(244), added: 2719, mode: `MaxEncodedLen`)
	fn active_warranty() -> Weight {
		// Proof size: measured `1145`, estimated `11866` bytes.
		// Minimum execution time: 71_369_000 picoseconds.
		Weight::from_parts(103_230_000, 11866)
			.saturating_add(T::DbWeight::get().reads(11_u64))
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
		// Minimum execution time: 12_345_000 picoseconds.
		Weight::from_parts(20_183_567, 3667)
			.saturating_add(Weight::from_parts(4_079_787, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2615).saturating_mul(n.into()))
	}
	/// Storage: `Parts::Lots` (r:5 w:0)
	/// Proof: `Parts::Lots` (`max_values`: None, `max_size`: Some(153), added: 2628, mode: `MaxEncodedLen`)
	/// Storage: `Parts::SplitFrom` (r:4 w:0)
	/// Proof: `Parts::SplitFrom` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn lot() -> Weight {
		// Proof size: measured `801`, estimated `14130` bytes.
		// Minimum execution time: 31_089_000 picoseconds.
		Weight::from_parts(46_740_000, 14130)
			.saturating_add(T::DbWeight::get().reads(9_u64))
	}
	/// Storage: `Certifications::Certifications` (r:1 w:0)
	/// Proof: `Certifications::Certifications` (`max_values`: None, `max_size`: Some(224), added: 2699, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::ProductionUsage` (r:1 w:0)
	/// Proof: `Certifications::ProductionUsage` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn certification() -> Weight {
		// Proof size: measured `806`, estimated `3751` bytes.
		// Minimum execution time: 15_868_000 picoseconds.
		Weight::from_parts(22_799_000, 3751)
			.saturating_add(T::DbWeight::get().reads(3_u64))
	}
	fn governor() -> Weight {
		// Proof size: measured `0`, estimated `0` bytes.
		// Minimum execution time: 376_000 picoseconds.
		Weight::from_parts(652_000, 0)
	}
}

/// The same measurements with ParityDB's storage costs, for mocks and tests.
impl WeightInfo for () {
	fn part() -> Weight {
		Weight::from_parts(56_987_000, 22406)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
	}
	fn open_offer() -> Weight {
		Weight::from_parts(28_199_000, 3667)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
	}
	fn membership() -> Weight {
		Weight::from_parts(19_502_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
	}
	fn roles() -> Weight {
		Weight::from_parts(14_837_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
	}
	fn is_certified(n: u32, ) -> Weight {
		Weight::from_parts(30_343_857, 3812)
			.saturating_add(Weight::from_parts(150_733, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(3_u64))
	}
	fn active_warranty() -> Weight {
		Weight::from_parts(103_230_000, 11866)
			.saturating_add(ParityDbWeight::get().reads(11_u64))
	}
	fn receipt(n: u32, ) -> Weight {
		Weight::from_parts(20_183_567, 3667)
			.saturating_add(Weight::from_parts(4_079_787, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2615).saturating_mul(n.into()))
	}
	fn lot() -> Weight {
		Weight::from_parts(46_740_000, 14130)
			.saturating_add(ParityDbWeight::get().reads(9_u64))
	}
	fn certification() -> Weight {
		Weight::from_parts(22_799_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
	}
	fn governor() -> Weight {
		Weight::from_parts(652_000, 0)
	}
}
