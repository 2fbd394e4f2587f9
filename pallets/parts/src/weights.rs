//! Weights for `pallet_parts`, generated from its benchmarks by `scripts/bench.sh`.
//! Do not edit: run the benchmarks again.
//!
//! Benchmark CLI 64.0.0, 2026-12-03; steps 50, repeat 20;
//! machine `vm` (AMD EPYC); wasm execution Compiled.
//!
//! Command (as scripts/bench.sh runs it):
//!   amchain-node benchmark pallet --chain dev --pallet pallet_parts --extrinsic * --exclude-extrinsics pallet_parts::append_to_history --steps 50 --repeat 20 --wasm-execution compiled --heap-pages 4096 --template .maintain/pallet-weight-template.hbs --output pallets/parts/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_parts`.
pub trait WeightInfo {
	fn create_part_type(s: u32, ) -> Weight;
	fn register_part(s: u32, ) -> Weight;
	fn register_lot() -> Weight;
	fn offer() -> Weight;
	fn accept_offer() -> Weight;
	fn reject_offer() -> Weight;
	fn cancel_offer() -> Weight;
	fn activate() -> Weight;
	fn install() -> Weight;
	fn uninstall() -> Weight;
	fn consume() -> Weight;
	fn split_lot() -> Weight;
	fn transform() -> Weight;
	fn scrap() -> Weight;
	fn authorise() -> Weight;
	fn deauthorise() -> Weight;
	fn report() -> Weight;
	fn correct() -> Weight;
	fn record_scan() -> Weight;
	fn request_tag() -> Weight;
	fn approve_tag() -> Weight;
	fn cancel_tag_request() -> Weight;
	fn quarantine() -> Weight;
	fn release() -> Weight;
	fn recall() -> Weight;
	fn cascade_hold() -> Weight;
	fn cascade_unhold() -> Weight;
	fn on_initialize(n: u32, ) -> Weight;
}

