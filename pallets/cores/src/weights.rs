//! Weights for `pallet_cores`, generated from its benchmarks by `scripts/bench.sh`.
//! Do not edit: run the benchmarks again.
//!
//! Benchmark CLI 64.0.0, 2026-12-03; steps 50, repeat 20;
//! machine `vm` (AMD EPYC); wasm execution Compiled.
//!
//! Command (as scripts/bench.sh runs it):
//!   amchain-node benchmark pallet --chain dev --pallet pallet_cores --extrinsic * --steps 50 --repeat 20 --wasm-execution compiled --heap-pages 4096 --template .maintain/pallet-weight-template.hbs --output pallets/cores/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_cores`.
pub trait WeightInfo {
	fn set_policy() -> Weight;
	fn return_core() -> Weight;
	fn grade() -> Weight;
	fn list() -> Weight;
	fn bid() -> Weight;
	fn withdraw_bid() -> Weight;
	fn accept_bid(b: u32, ) -> Weight;
	fn cancel_listing(b: u32, ) -> Weight;
	fn grant_licence() -> Weight;
	fn revoke_licence() -> Weight;
	fn record_outcome() -> Weight;
	fn confirm_outcome() -> Weight;
	fn withdraw_outcome() -> Weight;
	fn offer_charge() -> Weight;
	fn pay_charge() -> Weight;
	fn cancel_charge() -> Weight;
	fn forfeit_charge() -> Weight;
	fn note_delivery() -> Weight;
	fn refund_undelivered() -> Weight;
}