/// Measured weights, with storage costs from the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartTypeByCode` (r:1 w:1)
	/// Proof: `Parts::PartTypeByCode` (`max_values`: None, `max_size`: Some(86), added: 2561, mode: `MaxEncodedLen`)
	/// Storage: `Parts::NextPartTypeId` (r:1 w:1)
	/// Proof: `Parts::NextPartTypeId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartTypes` (r:0 w:1)
	/// Proof: `Parts::PartTypes` (`max_values`: None, `max_size`: Some(405), added: 2880, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[0, 8]`.
	fn create_part_type(s: u32, ) -> Weight {
		// Proof size: measured `1251`, estimated `3751` bytes.
		// Minimum execution time: 32_538_000 picoseconds.
		Weight::from_parts(34_695_911, 3751)
			.saturating_add(Weight::from_parts(40_489, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartTypes` (r:1 w:0)
	/// Proof: `Parts::PartTypes` (`max_values`: None, `max_size`: Some(405), added: 2880, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartBySerial` (r:1 w:1)
	/// Proof: `Parts::PartBySerial` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartByTag` (r:1 w:1)
	/// Proof: `Parts::PartByTag` (`max_values`: None, `max_size`: Some(58), added: 2533, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PendingTagKeys` (r:1 w:0)
	/// Proof: `Parts::PendingTagKeys` (`max_values`: None, `max_size`: Some(58), added: 2533, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertifiedUntil` (r:8 w:0)
	/// Proof: `Certifications::CertifiedUntil` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Certifications` (r:1 w:0)
	/// Proof: `Certifications::Certifications` (`max_values`: None, `max_size`: Some(224), added: 2699, mode: `MaxEncodedLen`)
	/// Storage: `Parts::NextPartId` (r:1 w:1)
	/// Proof: `Parts::NextPartId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::ProductionUsage` (r:1 w:1)
	/// Proof: `Certifications::ProductionUsage` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:0 w:1)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartsOf` (r:0 w:1)
	/// Proof: `Parts::PartsOf` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[0, 8]`.
	fn register_part(s: u32, ) -> Weight {
		// Proof size: measured `1926 + s * (98 ±0)`, estimated `3870 + s * (2503 ±0)` bytes.
		// Minimum execution time: 62_363_000 picoseconds.
		Weight::from_parts(82_088_145, 3870)
			.saturating_add(Weight::from_parts(9_627_529, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(8_u64))
			.saturating_add(Weight::from_parts(0, 2503).saturating_mul(s.into()))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::NextLotId` (r:1 w:1)
	/// Proof: `Parts::NextLotId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Certifications` (r:1 w:0)
	/// Proof: `Certifications::Certifications` (`max_values`: None, `max_size`: Some(224), added: 2699, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::ProductionUsage` (r:1 w:1)
	/// Proof: `Certifications::ProductionUsage` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Lots` (r:0 w:1)
	/// Proof: `Parts::Lots` (`max_values`: None, `max_size`: Some(153), added: 2628, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn register_lot() -> Weight {
		// Proof size: measured `1352`, estimated `3751` bytes.
		// Minimum execution time: 58_708_000 picoseconds.
		Weight::from_parts(63_725_000, 3751)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:2 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:1 w:0)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Offers` (r:1 w:1)
	/// Proof: `Parts::Offers` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn offer() -> Weight {
		// Proof size: measured `4649`, estimated `164205` bytes.
		// Minimum execution time: 313_286_000 picoseconds.
		Weight::from_parts(344_773_000, 164205)
			.saturating_add(T::DbWeight::get().reads(138_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Offers` (r:1 w:1)
	/// Proof: `Parts::Offers` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:1)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:1 w:0)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::OwnershipChanges` (r:1 w:1)
	/// Proof: `Parts::OwnershipChanges` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Parts::OwnedSince` (r:0 w:1)
	/// Proof: `Parts::OwnedSince` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartsOf` (r:0 w:2)
	/// Proof: `Parts::PartsOf` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn accept_offer() -> Weight {
		// Proof size: measured `4644`, estimated `164205` bytes.
		// Minimum execution time: 318_835_000 picoseconds.
		Weight::from_parts(335_249_000, 164205)
			.saturating_add(T::DbWeight::get().reads(138_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Offers` (r:1 w:1)
	/// Proof: `Parts::Offers` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn reject_offer() -> Weight {
		// Proof size: measured `1604`, estimated `3751` bytes.
		// Minimum execution time: 53_540_000 picoseconds.
		Weight::from_parts(56_034_000, 3751)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Offers` (r:1 w:1)
	/// Proof: `Parts::Offers` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn cancel_offer() -> Weight {
		// Proof size: measured `1567`, estimated `3751` bytes.
		// Minimum execution time: 52_508_000 picoseconds.
		Weight::from_parts(55_483_000, 3751)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:1)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn activate() -> Weight {
		// Proof size: measured `1560`, estimated `3751` bytes.
		// Minimum execution time: 52_167_000 picoseconds.
		Weight::from_parts(55_342_000, 3751)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:7 w:7)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:2 w:0)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:448 w:384)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Offers` (r:2 w:0)
	/// Proof: `Parts::Offers` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Listings` (r:2 w:0)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::AwaitingDelivery` (r:2 w:0)
	/// Proof: `Cores::AwaitingDelivery` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cores::ProposedOutcomes` (r:2 w:0)
	/// Proof: `Cores::ProposedOutcomes` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchCountBelow` (r:6 w:6)
	/// Proof: `Parts::BatchCountBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:2 w:2)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Children` (r:0 w:1)
	/// Proof: `Parts::Children` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:2)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartsOf` (r:0 w:1)
	/// Proof: `Parts::PartsOf` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn install() -> Weight {
		// Proof size: measured `6354`, estimated `1125918` bytes.
		// Minimum execution time: 3_301_867_000 picoseconds.
		Weight::from_parts(3_681_402_000, 1125918)
			.saturating_add(T::DbWeight::get().reads(541_u64))
			.saturating_add(T::DbWeight::get().writes(403_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:7 w:2)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Listings` (r:1 w:0)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::AwaitingDelivery` (r:1 w:0)
	/// Proof: `Cores::AwaitingDelivery` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cores::ProposedOutcomes` (r:1 w:0)
	/// Proof: `Cores::ProposedOutcomes` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:7 w:6)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:1 w:0)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:448 w:384)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchCountBelow` (r:6 w:6)
	/// Proof: `Parts::BatchCountBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::OwnedSince` (r:7 w:1)
	/// Proof: `Parts::OwnedSince` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:2 w:2)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Children` (r:0 w:1)
	/// Proof: `Parts::Children` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:2)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartsOf` (r:0 w:1)
	/// Proof: `Parts::PartsOf` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn uninstall() -> Weight {
		// Proof size: measured `10269`, estimated `1125918` bytes.
		// Minimum execution time: 2_482_326_000 picoseconds.
		Weight::from_parts(2_749_885_000, 1125918)
			.saturating_add(T::DbWeight::get().reads(484_u64))
			.saturating_add(T::DbWeight::get().writes(405_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Lots` (r:5 w:1)
	/// Proof: `Parts::Lots` (`max_values`: None, `max_size`: Some(153), added: 2628, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:8 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::SplitFrom` (r:4 w:0)
	/// Proof: `Parts::SplitFrom` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Listings` (r:1 w:0)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::AwaitingDelivery` (r:1 w:0)
	/// Proof: `Cores::AwaitingDelivery` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cores::ProposedOutcomes` (r:1 w:0)
	/// Proof: `Cores::ProposedOutcomes` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:2 w:2)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:2)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn consume() -> Weight {
		// Proof size: measured `3362`, estimated `22406` bytes.
		// Minimum execution time: 141_831_000 picoseconds.
		Weight::from_parts(152_757_000, 22406)
			.saturating_add(T::DbWeight::get().reads(25_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Lots` (r:4 w:2)
	/// Proof: `Parts::Lots` (`max_values`: None, `max_size`: Some(153), added: 2628, mode: `MaxEncodedLen`)
	/// Storage: `Parts::SplitFrom` (r:4 w:1)
	/// Proof: `Parts::SplitFrom` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Offers` (r:2 w:0)
	/// Proof: `Parts::Offers` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Parts::NextLotId` (r:1 w:1)
	/// Proof: `Parts::NextLotId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:2 w:2)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:2)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn split_lot() -> Weight {
		// Proof size: measured `1889`, estimated `11502` bytes.
		// Minimum execution time: 108_172_000 picoseconds.
		Weight::from_parts(114_200_000, 11502)
			.saturating_add(T::DbWeight::get().reads(16_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:9 w:1)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:1 w:0)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:1 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Offers` (r:2 w:0)
	/// Proof: `Parts::Offers` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Listings` (r:1 w:0)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::AwaitingDelivery` (r:1 w:0)
	/// Proof: `Cores::AwaitingDelivery` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cores::ProposedOutcomes` (r:1 w:0)
	/// Proof: `Cores::ProposedOutcomes` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:2 w:2)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:2)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn transform() -> Weight {
		// Proof size: measured `3013`, estimated `25083` bytes.
		// Minimum execution time: 123_805_000 picoseconds.
		Weight::from_parts(139_167_000, 25083)
			.saturating_add(T::DbWeight::get().reads(21_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:1)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Offers` (r:2 w:0)
	/// Proof: `Parts::Offers` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn scrap() -> Weight {
		// Proof size: measured `1591`, estimated `6016` bytes.
		// Minimum execution time: 60_891_000 picoseconds.
		Weight::from_parts(66_519_000, 6016)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:2 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:8 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Authorisations` (r:1 w:1)
	/// Proof: `Parts::Authorisations` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Parts::OwnedSince` (r:8 w:0)
	/// Proof: `Parts::OwnedSince` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Parts::AuthorisedAt` (r:1 w:1)
	/// Proof: `Parts::AuthorisedAt` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Parts::OwnershipChanges` (r:1 w:0)
	/// Proof: `Parts::OwnershipChanges` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn authorise() -> Weight {
		// Proof size: measured `3098`, estimated `22406` bytes.
		// Minimum execution time: 122_923_000 picoseconds.
		Weight::from_parts(129_423_000, 22406)
			.saturating_add(T::DbWeight::get().reads(22_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:8 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Authorisations` (r:1 w:1)
	/// Proof: `Parts::Authorisations` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Parts::AuthorisedAt` (r:0 w:1)
	/// Proof: `Parts::AuthorisedAt` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	fn deauthorise() -> Weight {
		// Proof size: measured `2683`, estimated `22406` bytes.
		// Minimum execution time: 71_737_000 picoseconds.
		Weight::from_parts(79_168_000, 22406)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:8 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Authorisations` (r:1 w:0)
	/// Proof: `Parts::Authorisations` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Parts::OwnedSince` (r:8 w:0)
	/// Proof: `Parts::OwnedSince` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Parts::AuthorisedAt` (r:1 w:0)
	/// Proof: `Parts::AuthorisedAt` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Listings` (r:1 w:0)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::AwaitingDelivery` (r:1 w:0)
	/// Proof: `Cores::AwaitingDelivery` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cores::ProposedOutcomes` (r:1 w:0)
	/// Proof: `Cores::ProposedOutcomes` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Latest` (r:4 w:0)
	/// Proof: `Warranties::Latest` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn report() -> Weight {
		// Proof size: measured `3206`, estimated `22406` bytes.
		// Minimum execution time: 163_824_000 picoseconds.
		Weight::from_parts(173_038_000, 22406)
			.saturating_add(T::DbWeight::get().reads(29_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:1 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn correct() -> Weight {
		// Proof size: measured `1557`, estimated `3751` bytes.
		// Minimum execution time: 49_443_000 picoseconds.
		Weight::from_parts(53_069_000, 3751)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::ChallengesKeptFrom` (r:1 w:0)
	/// Proof: `Parts::ChallengesKeptFrom` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Parts::UsedChallenges` (r:1 w:1)
	/// Proof: `Parts::UsedChallenges` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Parts::ScansAt` (r:1 w:1)
	/// Proof: `Parts::ScansAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Parts::ScansBy` (r:1 w:1)
	/// Proof: `Parts::ScansBy` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn record_scan() -> Weight {
		// Proof size: measured `1896`, estimated `3751` bytes.
		// Minimum execution time: 123_244_000 picoseconds.
		Weight::from_parts(140_960_000, 3751)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:8 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:1 w:0)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:1 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:2 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Listings` (r:1 w:0)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::AwaitingDelivery` (r:1 w:0)
	/// Proof: `Cores::AwaitingDelivery` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cores::ProposedOutcomes` (r:1 w:0)
	/// Proof: `Cores::ProposedOutcomes` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Offers` (r:2 w:0)
	/// Proof: `Parts::Offers` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartByTag` (r:1 w:0)
	/// Proof: `Parts::PartByTag` (`max_values`: None, `max_size`: Some(58), added: 2533, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PendingTagKeys` (r:1 w:1)
	/// Proof: `Parts::PendingTagKeys` (`max_values`: None, `max_size`: Some(58), added: 2533, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Parts::TagRequests` (r:1 w:1)
	/// Proof: `Parts::TagRequests` (`max_values`: None, `max_size`: Some(58), added: 2533, mode: `MaxEncodedLen`)
	fn request_tag() -> Weight {
		// Proof size: measured `2980`, estimated `22406` bytes.
		// Minimum execution time: 177_054_000 picoseconds.
		Weight::from_parts(195_061_000, 22406)
			.saturating_add(T::DbWeight::get().reads(24_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::TagRequests` (r:1 w:1)
	/// Proof: `Parts::TagRequests` (`max_values`: None, `max_size`: Some(58), added: 2533, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:8 w:1)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartTypes` (r:1 w:0)
	/// Proof: `Parts::PartTypes` (`max_values`: None, `max_size`: Some(405), added: 2880, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:1 w:0)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:1 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:2 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Listings` (r:1 w:0)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::AwaitingDelivery` (r:1 w:0)
	/// Proof: `Cores::AwaitingDelivery` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cores::ProposedOutcomes` (r:1 w:0)
	/// Proof: `Cores::ProposedOutcomes` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Offers` (r:2 w:0)
	/// Proof: `Parts::Offers` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartByTag` (r:1 w:2)
	/// Proof: `Parts::PartByTag` (`max_values`: None, `max_size`: Some(58), added: 2533, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PendingTagKeys` (r:0 w:1)
	/// Proof: `Parts::PendingTagKeys` (`max_values`: None, `max_size`: Some(58), added: 2533, mode: `MaxEncodedLen`)
	fn approve_tag() -> Weight {
		// Proof size: measured `3871`, estimated `22406` bytes.
		// Minimum execution time: 166_928_000 picoseconds.
		Weight::from_parts(188_731_000, 22406)
			.saturating_add(T::DbWeight::get().reads(25_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Parts::TagRequests` (r:1 w:1)
	/// Proof: `Parts::TagRequests` (`max_values`: None, `max_size`: Some(58), added: 2533, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:8 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PendingTagKeys` (r:0 w:1)
	/// Proof: `Parts::PendingTagKeys` (`max_values`: None, `max_size`: Some(58), added: 2533, mode: `MaxEncodedLen`)
	fn cancel_tag_request() -> Weight {
		// Proof size: measured `2679`, estimated `22406` bytes.
		// Minimum execution time: 73_770_000 picoseconds.
		Weight::from_parts(83_945_000, 22406)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Parts::PartRecords` (r:8 w:1)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartTypes` (r:1 w:0)
	/// Proof: `Parts::PartTypes` (`max_values`: None, `max_size`: Some(405), added: 2880, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:7 w:7)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::RecalledByGovernance` (r:0 w:1)
	/// Proof: `Parts::RecalledByGovernance` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn quarantine() -> Weight {
		// Proof size: measured `2228`, estimated `22406` bytes.
		// Minimum execution time: 104_425_000 picoseconds.
		Weight::from_parts(113_288_000, 22406)
			.saturating_add(T::DbWeight::get().reads(18_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `Parts::PartRecords` (r:8 w:1)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartTypes` (r:1 w:0)
	/// Proof: `Parts::PartTypes` (`max_values`: None, `max_size`: Some(405), added: 2880, mode: `MaxEncodedLen`)
	/// Storage: `Parts::RecalledByGovernance` (r:1 w:1)
	/// Proof: `Parts::RecalledByGovernance` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Cascades` (r:1 w:1)
	/// Proof: `Parts::Cascades` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:7 w:7)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeWork` (r:0 w:1)
	/// Proof: `Parts::CascadeWork` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn release() -> Weight {
		// Proof size: measured `2670`, estimated `22406` bytes.
		// Minimum execution time: 132_948_000 picoseconds.
		Weight::from_parts(144_054_000, 22406)
			.saturating_add(T::DbWeight::get().reads(20_u64))
			.saturating_add(T::DbWeight::get().writes(13_u64))
	}
	/// Storage: `Parts::PartRecords` (r:8 w:1)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartTypes` (r:1 w:0)
	/// Proof: `Parts::PartTypes` (`max_values`: None, `max_size`: Some(405), added: 2880, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Cascades` (r:1 w:1)
	/// Proof: `Parts::Cascades` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:7 w:7)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::RecalledByGovernance` (r:0 w:1)
	/// Proof: `Parts::RecalledByGovernance` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeQueue` (r:0 w:1)
	/// Proof: `Parts::CascadeQueue` (`max_values`: None, `max_size`: Some(50), added: 2525, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeWork` (r:0 w:1)
	/// Proof: `Parts::CascadeWork` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn recall() -> Weight {
		// Proof size: measured `2346`, estimated `22406` bytes.
		// Minimum execution time: 128_261_000 picoseconds.
		Weight::from_parts(145_687_000, 22406)
			.saturating_add(T::DbWeight::get().reads(19_u64))
			.saturating_add(T::DbWeight::get().writes(14_u64))
	}
	/// Storage: `Parts::CascadeWork` (r:1 w:0)
	/// Proof: `Parts::CascadeWork` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Cascades` (r:1 w:1)
	/// Proof: `Parts::Cascades` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeQueue` (r:1 w:0)
	/// Proof: `Parts::CascadeQueue` (`max_values`: None, `max_size`: Some(50), added: 2525, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:1 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHolds` (r:1 w:1)
	/// Proof: `Parts::CascadeHolds` (`max_values`: None, `max_size`: Some(50), added: 2525, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:8 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:1 w:1)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:7 w:7)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeCursor` (r:0 w:1)
	/// Proof: `Parts::CascadeCursor` (`max_values`: Some(1), `max_size`: Some(9), added: 504, mode: `MaxEncodedLen`)
	fn cascade_hold() -> Weight {
		// Proof size: measured `2610`, estimated `22406` bytes.
		// Minimum execution time: 114_641_000 picoseconds.
		Weight::from_parts(124_545_000, 22406)
			.saturating_add(T::DbWeight::get().reads(23_u64))
			.saturating_add(T::DbWeight::get().writes(13_u64))
	}
	/// Storage: `Parts::CascadeWork` (r:1 w:0)
	/// Proof: `Parts::CascadeWork` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Cascades` (r:1 w:1)
	/// Proof: `Parts::Cascades` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHolds` (r:2 w:1)
	/// Proof: `Parts::CascadeHolds` (`max_values`: None, `max_size`: Some(50), added: 2525, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:1 w:1)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:8 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:7 w:7)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeCursor` (r:0 w:1)
	/// Proof: `Parts::CascadeCursor` (`max_values`: Some(1), `max_size`: Some(9), added: 504, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn cascade_unhold() -> Weight {
		// Proof size: measured `2305`, estimated `22406` bytes.
		// Minimum execution time: 115_142_000 picoseconds.
		Weight::from_parts(130_835_000, 22406)
			.saturating_add(T::DbWeight::get().reads(22_u64))
			.saturating_add(T::DbWeight::get().writes(13_u64))
	}
	/// Storage: `Parts::ChallengesKeptFrom` (r:1 w:1)
	/// Proof: `Parts::ChallengesKeptFrom` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Parts::ScansAt` (r:1 w:1)
	/// Proof: `Parts::ScansAt` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Parts::UsedChallenges` (r:256 w:256)
	/// Proof: `Parts::UsedChallenges` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Parts::ScansBy` (r:256 w:256)
	/// Proof: `Parts::ScansBy` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeCursor` (r:1 w:1)
	/// Proof: `Parts::CascadeCursor` (`max_values`: Some(1), `max_size`: Some(9), added: 504, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeWork` (r:1 w:0)
	/// Proof: `Parts::CascadeWork` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 256]`.
	fn on_initialize(n: u32, ) -> Weight {
		// Proof size: measured `1141 + n * (21 ±0)`, estimated `3490 + n * (2519 ±0)` bytes.
		// Minimum execution time: 23_305_000 picoseconds.
		Weight::from_parts(27_323_842, 3490)
			.saturating_add(Weight::from_parts(1_994_634, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2519).saturating_mul(n.into()))
	}
}

/// The same measurements with ParityDB's storage costs, for mocks and tests.
impl WeightInfo for () {
	fn create_part_type(s: u32, ) -> Weight {
		Weight::from_parts(34_695_911, 3751)
			.saturating_add(Weight::from_parts(40_489, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn register_part(s: u32, ) -> Weight {
		Weight::from_parts(82_088_145, 3870)
			.saturating_add(Weight::from_parts(9_627_529, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
			.saturating_add(Weight::from_parts(0, 2503).saturating_mul(s.into()))
	}
	fn register_lot() -> Weight {
		Weight::from_parts(63_725_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn offer() -> Weight {
		Weight::from_parts(344_773_000, 164205)
			.saturating_add(ParityDbWeight::get().reads(138_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn accept_offer() -> Weight {
		Weight::from_parts(335_249_000, 164205)
			.saturating_add(ParityDbWeight::get().reads(138_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn reject_offer() -> Weight {
		Weight::from_parts(56_034_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn cancel_offer() -> Weight {
		Weight::from_parts(55_483_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn activate() -> Weight {
		Weight::from_parts(55_342_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn install() -> Weight {
		Weight::from_parts(3_681_402_000, 1125918)
			.saturating_add(ParityDbWeight::get().reads(541_u64))
			.saturating_add(ParityDbWeight::get().writes(403_u64))
	}
	fn uninstall() -> Weight {
		Weight::from_parts(2_749_885_000, 1125918)
			.saturating_add(ParityDbWeight::get().reads(484_u64))
			.saturating_add(ParityDbWeight::get().writes(405_u64))
	}
	fn consume() -> Weight {
		Weight::from_parts(152_757_000, 22406)
			.saturating_add(ParityDbWeight::get().reads(25_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn split_lot() -> Weight {
		Weight::from_parts(114_200_000, 11502)
			.saturating_add(ParityDbWeight::get().reads(16_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn transform() -> Weight {
		Weight::from_parts(139_167_000, 25083)
			.saturating_add(ParityDbWeight::get().reads(21_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn scrap() -> Weight {
		Weight::from_parts(66_519_000, 6016)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn authorise() -> Weight {
		Weight::from_parts(129_423_000, 22406)
			.saturating_add(ParityDbWeight::get().reads(22_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn deauthorise() -> Weight {
		Weight::from_parts(79_168_000, 22406)
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn report() -> Weight {
		Weight::from_parts(173_038_000, 22406)
			.saturating_add(ParityDbWeight::get().reads(29_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn correct() -> Weight {
		Weight::from_parts(53_069_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn record_scan() -> Weight {
		Weight::from_parts(140_960_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn request_tag() -> Weight {
		Weight::from_parts(195_061_000, 22406)
			.saturating_add(ParityDbWeight::get().reads(24_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn approve_tag() -> Weight {
		Weight::from_parts(188_731_000, 22406)
			.saturating_add(ParityDbWeight::get().reads(25_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn cancel_tag_request() -> Weight {
		Weight::from_parts(83_945_000, 22406)
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn quarantine() -> Weight {
		Weight::from_parts(113_288_000, 22406)
			.saturating_add(ParityDbWeight::get().reads(18_u64))
			.saturating_add(ParityDbWeight::get().writes(11_u64))
	}
	fn release() -> Weight {
		Weight::from_parts(144_054_000, 22406)
			.saturating_add(ParityDbWeight::get().reads(20_u64))
			.saturating_add(ParityDbWeight::get().writes(13_u64))
	}
	fn recall() -> Weight {
		Weight::from_parts(145_687_000, 22406)
			.saturating_add(ParityDbWeight::get().reads(19_u64))
			.saturating_add(ParityDbWeight::get().writes(14_u64))
	}
	fn cascade_hold() -> Weight {
		Weight::from_parts(124_545_000, 22406)
			.saturating_add(ParityDbWeight::get().reads(23_u64))
			.saturating_add(ParityDbWeight::get().writes(13_u64))
	}
	fn cascade_unhold() -> Weight {
		Weight::from_parts(130_835_000, 22406)
			.saturating_add(ParityDbWeight::get().reads(22_u64))
			.saturating_add(ParityDbWeight::get().writes(13_u64))
	}
	fn on_initialize(n: u32, ) -> Weight {
		Weight::from_parts(27_323_842, 3490)
			.saturating_add(Weight::from_parts(1_994_634, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2519).saturating_mul(n.into()))
	}
}