/// Measured weights, with storage costs from the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartTypes` (r:1 w:0)
	/// Proof: `Parts::PartTypes` (`max_values`: None, `max_size`: Some(405), added: 2880, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Policies` (r:0 w:1)
	/// Proof: `Cores::Policies` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	fn set_policy() -> Weight {
		// Proof size: measured `1583`, estimated `3870` bytes.
		// Minimum execution time: 33_480_000 picoseconds.
		Weight::from_parts(36_705_000, 3870)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:1)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:1 w:0)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Offers` (r:2 w:0)
	/// Proof: `Parts::Offers` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Charges` (r:1 w:1)
	/// Proof: `Cores::Charges` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Cores::AwaitingDelivery` (r:0 w:1)
	/// Proof: `Cores::AwaitingDelivery` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cores::CoreRecords` (r:0 w:1)
	/// Proof: `Cores::CoreRecords` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn return_core() -> Weight {
		// Proof size: measured `6753`, estimated `164205` bytes.
		// Minimum execution time: 475_739_000 picoseconds.
		Weight::from_parts(524_641_000, 164205)
			.saturating_add(T::DbWeight::get().reads(142_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:1 w:0)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Cores::CoreRecords` (r:1 w:1)
	/// Proof: `Cores::CoreRecords` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Listings` (r:1 w:0)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::ProposedOutcomes` (r:1 w:0)
	/// Proof: `Cores::ProposedOutcomes` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Authorisations` (r:1 w:0)
	/// Proof: `Parts::Authorisations` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Parts::OwnedSince` (r:1 w:0)
	/// Proof: `Parts::OwnedSince` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Parts::AuthorisedAt` (r:1 w:0)
	/// Proof: `Parts::AuthorisedAt` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Gradings` (r:1 w:1)
	/// Proof: `Cores::Gradings` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Policies` (r:1 w:0)
	/// Proof: `Cores::Policies` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertifiedUntil` (r:1 w:0)
	/// Proof: `Certifications::CertifiedUntil` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn grade() -> Weight {
		// Proof size: measured `6147`, estimated `164205` bytes.
		// Minimum execution time: 585_602_000 picoseconds.
		Weight::from_parts(636_988_000, 164205)
			.saturating_add(T::DbWeight::get().reads(145_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:1 w:0)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Cores::CoreRecords` (r:1 w:0)
	/// Proof: `Cores::CoreRecords` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Listings` (r:1 w:1)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::ProposedOutcomes` (r:1 w:0)
	/// Proof: `Cores::ProposedOutcomes` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	fn list() -> Weight {
		// Proof size: measured `4886`, estimated `164205` bytes.
		// Minimum execution time: 312_866_000 picoseconds.
		Weight::from_parts(340_537_000, 164205)
			.saturating_add(T::DbWeight::get().reads(137_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:2 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Listings` (r:1 w:1)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::CoreRecords` (r:1 w:0)
	/// Proof: `Cores::CoreRecords` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:1 w:0)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Bids` (r:33 w:2)
	/// Proof: `Cores::Bids` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn bid() -> Weight {
		// Proof size: measured `9279`, estimated `164205` bytes.
		// Minimum execution time: 587_525_000 picoseconds.
		Weight::from_parts(630_519_000, 164205)
			.saturating_add(T::DbWeight::get().reads(174_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Cores::Listings` (r:1 w:1)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Bids` (r:33 w:1)
	/// Proof: `Cores::Bids` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn withdraw_bid() -> Weight {
		// Proof size: measured `3410`, estimated `85437` bytes.
		// Minimum execution time: 257_804_000 picoseconds.
		Weight::from_parts(277_934_000, 85437)
			.saturating_add(T::DbWeight::get().reads(36_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:2 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Listings` (r:1 w:1)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::CoreRecords` (r:1 w:0)
	/// Proof: `Cores::CoreRecords` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:1)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:1 w:0)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Bids` (r:33 w:32)
	/// Proof: `Cores::Bids` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:32 w:32)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:33 w:33)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Parts::OwnershipChanges` (r:1 w:1)
	/// Proof: `Parts::OwnershipChanges` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:2)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Parts::OwnedSince` (r:0 w:1)
	/// Proof: `Parts::OwnedSince` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartsOf` (r:0 w:2)
	/// Proof: `Parts::PartsOf` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[1, 32]`.
	fn accept_bid(b: u32, ) -> Weight {
		// Proof size: measured `6635 + b * (328 ±0)`, estimated `164205 + b * (2722 ±0)` bytes.
		// Minimum execution time: 734_684_000 picoseconds.
		Weight::from_parts(831_188_354, 164205)
			.saturating_add(Weight::from_parts(49_064_988, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(142_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(b.into())))
			.saturating_add(T::DbWeight::get().writes(10_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 2722).saturating_mul(b.into()))
	}
	/// Storage: `Cores::Listings` (r:1 w:1)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::CoreRecords` (r:1 w:0)
	/// Proof: `Cores::CoreRecords` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:1 w:0)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Bids` (r:33 w:32)
	/// Proof: `Cores::Bids` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:32 w:32)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:32 w:32)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[0, 32]`.
	fn cancel_listing(b: u32, ) -> Weight {
		// Proof size: measured `5514 + b * (328 ±0)`, estimated `164205 + b * (2722 ±0)` bytes.
		// Minimum execution time: 318_344_000 picoseconds.
		Weight::from_parts(371_845_090, 164205)
			.saturating_add(Weight::from_parts(57_544_316, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(137_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(b.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 2722).saturating_mul(b.into()))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:2 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartTypes` (r:1 w:0)
	/// Proof: `Parts::PartTypes` (`max_values`: None, `max_size`: Some(405), added: 2880, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Licences` (r:1 w:1)
	/// Proof: `Cores::Licences` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	fn grant_licence() -> Weight {
		// Proof size: measured `1725`, estimated `6512` bytes.
		// Minimum execution time: 44_436_000 picoseconds.
		Weight::from_parts(50_405_000, 6512)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartTypes` (r:1 w:0)
	/// Proof: `Parts::PartTypes` (`max_values`: None, `max_size`: Some(405), added: 2880, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Licences` (r:1 w:1)
	/// Proof: `Cores::Licences` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	fn revoke_licence() -> Weight {
		// Proof size: measured `1702`, estimated `3870` bytes.
		// Minimum execution time: 40_310_000 picoseconds.
		Weight::from_parts(45_788_000, 3870)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:2 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:1 w:0)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Cores::CoreRecords` (r:1 w:0)
	/// Proof: `Cores::CoreRecords` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Cores::ProposedOutcomes` (r:1 w:1)
	/// Proof: `Cores::ProposedOutcomes` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartTypes` (r:1 w:0)
	/// Proof: `Parts::PartTypes` (`max_values`: None, `max_size`: Some(405), added: 2880, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Listings` (r:1 w:0)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Policies` (r:1 w:0)
	/// Proof: `Cores::Policies` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertifiedUntil` (r:1 w:0)
	/// Proof: `Certifications::CertifiedUntil` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Licences` (r:1 w:0)
	/// Proof: `Cores::Licences` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	fn record_outcome() -> Weight {
		// Proof size: measured `6138`, estimated `164205` bytes.
		// Minimum execution time: 525_963_000 picoseconds.
		Weight::from_parts(586_313_000, 164205)
			.saturating_add(T::DbWeight::get().reads(142_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::Members` (r:2 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:2 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Cores::ProposedOutcomes` (r:1 w:1)
	/// Proof: `Cores::ProposedOutcomes` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:1)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:1 w:0)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Cores::CoreRecords` (r:1 w:1)
	/// Proof: `Cores::CoreRecords` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartTypes` (r:1 w:0)
	/// Proof: `Parts::PartTypes` (`max_values`: None, `max_size`: Some(405), added: 2880, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Listings` (r:1 w:0)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Policies` (r:1 w:0)
	/// Proof: `Cores::Policies` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertifiedUntil` (r:1 w:0)
	/// Proof: `Certifications::CertifiedUntil` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Licences` (r:1 w:1)
	/// Proof: `Cores::Licences` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Offers` (r:2 w:0)
	/// Proof: `Parts::Offers` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Outcomes` (r:0 w:1)
	/// Proof: `Cores::Outcomes` (`max_values`: None, `max_size`: Some(105), added: 2580, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Gradings` (r:0 w:1)
	/// Proof: `Cores::Gradings` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn confirm_outcome() -> Weight {
		// Proof size: measured `7243`, estimated `164205` bytes.
		// Minimum execution time: 784_989_000 picoseconds.
		Weight::from_parts(849_004_000, 164205)
			.saturating_add(T::DbWeight::get().reads(147_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:1 w:0)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Cores::CoreRecords` (r:1 w:0)
	/// Proof: `Cores::CoreRecords` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Cores::ProposedOutcomes` (r:1 w:1)
	/// Proof: `Cores::ProposedOutcomes` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	fn withdraw_outcome() -> Weight {
		// Proof size: measured `5005`, estimated `164205` bytes.
		// Minimum execution time: 291_655_000 picoseconds.
		Weight::from_parts(318_645_000, 164205)
			.saturating_add(T::DbWeight::get().reads(136_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:2 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:1 w:0)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:0)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Cores::NextChargeId` (r:1 w:1)
	/// Proof: `Cores::NextChargeId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Cores::AwaitingDelivery` (r:1 w:1)
	/// Proof: `Cores::AwaitingDelivery` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Charges` (r:0 w:1)
	/// Proof: `Cores::Charges` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn offer_charge() -> Weight {
		// Proof size: measured `5682`, estimated `164205` bytes.
		// Minimum execution time: 308_810_000 picoseconds.
		Weight::from_parts(336_912_000, 164205)
			.saturating_add(T::DbWeight::get().reads(138_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Charges` (r:1 w:1)
	/// Proof: `Cores::Charges` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn pay_charge() -> Weight {
		// Proof size: measured `2460`, estimated `3751` bytes.
		// Minimum execution time: 104_956_000 picoseconds.
		Weight::from_parts(126_909_000, 3751)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Charges` (r:1 w:1)
	/// Proof: `Cores::Charges` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Cores::AwaitingDelivery` (r:0 w:1)
	/// Proof: `Cores::AwaitingDelivery` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn cancel_charge() -> Weight {
		// Proof size: measured `2164`, estimated `3751` bytes.
		// Minimum execution time: 58_296_000 picoseconds.
		Weight::from_parts(79_137_000, 3751)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Cores::Charges` (r:1 w:1)
	/// Proof: `Cores::Charges` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn forfeit_charge() -> Weight {
		// Proof size: measured `1859`, estimated `6196` bytes.
		// Minimum execution time: 106_558_000 picoseconds.
		Weight::from_parts(130_584_000, 6196)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Cores::Charges` (r:1 w:1)
	/// Proof: `Cores::Charges` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:1 w:0)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:0)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:32 w:0)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn note_delivery() -> Weight {
		// Proof size: measured `7825`, estimated `164205` bytes.
		// Minimum execution time: 450_681_000 picoseconds.
		Weight::from_parts(494_627_000, 164205)
			.saturating_add(T::DbWeight::get().reads(166_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Cores::Charges` (r:1 w:1)
	/// Proof: `Cores::Charges` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:1 w:0)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:0)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:31 w:0)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Cores::AwaitingDelivery` (r:0 w:1)
	/// Proof: `Cores::AwaitingDelivery` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn refund_undelivered() -> Weight {
		// Proof size: measured `9293`, estimated `164205` bytes.
		// Minimum execution time: 519_214_000 picoseconds.
		Weight::from_parts(564_441_000, 164205)
			.saturating_add(T::DbWeight::get().reads(169_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
}

/// The same measurements with ParityDB's storage costs, for mocks and tests.
impl WeightInfo for () {
	fn set_policy() -> Weight {
		Weight::from_parts(36_705_000, 3870)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn return_core() -> Weight {
		Weight::from_parts(524_641_000, 164205)
			.saturating_add(ParityDbWeight::get().reads(142_u64))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
	}
	fn grade() -> Weight {
		Weight::from_parts(636_988_000, 164205)
			.saturating_add(ParityDbWeight::get().reads(145_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn list() -> Weight {
		Weight::from_parts(340_537_000, 164205)
			.saturating_add(ParityDbWeight::get().reads(137_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn bid() -> Weight {
		Weight::from_parts(630_519_000, 164205)
			.saturating_add(ParityDbWeight::get().reads(174_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn withdraw_bid() -> Weight {
		Weight::from_parts(277_934_000, 85437)
			.saturating_add(ParityDbWeight::get().reads(36_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn accept_bid(b: u32, ) -> Weight {
		Weight::from_parts(831_188_354, 164205)
			.saturating_add(Weight::from_parts(49_064_988, 0).saturating_mul(b.into()))
			.saturating_add(ParityDbWeight::get().reads(142_u64))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(b.into())))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 2722).saturating_mul(b.into()))
	}
	fn cancel_listing(b: u32, ) -> Weight {
		Weight::from_parts(371_845_090, 164205)
			.saturating_add(Weight::from_parts(57_544_316, 0).saturating_mul(b.into()))
			.saturating_add(ParityDbWeight::get().reads(137_u64))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(b.into())))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 2722).saturating_mul(b.into()))
	}
	fn grant_licence() -> Weight {
		Weight::from_parts(50_405_000, 6512)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn revoke_licence() -> Weight {
		Weight::from_parts(45_788_000, 3870)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn record_outcome() -> Weight {
		Weight::from_parts(586_313_000, 164205)
			.saturating_add(ParityDbWeight::get().reads(142_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn confirm_outcome() -> Weight {
		Weight::from_parts(849_004_000, 164205)
			.saturating_add(ParityDbWeight::get().reads(147_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn withdraw_outcome() -> Weight {
		Weight::from_parts(318_645_000, 164205)
			.saturating_add(ParityDbWeight::get().reads(136_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn offer_charge() -> Weight {
		Weight::from_parts(336_912_000, 164205)
			.saturating_add(ParityDbWeight::get().reads(138_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn pay_charge() -> Weight {
		Weight::from_parts(126_909_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn cancel_charge() -> Weight {
		Weight::from_parts(79_137_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn forfeit_charge() -> Weight {
		Weight::from_parts(130_584_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn note_delivery() -> Weight {
		Weight::from_parts(494_627_000, 164205)
			.saturating_add(ParityDbWeight::get().reads(166_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn refund_undelivered() -> Weight {
		Weight::from_parts(564_441_000, 164205)
			.saturating_add(ParityDbWeight::get().reads(169_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
}
